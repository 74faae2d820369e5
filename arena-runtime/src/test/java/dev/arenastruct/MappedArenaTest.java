package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MappedArena}: the file format, persistence across a reopen, bad files, statistics and closing. */
class MappedArenaTest {
    private static final long CAPACITY = 1024;

    @TempDir
    Path dir;

    @Test
    void createWritesTheHeaderAndSizesTheFile() throws IOException {
        Path file = dir.resolve("a.arena");
        try (MappedArena arena = MappedArena.create(file, CAPACITY)) {
            assertEquals(CAPACITY, arena.capacity());
            assertEquals(CAPACITY, arena.segment().byteSize());
            assertEquals(0, arena.segment().address() % 64, "the data area is cache-line aligned");
            assertEquals(new ArenaStats(0, 0, CAPACITY, 0, 1, CAPACITY), arena.stats());
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(64 + CAPACITY, bytes.length);
        assertEquals("ARENAMAP", new String(bytes, 0, 8, StandardCharsets.US_ASCII));
        assertEquals(1, header(bytes).getInt(8), "format version");
        assertEquals(64, header(bytes).getInt(12), "header size");
        assertEquals(CAPACITY, header(bytes).getLong(16));
    }

    @Test
    void structsAndTheOffsetSurviveClosingAndReopening() throws IOException {
        Path file = dir.resolve("p.arena");
        long first;
        long second;
        try (MappedArena arena = MappedArena.create(file, CAPACITY)) {
            MemorySegment a = arena.allocate(12, 4);
            MemorySegment b = arena.allocate(16, 8);
            a.set(JAVA_INT, 8, 77);
            b.set(JAVA_LONG, 8, 0x1234_5678_9ABCL);
            first = offsetIn(arena, a);
            second = offsetIn(arena, b);
            assertEquals(0, first, "the first allocation is at offset 0");
        }
        try (MappedArena arena = MappedArena.open(file)) {
            assertEquals(77, arena.segment().get(JAVA_INT, first + 8));
            assertEquals(0x1234_5678_9ABCL, arena.segment().get(JAVA_LONG, second + 8));
            assertEquals(new ArenaStats(28, 4, CAPACITY, 32, 1, CAPACITY), arena.stats());
            MemorySegment next = arena.allocate(8, 8);
            assertEquals(32, offsetIn(arena, next), "allocation continues after the last one");
            assertEquals(0, next.get(JAVA_LONG, 0));
        }
    }

    @Test
    void twoMappingsOfOneFileShareTheMemoryAndNeverHandOutTheSameBytes() throws IOException {
        Path file = dir.resolve("shared.arena");
        try (MappedArena writer = MappedArena.create(file, CAPACITY); MappedArena reader = MappedArena.open(file)) {
            MemorySegment written = writer.allocate(8, 8);
            MemorySegment theirs = reader.allocate(8, 8);
            assertEquals(8, offsetIn(reader, theirs), "the second mapping sees the first's claim");
            written.set(JAVA_LONG, 0, 42);
            assertEquals(42, reader.segment().get(JAVA_LONG, 0));
            assertEquals(CAPACITY - 16, writer.remaining());
            assertEquals(16, writer.allocatedBytes());
        }
    }

    @Test
    void createReplacesAFileByRenamingSoItsMappersKeepTheOldContents() throws IOException {
        Path file = dir.resolve("replaced.arena");
        try (MappedArena old = MappedArena.create(file, CAPACITY)) {
            old.allocate(8, 8).set(JAVA_LONG, 0, 42);
            try (MappedArena fresh = MappedArena.create(file, 2 * CAPACITY)) {
                assertEquals(42, old.segment().get(JAVA_LONG, 0), "no fault: the old file is not truncated under it");
                assertEquals(CAPACITY - 8, old.remaining());
                assertEquals(2 * CAPACITY, fresh.remaining());
                fresh.allocate(8, 8).set(JAVA_LONG, 0, 7);
            }
        }
        try (MappedArena reopened = MappedArena.open(file)) {
            assertEquals(2 * CAPACITY, reopened.capacity());
            assertEquals(7, reopened.segment().get(JAVA_LONG, 0));
        }
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aFileTruncatedUnderItsMappingFaultsAsAnInternalErrorNotACrash() throws IOException {
        Path file = dir.resolve("shrunk.arena");
        try (MappedArena arena = MappedArena.create(file, 1 << 20)) {
            arena.allocate(1 << 19, 8).set(JAVA_LONG, 0, 5);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(100); // what another program may do; the header's page stays
            }
            InternalError e = assertThrows(InternalError.class, () -> arena.segment().get(JAVA_LONG, 1 << 18));
            assertTrue(e.getMessage().contains("a fault occurred in an unsafe memory access operation"), e.getMessage());
        }
    }

    /**
     * Two JVMs claim 16-byte slots from one file at once, after meeting at a barrier in the file,
     * each writing its id and its own count into every slot it gets, until the arena is full. A
     * slot handed to both would be overwritten by one of them: the other's counts would then have a
     * hole. So every count of each process must be there exactly once, and the slots fill the file.
     */
    @Test
    void twoProcessesAllocatingAtOnceNeverGetTheSameBytes() throws Exception {
        Path file = dir.resolve("claims.arena");
        long slots = 1 << 20;
        try (MappedArena arena = MappedArena.create(file, 16 + slots * 16)) {
            arena.allocate(16, 8); // the barrier: how many claimers are ready
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The runtime's tests run on the module path: name both class directories, as NativeMemoryLeakTest does.
        String classPath = location(MappedArena.class) + File.pathSeparator + location(Claimer.class);
        List<Process> claimers = new ArrayList<>();
        for (long id = 1; id <= 2; id++) {
            claimers.add(new ProcessBuilder(java.toString(), "-cp", classPath, Claimer.class.getName(),
                    file.toString(), Long.toString(id)).redirectErrorStream(true).start());
        }
        long[] claimed = new long[3];
        for (int i = 0; i < 2; i++) {
            Process claimer = claimers.get(i);
            String output = new String(claimer.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, claimer.waitFor(), output);
            claimed[i + 1] = Long.parseLong(output);
        }
        assertEquals(slots, claimed[1] + claimed[2], "together they filled the file");
        try (MappedArena arena = MappedArena.open(file)) {
            assertEquals(0, arena.remaining());
            assertEquals(16 + slots * 16, arena.allocatedBytes(), "the header counted both processes");
            BitSet[] seen = {null, new BitSet(), new BitSet()};
            for (long slot = 0; slot < slots; slot++) {
                long at = 16 + slot * 16;
                int id = (int) arena.segment().get(JAVA_LONG, at);
                long count = arena.segment().get(JAVA_LONG, at + 8);
                assertTrue(id == 1 || id == 2, "slot " + slot + " has id " + id);
                assertFalse(seen[id].get((int) count), "count " + count + " of process " + id + " twice");
                seen[id].set((int) count);
            }
            for (int id = 1; id <= 2; id++) {
                assertEquals(claimed[id], seen[id].cardinality(), "every slot of process " + id + " survived");
                assertEquals(claimed[id], seen[id].nextClearBit(0), "counts 0.." + (claimed[id] - 1));
            }
        }
    }

    /** Run in a child JVM: waits for the other claimer, then claims slots until the arena is full. */
    static final class Claimer {
        public static void main(String[] args) throws IOException {
            try (MappedArena arena = MappedArena.open(Path.of(args[0]))) {
                long id = Long.parseLong(args[1]);
                MemorySegment barrier = arena.segment();
                java.lang.invoke.VarHandle ready = JAVA_LONG.varHandle();
                ready.getAndAdd(barrier, 0L, 1L);
                while ((long) ready.getVolatile(barrier, 0L) < 2) {
                    Thread.onSpinWait();
                }
                long count = 0;
                for (MemorySegment slot = arena.tryAllocate(16, 8); slot != null; slot = arena.tryAllocate(16, 8)) {
                    slot.set(JAVA_LONG, 0, id);
                    slot.set(JAVA_LONG, 8, count++);
                }
                System.out.println(count);
            }
        }
    }

    @Test
    void exhaustionNamesTheNumbersAndLeavesTheArenaUnchanged() throws IOException {
        try (MappedArena arena = MappedArena.create(dir.resolve("x.arena"), CAPACITY)) {
            arena.allocate(1000, 8);
            ArenaStats before = arena.stats();
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> arena.allocate(64, 8));
            assertTrue(e.getMessage().contains("x.arena) exhausted: requested=64 alignment=8 remaining=24 capacity=1024"),
                    e.getMessage());
            assertNull(arena.tryAllocate(64, 8));
            assertEquals(before, arena.stats());
            assertEquals(24, arena.allocate(24, 8).byteSize(), "an exact fit still works");
        }
    }

    @Test
    void resetZeroesWhatWasUsedAndEndsTheLifetime() throws IOException {
        Path file = dir.resolve("r.arena");
        try (MappedArena arena = MappedArena.create(file, CAPACITY)) {
            arena.allocate(100, 8).fill((byte) 7);
            long generation = arena.lifetime().generation();
            arena.reset();
            assertNotEquals(generation, arena.lifetime().generation());
            assertEquals(new ArenaStats(0, 0, CAPACITY, 100, 1, CAPACITY), arena.stats());
            byte[] zeros = new byte[100];
            assertArrayEquals(zeros, arena.segment().asSlice(0, 100).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
        try (MappedArena arena = MappedArena.open(file)) {
            assertEquals(CAPACITY, arena.remaining(), "the reset is in the file");
            assertEquals(100, arena.highWaterMark(), "the high-water mark is in the file too");
        }
    }

    @Test
    void closeUnmapsAndKeepsTheStatistics() throws IOException {
        MappedArena arena = MappedArena.create(dir.resolve("c.arena"), CAPACITY);
        MemorySegment segment = arena.allocate(10, 2);
        ArenaStats open = arena.stats();
        arena.close();
        assertThrows(IllegalStateException.class, () -> segment.get(JAVA_INT, 0), "unmapped");
        assertThrows(IllegalStateException.class, () -> arena.segment().get(JAVA_INT, 0));
        IllegalStateException again = assertThrows(IllegalStateException.class, arena::close);
        assertTrue(again.getMessage().contains("already closed: capacity=1024"), again.getMessage());
        assertThrows(IllegalStateException.class, () -> arena.allocate(8, 8));
        assertThrows(IllegalStateException.class, arena::reset);
        assertThrows(IllegalStateException.class, arena::force);
        assertEquals(new ArenaStats(open.allocatedBytes(), open.paddingBytes(), CAPACITY, 10, 0, CAPACITY),
                arena.stats());
        assertEquals(0, arena.remaining());
    }

    @Test
    void closeRemovesTheMappingFromTheProcess() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isReadable(maps), "needs Linux's /proc/self/maps");
        Path file = dir.toRealPath().resolve("mapped-here.arena"); // as the kernel names it in the maps
        MappedArena arena = MappedArena.create(file, 1 << 16);
        assertTrue(Files.readString(maps).contains(file.toString()), "mapped while open");
        arena.close();
        assertFalse(Files.readString(maps).contains(file.toString()), "unmapped by close()");
    }

    @Test
    void forceWritesWithoutChangingAnything() throws IOException {
        try (MappedArena arena = MappedArena.create(dir.resolve("f.arena"), CAPACITY)) {
            arena.allocate(8, 8).set(JAVA_LONG, 0, 5);
            arena.force();
            assertEquals(5, arena.segment().get(JAVA_LONG, 0));
        }
    }

    // ---------------------------------------------------------------- files that are not arenas

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.arena"));
        assertRejected(file, "it has 0 bytes, fewer than the 64-byte header");
    }

    @Test
    void rejectsAFileShorterThanTheHeader() throws IOException {
        Path file = Files.write(dir.resolve("short.arena"), Arrays.copyOf(validFile(), 40));
        assertRejected(file, "it has 40 bytes, fewer than the 64-byte header");
    }

    @Test
    void rejectsAForeignFile() throws IOException {
        byte[] random = new byte[4096];
        new Random(13).nextBytes(random);
        Path file = Files.write(dir.resolve("foreign.bin"), random);
        assertRejected(file, "is not a MappedArena file: its first bytes are 0x");
    }

    @Test
    void rejectsAnotherFormatVersion() throws IOException {
        byte[] bytes = validFile();
        header(bytes).putInt(8, 2);
        assertRejected(Files.write(dir.resolve("v2.arena"), bytes), "has format version 2, this runtime reads version 1");
        header(bytes).putInt(8, Integer.reverseBytes(1));
        assertRejected(Files.write(dir.resolve("swapped.arena"), bytes), "the other byte order");
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        Path file = dir.resolve("cut.arena");
        try (MappedArena arena = MappedArena.create(file, CAPACITY)) {
            arena.allocate(8, 8);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(500);
        }
        assertRejected(file, "is truncated: its header says capacity=1024, so 1088 bytes with the header, but the "
                + "file has 500 bytes");
    }

    @Test
    void rejectsAFileWithExtraBytes() throws IOException {
        byte[] bytes = Arrays.copyOf(validFile(), 64 + (int) CAPACITY + 1);
        assertRejected(Files.write(dir.resolve("long.arena"), bytes), "has extra bytes");
    }

    @Test
    void rejectsAHeaderWhoseNumbersContradictEachOther() throws IOException {
        byte[] bytes = validFile();
        header(bytes).putLong(24, CAPACITY + 1);
        assertRejected(Files.write(dir.resolve("claimed.arena"), bytes), "corrupt header: claimed=1025 allocated=0 "
                + "capacity=1024");
        bytes = validFile();
        header(bytes).putLong(16, -5);
        assertRejected(Files.write(dir.resolve("capacity.arena"), bytes), "corrupt header: headerSize=64 capacity=-5");
        bytes = validFile();
        header(bytes).putInt(12, 128);
        assertRejected(Files.write(dir.resolve("size.arena"), bytes), "headerSize=128");
    }

    @Test
    void rejectsAMissingFileWithTheJdksException() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> MappedArena.open(dir.resolve("none.arena")));
    }

    private static String location(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static long offsetIn(MappedArena arena, MemorySegment allocated) {
        return allocated.address() - arena.segment().address();
    }

    private byte[] validFile() throws IOException {
        Path file = dir.resolve("valid-" + System.nanoTime() + ".arena");
        MappedArena.create(file, CAPACITY).close();
        return Files.readAllBytes(file);
    }

    private static ByteBuffer header(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    }

    private static void assertRejected(Path file, String problem) throws IOException {
        byte[] before = Files.readAllBytes(file);
        MappedArenaFormatException e = assertThrows(MappedArenaFormatException.class, () -> MappedArena.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(file, e.file());
        assertArrayEquals(before, Files.readAllBytes(file), "a rejected file is left as it was");
    }
}
