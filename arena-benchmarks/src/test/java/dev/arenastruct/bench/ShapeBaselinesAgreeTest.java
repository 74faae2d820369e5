package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The three workload shapes' variants do the same work: every variant of a shape returns the result
 * a plain loop over the inputs computes, bit for bit, and the batch writers leave the same bytes.
 * Each is called twice, so the second call also proves the variant's own reset. No timing here.
 */
class ShapeBaselinesAgreeTest {
    @Test
    void handWrittenOffsetsMatchGeneratedConstants() {
        assertEquals(FillFlyweight.BYTE_SIZE, CLayout.FILL_SIZE);
        assertEquals(FillFlyweight.ORDER_ID_OFFSET, CLayout.FILL_ORDER_ID);
        assertEquals(FillFlyweight.PRICE_OFFSET, CLayout.FILL_PRICE);
        assertEquals(FillFlyweight.QUANTITY_OFFSET, CLayout.FILL_QUANTITY);
        assertEquals(FillFlyweight.SIDE_OFFSET, CLayout.FILL_SIDE);
        assertEquals(BookLevelFlyweight.BYTE_SIZE, CLayout.BOOK_LEVEL_SIZE);
        assertEquals(BookLevelFlyweight.PRICE_OFFSET, CLayout.BOOK_LEVEL_PRICE);
        assertEquals(BookLevelFlyweight.QUANTITY_OFFSET, CLayout.BOOK_LEVEL_QUANTITY);
        assertEquals(BookLevelFlyweight.ORDERS_OFFSET, CLayout.BOOK_LEVEL_ORDERS);
        assertEquals(OrderBookFlyweight.BYTE_SIZE, CLayout.BOOK_SIZE);
        assertEquals(OrderBookFlyweight.BIDS_OFFSET, CLayout.BOOK_BIDS);
        assertEquals(OrderBookFlyweight.ASKS_OFFSET, CLayout.BOOK_ASKS);
        assertEquals(OrderBookFlyweight.BIDS_LENGTH, CLayout.BOOK_DEPTH);
        assertEquals(OrderBookFlyweight.ASKS_LENGTH, CLayout.BOOK_DEPTH);
    }

    @Test
    void everyBatchVariantReturnsTheSameSumAndLeavesTheSameBytes() {
        int n = BatchCycleBench.STRUCTS;
        Inputs.Fills in = Inputs.Fills.generate(n);
        long expected = 0;
        ByteBuffer bytes = ByteBuffer.allocate(n * (int) CLayout.FILL_SIZE).order(ByteOrder.nativeOrder());
        for (int i = 0; i < n; i++) {
            expected += in.prices()[i] * in.quantities()[i];
            bytes.putLong(in.orderIds()[i]).putLong(in.prices()[i]).putInt(in.quantities()[i]).put(in.sides()[i])
                    .put(new byte[3]);
        }
        BatchCycleBench bench = new BatchCycleBench();
        bench.setUp();
        try {
            Map<String, LongSupplier> arenaWriters = new LinkedHashMap<>();
            arenaWriters.put("flyweightAllocate", bench::flyweightAllocate);
            arenaWriters.put("flyweightArray", bench::flyweightArray);
            arenaWriters.put("flyweightStructs", bench::flyweightStructs);
            arenaWriters.put("flyweightStructsLocal", bench::flyweightStructsLocal);
            arenaWriters.put("flyweightWrapNew", bench::flyweightWrapNew);
            arenaWriters.put("flyweightWrapNewLocal", bench::flyweightWrapNewLocal);
            arenaWriters.put("flyweightStatic", bench::flyweightStatic);
            for (var writer : arenaWriters.entrySet()) {
                assertTwice(expected, writer.getValue(), writer.getKey());
                assertArrayEquals(bytes.array(), arenaBytes(bench.arena, bytes.capacity()), writer.getKey());
            }
            assertTwice(expected, bench::ffm, "ffm");
            assertArrayEquals(bytes.array(), bench.ffmBlock.toArray(ValueLayout.JAVA_BYTE), "ffm");
            assertTwice(expected, bench::unsafe, "unsafe");
            assertArrayEquals(bytes.array(), bench.unsafeBlock.toArray(ValueLayout.JAVA_BYTE), "unsafe");
            assertTwice(expected, bench::heap, "heap");
            assertTwice(expected, bench::pool, "pool");
            for (int i = 0; i < n; i++) {
                var record = new Heap.FillRecord(in.orderIds()[i], in.prices()[i], in.quantities()[i], in.sides()[i]);
                assertEquals(record, bench.records[i]);
                Heap.MutableFill f = bench.pool[i];
                assertEquals(record, new Heap.FillRecord(f.orderId, f.price, f.quantity, f.side));
            }
        } finally {
            bench.close();
        }
    }

    @Test
    void everyNestedScanReturnsTheSameSum() {
        Inputs.Levels in = Inputs.Levels.generate(NestedScanBench.BOOKS * 2 * CLayout.BOOK_DEPTH);
        long expected = 0;
        for (int k = 0; k < in.mantissas().length; k++) {
            expected += in.mantissas()[k] * in.quantities()[k];
        }
        NestedScanBench bench = new NestedScanBench();
        bench.setUp();
        try {
            assertTwice(expected, bench::flyweight, "flyweight");
            assertTwice(expected, bench::flyweightStatic, "flyweightStatic");
            assertTwice(expected, bench::ffm, "ffm");
            assertTwice(expected, bench::unsafe, "unsafe");
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void everyDecoderReturnsTheSameSum() {
        Inputs.Trades in = Inputs.Trades.generate(DecodeWrapBench.RECORDS);
        double expected = 0;
        for (int i = 0; i < DecodeWrapBench.RECORDS; i++) {
            expected += in.prices()[i] * in.quantities()[i] + in.ids()[i];
        }
        DecodeWrapBench bench = new DecodeWrapBench();
        bench.setUp();
        try {
            Map<String, DoubleSupplier> decoders = new LinkedHashMap<>();
            decoders.put("flyweight", bench::flyweight);
            decoders.put("flyweightLocal", bench::flyweightLocal);
            decoders.put("flyweightStatic", bench::flyweightStatic);
            decoders.put("ffm", bench::ffm);
            decoders.put("unsafe", bench::unsafe);
            decoders.put("sbe", bench::sbe);
            for (var decoder : decoders.entrySet()) {
                assertEquals(expected, decoder.getValue().getAsDouble(), decoder.getKey());
                assertEquals(expected, decoder.getValue().getAsDouble(), decoder.getKey() + ", second pass");
            }
        } finally {
            bench.tearDown();
        }
    }

    private static void assertTwice(long expected, LongSupplier variant, String name) {
        assertEquals(expected, variant.getAsLong(), name);
        assertEquals(expected, variant.getAsLong(), name + ", second call after the variant's own reset");
    }

    /** The arena's first {@code bytes}, as {@code WriteBaselinesAgreeTest} reads them. */
    @SuppressWarnings("restricted")
    private static byte[] arenaBytes(BumpArena arena, long bytes) {
        arena.reset();
        long base = arena.allocate(0, 1).address();
        // Restricted (surefire runs with --enable-native-access): the arena keeps no handle on what it handed out.
        return MemorySegment.ofAddress(base).reinterpret(bytes).toArray(ValueLayout.JAVA_BYTE);
    }
}
