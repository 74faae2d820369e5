package dev.arenastruct.bench;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

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
 * The two stale-detection designs of issue 4 on one batch cycle: reset, allocate and write 16
 * events keeping a handle to each, read them all back. {@code flyweightAllocate} is the chosen
 * design (generated flyweights compare a lifetime generation on every access; in
 * {@link StaleChecksOff.StaleCycle} the same code with checks off); {@code epochScopes} is the
 * alternative, one FFM scope per batch ({@link EpochScopedArena}); {@code ffm} is hand-written
 * code with no detection. Keeping the handles makes every variant allocate them (the slices, the
 * flyweights), as a real batch that holds its structs does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.NATIVE_ACCESS})
public class StaleCycleBench {
    static final int BATCH = 16;

    private BumpArena arena;
    private EpochScopedArena epochArena;
    private final MemorySegment[] segments = new MemorySegment[BATCH];
    private final TradeEventFlyweight[] flyweights = new TradeEventFlyweight[BATCH];
    private double price = 100.25;

    @Setup(Level.Trial)
    public void setUp() {
        arena = BumpArena.ofCapacity(1 << 20);
        epochArena = new EpochScopedArena(1 << 20);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
        epochArena.close();
    }

    @Benchmark
    public double flyweightAllocate() {
        arena.reset();
        TradeEventFlyweight[] events = flyweights;
        for (int i = 0; i < events.length; i++) {
            events[i] = TradeEventFlyweight.allocate(arena).id(i).price(price).quantity(i);
        }
        double sum = 0;
        for (TradeEventFlyweight event : events) {
            sum += event.price() * event.quantity();
        }
        return sum;
    }

    @Benchmark
    public double ffm() {
        arena.reset();
        MemorySegment[] events = segments;
        for (int i = 0; i < events.length; i++) {
            events[i] = write(arena.allocate(24, 8), i, price, i);
        }
        return sum(events);
    }

    @Benchmark
    public double epochScopes() {
        epochArena.reset();
        MemorySegment[] events = segments;
        for (int i = 0; i < events.length; i++) {
            events[i] = write(epochArena.allocate(24, 8), i, price, i);
        }
        return sum(events);
    }

    static MemorySegment write(MemorySegment event, long id, double price, int quantity) {
        event.set(JAVA_LONG, 0, id);
        event.set(JAVA_DOUBLE, 8, price);
        event.set(JAVA_INT, 16, quantity);
        return event;
    }

    static double sum(MemorySegment[] events) {
        double sum = 0;
        for (MemorySegment event : events) {
            sum += event.get(JAVA_DOUBLE, 8) * event.get(JAVA_INT, 16);
        }
        return sum;
    }
}
