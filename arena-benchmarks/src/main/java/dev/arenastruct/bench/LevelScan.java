package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.LEVEL_EXPONENT;
import static dev.arenastruct.bench.CLayout.LEVEL_MANTISSA;
import static dev.arenastruct.bench.CLayout.LEVEL_ORDERS;
import static dev.arenastruct.bench.CLayout.LEVEL_QUANTITY;
import static dev.arenastruct.bench.CLayout.LEVEL_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.bench.Heap.LevelRecord;
import dev.arenastruct.bench.Heap.MutableLevel;
import dev.arenastruct.bench.Heap.PriceRecord;
import dev.arenastruct.bench.sbe.LevelDecoder;
import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 2's data for {@link Level}: {@code count} levels with the same values in every
 * representation, and one random access order. The off-heap readers all read the very same
 * arena memory.
 */
public final class LevelScan {
    private LevelScan() {
    }

    /** The level array in arena memory, with a reused flyweight, an Agrona buffer and an SBE decoder over it. */
    @State(Scope.Benchmark)
    public static class OffHeap {
        /** Levels in the array; 1M is 32 MB. */
        @Param("1000000")
        public int count;

        BumpArena arena;
        MemorySegment array;
        long address;
        UnsafeBuffer buffer;
        final LevelFlyweight flyweight = new LevelFlyweight();
        final LevelDecoder decoder = new LevelDecoder();
        int[] indices;

        /** Fills the array with hand-written FFM writes (independent of the generated code under test). */
        @Setup
        public void setUp() {
            Inputs.Levels in = Inputs.Levels.generate(count);
            arena = BumpArena.ofCapacity(count * LEVEL_SIZE);
            array = LevelFlyweight.allocateArray(arena, count);
            for (int i = 0; i < count; i++) {
                long at = i * LEVEL_SIZE;
                array.set(JAVA_LONG, at + LEVEL_MANTISSA, in.mantissas()[i]);
                array.set(JAVA_BYTE, at + LEVEL_EXPONENT, in.exponents()[i]);
                array.set(JAVA_LONG, at + LEVEL_QUANTITY, in.quantities()[i]);
                array.set(JAVA_INT, at + LEVEL_ORDERS, in.orders()[i]);
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

    /** The same values as records (a level and its price are two objects) and as pooled mutable objects. */
    @State(Scope.Benchmark)
    public static class OnHeap {
        /** Levels in each array. */
        @Param("1000000")
        public int count;

        LevelRecord[] records;
        MutableLevel[] pool;
        int[] indices;

        /** Allocates the objects in index order, so the heap arrays start out as sequential as the arena. */
        @Setup
        public void setUp() {
            Inputs.Levels in = Inputs.Levels.generate(count);
            records = new LevelRecord[count];
            pool = Heap.levelPool(count);
            for (int i = 0; i < count; i++) {
                records[i] = new LevelRecord(new PriceRecord(in.mantissas()[i], in.exponents()[i]),
                        in.quantities()[i], in.orders()[i]);
                MutableLevel level = pool[i];
                level.price.mantissa = in.mantissas()[i];
                level.price.exponent = in.exponents()[i];
                level.quantity = in.quantities()[i];
                level.orders = in.orders()[i];
            }
            indices = Inputs.randomIndices(count);
        }
    }
}
