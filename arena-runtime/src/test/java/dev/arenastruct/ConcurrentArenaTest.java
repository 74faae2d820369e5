package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.internal.Flyweights;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-call contract of {@link ConcurrentArena}; {@link ConcurrentArenaStressTest} races threads on it. */
class ConcurrentArenaTest {

    @Test
    void allocatesAlignedZeroedBytesAndCountsPadding() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1024)) {
            MemorySegment a = arena.allocate(3, 1);
            MemorySegment b = arena.allocate(8, 8);
            assertEquals(a.address() + 8, b.address(), "5 bytes of padding put b on the next multiple of 8");
            assertEquals(0, b.get(ValueLayout.JAVA_LONG, 0));
            assertAll(
                    () -> assertEquals(11, arena.allocatedBytes()),
                    () -> assertEquals(5, arena.paddingBytes()),
                    () -> assertEquals(1024 - 16, arena.remaining()),
                    () -> assertEquals(new ArenaStats(11, 5, 1024, 16, 1, 1024), arena.stats()),
                    () -> assertEquals("ConcurrentArena[capacity=1024, claimed=16]", arena.toString()));
        }
    }

    @Test
    void exhaustionThrowsWithTheNumbersAndClaimsNothing() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            arena.allocate(50, 1);
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> arena.allocate(16, 8));
            assertEquals("ConcurrentArena exhausted: requested=16 alignment=8 remaining=14 capacity=64;"
                    + " create the arena with a larger capacity, or reset() it between batches", e.getMessage());
            assertAll(
                    () -> assertEquals(16, e.requested()),
                    () -> assertEquals(8, e.alignment()),
                    () -> assertEquals(14, e.remaining()),
                    () -> assertEquals(64, e.capacity()),
                    () -> assertEquals(64, e.limit()),
                    () -> assertEquals(50, arena.allocatedBytes()),
                    () -> assertEquals(14, arena.remaining()));
            assertNull(arena.tryAllocate(16, 8), "tryAllocate reports the same by returning null");
            assertEquals(8, arena.allocate(8, 8).byteSize(), "what still fits goes where it would have");
            assertEquals(0, arena.remaining());
        }
    }

    @Test
    void hugeSizesAndAlignmentsCannotOverflowIntoSuccess() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            arena.allocate(1, 1);
            assertNull(arena.tryAllocate(Long.MAX_VALUE, 1));
            assertNull(arena.tryAllocate(Long.MAX_VALUE, 8));
            assertNull(arena.tryAllocate(1, 1L << 62));
            assertEquals(1, arena.allocatedBytes());
            assertEquals(63, arena.remaining());
        }
    }

    @Test
    void zeroByteAllocationsAreAlignedAndFitInAFullArena() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            MemorySegment empty = arena.allocate(0, 16);
            assertEquals(0, empty.byteSize());
            assertEquals(0, empty.address() % 16);
            arena.allocate(64, 1);
            assertEquals(0, arena.allocate(0, 1).byteSize(), "an empty request fits in a full arena");
            assertEquals(64, arena.allocatedBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -8, 3, 6, 12, Long.MIN_VALUE})
    void rejectsAlignmentThatIsNotAPositivePowerOfTwo(long alignment) {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> arena.allocate(8, alignment));
            assertEquals("byteAlignment must be a power of two greater than zero: byteAlignment=" + alignment,
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> arena.tryAllocate(8, alignment));
            assertEquals(64, arena.remaining(), "nothing claimed");
        }
    }

    @Test
    void rejectsNegativeSizeAndCapacityBelowOneByte() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> arena.allocate(-1, 8));
            assertEquals("byteSize must not be negative: byteSize=-1", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> arena.tryAllocate(Long.MIN_VALUE, 1));
            assertEquals(64, arena.remaining());
        }
        for (long bytes : new long[] {0, -1, Long.MIN_VALUE}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> ConcurrentArena.ofCapacity(bytes));
            assertEquals("ConcurrentArena capacity must be at least 1 byte: bytes=" + bytes, e.getMessage());
        }
    }

    @Test
    void resetStartsAgainAtTheBlockStartWithZeroedMemory() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(256)) {
            MemorySegment first = arena.allocate(64, 8);
            first.fill((byte) 0x7f);
            arena.allocate(100, 4);
            arena.reset();
            assertEquals(0, arena.allocatedBytes());
            assertEquals(256, arena.remaining());
            MemorySegment again = arena.allocate(64, 8);
            assertEquals(first.address(), again.address());
            assertEquals(-1, again.mismatch(MemorySegment.ofArray(new byte[64])), "handed out zeroed");
            assertEquals(164, arena.highWaterMark(), "the most claimed at once, before the reset");
        }
    }

    @Test
    void resetMakesStructsFromBeforeItStale() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(256)) {
            // What a generated flyweight records on allocate, and checks on every access.
            Lifetime lifetime = arena.lifetime();
            long generation = lifetime.generation();
            MemorySegment before = arena.allocate(24, 8);
            assertEquals(before, Flyweights.live(before, lifetime, generation, "TradeEvent"));

            arena.reset();
            StaleStructException e = assertThrows(StaleStructException.class,
                    () -> Flyweights.live(before, lifetime, generation, "TradeEvent"));
            assertTrue(e.getMessage().startsWith("TradeEvent is stale: its memory was reclaimed by "
                    + "ConcurrentArena.reset()"), e.getMessage());
            long now = arena.lifetime().generation();
            MemorySegment after = arena.allocate(24, 8);
            assertEquals(after, Flyweights.live(after, arena.lifetime(), now, "TradeEvent"));
        }
    }

    @Test
    void memoryAllocatedOnOneThreadIsUsableOnAnother() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64)) {
            MemorySegment segment = onAnotherThread(() -> {
                MemorySegment s = arena.allocate(8, 8);
                s.set(ValueLayout.JAVA_LONG, 0, 42L);
                return s;
            });
            assertEquals(42L, segment.get(ValueLayout.JAVA_LONG, 0));
            assertEquals(8, arena.allocatedBytes());
        }
    }

    @Test
    void closeOnOneThreadMakesLaterUseOnAnotherThrowIllegalState() throws Exception {
        ConcurrentArena arena = ConcurrentArena.ofCapacity(64);
        MemorySegment segment = onAnotherThread(() -> arena.allocate(8, 8));
        arena.close();

        ExecutionException e =
                assertThrows(ExecutionException.class, () -> onAnotherThread(() -> arena.allocate(8, 8)));
        assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
        assertTrue(e.getCause().getMessage().startsWith("ConcurrentArena already closed: capacity=64"),
                e.getCause().getMessage());
        e = assertThrows(ExecutionException.class, () -> onAnotherThread(() -> segment.get(ValueLayout.JAVA_LONG, 0)));
        assertTrue(e.getCause() instanceof IllegalStateException, "the memory is freed: " + e.getCause());
        assertThrows(IllegalStateException.class, () -> arena.tryAllocate(8, 8));
        assertThrows(IllegalStateException.class, arena::reset);
        assertThrows(IllegalStateException.class, arena::close);
        assertEquals(8, arena.allocatedBytes(), "statistics stay readable after close");
    }

    @Test
    void aClosedArenaHasNothingRemaining() {
        ConcurrentArena arena = ConcurrentArena.ofCapacity(64);
        arena.allocate(8, 8);
        arena.close();
        assertEquals(0, arena.remaining());
        assertEquals(0, arena.stats().blockCount());
    }

    @Test
    void worksAsAnFfmSegmentAllocator() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(128)) {
            MemorySegment text = arena.allocateFrom("hello arena");
            assertEquals("hello arena", text.getString(0));
            assertNotNull(arena.allocate(ValueLayout.JAVA_DOUBLE));
        }
    }

    private static <T> T onAnotherThread(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "other");
        thread.start();
        thread.join();
        return result.get();
    }
}
