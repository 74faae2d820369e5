package dev.arenastruct.bench;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
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

/**
 * The per-access cost of stale detection alone: sum {@code price * quantity} over 1024 live
 * events through handles kept from their allocation ({@code flyweight}: generated flyweights
 * with the lifetime check; {@code epochScopes}: slices of a per-batch FFM scope; {@code ffm}:
 * slices of the arena, no detection). No allocation and no reset inside the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.NATIVE_ACCESS})
public class StaleScanBench {
    private static final int COUNT = 1024;

    private BumpArena arena;
    private EpochScopedArena epochArena;
    private TradeEventFlyweight[] flyweights;
    private MemorySegment[] segments;
    private MemorySegment[] epochSegments;

    @Setup(Level.Trial)
    public void setUp() {
        arena = BumpArena.ofCapacity(1 << 20);
        epochArena = new EpochScopedArena(1 << 20);
        flyweights = new TradeEventFlyweight[COUNT];
        segments = new MemorySegment[COUNT];
        epochSegments = new MemorySegment[COUNT];
        for (int i = 0; i < COUNT; i++) {
            flyweights[i] = TradeEventFlyweight.allocate(arena).id(i).price(i * 0.5).quantity(i);
            segments[i] = StaleCycleBench.write(arena.allocate(24, 8), i, i * 0.5, i);
            epochSegments[i] = StaleCycleBench.write(epochArena.allocate(24, 8), i, i * 0.5, i);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
        epochArena.close();
    }

    @Benchmark
    public double flyweight() {
        double sum = 0;
        for (TradeEventFlyweight event : flyweights) {
            sum += event.price() * event.quantity();
        }
        return sum;
    }

    @Benchmark
    public double ffm() {
        return StaleCycleBench.sum(segments);
    }

    @Benchmark
    public double epochScopes() {
        return StaleCycleBench.sum(epochSegments);
    }
}
