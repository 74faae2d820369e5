package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.TRADE_PRICE;
import static dev.arenastruct.bench.CLayout.TRADE_QUANTITY;
import static dev.arenastruct.bench.CLayout.TRADE_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.arenastruct.bench.Heap.MutableTradeEvent;
import dev.arenastruct.bench.Heap.TradeEventRecord;
import dev.arenastruct.bench.sbe.TradeEventDecoder;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2, flat struct, sequential: the sum of {@code price * quantity} over every
 * {@link TradeEvent} in index order. One operation is the whole scan; every method returns the
 * same sum, bit for bit (the same additions in the same order), which the unit test checks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class TradeSequentialBench {
    /** Generated, instance style: one reused flyweight, {@code wrapElement} per struct. */
    @Benchmark
    public double flyweight(TradeScan.OffHeap s) {
        TradeEventFlyweight t = s.flyweight;
        MemorySegment array = s.array;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            t.wrapElement(array, i);
            sum += t.price() * t.quantity();
        }
        return sum;
    }

    /** Generated, static style: the static accessors at {@code i * BYTE_SIZE}. */
    @Benchmark
    public double flyweightStatic(TradeScan.OffHeap s) {
        MemorySegment array = s.array;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = i * TradeEventFlyweight.BYTE_SIZE;
            sum += TradeEventFlyweight.price(array, at) * TradeEventFlyweight.quantity(array, at);
        }
        return sum;
    }

    /** Hand-written FFM: {@code MemorySegment.get} at constant offsets. */
    @Benchmark
    public double ffm(TradeScan.OffHeap s) {
        MemorySegment array = s.array;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = i * TRADE_SIZE;
            sum += array.get(JAVA_DOUBLE, at + TRADE_PRICE) * array.get(JAVA_INT, at + TRADE_QUANTITY);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses. */
    @Benchmark
    public double unsafe(TradeScan.OffHeap s) {
        long base = s.address;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = base + i * TRADE_SIZE;
            sum += UnsafeAccess.getDouble(at + TRADE_PRICE) * UnsafeAccess.getInt(at + TRADE_QUANTITY);
        }
        return sum;
    }

    /** Hand-written Agrona {@code UnsafeBuffer}. */
    @Benchmark
    public double agrona(TradeScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            int at = i * (int) TRADE_SIZE;
            sum += buffer.getDouble(at + (int) TRADE_PRICE) * buffer.getInt(at + (int) TRADE_QUANTITY);
        }
        return sum;
    }

    /** SBE: one reused decoder wrapped at each message body. */
    @Benchmark
    public double sbe(TradeScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        TradeEventDecoder d = s.decoder;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            d.wrap(buffer, i * TradeEventDecoder.BLOCK_LENGTH, TradeEventDecoder.BLOCK_LENGTH,
                    TradeEventDecoder.SCHEMA_VERSION);
            sum += d.price() * d.quantity();
        }
        return sum;
    }

    /** Heap records, one reference per struct. */
    @Benchmark
    public double heap(TradeScan.OnHeap s) {
        TradeEventRecord[] records = s.records;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            TradeEventRecord r = records[i];
            sum += r.price() * r.quantity();
        }
        return sum;
    }

    /** Pooled mutable objects. */
    @Benchmark
    public double pool(TradeScan.OnHeap s) {
        MutableTradeEvent[] pool = s.pool;
        double sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            MutableTradeEvent e = pool[i];
            sum += e.price * e.quantity;
        }
        return sum;
    }
}
