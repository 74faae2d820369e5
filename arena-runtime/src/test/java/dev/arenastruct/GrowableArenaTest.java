package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrowableArenaTest {

    /**
     * The statistics against a model that counts every request, through random allocations,
     * marks, rewinds and resets across blocks: {@code allocatedBytes()} is derived from the offset
     * rather than counted per allocation, so this is what proves the derivation.
     */
    @Test
    void statisticsMatchACountOfEveryRequestThroughMarksRewindsAndResets() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try (BumpArena arena = BumpArena.builder().blockSize(64).maxBlockSize(512).limit(1 << 16).build()) {
            long allocated = 0;
            long highWater = 0;
            List<BumpArena.Mark> marks = new ArrayList<>();
            List<Long> allocatedAtMark = new ArrayList<>();
            for (int step = 0; step < 5_000; step++) {
                int action = random.nextInt(100);
                if (action < 80) {
                    long size = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(24);
                    long alignment = 1L << random.nextInt(7);
                    MemorySegment segment = arena.tryAllocate(size, alignment);
                    if (segment != null) {
                        // both of the arena's paths: aligned already (nothing to pad) and padded first
                        assertEquals(0, segment.address() % alignment, "seed=" + seed + " step=" + step);
                        allocated += size;
                    }
                } else if (action < 88) {
                    marks.add(arena.mark());
                    allocatedAtMark.add(allocated);
                } else if (action < 97 && !marks.isEmpty()) {
                    int which = random.nextInt(marks.size());
                    highWater = Math.max(highWater, arena.allocatedBytes() + arena.paddingBytes());
                    arena.rewind(marks.get(which));
                    allocated = allocatedAtMark.get(which);
                    marks.subList(which, marks.size()).clear();
                    allocatedAtMark.subList(which, allocatedAtMark.size()).clear();
                } else {
                    highWater = Math.max(highWater, arena.allocatedBytes() + arena.paddingBytes());
                    arena.reset();
                    allocated = 0;
                    marks.clear();
                    allocatedAtMark.clear();
                }
                String context = "seed=" + seed + " step=" + step + " " + arena;
                assertEquals(allocated, arena.allocatedBytes(), context);
                assertTrue(arena.paddingBytes() >= 0, context);
                assertEquals(arena.stats().allocatedBytes(), arena.allocatedBytes(), context);
            }
            highWater = Math.max(highWater, arena.allocatedBytes() + arena.paddingBytes());
            assertEquals(highWater, arena.highWaterMark(), "seed=" + seed);
        }
    }

    @Test
    void growsByAddingBlocksThatDoubleUpToTheMaximum() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).maxBlockSize(256).build()) {
            assertEquals(1, arena.blockCount());
            assertEquals(64, arena.capacity(), "the first block is reserved up front");
            for (int i = 0; i < 8 + 16 + 32 + 32; i++) {
                arena.allocate(8, 8);
            }
            assertEquals(4, arena.blockCount(), "64 + 128 + 256 + 256 bytes");
            assertEquals(64 + 128 + 256 + 256, arena.capacity());
            assertEquals(8 * (8 + 16 + 32 + 32), arena.allocatedBytes());
            assertEquals(0, arena.paddingBytes(), "every block filled exactly");
        }
    }

    @Test
    void growthFactorOneMakesEqualBlocks() {
        try (BumpArena arena = BumpArena.builder().blockSize(100).growthFactor(1).build()) {
            for (int i = 0; i < 5; i++) {
                arena.allocate(100, 1);
            }
            assertEquals(5, arena.blockCount());
            assertEquals(500, arena.capacity());
        }
    }

    @Test
    void anAllocationNeverStraddlesTwoBlocks() {
        Random random = new Random(42);
        try (BumpArena arena = BumpArena.builder().blockSize(256).maxBlockSize(1024).build()) {
            List<MemorySegment> blocks = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                long size = 1 + random.nextInt(200);
                long alignment = 1L << random.nextInt(7);
                MemorySegment segment = arena.allocate(size, alignment);
                assertEquals(0, segment.address() % alignment);
                assertEquals(size, segment.byteSize());
                segment.fill((byte) 0x5A); // writing the whole range proves it lies in one live block
                blocks.add(segment);
            }
            // No two allocations overlap.
            blocks.sort((a, b) -> Long.compareUnsigned(a.address(), b.address()));
            for (int i = 1; i < blocks.size(); i++) {
                MemorySegment before = blocks.get(i - 1);
                assertTrue(before.address() + before.byteSize() <= blocks.get(i).address(), "overlap at " + i);
            }
            assertEquals(arena.capacity(), arena.allocatedBytes() + arena.paddingBytes() + arena.remaining()
                    - (arena.limit() - arena.capacity()), "every reserved byte is allocated, padding or remaining");
        }
    }

    @Test
    void aRequestLargerThanABlockGetsABlockOfItsOwn() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).maxBlockSize(128).build()) {
            arena.allocate(16, 8);
            MemorySegment big = arena.allocate(10_000, 8);
            assertEquals(10_000, big.byteSize());
            assertEquals(2, arena.blockCount());
            assertEquals(64 + 10_000, arena.capacity(), "a dedicated block is exactly the request");
            assertEquals(48, arena.paddingBytes(), "the rest of the first block is lost to this batch");
            arena.allocate(8, 8);
            assertEquals(3, arena.blockCount(), "growth continues from the regular size");
            assertEquals(64 + 10_000 + 128, arena.capacity());
        }
    }

    @Test
    void alignmentLargerThanABlockBoundaryIsHonouredInANewBlock() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).build()) {
            arena.allocate(1, 1);
            MemorySegment page = arena.allocate(64, 4096);
            assertEquals(0, page.address() % 4096);
        }
    }

    @Test
    void theLimitCapsTotalBlockBytesAndFailureChangesNothing() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).limit(180).build()) {
            arena.allocate(64, 8);
            arena.allocate(100, 8); // the second block would be 128, but only 116 are left under the limit
            assertEquals(180, arena.capacity());
            assertEquals(2, arena.blockCount());
            ArenaStats before = arena.stats();
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> arena.allocate(64, 8));
            assertEquals("BumpArena limit reached: requested=64 alignment=8 remaining=16 capacity=180 limit=180;"
                    + " raise the limit (BumpArena.builder().limit(...)), or reset() it between batches", e.getMessage());
            assertAll(
                    () -> assertEquals(64, e.requested()),
                    () -> assertEquals(16, e.remaining()),
                    () -> assertEquals(180, e.limit()),
                    () -> assertEquals(before, arena.stats()),
                    () -> assertNull(arena.tryAllocate(64, 8)),
                    () -> assertEquals(before, arena.stats()));
            assertNotNull(arena.tryAllocate(16, 1), "what still fits in the current block fits");
        }
    }

    @Test
    void hugeSizesAndAlignmentsUnderALimitAreExhaustionNotOutOfMemory() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).limit(1 << 20).build()) {
            arena.allocate(1, 1);
            ArenaStats before = arena.stats();
            assertNull(arena.tryAllocate(1, 1L << 62));
            assertNull(arena.tryAllocate(1, 1 << 20), "the alignment slack alone would pass the limit");
            assertNull(arena.tryAllocate(Long.MAX_VALUE, 8));
            assertEquals(before, arena.stats());
        }
    }

    @Test
    void resetKeepsAllBlocksByDefaultAndReusesThemInOrder() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).build()) {
            List<Long> first = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                first.add(arena.allocate(32, 8).address());
            }
            long capacity = arena.capacity();
            int blocks = arena.blockCount();
            arena.reset();
            assertEquals(0, arena.allocatedBytes());
            assertEquals(0, arena.paddingBytes());
            for (int i = 0; i < 20; i++) {
                assertEquals(first.get(i), arena.allocate(32, 8).address(), "same address for allocation " + i);
            }
            assertEquals(capacity, arena.capacity(), "nothing new reserved");
            assertEquals(blocks, arena.blockCount());
        }
    }

    @Test
    void resetWithRetainLargestKeepsOneBlock() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).retain(RetainPolicy.largest()).build()) {
            for (int i = 0; i < 30; i++) {
                arena.allocate(32, 8); // 64 + 128 + 256 + 512
            }
            assertEquals(4, arena.blockCount());
            arena.reset();
            assertEquals(1, arena.blockCount());
            assertEquals(512, arena.capacity());
            for (int i = 0; i < 16; i++) {
                arena.allocate(32, 8);
            }
            assertEquals(1, arena.blockCount(), "the kept block holds the next batch");
        }
    }

    @Test
    void resetWithRetainUpToTrimsToThePrefixThatFits() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).retain(RetainPolicy.upTo(200)).build()) {
            for (int i = 0; i < 30; i++) {
                arena.allocate(32, 8);
            }
            arena.reset();
            assertEquals(2, arena.blockCount(), "64 + 128 <= 200 < 64 + 128 + 256");
            assertEquals(192, arena.capacity());
        }
    }

    @Test
    void retainingNothingStillWorksAndReservesOnDemand() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).retain(RetainPolicy.upTo(0)).build()) {
            MemorySegment before = arena.allocate(8, 8);
            arena.reset();
            assertEquals(0, arena.blockCount());
            assertEquals(0, arena.capacity());
            assertThrows(IllegalStateException.class, () -> before.get(ValueLayout.JAVA_LONG, 0),
                    "a returned block is freed, so old segments fail instead of reading reused memory");
            MemorySegment again = arena.allocate(8, 8);
            again.set(ValueLayout.JAVA_LONG, 0, 7);
            assertEquals(1, arena.blockCount());
        }
    }

    @Test
    void highWaterMarkRemembersThePeakAcrossResets() {
        try (BumpArena arena = BumpArena.builder().blockSize(1024).build()) {
            arena.allocate(1000, 8);
            arena.reset();
            arena.allocate(10, 8);
            assertEquals(1000, arena.highWaterMark());
            ArenaStats stats = arena.stats();
            assertEquals(new ArenaStats(10, 0, 1024, 1000, 1, Long.MAX_VALUE), stats);
        }
    }

    @Test
    void closeFreesEveryBlock() {
        BumpArena arena = BumpArena.builder().blockSize(64).build();
        MemorySegment first = arena.allocate(64, 8);
        MemorySegment second = arena.allocate(64, 8);
        arena.close();
        assertThrows(IllegalStateException.class, () -> first.get(ValueLayout.JAVA_BYTE, 0));
        assertThrows(IllegalStateException.class, () -> second.get(ValueLayout.JAVA_BYTE, 0));
        assertEquals(0, arena.blockCount());
        assertThrows(IllegalStateException.class, () -> arena.allocate(1, 1));
    }

    @Test
    void builderRejectsNonsenseWithTheNumbers() {
        assertEquals("blockSize must be at least 1 byte: bytes=0",
                assertThrows(IllegalArgumentException.class, () -> BumpArena.builder().blockSize(0)).getMessage());
        assertEquals("growthFactor must be at least 1: factor=0",
                assertThrows(IllegalArgumentException.class, () -> BumpArena.builder().growthFactor(0)).getMessage());
        assertEquals("limit must be at least 1 byte: bytes=-5",
                assertThrows(IllegalArgumentException.class, () -> BumpArena.builder().limit(-5)).getMessage());
        assertEquals("maxBlockSize must be at least 1 byte: bytes=0",
                assertThrows(IllegalArgumentException.class, () -> BumpArena.builder().maxBlockSize(0)).getMessage());
        assertEquals("RetainPolicy.upTo needs a byte count of zero or more: bytes=-1",
                assertThrows(IllegalArgumentException.class, () -> RetainPolicy.upTo(-1)).getMessage());
        assertEquals("blockSize must not exceed the limit: blockSize=1024 limit=100",
                assertThrows(IllegalArgumentException.class,
                        () -> BumpArena.builder().blockSize(1024).limit(100).build()).getMessage());
        assertThrows(NullPointerException.class, () -> BumpArena.builder().retain(null));
    }

    /** Blocks of 64, 64 and 128 bytes, all kept by reset, and a limit that allows no more. */
    private static BumpArena arenaWithASmallBlockBeforeALargeOne() {
        BumpArena arena = BumpArena.builder().blockSize(64).growthFactor(1).limit(256).build();
        arena.allocate(64, 1);
        arena.allocate(64, 1);
        arena.allocate(128, 1); // larger than a block: a block of its own
        assertEquals(3, arena.blockCount());
        arena.reset();
        return arena;
    }

    @Test
    void allocatesInAKeptBlockFurtherDownTheChainWhenTheNextOneIsTooSmall() {
        try (BumpArena arena = arenaWithASmallBlockBeforeALargeOne()) {
            arena.allocate(10, 1);
            assertEquals(246, arena.remaining());
            // Used to return null (remaining=246, capacity=256): only the block right after the
            // current one was tried, and the limit forbade a new one although the 128 was free.
            MemorySegment large = arena.tryAllocate(100, 1);
            assertNotNull(large, arena.toString());
            assertEquals(3, arena.blockCount());
            assertEquals(256, arena.capacity());
            assertNotNull(arena.tryAllocate(64, 1), "the skipped 64-byte block is still there, after the 128");
            assertNull(arena.tryAllocate(64, 1), "block 0 has 54 bytes left, and the rest are used");
        }
    }

    @Test
    void reusesKeptBlocksInsteadOfGrowingWhenBatchesRepeat() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).growthFactor(1).build()) {
            long capacity = 0;
            for (int batch = 0; batch < 10; batch++) {
                arena.allocate(64, 1);
                arena.allocate(64, 1);
                arena.allocate(128, 1);
                arena.reset();
                arena.allocate(100, 1); // fits in the kept 128-byte block
                arena.reset();
                if (batch == 0) {
                    capacity = arena.capacity();
                }
                assertEquals(256, arena.capacity(), "batch " + batch);
            }
            assertEquals(256, capacity);
        }
    }

    @Test
    void scopesRewindAcrossReorderedBlocks() {
        try (BumpArena arena = arenaWithASmallBlockBeforeALargeOne()) {
            MemorySegment outer = arena.allocate(60, 1);
            outer.fill((byte) 7);
            try (BumpArena.Scope scope = arena.openScope()) {
                scope.arena().allocate(100, 1).fill((byte) 1); // moves the 128-byte block up
                scope.arena().allocate(64, 1).fill((byte) 2);
            }
            for (int i = 0; i < 60; i++) {
                assertEquals(7, outer.get(ValueLayout.JAVA_BYTE, i));
            }
            assertNotNull(arena.tryAllocate(100, 1), "the scope's blocks are free again");
            assertNotNull(arena.tryAllocate(64, 1));
            assertEquals(256, arena.capacity());
        }
    }

    @Test
    void retainLargestLetsTheOtherBlocksOfAScratchChainBeGarbageCollected() throws InterruptedException {
        BlockChain chain = new BlockChain(BlockChain.Source.AUTO, true, 64, 2, 1 << 20, Long.MAX_VALUE);
        assertEquals(1, chain.blockFor(0, 100, 1));
        assertEquals(2, chain.blockFor(1, 300, 1));
        WeakReference<MemorySegment> returned = new WeakReference<>(chain.segment(1));
        long largest = chain.segment(2).byteSize();
        chain.retain(RetainPolicy.largest());
        assertEquals(1, chain.count());
        assertEquals(largest, chain.reserved());
        // Regression test for keepOnly dropping its references (returned blocks used to stay reachable).
        for (int i = 0; i < 100 && returned.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(returned.get(), "a returned block must not stay reachable from the chain");
    }

    @Test
    void aScratchArenaNamesItselfInTheStaleMessageOfAReset() {
        ScratchArena scratch = ScratchArena.withDefaults();
        try {
            BumpArena.Scope scope = scratch.open();
            ArenaString s = ArenaString.copyOf(scope.arena(), "x");
            scope.arena().reset();
            StaleStructException e = assertThrows(StaleStructException.class, s::length);
            assertTrue(e.getMessage().contains("reclaimed by ScratchArena.reset()"), e.getMessage());
            assertThrows(IllegalStateException.class, scope::close, "the reset ended the scope");
        } finally {
            scratch.release();
        }
    }

    @Test
    void withoutALimitARequestNoMachineCanBackIsAnOutOfMemoryErrorNamingItAndTheArenaIsUnchanged() {
        try (BumpArena arena = BumpArena.builder().blockSize(4096).build()) {
            arena.allocate(13, 1);
            ArenaStats before = arena.stats();
            long next = arena.allocate(0, 1).address();
            // The JDK says only "Unable to allocate 4611686018427396080 bytes" here, and nothing at all
            // for sizes near Long.MAX_VALUE, where it overflows rounding the size up (ofCapacity below).
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> arena.allocate(8, 1L << 62));
            assertEquals("cannot reserve a block of 8192 bytes aligned to 4611686018427387904 for requested=8"
                    + " alignment=4611686018427387904 (reserved=4096 limit=9223372036854775807): the native memory"
                    + " could not be allocated (" + e.getCause().getMessage() + "); set a limit"
                    + " (BumpArena.builder().limit(...)) so that such a request throws ArenaExhaustedException"
                    + " instead", e.getMessage());
            e = assertThrows(OutOfMemoryError.class, () -> arena.allocate(Long.MAX_VALUE - 4096, 1));
            assertTrue(e.getMessage().contains("requested=9223372036854771711 alignment=1"), e.getMessage());
            assertEquals(before, arena.stats());
            assertEquals(next, arena.allocate(0, 1).address(), "the next allocation goes where it would have");
        }
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> BumpArena.ofCapacity(Long.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("cannot reserve the first block of 9223372036854775807 bytes: the native"
                + " memory could not be allocated (the size overflows); use a smaller capacity"), e.getMessage());
        e = assertThrows(OutOfMemoryError.class, () -> ConcurrentArena.ofCapacity(1L << 62));
        assertTrue(e.getMessage().startsWith("cannot reserve a ConcurrentArena of 4611686018427387904 bytes"),
                e.getMessage());
    }
}
