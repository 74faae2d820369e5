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
 * Scenario 2, nested struct, random access: the sum of {@code price.mantissa * quantity} over the
 * {@link Level}s at a precomputed array of random indices. Every method returns the same sum,
 * which the unit test checks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class LevelRandomBench {
    /** Generated, instance style: {@code wrapElement}, then the nested price through its reused view. */
    @Benchmark
    public long flyweight(LevelScan.OffHeap s) {
        LevelFlyweight level = s.flyweight;
        MemorySegment array = s.array;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            level.wrapElement(array, i);
            sum += level.price().mantissa() * level.quantity();
        }
        return sum;
    }

    /** Generated, static style: the nested price at {@code PRICE_OFFSET}. */
    @Benchmark
    public long flyweightStatic(LevelScan.OffHeap s) {
        MemorySegment array = s.array;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            long at = i * LevelFlyweight.BYTE_SIZE;
            sum += PriceFlyweight.mantissa(array, at + LevelFlyweight.PRICE_OFFSET) * LevelFlyweight.quantity(array, at);
        }
        return sum;
    }

    /** Hand-written FFM. */
    @Benchmark
    public long ffm(LevelScan.OffHeap s) {
        MemorySegment array = s.array;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            long at = i * LEVEL_SIZE;
            sum += array.get(JAVA_LONG, at + LEVEL_MANTISSA) * array.get(JAVA_LONG, at + LEVEL_QUANTITY);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe}. */
    @Benchmark
    public long unsafe(LevelScan.OffHeap s) {
        long base = s.address;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            long at = base + i * LEVEL_SIZE;
            sum += UnsafeAccess.getLong(at + LEVEL_MANTISSA) * UnsafeAccess.getLong(at + LEVEL_QUANTITY);
        }
        return sum;
    }

    /** Hand-written Agrona {@code UnsafeBuffer}. */
    @Benchmark
    public long agrona(LevelScan.OffHeap s) {
        UnsafeBuffer buffer = s.buffer;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
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
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            d.wrap(buffer, i * LevelDecoder.BLOCK_LENGTH, LevelDecoder.BLOCK_LENGTH, LevelDecoder.SCHEMA_VERSION);
            sum += d.price().mantissa() * d.quantity();
        }
        return sum;
    }

    /** Heap records: the price is a second object, one more pointer to chase. */
    @Benchmark
    public long heap(LevelScan.OnHeap s) {
        LevelRecord[] records = s.records;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            LevelRecord r = records[i];
            sum += r.price().mantissa() * r.quantity();
        }
        return sum;
    }

    /** Pooled mutable objects. */
    @Benchmark
    public long pool(LevelScan.OnHeap s) {
        MutableLevel[] pool = s.pool;
        int[] indices = s.indices;
        long sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            MutableLevel level = pool[i];
            sum += level.price.mantissa * level.quantity;
        }
        return sum;
    }
}
