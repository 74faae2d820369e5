package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.TRADE_ID;
import static dev.arenastruct.bench.CLayout.TRADE_PRICE;
import static dev.arenastruct.bench.CLayout.TRADE_QUANTITY;
import static dev.arenastruct.bench.CLayout.TRADE_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.bench.Heap.MutableTradeEvent;
import dev.arenastruct.bench.Heap.TradeEventRecord;
import dev.arenastruct.bench.sbe.TradeEventDecoder;
import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 2's data for {@link TradeEvent}: {@code count} structs with the same values in every
 * representation, and one random access order. The off-heap readers all read the very same
 * memory, an array allocated from a {@link BumpArena}, each through its own API.
 */
public final class TradeScan {
    private TradeScan() {
    }

    /** The struct array in arena memory, with a reused flyweight, an Agrona buffer and an SBE decoder over it. */
    @State(Scope.Benchmark)
    public static class OffHeap {
        /** Structs in the array; 1M is 24 MB, well past the last-level cache of the machines we use. */
        @Param("1000000")
        public int count;

        BumpArena arena;
        MemorySegment array;
        long address;
        UnsafeBuffer buffer;
        final TradeEventFlyweight flyweight = new TradeEventFlyweight();
        final TradeEventDecoder decoder = new TradeEventDecoder();
        int[] indices;

        /** Fills the array with hand-written FFM writes (independent of the generated code under test). */
        @Setup
        public void setUp() {
            Inputs.Trades in = Inputs.Trades.generate(count);
            arena = BumpArena.ofCapacity(count * TRADE_SIZE);
            array = TradeEventFlyweight.allocateArray(arena, count);
            for (int i = 0; i < count; i++) {
                long at = i * TRADE_SIZE;
                array.set(JAVA_LONG, at + TRADE_ID, in.ids()[i]);
                array.set(JAVA_DOUBLE, at + TRADE_PRICE, in.prices()[i]);
                array.set(JAVA_INT, at + TRADE_QUANTITY, in.quantities()[i]);
            }
            address = array.address();
            buffer = new UnsafeBuffer(address, Math.toIntExact(array.byteSize()));
            indices = Inputs.randomIndices(count);
        }

        /** Frees the arena. */
        @TearDown
        public void tearDown() {
            arena.close();
        }
    }

    /** The same values as an array of records and as an array of pooled mutable objects. */
    @State(Scope.Benchmark)
    public static class OnHeap {
        /** Structs in each array. */
        @Param("1000000")
        public int count;

        TradeEventRecord[] records;
        MutableTradeEvent[] pool;
        int[] indices;

        /** Allocates the objects in index order, so the heap arrays start out as sequential as the arena. */
        @Setup
        public void setUp() {
            Inputs.Trades in = Inputs.Trades.generate(count);
            records = new TradeEventRecord[count];
            pool = Heap.tradePool(count);
            for (int i = 0; i < count; i++) {
                records[i] = new TradeEventRecord(in.ids()[i], in.prices()[i], in.quantities()[i]);
                pool[i].id = in.ids()[i];
                pool[i].price = in.prices()[i];
                pool[i].quantity = in.quantities()[i];
            }
            indices = Inputs.randomIndices(count);
        }
    }
}
