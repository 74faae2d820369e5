package dev.arenastruct.bench;

import dev.arenastruct.BumpArena;
import dev.arenastruct.samples.AstSample;
import dev.arenastruct.samples.ProgramGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Scenario 5: the parser sample ({@link AstSample}) on generated ~100 KB programs, its syntax tree
 * as arena structs against the same tree as heap records, one file per operation. Both variants
 * run the same {@code Parser} and {@code Tokenizer} over the same {@link #FILES} programs (fixed
 * seeds, generated once per fork), in the same order; a unit test checks that they compute the
 * same result for every program.
 *
 * <ul>
 *   <li>{@link #arena()}: {@code reset()} the one reused arena (freeing the previous file's tree),
 *       parse the next file into it, evaluate. Sized once by {@link AstSample#newArena(int)}, so after
 *       the first file the arena reserves no memory.</li>
 *   <li>{@link #heap()}: parse the next file into records, evaluate, drop the tree. The baseline.</li>
 * </ul>
 *
 * <p>What each number means, per file:
 * <ul>
 *   <li><b>time</b>: the score, parse + evaluate + release. For the heap that includes the young
 *       collections the loop triggers (their pauses stop this thread); for the arena the
 *       {@code reset()}.</li>
 *   <li><b>allocation</b>: {@code gc.alloc.rate.norm} of {@code -prof gc}, heap bytes per file. The
 *       arena variant's remainder is the parser's own objects (tokenizer, symbol table, the
 *       evaluator's slot array) and the node list's one heap object; the tree itself is
 *       off-heap.</li>
 *   <li><b>release</b>: the arena's is {@code reset()} after one parsed file, timed alone in
 *       {@link Release}. The heap has no release call to time: dropping the last reference costs
 *       nothing at that point, and the work is the garbage collector's, later. Its honest
 *       equivalent is the GC time the parse loop causes per file, which {@link RatioTable} reports
 *       as "GC/op" ({@code gc.time} of {@code -prof gc}, the collectors' pause time over the
 *       measured iterations, divided by their operations; with {@code gc.count}, the collections).
 *       It depends on the heap size (a smaller young generation collects more often), so the forks
 *       run with a fixed heap ({@link BenchFlags#FIXED_HEAP_MIN}, {@link BenchFlags#FIXED_HEAP_MAX}).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.FIXED_HEAP_MIN, BenchFlags.FIXED_HEAP_MAX})
public class AstBench {
    /** Programs per fork, processed round-robin: enough that no branch pattern repeats per call. */
    static final int FILES = 8;
    /** Characters (bytes) per program, as in the seed's "100KB file". */
    static final int FILE_CHARS = 100_000;
    /** The first program's seed (any fixed value); program {@code k} uses {@code FIRST_SEED + k}. */
    static final long FIRST_SEED = 0;
    /**
     * Files the measured variant parses before JMH's own warm-up: cold, the arena variant runs
     * its memory accesses through interpreted {@code VarHandle}s and is many times slower than the
     * heap one until C2 has compiled the parser, longer than the quick mode's warm-up iteration.
     */
    static final int WARMUP_FILES = 100;

    private String[] sources;
    private BumpArena arena;
    private int next;

    /**
     * The programs, the arena sized for them (the heap variant leaves it empty), and
     * {@link #WARMUP_FILES} files through the measured method only: warming the other variant
     * too would make the parser's builder calls bimorphic in both forks.
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        prepare();
        boolean heap = params.getBenchmark().endsWith(".heap");
        for (int i = 0; i < WARMUP_FILES; i++) {
            if (heap) {
                heap();
            } else {
                arena();
            }
        }
        next = 0;
    }

    /** The programs and the arena, without warm-up (for tests). */
    void prepare() {
        sources = programs();
        arena = AstSample.newArena(FILE_CHARS);
    }

    /** Frees the arena. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** Reset the reused arena, then parse and evaluate the next file into it. */
    @Benchmark
    public long arena() {
        arena.reset();
        return AstSample.parseAndEvaluateArena(nextSource(), arena);
    }

    /** Parse and evaluate the next file as heap records, which become garbage. */
    @Benchmark
    public long heap() {
        return AstSample.parseAndEvaluateHeap(nextSource());
    }

    private String nextSource() {
        String source = sources[next];
        next = next == FILES - 1 ? 0 : next + 1;
        return source;
    }

    /** The programs every variant parses, in order. */
    static String[] programs() {
        String[] programs = new String[FILES];
        for (int k = 0; k < FILES; k++) {
            programs[k] = ProgramGenerator.generate(FIRST_SEED + k, FILE_CHARS);
        }
        return programs;
    }

    /** The arena, for tests. */
    BumpArena arenaForTest() {
        return arena;
    }

    /**
     * Release time of the arena tree: {@code reset()} right after a file was parsed into the arena.
     * The parse runs in a per-invocation setup that JMH does not time, so, as in
     * {@link ResetBench}, every score also carries JMH's timestamps per call and the cache misses of
     * touching the arena after writing a tree; {@link #control()} pays those without resetting, and
     * {@code reset - control} is the release cost. The heap tree's counterpart is the GC time per
     * file of {@link AstBench#heap()} (see {@link AstBench}). The B/op and GC columns of these two
     * rows count the untimed parses as well (the arena variant's ~10 KB of parser objects per file).
     */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.FIXED_HEAP_MIN,
            BenchFlags.FIXED_HEAP_MAX})
    public static class Release {
        /** Enough calls for C2 to compile {@link #reset()} before the first timed call. */
        private static final int JIT_WARMUP_CALLS = 20_000;

        private String[] sources;
        private BumpArena arena;
        private int next;

        /**
         * The programs, the arena, and the measured code compiled before the first timed call: a
         * parse takes milliseconds, so JMH times only a few hundred resets a second, too few for the
         * JIT (the score would compare interpreted code with compiled code).
         */
        @Setup(Level.Trial)
        public void setUp() {
            prepare();
            for (int i = 0; i < WARMUP_FILES; i++) {
                parse();
                reset();
            }
            for (int i = 0; i < JIT_WARMUP_CALLS; i++) {
                arena.allocate(Long.BYTES, Long.BYTES);
                reset();
            }
        }

        /** The programs and the arena, without warm-up (for tests). */
        void prepare() {
            sources = programs();
            arena = AstSample.newArena(FILE_CHARS);
        }

        /** Parses the next file into the arena before every measured call (not timed). */
        @Setup(Level.Invocation)
        public void parse() {
            AstSample.parseAndEvaluateArena(sources[next], arena);
            next = next == FILES - 1 ? 0 : next + 1;
        }

        /** Leaves the arena empty for the next parse, whichever method was timed (not timed). */
        @TearDown(Level.Invocation)
        public void empty() {
            arena.reset();
        }

        /** Frees the arena. */
        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }

        /** Frees the whole tree of one file; returns the (zero) allocated bytes so the call has a result. */
        @Benchmark
        public long reset() {
            arena.reset();
            return arena.allocatedBytes();
        }

        /** Control: only a read of the arena's state after the same parse. */
        @Benchmark
        public long control() {
            return arena.allocatedBytes();
        }

        /** The arena, for tests. */
        BumpArena arenaForTest() {
            return arena;
        }
    }
}
