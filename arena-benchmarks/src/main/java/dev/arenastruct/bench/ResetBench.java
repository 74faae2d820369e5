package dev.arenastruct.bench;

import dev.arenastruct.BumpArena;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3: the cost of {@link BumpArena#reset()} after {@code allocations} struct allocations.
 * The target is that it does not grow with the count.
 *
 * <p>Each measured call needs a freshly filled arena, so the filling runs in a per-invocation
 * setup, which JMH keeps out of the score. The price is that every score carries JMH's two
 * timestamps per call (some tens of nanoseconds), and, after a million allocations, the cache
 * misses of touching anything at all after writing 24 MB. {@link #control()} pays both without
 * resetting: compare {@code reset - control} across counts, not the raw scores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class ResetBench {
    /** {@link TradeEvent}s allocated before each reset. */
    @Param({"1", "1000000"})
    public int allocations;

    /** Enough calls for C2 to compile {@link #reset()} and what it calls. */
    private static final int JIT_WARMUP_CALLS = 100_000;

    private BumpArena arena;

    /**
     * An arena big enough for the count, and the measured code compiled before the first timed
     * call: with a million allocations per call JMH times only a few hundred resets a second, too
     * few for the JIT, and the score would compare interpreted code with compiled code.
     */
    @Setup(Level.Trial)
    public void createArena() {
        arena = BumpArena.ofCapacity(allocations * TradeEventFlyweight.BYTE_SIZE);
        for (int i = 0; i < JIT_WARMUP_CALLS; i++) {
            arena.allocate(TradeEventFlyweight.BYTE_SIZE, TradeEventFlyweight.BYTE_ALIGNMENT);
            reset();
        }
    }

    /** Fills the arena again before every measured reset (not timed). */
    @Setup(Level.Invocation)
    public void fill() {
        for (int i = 0; i < allocations; i++) {
            arena.allocate(TradeEventFlyweight.BYTE_SIZE, TradeEventFlyweight.BYTE_ALIGNMENT);
        }
    }

    /** Leaves the arena empty for the next fill, whichever method was timed (not timed). */
    @TearDown(Level.Invocation)
    public void empty() {
        arena.reset();
    }

    /** Frees the arena. */
    @TearDown(Level.Trial)
    public void closeArena() {
        arena.close();
    }

    /** One reset; returns the (zero) allocated bytes so the call has a result. */
    @Benchmark
    public long reset() {
        arena.reset();
        return arena.allocatedBytes();
    }

    /**
     * Control: the same fill, then only a read of the arena's state. After a million allocations
     * the caches hold the 24 MB just written, not the arena object or this code, and that costs
     * the same whether the next call resets or not; reset's own cost is the difference.
     */
    @Benchmark
    public long control() {
        return arena.allocatedBytes();
    }

    /** The arena, for tests. */
    BumpArena arena() {
        return arena;
    }
}
