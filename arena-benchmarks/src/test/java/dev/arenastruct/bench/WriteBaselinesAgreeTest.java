package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenastruct.BumpArena;
import dev.arenastruct.bench.sbe.LevelEncoder;
import dev.arenastruct.bench.sbe.PriceEncoder;
import dev.arenastruct.bench.sbe.TradeEventEncoder;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 and 3 baselines do the same work: after a batch, every off-heap variant's memory
 * holds exactly the bytes of the C structs built from the inputs, and every heap variant holds the
 * same values. Run twice, so the second batch also proves each variant's reset. No timing here.
 */
class WriteBaselinesAgreeTest {
    private static final int BATCH = WriteTargets.BATCH;

    @Test
    void handWrittenOffsetsMatchGeneratedConstantsAndSbeSchema() {
        assertEquals(TradeEventFlyweight.BYTE_SIZE, CLayout.TRADE_SIZE);
        assertEquals(TradeEventFlyweight.PRICE_OFFSET, CLayout.TRADE_PRICE);
        assertEquals(TradeEventFlyweight.QUANTITY_OFFSET, CLayout.TRADE_QUANTITY);
        assertEquals(TradeEventEncoder.BLOCK_LENGTH, CLayout.TRADE_SIZE);
        assertEquals(TradeEventEncoder.idEncodingOffset(), CLayout.TRADE_ID);
        assertEquals(TradeEventEncoder.priceEncodingOffset(), CLayout.TRADE_PRICE);
        assertEquals(TradeEventEncoder.quantityEncodingOffset(), CLayout.TRADE_QUANTITY);

        assertEquals(LevelFlyweight.BYTE_SIZE, CLayout.LEVEL_SIZE);
        assertEquals(LevelFlyweight.PRICE_OFFSET + PriceFlyweight.EXPONENT_OFFSET, CLayout.LEVEL_EXPONENT);
        assertEquals(LevelFlyweight.QUANTITY_OFFSET, CLayout.LEVEL_QUANTITY);
        assertEquals(LevelFlyweight.ORDERS_OFFSET, CLayout.LEVEL_ORDERS);
        assertEquals(LevelEncoder.BLOCK_LENGTH, CLayout.LEVEL_SIZE);
        assertEquals(LevelEncoder.priceEncodingOffset() + PriceEncoder.exponentEncodingOffset(), CLayout.LEVEL_EXPONENT);
        assertEquals(LevelEncoder.quantityEncodingOffset(), CLayout.LEVEL_QUANTITY);
        assertEquals(LevelEncoder.ordersEncodingOffset(), CLayout.LEVEL_ORDERS);
    }

    @Test
    void everyTradeWriterLeavesTheSameBytesAndValues() {
        TradeWriteBench bench = new TradeWriteBench();
        bench.setUp();
        try {
            Inputs.Trades in = Inputs.Trades.generate(BATCH);
            byte[] expected = tradeBytes(in);
            Map<String, LongSupplier> arenaWriters = Map.of("flyweightAllocate", bench::flyweightAllocate,
                    "flyweightWrap", bench::flyweightWrap, "flyweightWrapNew", bench::flyweightWrapNew,
                    "flyweightStatic", bench::flyweightStatic);
            for (var writer : arenaWriters.entrySet()) {
                assertWritesTwice(writer.getValue(), BATCH * CLayout.TRADE_SIZE);
                assertArrayEquals(expected, arenaBytes(bench.arena(), expected.length), writer.getKey());
            }
            LongSupplier[] handWritten = {bench::ffm, bench::unsafe, bench::agrona, bench::sbe};
            MemorySegment[] blocks = bench.handWrittenBlocks();
            for (int v = 0; v < handWritten.length; v++) {
                assertWritesTwice(handWritten[v], BATCH * CLayout.TRADE_SIZE);
                assertArrayEquals(expected, blocks[v].toArray(ValueLayout.JAVA_BYTE), "hand-written #" + v);
            }
            assertWritesTwice(bench::heap, BATCH);
            assertWritesTwice(bench::pool, BATCH);
            for (int i = 0; i < BATCH; i++) {
                var expectedRecord = new Heap.TradeEventRecord(in.ids()[i], in.prices()[i], in.quantities()[i]);
                assertEquals(expectedRecord, bench.records[i]);
                Heap.MutableTradeEvent pooled = bench.pool[i];
                assertEquals(expectedRecord, new Heap.TradeEventRecord(pooled.id, pooled.price, pooled.quantity));
            }
        } finally {
            bench.close();
        }
    }

    @Test
    void everyLevelWriterLeavesTheSameBytesAndValues() {
        LevelWriteBench bench = new LevelWriteBench();
        bench.setUp();
        try {
            Inputs.Levels in = Inputs.Levels.generate(BATCH);
            byte[] expected = levelBytes(in);
            Map<String, LongSupplier> arenaWriters = Map.of("flyweightAllocate", bench::flyweightAllocate,
                    "flyweightWrap", bench::flyweightWrap, "flyweightWrapNew", bench::flyweightWrapNew,
                    "flyweightStatic", bench::flyweightStatic);
            for (var writer : arenaWriters.entrySet()) {
                assertWritesTwice(writer.getValue(), BATCH * CLayout.LEVEL_SIZE);
                assertArrayEquals(expected, arenaBytes(bench.arena(), expected.length), writer.getKey());
            }
            LongSupplier[] handWritten = {bench::ffm, bench::unsafe, bench::agrona, bench::sbe};
            MemorySegment[] blocks = bench.handWrittenBlocks();
            for (int v = 0; v < handWritten.length; v++) {
                assertWritesTwice(handWritten[v], BATCH * CLayout.LEVEL_SIZE);
                assertArrayEquals(expected, blocks[v].toArray(ValueLayout.JAVA_BYTE), "hand-written #" + v);
            }
            assertWritesTwice(bench::heap, BATCH);
            assertWritesTwice(bench::pool, BATCH);
            for (int i = 0; i < BATCH; i++) {
                var expectedRecord = new Heap.LevelRecord(new Heap.PriceRecord(in.mantissas()[i], in.exponents()[i]),
                        in.quantities()[i], in.orders()[i]);
                assertEquals(expectedRecord, bench.records[i]);
                Heap.MutableLevel pooled = bench.pool[i];
                assertEquals(expectedRecord, new Heap.LevelRecord(
                        new Heap.PriceRecord(pooled.price.mantissa, pooled.price.exponent), pooled.quantity, pooled.orders));
            }
        } finally {
            bench.close();
        }
    }

    @Test
    void resetEmptiesTheArenaWhateverWasAllocated() {
        ResetBench bench = new ResetBench();
        bench.allocations = 1_000;
        bench.createArena();
        try {
            bench.fill();
            assertEquals(1_000 * TradeEventFlyweight.BYTE_SIZE, bench.control());
            assertEquals(0, bench.reset());
            bench.fill();
            bench.empty();
            assertEquals(0, bench.arena().allocatedBytes());
        } finally {
            bench.closeArena();
        }
    }

    private static void assertWritesTwice(LongSupplier writer, long expectedResult) {
        assertEquals(expectedResult, writer.getAsLong());
        assertEquals(expectedResult, writer.getAsLong(), "second batch, after the variant's own reset");
    }

    /** The arena's first {@code bytes}: its block starts where an empty arena's next allocation does. */
    @SuppressWarnings("restricted")
    private static byte[] arenaBytes(BumpArena arena, long bytes) {
        arena.reset();
        long base = arena.allocate(0, 1).address();
        // Restricted (needs --enable-native-access, set for surefire): the test's only way to see
        // memory the arena handed out and the benchmark did not keep.
        return MemorySegment.ofAddress(base).reinterpret(bytes).toArray(ValueLayout.JAVA_BYTE);
    }

    private static byte[] tradeBytes(Inputs.Trades in) {
        ByteBuffer out = ByteBuffer.allocate(BATCH * (int) CLayout.TRADE_SIZE).order(ByteOrder.nativeOrder());
        for (int i = 0; i < BATCH; i++) {
            out.putLong(in.ids()[i]).putDouble(in.prices()[i]).putInt(in.quantities()[i]).putInt(0);
        }
        return out.array();
    }

    private static byte[] levelBytes(Inputs.Levels in) {
        ByteBuffer out = ByteBuffer.allocate(BATCH * (int) CLayout.LEVEL_SIZE).order(ByteOrder.nativeOrder());
        for (int i = 0; i < BATCH; i++) {
            out.putLong(in.mantissas()[i]).put(in.exponents()[i]).put(new byte[7])
                    .putLong(in.quantities()[i]).putInt(in.orders()[i]).putInt(0);
        }
        return out.array();
    }
}
