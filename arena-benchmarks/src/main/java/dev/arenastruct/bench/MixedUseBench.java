package dev.arenastruct.bench;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The loops of {@link BatchCycleBench}, {@link DecodeWrapBench}, {@link CopyBench.Copy} and
 * {@link TradeRandomBench}, measured in a JVM that has first run each of them in both of its forms:
 * a flyweight held in a field and one created in the method ({@code ...Local}), about two million
 * structs each. An application uses a
 * struct class in several places, so the JIT compiles its flyweight's {@code wrapView} with a profile
 * in which the flyweight is sometimes pointed at other memory; each of the other benchmarks runs in
 * a fork of its own, where only one form ever ran. Every method delegates to the method of the same
 * name in the plain benchmark (the unit tests check that those agree).
 */
public class MixedUseBench {
    /** Structs or records each form runs before measuring. */
    static final int WARM_STRUCTS = 2_000_000;

    /** Where the warm-up's results go, so that the JIT cannot drop the work. */
    static volatile long sink;

    /** What every group measures with, as the plain benchmarks do; each group names its forks' JVM flags. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public abstract static class Group {
    }

    /** {@link BatchCycleBench}: allocate-and-write cycles of 64 structs. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public static class Batch extends Group {
        private final BatchCycleBench bench = new BatchCycleBench();

        /** Runs every flyweight form of the cycle, so that all of them are in the profile. */
        @Setup
        public void setUp() {
            bench.setUp();
            long sum = 0;
            for (int i = 0; i < WARM_STRUCTS / BatchCycleBench.STRUCTS; i++) {
                sum += bench.flyweightStructs() + bench.flyweightStructsLocal() + bench.flyweightWrapNew()
                        + bench.flyweightWrapNewLocal();
            }
            sink = sum;
        }

        /** Frees the benchmark's memory. */
        @TearDown
        public void close() {
            bench.close();
        }

        /** {@link BatchCycleBench#flyweightStructs}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long flyweightStructs() {
            return bench.flyweightStructs();
        }

        /** {@link BatchCycleBench#flyweightStructsLocal}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long flyweightStructsLocal() {
            return bench.flyweightStructsLocal();
        }

        /** {@link BatchCycleBench#flyweightWrapNew}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long flyweightWrapNew() {
            return bench.flyweightWrapNew();
        }

        /** {@link BatchCycleBench#flyweightWrapNewLocal}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long flyweightWrapNewLocal() {
            return bench.flyweightWrapNewLocal();
        }

        /** {@link BatchCycleBench#ffm}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long ffm() {
            return bench.ffm();
        }

        /** {@link BatchCycleBench#unsafe}. */
        @Benchmark
        @OperationsPerInvocation(BatchCycleBench.STRUCTS)
        public long unsafe() {
            return bench.unsafe();
        }
    }

    /** {@link DecodeWrapBench}: {@code wrap(segment, offset)} per record of memory other code wrote. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
    public static class Decode extends Group {
        private final DecodeWrapBench bench = new DecodeWrapBench();

        /** Runs both flyweight forms of the decode, so that both are in the profile. */
        @Setup
        public void setUp() {
            bench.setUp();
            double sum = 0;
            for (int i = 0; i < WARM_STRUCTS / DecodeWrapBench.RECORDS; i++) {
                sum += bench.flyweight() + bench.flyweightLocal();
            }
            sink = (long) sum;
        }

        /** Frees the records. */
        @TearDown
        public void tearDown() {
            bench.tearDown();
        }

        /** {@link DecodeWrapBench#flyweight}. */
        @Benchmark
        @OperationsPerInvocation(DecodeWrapBench.RECORDS)
        public double flyweight() {
            return bench.flyweight();
        }

        /** {@link DecodeWrapBench#flyweightLocal}. */
        @Benchmark
        @OperationsPerInvocation(DecodeWrapBench.RECORDS)
        public double flyweightLocal() {
            return bench.flyweightLocal();
        }

        /** {@link DecodeWrapBench#ffm}. */
        @Benchmark
        @OperationsPerInvocation(DecodeWrapBench.RECORDS)
        public double ffm() {
            return bench.ffm();
        }
    }

    /** {@link CopyBench.Copy}: {@code target.copyFrom(source)} per struct, two flyweights of one class. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public static class Copy extends Group {
        final CopyBench.Copy bench = new CopyBench.Copy();

        /** Runs both flyweight forms of the copy, so that both are in the profile. */
        @Setup
        public void setUp() {
            bench.setUp();
            for (int i = 0; i < WARM_STRUCTS / CopyBench.COUNT; i++) {
                sink = bench.flyweight().byteSize() + bench.flyweightLocal().byteSize();
            }
        }

        /** Frees the arenas. */
        @TearDown
        public void close() {
            bench.close();
        }

        /** {@link CopyBench.Copy#flyweight}. */
        @Benchmark
        @OperationsPerInvocation(CopyBench.COUNT)
        public MemorySegment flyweight() {
            return bench.flyweight();
        }

        /** {@link CopyBench.Copy#flyweightLocal}. */
        @Benchmark
        @OperationsPerInvocation(CopyBench.COUNT)
        public MemorySegment flyweightLocal() {
            return bench.flyweightLocal();
        }

        /** {@link CopyBench.Copy#ffm}. */
        @Benchmark
        @OperationsPerInvocation(CopyBench.COUNT)
        public MemorySegment ffm() {
            return bench.ffm();
        }

        /** {@link CopyBench.Copy#unsafe}. */
        @Benchmark
        @OperationsPerInvocation(CopyBench.COUNT)
        public MemorySegment unsafe() {
            return bench.unsafe();
        }
    }
    /** {@link TradeRandomBench}: one flyweight re-pointed at 1M structs in random order. */
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
    public static class Random extends Group {
        private final TradeRandomBench bench = new TradeRandomBench();
        final TradeScan.OffHeap structs = new TradeScan.OffHeap();

        /** Runs both flyweight forms of the scan, so that both are in the profile. */
        @Setup
        public void setUp() {
            structs.count = 1_000_000;
            structs.setUp();
            double sum = 0;
            for (int i = 0; i < WARM_STRUCTS / structs.count; i++) {
                sum += bench.flyweight(structs) + bench.flyweightLocal(structs);
            }
            sink = (long) sum;
        }

        /** Frees the structs. */
        @TearDown
        public void tearDown() {
            structs.tearDown();
        }

        /** {@link TradeRandomBench#flyweight}. */
        @Benchmark
        public double flyweight() {
            return bench.flyweight(structs);
        }

        /** {@link TradeRandomBench#flyweightLocal}. */
        @Benchmark
        public double flyweightLocal() {
            return bench.flyweightLocal(structs);
        }

        /** {@link TradeRandomBench#ffm}. */
        @Benchmark
        public double ffm() {
            return bench.ffm(structs);
        }
    }
}
