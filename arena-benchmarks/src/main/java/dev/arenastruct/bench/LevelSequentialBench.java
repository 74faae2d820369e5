package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.LEVEL_MANTISSA;
import static dev.arenastruct.bench.CLayout.LEVEL_QUANTITY;
import static dev.arenastruct.bench.CLayout.LEVEL_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.bench.Heap.LevelRecord;
import dev.arenastruct.bench.Heap.MutableLevel;
import dev.arenastruct.bench.sbe.LevelDecoder;
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
 * Scenario 2, nested struct, sequential: the sum of {@code price.mantissa * quantity} (the
 * notional in price units) over every {@link Level} in index order. Every method returns the
 * same sum, which the unit test checks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class LevelSequentialBench {
    /** Generated, instance style: {@code wrapElement}, then the nested price through its reused view. */
    @Benchmark
    public long flyweight(LevelScan.OffHeap s) {
        LevelFlyweight level = s.flyweight;
        MemorySegment array = s.array;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            level.wrapElement(array, i);
            sum += level.price().mantissa() * level.quantity();
        }
        return sum;
    }

    /** Generated, static style: the nested price at {@code PRICE_OFFSET}. */
    @Benchmark
    public long flyweightStatic(LevelScan.OffHeap s) {
        MemorySegment array = s.array;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = i * LevelFlyweight.BYTE_SIZE;
            sum += PriceFlyweight.mantissa(array, at + LevelFlyweight.PRICE_OFFSET) * LevelFlyweight.quantity(array, at);
        }
        return sum;
    }

    /** Hand-written FFM. */
    @Benchmark
    public long ffm(LevelScan.OffHeap s) {
        MemorySegment array = s.array;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = i * LEVEL_SIZE;
            sum += array.get(JAVA_LONG, at + LEVEL_MANTISSA) * array.get(JAVA_LONG, at + LEVEL_QUANTITY);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe}. */
    @Benchmark
    public long unsafe(LevelScan.OffHeap s) {
        long base = s.address;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            long at = base + i * LEVEL_SIZE;
            sum += UnsafeAccess.getLong(at + LEVEL_MANTISSA) * UnsafeAccess.getLong(at + LEVEL_QUANTITY);
        }
        return sum;
    }

    /** Hand-written Agrona {@code UnsafeBuffer}. */
    @Benchmark
    public long agrona(LevelScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            int at = i * (int) LEVEL_SIZE;
            sum += buffer.getLong(at + (int) LEVEL_MANTISSA) * buffer.getLong(at + (int) LEVEL_QUANTITY);
        }
        return sum;
    }

    /** SBE: the message decoder and its composite price decoder. */
    @Benchmark
    public long sbe(LevelScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        LevelDecoder d = s.decoder;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            d.wrap(buffer, i * LevelDecoder.BLOCK_LENGTH, LevelDecoder.BLOCK_LENGTH, LevelDecoder.SCHEMA_VERSION);
            sum += d.price().mantissa() * d.quantity();
        }
        return sum;
    }

    /** Heap records: the price is a second object, one more pointer to chase. */
    @Benchmark
    public long heap(LevelScan.OnHeap s) {
        LevelRecord[] records = s.records;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            LevelRecord r = records[i];
            sum += r.price().mantissa() * r.quantity();
        }
        return sum;
    }

    /** Pooled mutable objects. */
    @Benchmark
    public long pool(LevelScan.OnHeap s) {
        MutableLevel[] pool = s.pool;
        long sum = 0;
        for (int i = 0, count = s.count; i < count; i++) {
            MutableLevel level = pool[i];
            sum += level.price.mantissa * level.quantity;
        }
        return sum;
    }
}
