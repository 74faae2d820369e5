package dev.arenastruct.samples;

import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.StaleStructException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two threads allocate {@link TradeEvent} structs from one {@link ConcurrentArena} at the same
 * time, each writing its own ids; after joining them, the main thread reads every event back and
 * checks that no thread's struct was handed to the other or overwritten by it. Allocation is one
 * compare-and-set on the arena's offset, with no lock.
 *
 * <p>The two threads' structs end up interleaved in memory, in whatever order their claims won,
 * so structs written by different threads can share a cache line. Threads that write heavily
 * should claim a batch at a time ({@code TradeEventFlyweight.allocateStructs(arena, 64)}), which
 * also makes one compare-and-set serve 64 structs.
 */
public final class ConcurrentArenaSample {
    static final int THREADS = 2;
    static final int EVENTS_PER_THREAD = 10_000;
    /** Thread {@code t} uses ids {@code t * ID_RANGE} to {@code t * ID_RANGE + EVENTS_PER_THREAD - 1}. */
    static final long ID_RANGE = 1_000_000;

    private ConcurrentArenaSample() {
    }

    /** Runs the sample on standard output. */
    public static void main(String[] args) throws InterruptedException {
        run(System.out);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out) throws InterruptedException {
        long capacity = THREADS * EVENTS_PER_THREAD * TradeEventFlyweight.BYTE_SIZE; // exactly full at the end
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(capacity);
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TradeEventFlyweight[]>> producers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                producers.add(pool.submit(() -> produce(arena, t, start)));
            }
            start.countDown(); // both threads are waiting on the latch: release them together
            List<TradeEventFlyweight[]> results = new ArrayList<>();
            for (Future<TradeEventFlyweight[]> producer : producers) {
                results.add(join(producer)); // the join also makes the threads' writes visible here
            }
            out.println(THREADS + " threads allocated " + THREADS * EVENTS_PER_THREAD + " TradeEvent structs ("
                    + TradeEventFlyweight.BYTE_SIZE + " bytes each) from one ConcurrentArena of " + capacity
                    + " bytes");

            long checksum = 0;
            for (int thread = 0; thread < THREADS; thread++) {
                TradeEventFlyweight[] events = results.get(thread);
                int intact = 0;
                for (int i = 0; i < events.length; i++) {
                    intact += isIntact(events[i], thread, i) ? 1 : 0;
                    checksum += events[i].id() * 31 + events[i].quantity();
                }
                out.println("  thread " + thread + ": " + events.length + " events, ids " + thread * ID_RANGE + ".."
                        + (thread * ID_RANGE + EVENTS_PER_THREAD - 1) + ", " + intact + " intact");
            }
            out.println("  checksum " + checksum + (checksum == expectedChecksum() ? " (as expected)" : " (WRONG)"));
            out.println("  " + arena.stats());
            out.println("  full: tryAllocate returns " + TradeEventFlyweight.tryAllocate(arena));

            arena.reset(); // the threads are joined, so no one is allocating: the only safe time to reset
            try {
                results.getFirst()[0].id();
                out.println("  after reset: an event from before is still readable (stale checks are off)");
            } catch (StaleStructException e) {
                out.println("  after reset: an event from before throws StaleStructException");
            }
        }
    }

    /** One producer: waits for the start, then allocates and fills its events. */
    private static TradeEventFlyweight[] produce(ConcurrentArena arena, int thread, CountDownLatch start)
            throws InterruptedException {
        start.await();
        TradeEventFlyweight[] events = new TradeEventFlyweight[EVENTS_PER_THREAD];
        for (int i = 0; i < EVENTS_PER_THREAD; i++) {
            events[i] = TradeEventFlyweight.allocate(arena).id(thread * ID_RANGE + i).price(100.0 + i % 100 / 100.0)
                    .quantity(quantity(thread, i));
        }
        return events;
    }

    private static boolean isIntact(TradeEventFlyweight event, int thread, int i) {
        return event.id() == thread * ID_RANGE + i && event.price() == 100.0 + i % 100 / 100.0
                && event.quantity() == quantity(thread, i);
    }

    private static int quantity(int thread, int i) {
        return 1 + i % 50 + thread;
    }

    /** The checksum computed from the formulas, without the arena. */
    private static long expectedChecksum() {
        long sum = 0;
        for (int thread = 0; thread < THREADS; thread++) {
            for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                sum += (thread * ID_RANGE + i) * 31 + quantity(thread, i);
            }
        }
        return sum;
    }

    private static TradeEventFlyweight[] join(Future<TradeEventFlyweight[]> producer) throws InterruptedException {
        try {
            return producer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a producer thread failed: " + e.getCause(), e.getCause());
        }
    }
}
