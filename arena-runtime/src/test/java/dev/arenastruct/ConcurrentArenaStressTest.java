package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Threads racing to fill one {@link ConcurrentArena} until it is exhausted, round after round with
 * a reset between: no byte is handed out twice, every claim is aligned, inside the block and
 * zeroed, and what each thread wrote is intact afterwards. A correctness test, not a benchmark:
 * more threads than the machine may have cores, so that they are preempted mid-claim too.
 */
class ConcurrentArenaStressTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 8;
    private static final long CAPACITY = 4 << 20;
    private static final int LARGEST = 4096;
    private static final MemorySegment ZEROS = MemorySegment.ofArray(new byte[LARGEST]);

    @Test
    void threadsFillingTheArenaNeverShareAByteRoundAfterRound() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(CAPACITY);
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            long base = -1;
            for (int round = 0; round < ROUNDS; round++) {
                if (round > 0) {
                    arena.reset(); // memory full of the last round's patterns: claims must still come zeroed
                }
                long start = arena.allocate(0, 1).address(); // the first claim after a reset is the block's start
                base = round == 0 ? start : base;
                assertEquals(base, start, "round " + round + " starts where round 0 did");

                List<Claims> claims = fill(arena, pool, round);
                List<Range> ranges = new ArrayList<>();
                for (Claims c : claims) {
                    c.assertPatternIntact();
                    ranges.addAll(c.ranges);
                }
                assertDisjointAlignedAndInside(ranges, base, "round " + round);
                long claimed = ranges.stream().mapToLong(Range::size).sum();
                assertEquals(claimed, arena.allocatedBytes(), "round " + round);
                assertEquals(CAPACITY, arena.allocatedBytes() + arena.paddingBytes(), "round " + round);
                assertEquals(0, arena.remaining(), "threads stop only when not even one byte fits");
                assertEquals(CAPACITY, arena.highWaterMark());
            }
        }
    }

    /** Starts every thread at once (a barrier), lets each claim until the arena is full, and returns their claims. */
    private static List<Claims> fill(ConcurrentArena arena, ExecutorService pool, int round) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<Claims>> tasks = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Claims claims = new Claims((byte) (1 + thread + THREADS * round), new Random(1000L * round + thread));
            tasks.add(() -> {
                start.await();
                return claims.fillUntilExhausted(arena);
            });
        }
        List<Claims> all = new ArrayList<>();
        for (Future<Claims> future : pool.invokeAll(tasks)) {
            try {
                all.add(future.get());
            } catch (ExecutionException e) {
                fail("a filling thread failed: " + e.getCause(), e.getCause());
            }
        }
        return all;
    }

    private static void assertDisjointAlignedAndInside(List<Range> ranges, long base, String round) {
        ranges.sort(Comparator.comparingLong(Range::address).thenComparingLong(Range::size));
        long end = base;
        for (Range r : ranges) {
            assertEquals(0, r.address % r.alignment, () -> round + ": misaligned " + r);
            long previousEnd = end;
            assertTrue(r.address >= previousEnd, () -> round + ": " + r + " overlaps a claim that ends at 0x"
                    + Long.toHexString(previousEnd));
            end = r.address + r.size;
            assertTrue(end <= base + CAPACITY, () -> round + ": " + r + " ends past the block");
        }
    }

    /** One claimed byte range, and who claimed it. */
    private record Range(long address, long size, long alignment, byte pattern) {
        @Override
        public String toString() {
            return "[0x" + Long.toHexString(address) + ", +" + size + ") alignment=" + alignment
                    + " pattern=" + pattern;
        }
    }

    /** What one thread claimed; it fills each range with its own pattern byte. */
    private static final class Claims {
        private final byte pattern;
        private final Random random;
        private final List<Range> ranges = new ArrayList<>();
        private final List<MemorySegment> segments = new ArrayList<>();

        Claims(byte pattern, Random random) {
            this.pattern = pattern;
            this.random = random;
        }

        /** Claims random sizes (some empty, some large) at random alignments until not even one byte fits. */
        Claims fillUntilExhausted(ConcurrentArena arena) {
            while (true) {
                long size = random.nextInt(64) == 0 ? random.nextInt(LARGEST + 1) : random.nextInt(48);
                long alignment = random.nextInt(256) == 0 ? 4096 : 1L << random.nextInt(8);
                MemorySegment segment = arena.tryAllocate(size, alignment);
                if (segment == null) {
                    alignment = 1;
                    segment = arena.tryAllocate(1, 1);
                    if (segment == null) {
                        return this;
                    }
                }
                if (segment.mismatch(ZEROS.asSlice(0, segment.byteSize())) != -1) {
                    throw new AssertionError("claim of " + segment.byteSize() + " bytes was not zeroed at 0x"
                            + Long.toHexString(segment.address()));
                }
                segment.fill(pattern);
                if (random.nextInt(32) == 0) {
                    Thread.yield(); // on few cores, hand the core to another filler mid-round so claims interleave
                }
                segments.add(segment);
                ranges.add(new Range(segment.address(), segment.byteSize(), alignment, pattern));
            }
        }

        /** Every byte this thread wrote, first to last, still holds its pattern: nobody else wrote there. */
        void assertPatternIntact() {
            byte[] expected = new byte[LARGEST];
            Arrays.fill(expected, pattern);
            MemorySegment patterned = MemorySegment.ofArray(expected);
            for (MemorySegment segment : segments) {
                long at = segment.mismatch(patterned.asSlice(0, segment.byteSize()));
                if (at != -1) {
                    fail("pattern " + pattern + " overwritten at byte " + at + " of the " + segment.byteSize()
                            + "-byte claim at 0x" + Long.toHexString(segment.address()));
                }
            }
        }
    }
}
