package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BumpArenaTest {

    @Test
    void allocatesConsecutiveAlignedBlocksAndCountsPadding() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            MemorySegment a = arena.allocate(3, 1);
            MemorySegment b = arena.allocate(8, 8);
            assertEquals(3, a.byteSize());
            assertEquals(8, b.byteSize());
            assertEquals(a.address() + 8, b.address(), "5 bytes of padding put b on the next multiple of 8");
            assertEquals(11, arena.allocatedBytes(), "requested bytes only");
            assertEquals(5, arena.paddingBytes());
            assertEquals(1024 - 16, arena.remaining());
            assertEquals(1024, arena.capacity());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 4, 8, 16, 32, 64, 128, 4096})
    void everyAllocationIsAlignedToItsAlignment(long alignment) {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 18)) {
            for (long size = 0; size < 20; size++) {
                arena.allocate(1, 1); // knock the offset off any boundary
                MemorySegment segment = arena.allocate(size, alignment);
                assertEquals(0, segment.address() % alignment, "size=" + size + " alignment=" + alignment);
                assertEquals(size, segment.byteSize());
            }
        }
    }

    @Test
    void resetReusesTheSameMemoryAndHandsItOutZeroed() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            MemorySegment first = arena.allocate(64, 8);
            first.fill((byte) 0x7f);
            arena.allocate(100, 4);
            arena.reset();
            assertEquals(0, arena.allocatedBytes());
            assertEquals(256, arena.remaining());
            MemorySegment again = arena.allocate(64, 8);
            assertEquals(first.address(), again.address());
            for (long i = 0; i < 64; i++) {
                assertEquals(0, again.get(ValueLayout.JAVA_BYTE, i), "byte " + i);
            }
        }
    }

    @Test
    void exhaustionThrowsWithTheNumbersAndLeavesTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            arena.allocate(50, 1);
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> arena.allocate(16, 8));
            assertEquals("BumpArena exhausted: requested=16 alignment=8 remaining=14 capacity=64;"
                    + " create the arena with a larger capacity, or reset() it between batches", e.getMessage());
            assertAll(
                    () -> assertEquals(16, e.requested()),
                    () -> assertEquals(8, e.alignment()),
                    () -> assertEquals(14, e.remaining()),
                    () -> assertEquals(64, e.capacity()),
                    () -> assertEquals(50, arena.allocatedBytes()));
            // What does fit still fits exactly where it would have.
            MemorySegment last = arena.allocate(8, 8);
            assertEquals(58, arena.allocatedBytes());
            assertEquals(6, arena.paddingBytes());
            assertEquals(0, arena.remaining());
            assertEquals(8, last.byteSize());
        }
    }

    @Test
    void paddingThatDoesNotFitCountsAsExhaustion() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            arena.allocate(57, 1);
            // 7 bytes remain, but 8-aligned needs 7 bytes of padding before the first byte.
            assertNull(arena.tryAllocate(1, 8));
            assertEquals(57, arena.allocatedBytes());
            assertNotNull(arena.tryAllocate(7, 1));
        }
    }

    @Test
    void tryAllocateReturnsNullWhenFullAndLeavesTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(32)) {
            assertNotNull(arena.tryAllocate(24, 8));
            assertNull(arena.tryAllocate(24, 8));
            assertEquals(24, arena.allocatedBytes());
            arena.reset();
            assertNotNull(arena.tryAllocate(24, 8));
        }
    }

    @Test
    void hugeSizesAndAlignmentsCannotOverflowIntoSuccess() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            arena.allocate(1, 1);
            assertNull(arena.tryAllocate(Long.MAX_VALUE, 1));
            assertNull(arena.tryAllocate(Long.MAX_VALUE, 8));
            assertNull(arena.tryAllocate(1, 1L << 62));
            assertNull(arena.tryAllocate(1, Long.MIN_VALUE >>> 1));
            assertEquals(1, arena.allocatedBytes());
        }
    }

    @Test
    void zeroByteAllocationIsAllowed() {
        try (BumpArena arena = BumpArena.ofCapacity(16)) {
            assertEquals(0, arena.allocate(0, 8).byteSize());
            arena.allocate(16, 1);
            assertEquals(0, arena.allocate(0, 1).byteSize(), "an empty request fits in a full arena");
        }
    }

    @Test
    void rejectsNegativeSizeLikeFfmArenaAndLeavesStateUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            arena.allocate(3, 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> arena.allocate(-1, 8));
            assertEquals("byteSize must not be negative: byteSize=-1", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> arena.tryAllocate(-5, 1));
            assertEquals(3, arena.allocatedBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -8, 3, 6, 12, Long.MIN_VALUE})
    void rejectsAlignmentThatIsNotAPositivePowerOfTwo(long alignment) {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> arena.allocate(8, alignment));
            assertEquals("byteAlignment must be a power of two greater than zero: byteAlignment=" + alignment,
                    e.getMessage());
            assertEquals(0, arena.allocatedBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void rejectsCapacityBelowOneByte(long bytes) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BumpArena.ofCapacity(bytes));
        assertEquals("BumpArena capacity must be at least 1 byte: bytes=" + bytes, e.getMessage());
    }

    @Test
    void closeFreesTheMemorySoEarlierSegmentsCanNoLongerBeTouched() {
        BumpArena arena = BumpArena.ofCapacity(64);
        MemorySegment segment = arena.allocate(8, 8);
        segment.set(ValueLayout.JAVA_LONG, 0, 42L);
        arena.close();
        assertThrows(IllegalStateException.class, () -> segment.get(ValueLayout.JAVA_LONG, 0));
    }

    @Test
    void everyOperationAfterCloseThrowsIllegalState() {
        BumpArena arena = BumpArena.ofCapacity(64);
        arena.allocate(8, 8);
        arena.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> arena.allocate(8, 8));
        assertTrue(e.getMessage().startsWith("BumpArena already closed: capacity=64"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> arena.tryAllocate(8, 8));
        assertThrows(IllegalStateException.class, () -> arena.allocate(0, 1), "a zero-byte request fits nowhere either");
        assertThrows(IllegalStateException.class, () -> arena.tryAllocate(0, 1));
        assertThrows(IllegalStateException.class, arena::reset);
        assertThrows(IllegalStateException.class, arena::close);
        assertEquals(8, arena.allocatedBytes(), "statistics stay readable after close");
    }

    @Test
    void aClosedArenaHasNothingRemaining() {
        BumpArena fixed = BumpArena.ofCapacity(64);
        fixed.allocate(8, 8);
        fixed.close();
        assertEquals(0, fixed.remaining(), "was 64: the limit, as if close() had made room");
        BumpArena growable = BumpArena.builder().blockSize(64).limit(1024).build();
        growable.allocate(8, 8);
        growable.close();
        assertEquals(0, growable.remaining());
        assertEquals("BumpArena[capacity=0, allocated=8, padding=0, remaining=0, blocks=0, closed]",
                growable.toString());
    }

    @Test
    void anotherThreadCannotAllocateResetOrClose() throws Exception {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            arena.allocate(8, 8);
            for (Runnable action : new Runnable[] {() -> arena.allocate(8, 8), arena::reset, arena::close}) {
                ExecutionException e = assertThrows(ExecutionException.class,
                        () -> CompletableFuture.runAsync(action, runnable -> new Thread(runnable, "intruder").start())
                                .get());
                assertTrue(e.getCause() instanceof WrongThreadException, e.getCause().toString());
                assertTrue(e.getCause().getMessage().contains("'intruder'"), e.getCause().getMessage());
            }
            assertEquals(8, arena.allocatedBytes());
        }
    }

    @Test
    void worksAsAnFfmSegmentAllocator() {
        try (BumpArena arena = BumpArena.ofCapacity(128)) {
            MemorySegment text = arena.allocateFrom("hello arena");
            MemorySegment value = arena.allocate(ValueLayout.JAVA_DOUBLE);
            value.set(ValueLayout.JAVA_DOUBLE, 0, 2.5);
            assertEquals("hello arena", text.getString(0));
            assertEquals(2.5, value.get(ValueLayout.JAVA_DOUBLE, 0));
            assertEquals(0, value.address() % 8);
        }
    }

    @Test
    void toStringShowsTheStatistics() {
        try (BumpArena arena = BumpArena.ofCapacity(100)) {
            arena.allocate(10, 1);
            assertEquals("BumpArena[capacity=100, allocated=10, padding=0, remaining=90, blocks=1]", arena.toString());
        }
    }

    @Test
    void layoutArraysWithABadCountNameTheCountAndLeaveTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            arena.allocate(3, 1);
            ArenaStats before = arena.stats();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> arena.allocate(ValueLayout.JAVA_LONG, -1));
            assertEquals("count must not be negative: count=-1 elementLayout=j8", e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> arena.allocate(ValueLayout.JAVA_LONG, Long.MAX_VALUE / 8 + 1));
            assertEquals("count=1152921504606846976 elements of byteSize=8 overflow a long (elementLayout=j8)",
                    e.getMessage());
            assertEquals(before, arena.stats());
            // Still the JDK's rules otherwise: exhaustion for a huge count that does not overflow ...
            assertThrows(ArenaExhaustedException.class, () -> arena.allocate(ValueLayout.JAVA_LONG, Long.MAX_VALUE / 8));
            // ... and an element whose size is not a multiple of its alignment cannot form an array.
            assertThrows(IllegalArgumentException.class,
                    () -> arena.allocate(ValueLayout.JAVA_INT.withByteAlignment(8), 2));
            MemorySegment longs = arena.allocateFrom(ValueLayout.JAVA_LONG, 1L, 2L, 3L);
            assertEquals(24, longs.byteSize());
            assertEquals(3L, longs.getAtIndex(ValueLayout.JAVA_LONG, 2));
            assertEquals(0, arena.allocate(ValueLayout.JAVA_LONG, 0).byteSize());
        }
    }
}
