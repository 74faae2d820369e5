package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.Lifetime;
import dev.arenastruct.StaleStructException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code @Atomic} fields: each access mode, under contention from several threads, and their checks. */
class AtomicFieldsTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 100_000;

    @Test
    void everyAccessModeReadsAndWritesTheFieldThePlainAccessorsSee() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            CountersFlyweight c = CountersFlyweight.allocate(arena);
            assertSame(c, c.hitsVolatile(5));
            assertEquals(5, c.hits());
            assertEquals(5, c.hitsVolatile());
            assertSame(c, c.hitsRelease(6));
            assertEquals(6, c.hitsAcquire());
            assertTrue(c.compareAndSetHits(6, 7));
            assertFalse(c.compareAndSetHits(6, 8), "it holds 7 now");
            assertEquals(7, c.hits(), "a failed compare-and-set writes nothing");
            assertEquals(7, c.getAndAddHits(3));
            assertEquals(10, c.getAndSetHits(-1));
            assertEquals(-1, c.hits());
            c.hits(Long.MAX_VALUE);
            assertEquals(Long.MAX_VALUE, c.getAndAddHits(1));
            assertEquals(Long.MIN_VALUE, c.hits(), "wraps around, as AtomicLong does");
            assertEquals(0, c.getAndAddMisses(2));
            assertTrue(c.compareAndSetMisses(2, Integer.MIN_VALUE));
            assertEquals(Integer.MIN_VALUE, c.missesAcquire());
            assertEquals(0, c.plain(), "no neighbouring field was touched");
        }
    }

    @Test
    void floatingPointFieldsGetEveryModeButGetAndAddAndCompareByBits() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            CountersFlyweight c = CountersFlyweight.allocate(arena);
            assertTrue(c.compareAndSetTotal(0.0, 1.5));
            assertFalse(c.compareAndSetTotal(-0.0, 2.0), "-0.0 has other bits than the 1.5 it holds");
            assertEquals(1.5, c.getAndSetTotal(Double.NaN));
            assertTrue(c.compareAndSetTotal(Double.NaN, 3.0), "the same NaN bits compare equal");
            assertEquals(3.0, c.totalAcquire());
            c.totalRelease(4.0);
            assertEquals(4.0, c.totalVolatile());
            assertThrows(NoSuchMethodException.class, () -> CountersFlyweight.class.getMethod("getAndAddTotal", double.class));
        }
    }

    @Test
    void atomicOnTheStructCoversItsIntLongFloatAndDoubleFields() throws NoSuchMethodException {
        PublicationFlyweight.class.getMethod("getAndAddSequence", long.class);
        PublicationFlyweight.class.getMethod("compareAndSetEpoch", int.class, int.class);
        PublicationFlyweight.class.getMethod("compareAndSetPayload", double.class, double.class);
        assertThrows(NoSuchMethodException.class, () -> PublicationFlyweight.class.getMethod("getAndAddPayload", double.class));
    }

    @Test
    void concurrentIncrementsFromManyThreadsAreNeverLost() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1024)) {
            CountersFlyweight shared = CountersFlyweight.allocate(arena);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    done.add(pool.submit(() -> {
                        CountersFlyweight mine = new CountersFlyweight().wrap(shared.segment());
                        start.await();
                        for (int i = 0; i < PER_THREAD; i++) {
                            mine.getAndAddHits(1);
                            int seen;
                            do {
                                seen = mine.missesVolatile();
                            } while (!mine.compareAndSetMisses(seen, seen + 1));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals((long) THREADS * PER_THREAD, shared.hitsVolatile());
            assertEquals(THREADS * PER_THREAD, shared.missesVolatile());
        }
    }

    @Test
    void aReleaseWritePublishesThePlainWritesBeforeIt() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1024)) {
            PublicationFlyweight writer = PublicationFlyweight.allocate(arena);
            PublicationFlyweight reader = new PublicationFlyweight().wrap(writer.segment());
            int rounds = 20_000;
            Thread thread = Thread.ofPlatform().daemon().start(() -> { // daemon: a failed reader leaves it spinning
                for (int i = 1; i <= rounds; i++) {
                    while (writer.sequenceAcquire() != 1 - i) {
                        Thread.onSpinWait(); // wait for the reader to take the previous one (it negates it)
                    }
                    writer.payload(i * 0.5).epoch(i);
                    writer.sequenceRelease(i);
                }
            });
            for (int i = 1; i <= rounds; i++) {
                while (reader.sequenceAcquire() != i) {
                    Thread.onSpinWait();
                }
                assertEquals(i * 0.5, reader.payload(), "round " + i);
                assertEquals(i, reader.epoch());
                assertTrue(reader.compareAndSetSequence(i, -i), "taken once, by this reader");
            }
            thread.join();
        }
    }

    @Test
    void atomicAccessorsAreStaleCheckedLikeThePlainOnes() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            CountersFlyweight c = CountersFlyweight.allocate(arena);
            arena.reset();
            assertThrows(StaleStructException.class, () -> c.getAndAddHits(1));
            assertThrows(StaleStructException.class, () -> c.compareAndSetMisses(0, 1));
            assertThrows(StaleStructException.class, c::hitsAcquire);
        }
    }

    @Test
    void wrapRefusesAMisalignedStructWithAtomicFieldsAndKeepsTheFlyweight() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            MemorySegment block = arena.allocate(64, 8);
            CountersFlyweight c = new CountersFlyweight().wrap(block, 8);
            c.hits(7);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.wrap(block, 4));
            assertEquals("cannot wrap Counters at offset=4: address=0x" + Long.toHexString(block.address() + 4)
                    + " is not a multiple of byteAlignment=8, which its @Atomic fields need; allocate it from a"
                    + " BumpArena or align the offset", e.getMessage());
            assertEquals(7, c.getAndAddHits(1), "still over the struct at offset 8");
            assertEquals(8, block.get(java.lang.foreign.ValueLayout.JAVA_LONG, 8 + CountersFlyweight.HITS_OFFSET));
        }
    }

    @Test
    void aMisalignedFieldIsRefusedByTheAtomicAccessorsNotTornSilently() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            MemorySegment block = arena.allocate(64, 8);
            CountersFlyweight c = new CountersFlyweight().wrapView(block, 4, Lifetime.UNTRACKED, 0);
            c.hits(42); // plain access is unaligned-safe
            assertEquals(42, c.hits());
            assertThrows(IllegalArgumentException.class, () -> c.getAndAddHits(1));
            assertEquals(42, c.hits());
        }
    }
}
