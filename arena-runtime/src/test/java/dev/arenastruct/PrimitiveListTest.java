package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The growable primitive lists: growth in place and by moving, across blocks, at the limit (a
 * failed growth changes nothing), stale use, and the bulk copies. The rules are shared by every
 * arena collection ({@link GrowableStorage}); {@code StructListTest} in the samples covers structs.
 */
class PrimitiveListTest {

    @Test
    void growsInPlaceWhileItIsTheArenasLastAllocation() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            LongList list = LongList.allocate(arena, 2);
            long address = list.segment().address();
            for (long i = 0; i < 20; i++) {
                list.add(i * 3);
            }
            assertEquals(20, list.size());
            assertEquals(address, list.segment().address(), "the storage did not move");
            assertEquals(list.capacity() * Long.BYTES, arena.allocatedBytes(), "no storage was abandoned");
            for (long i = 0; i < 20; i++) {
                assertEquals(i * 3, list.get(i));
            }
        }
    }

    @Test
    void movesToALargerAllocationWhenAnotherFollowsIt() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            IntList list = IntList.allocate(arena, 2);
            list.add(7);
            list.add(-8);
            long address = list.segment().address();
            arena.allocate(1, 1); // now the list is not the last allocation
            list.add(9);
            assertNotEquals(address, list.segment().address(), "the list moved");
            assertArrayEquals(new int[] {7, -8, 9}, list.toArray());
            // the old 8 bytes, the byte and its padding, then the new storage: the old storage is abandoned
            assertEquals(8 + 1 + list.capacity() * Integer.BYTES, arena.allocatedBytes());
        }
    }

    @Test
    void growsAcrossTheBlocksOfAGrowableArena() {
        try (BumpArena arena = BumpArena.builder().blockSize(256).growthFactor(2).build()) {
            DoubleList list = DoubleList.allocate(arena, 4);
            for (int i = 0; i < 1000; i++) {
                list.add(i + 0.5);
            }
            assertTrue(arena.blockCount() > 1, "the list outgrew the first block: " + arena);
            assertEquals(1000, list.size());
            for (int i = 0; i < 1000; i++) {
                assertEquals(i + 0.5, list.get(i));
            }
        }
    }

    @Test
    void aGrowthThatDoesNotFitNamesTheNumbersAndChangesNothing() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            LongList list = LongList.allocate(arena, 4);
            arena.allocate(16, 8); // the list cannot grow in place, and 16 bytes are left
            for (long i = 0; i < 4; i++) {
                list.add(100 + i);
            }
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> list.add(104));
            assertEquals("LongList cannot grow from capacity=4 (size=4, 32 bytes) to 5 elements (40 bytes; growing in"
                    + " place needed 8 more, but it is not the arena's last allocation or the block is full):"
                    + " BumpArena exhausted: requested=40 alignment=8 remaining=16 capacity=64; create the arena with"
                    + " a larger capacity, or reset() it between batches", e.getMessage());
            assertEquals(40, e.requested());
            assertEquals(16, e.remaining());
            assertEquals(4, list.size());
            assertEquals(4, list.capacity());
            assertArrayEquals(new long[] {100, 101, 102, 103}, list.toArray());
            assertEquals(48, arena.allocatedBytes(), "the arena is unchanged");
            list.set(0, -1); // still usable
            list.clear();
            list.add(5);
            assertArrayEquals(new long[] {5}, list.toArray());
        }
    }

    @Test
    void nearTheEndItGrowsByWhatIsNeededWhenDoublingDoesNotFit() {
        try (BumpArena arena = BumpArena.ofCapacity(40)) {
            LongList list = LongList.allocate(arena, 4);
            list.addAll(new long[] {1, 2, 3, 4});
            list.add(5); // doubling needs 64 bytes, 40 are there: in place to exactly 5
            assertEquals(5, list.capacity());
            assertEquals(0, arena.remaining());
            assertThrows(ArenaExhaustedException.class, () -> list.add(6));
            assertArrayEquals(new long[] {1, 2, 3, 4, 5}, list.toArray());
        }
    }

    @Test
    void aBulkAppendThatDoesNotFitAppendsNothing() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            IntList list = IntList.allocate(arena, 2);
            list.addAll(new int[] {1, 2});
            assertThrows(ArenaExhaustedException.class, () -> list.addAll(new int[20]));
            assertArrayEquals(new int[] {1, 2}, list.toArray());
            assertThrows(IndexOutOfBoundsException.class, () -> list.addAll(new int[3], 2, 2));
            assertEquals(2, list.size());
        }
    }

    @Test
    void bulkCopiesInAndOutMatchElementByElementAccess() {
        Random random = new Random(15);
        try (BumpArena arena = BumpArena.builder().blockSize(512).build()) {
            long[] longs = random.longs(300).toArray();
            int[] ints = random.ints(300).toArray();
            double[] doubles = random.doubles(300).toArray();
            LongList l = LongList.allocate(arena, 0);
            IntList n = IntList.allocate(arena, 1);
            DoubleList d = DoubleList.allocate(arena, 3);
            l.addAll(longs, 0, 100);
            l.addAll(longs, 100, 200);
            n.addAll(ints);
            for (double v : doubles) {
                d.add(v);
            }
            assertArrayEquals(longs, l.toArray());
            assertArrayEquals(ints, n.toArray());
            assertArrayEquals(doubles, d.toArray());
            long[] part = new long[12];
            l.copyTo(290, part, 2, 10);
            for (int i = 0; i < 10; i++) {
                assertEquals(longs[290 + i], part[2 + i]);
            }
            assertEquals(0, part[0]);
            assertThrows(IndexOutOfBoundsException.class, () -> l.copyTo(295, part, 0, 10));
            assertThrows(IndexOutOfBoundsException.class, () -> l.copyTo(0, part, 5, 10));
            for (int i = 0; i < 300; i++) {
                assertEquals(ints[i], n.get(i));
                assertEquals(doubles[i], d.get(i));
            }
        }
    }

    @Test
    void indexErrorsNameTheIndexAndTheSize() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            LongList list = LongList.allocate(arena, 4);
            list.add(1);
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
            assertEquals("index 1 is out of bounds for LongList of size 1", e.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> list.set(-1, 0));
            assertThrows(IllegalArgumentException.class, () -> LongList.allocate(arena, -1));
            assertThrows(IllegalArgumentException.class, () -> LongList.allocate(arena, Long.MAX_VALUE / 4));
        }
    }

    @Test
    void usingAListAfterAResetThrowsStaleStructException() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            LongList list = LongList.allocate(arena, 4);
            list.add(1);
            arena.reset();
            assertTrue(list.isStale());
            StaleStructException e = assertThrows(StaleStructException.class, () -> list.get(0));
            assertTrue(e.getMessage().startsWith("LongList is stale: its memory was reclaimed by BumpArena.reset()"),
                    e.getMessage());
            assertThrows(StaleStructException.class, () -> list.add(2));
            assertThrows(StaleStructException.class, list::size);
            assertThrows(StaleStructException.class, list::clear);
        }
    }

    @Test
    void aListAllocatedInAScopeIsStaleOnceTheScopeCloses() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            IntList list;
            try (BumpArena.Scope scope = arena.openScope()) {
                list = IntList.allocate(scope.arena(), 4);
                list.add(3);
            }
            assertThrows(StaleStructException.class, () -> list.get(0));
        }
    }

    @Test
    void aListDoesNotGrowIntoADeeperScopeButMayBeReservedBeforeIt() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            LongList list = LongList.allocate(arena, 1);
            list.add(1);
            try (BumpArena.Scope scope = arena.openScope()) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> list.add(2));
                assertTrue(e.getMessage().startsWith("LongList allocated at scope depth 0 cannot grow from capacity=1"
                        + " to 2 while a scope of depth 1 is open"), e.getMessage());
                assertEquals(1, list.size());
                list.set(0, 10); // use without growth is fine
            }
            list.ensureCapacity(16);
            try (BumpArena.Scope scope = arena.openScope()) {
                for (int i = 0; i < 15; i++) {
                    list.add(i);
                }
                scope.arena().allocate(64, 8); // memory of the scope, after the list
            }
            assertEquals(16, list.size());
            assertEquals(10, list.get(0));
            assertEquals(14, list.get(15));
        }
    }

    @Test
    void aListInAConcurrentArenaExtendsInPlaceOnlyIfNoOtherThreadAllocatedAfterIt() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1 << 16)) {
            LongList list = LongList.allocate(arena, 2);
            long address = list.segment().address();
            for (int i = 0; i < 64; i++) {
                list.add(i);
            }
            assertEquals(address, list.segment().address());
            try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                other.submit(() -> arena.allocate(8, 8)).get();
            }
            list.add(64);
            assertNotEquals(address, list.segment().address());
            for (int i = 0; i < 65; i++) {
                assertEquals(i, list.get(i));
            }
            assertEquals(64 * 8 + 8 + list.capacity() * 8, arena.allocatedBytes());
        }
    }

    @Test
    void aListInAMappedArenaGrowsInPlaceInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("list.arena");
        try (MappedArena arena = MappedArena.create(file, 4096)) {
            IntList list = IntList.allocate(arena, 1);
            for (int i = 0; i < 100; i++) {
                list.add(i * i);
            }
            assertEquals(0, list.segment().address() - arena.segment().address(), "still at offset 0");
            assertEquals(list.capacity() * Integer.BYTES, arena.allocatedBytes());
            arena.allocate(1, 1);
            list.add(-1);
            assertEquals(-1, list.get(100));
            assertEquals(99 * 99, list.get(99));
        }
        try (MappedArena reopened = MappedArena.open(file)) {
            assertEquals(99 * 99, reopened.segment().get(ValueLayout.JAVA_INT, 99 * Integer.BYTES), "in the file");
        }
    }
}
