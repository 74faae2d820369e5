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
 * Scenario 2, flat struct, random access: the sum of {@code price * quantity} over the
 * {@link TradeEvent}s at a precomputed array of random indices (one cache miss per struct once the
 * array outgrows the cache). Same result in every method, checked by the unit test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class TradeRandomBench {
    /** Generated, instance style: one reused flyweight, {@code wrapElement} per struct. */
    @Benchmark
    public double flyweight(TradeScan.OffHeap s) {
        TradeEventFlyweight t = s.flyweight;
        MemorySegment array = s.array;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            t.wrapElement(array, indices[k]);
            sum += t.price() * t.quantity();
        }
        return sum;
    }

    /** {@link #flyweight} with the flyweight created in the method. */
    @Benchmark
    public double flyweightLocal(TradeScan.OffHeap s) {
        TradeEventFlyweight t = new TradeEventFlyweight();
        MemorySegment array = s.array;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            t.wrapElement(array, indices[k]);
            sum += t.price() * t.quantity();
        }
        return sum;
    }

    /** Generated, static style. */
    @Benchmark
    public double flyweightStatic(TradeScan.OffHeap s) {
        MemorySegment array = s.array;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            long at = indices[k] * TradeEventFlyweight.BYTE_SIZE;
            sum += TradeEventFlyweight.price(array, at) * TradeEventFlyweight.quantity(array, at);
        }
        return sum;
    }

    /** Hand-written FFM. */
    @Benchmark
    public double ffm(TradeScan.OffHeap s) {
        MemorySegment array = s.array;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            long at = indices[k] * TRADE_SIZE;
            sum += array.get(JAVA_DOUBLE, at + TRADE_PRICE) * array.get(JAVA_INT, at + TRADE_QUANTITY);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe}. */
    @Benchmark
    public double unsafe(TradeScan.OffHeap s) {
        long base = s.address;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            long at = base + indices[k] * TRADE_SIZE;
            sum += UnsafeAccess.getDouble(at + TRADE_PRICE) * UnsafeAccess.getInt(at + TRADE_QUANTITY);
        }
        return sum;
    }

    /** Hand-written Agrona {@code UnsafeBuffer}. */
    @Benchmark
    public double agrona(TradeScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int at = indices[k] * (int) TRADE_SIZE;
            sum += buffer.getDouble(at + (int) TRADE_PRICE) * buffer.getInt(at + (int) TRADE_QUANTITY);
        }
        return sum;
    }

    /** SBE. */
    @Benchmark
    public double sbe(TradeScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        TradeEventDecoder d = s.decoder;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            d.wrap(buffer, indices[k] * TradeEventDecoder.BLOCK_LENGTH, TradeEventDecoder.BLOCK_LENGTH,
                    TradeEventDecoder.SCHEMA_VERSION);
            sum += d.price() * d.quantity();
        }
        return sum;
    }

    /** Heap records. */
    @Benchmark
    public double heap(TradeScan.OnHeap s) {
        TradeEventRecord[] records = s.records;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            TradeEventRecord r = records[indices[k]];
            sum += r.price() * r.quantity();
        }
        return sum;
    }

    /** Pooled mutable objects. */
    @Benchmark
    public double pool(TradeScan.OnHeap s) {
        MutableTradeEvent[] pool = s.pool;
        int[] indices = s.indices;
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            MutableTradeEvent e = pool[indices[k]];
            sum += e.price * e.quantity;
        }
        return sum;
    }
}
