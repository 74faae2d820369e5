package dev.arenastruct.bench;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
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
 * What detecting cross-thread misuse of a scratch flyweight would cost the single-threaded path:
 * the same hand-written flyweight over one shared (automatic) arena, its stale check done three
 * ways. {@code plain}: today's check, two plain loads and a compare. {@code ownerThread}: the same
 * plus {@code owner == Thread.currentThread()}, which would catch a flyweight used by another
 * thread at all. {@code acquire}: the generation read with acquire order, the least a check
 * ordered against a racing reset would need. Shapes: {@code scan} reads two fields of 1024
 * structs through 1024 flyweights (the check cannot be hoisted), {@code write} sets three fields
 * of one flyweight per struct (the check repeats per setter).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
public class CrossThreadCheckBench {
    private static final int COUNT = 1024;

    /** How the view checks its lifetime. */
    @Param({"plain", "ownerThread", "acquire"})
    public String check;

    private Arena arena;
    private View[] views;

    /** A lifetime with everything the three checks read. */
    static final class Lifetime {
        long generation;
        volatile long orderedGeneration;
        final Thread owner = Thread.currentThread();
    }

    /** A flyweight over one TradeEvent, with the check chosen per instance. */
    static final class View {
        private final MemorySegment segment;
        private final long offset;
        private final Lifetime lifetime;
        private final long generation;
        private final int mode;

        View(MemorySegment segment, long offset, Lifetime lifetime, int mode) {
            this.segment = segment;
            this.offset = offset;
            this.lifetime = lifetime;
            this.generation = lifetime.generation;
            this.mode = mode;
        }

        private MemorySegment live() {
            boolean stale = switch (mode) {
                case 0 -> lifetime.generation != generation;
                case 1 -> lifetime.generation != generation || lifetime.owner != Thread.currentThread();
                default -> lifetime.orderedGeneration != generation;
            };
            if (stale) {
                throw new IllegalStateException("stale");
            }
            return segment;
        }

        double price() {
            return live().get(JAVA_DOUBLE, offset + 8);
        }

        int quantity() {
            return live().get(JAVA_INT, offset + 16);
        }

        View set(long id, double price, int quantity) {
            live().set(JAVA_LONG, offset, id);
            live().set(JAVA_DOUBLE, offset + 8, price);
            live().set(JAVA_INT, offset + 16, quantity);
            return this;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        int mode = switch (check) {
            case "plain" -> 0;
            case "ownerThread" -> 1;
            default -> 2;
        };
        arena = Arena.ofAuto();
        MemorySegment memory = arena.allocate(24L * COUNT, 8);
        Lifetime lifetime = new Lifetime();
        views = new View[COUNT];
        for (int i = 0; i < COUNT; i++) {
            views[i] = new View(memory, 24L * i, lifetime, mode).set(i, i * 0.5, i);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        views = null;
    }

    @Benchmark
    public double scan() {
        double sum = 0;
        for (View view : views) {
            sum += view.price() * view.quantity();
        }
        return sum;
    }

    @Benchmark
    public View[] write() {
        for (int i = 0; i < views.length; i++) {
            views[i].set(i, i * 0.25, i);
        }
        return views;
    }
}
