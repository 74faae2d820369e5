package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.ArenaStats;
import dev.arenastruct.MappedArena;
import dev.arenastruct.MappedArenaFormatException;
import dev.arenastruct.StaleStructException;
import dev.arenastruct.StructArray;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MappedTicksSample} and {@link MappedArena} through generated flyweights: persistence
 * across a reopen, two JVMs exchanging ticks, a writer killed mid-stream, files that are not tick
 * feeds, and the arena rules (stale after reset, exhaustion, closing unmaps).
 */
class MappedTicksSampleTest {
    /** A generous bound on a child JVM, so a hang fails the test instead of the build; never a timing claim. */
    private static final long HANG_MINUTES = 5;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    // ---------------------------------------------------------------- persistence

    @Test
    void everyFieldWrittenInOneRunReadsBackAfterReopening() throws Exception {
        Path file = dir.resolve("ticks.arena");
        List<String> written = run(out -> MappedTicksSample.write(file, 1000, MappedTicksSample.Options.NONE, out));
        assertEquals(List.of("writer: created " + file + " for 1000 ticks (40024 bytes after the header)",
                "writer: published 1000 ticks, last sequence 1000, sum of prices " + priceSum(1000)), written);

        try (MappedArena arena = MappedArena.open(file)) {
            assertEquals(new ArenaStats(40024, 0, 40024, 40024, 1, 40024), arena.stats());
            TickFeedFlyweight feed = new TickFeedFlyweight().wrap(arena.segment(), 0);
            assertEquals(1000, feed.tickCountAcquire());
            assertEquals(TickFlyweight.BYTE_SIZE, feed.tickBytes());
            TickFlyweight tick = new TickFlyweight();
            long previousTimestamp = Long.MIN_VALUE;
            for (int i = 0; i < 1000; i++) {
                tick.wrap(arena.segment(), MappedTicksSample.TICKS_OFFSET + i * TickFlyweight.BYTE_SIZE);
                long sequence = i + 1;
                assertEquals(sequence, tick.sequenceAcquire());
                assertEquals(MappedTicksSample.price(sequence), tick.price());
                assertEquals(MappedTicksSample.quantity(sequence), tick.quantity());
                assertTrue(tick.timestampNanos() >= previousTimestamp, "timestamps in writing order");
                previousTimestamp = tick.timestampNanos();
                assertEquals(MappedTicksSample.checksum(sequence, tick.timestampNanos(), tick.price(), tick.quantity()),
                        tick.checksum(), "tick " + sequence);
            }
        }
        assertEquals("1000 of 1000 ticks published, sum of prices " + priceSum(1000) + ", checksums ok",
                MappedTicksSample.check(file).toString());
    }

    // ---------------------------------------------------------------- two processes

    @Test
    void aReaderInAnotherJvmReceivesExactlyWhatTheWriterPublished() throws Exception {
        Path file = dir.resolve("ipc.arena");
        int count = 200_000;
        Process reader = start("reader", file.toString()); // first: it waits for the file to appear
        Process writer = start("writer", file.toString(), String.valueOf(count), "--await-reader");
        BufferedReader writerOut = lines(writer);
        assertEquals("writer: created " + file + " for " + count + " ticks (" + (24 + count * 40L)
                + " bytes after the header)", writerOut.readLine());
        BufferedReader readerOut = lines(reader);
        // The writer waits for the reader to map the file: the reader follows a live writer.
        assertEquals("reader: following " + file + " for " + count + " ticks", readerOut.readLine());
        assertEquals("writer: published " + count + " ticks, last sequence " + count + ", sum of prices "
                + priceSum(count), writerOut.readLine());
        assertEquals("reader: received " + count + " ticks, last sequence " + count + ", sum of prices "
                + priceSum(count) + ", checksums ok", readerOut.readLine());
        String latency = readerOut.readLine();
        assertTrue(latency.matches("reader: writer-to-reader latency over the last 100000 ticks: "
                + "p50=\\d+ ns p99=\\d+ ns max=\\d+ ns"), latency);
        assertEquals(0, exitCode(writer), stderr(writer));
        assertEquals(0, exitCode(reader), stderr(reader));
    }

    // ---------------------------------------------------------------- a writer killed mid-write

    @Test
    void afterTheWriterIsKilledEveryPublishedTickIsIntactAndTheHalfWrittenOneIsIgnored() throws Exception {
        Path file = dir.resolve("crash.arena");
        Process writer = start("writer", file.toString(), "5000", "--stall-after", "1234");
        BufferedReader out = lines(writer);
        out.readLine(); // created
        assertEquals("writer: published 1234 ticks; tick 1235 is half-written; waiting to be killed", out.readLine());
        writer.destroyForcibly();
        assertTrue(writer.waitFor(HANG_MINUTES, TimeUnit.MINUTES), "the killed writer exits");
        assertFalse(writer.exitValue() == 0, "killed, not finished: exit " + writer.exitValue());

        assertEquals("1234 of 5000 ticks published, sum of prices " + priceSum(1234) + ", checksums ok; tick 1235 is "
                + "half-written and unpublished: ignored", MappedTicksSample.check(file).toString());
        try (MappedArena arena = MappedArena.open(file)) {
            TickFlyweight tick = new TickFlyweight();
            MemorySegment ticks = arena.segment().asSlice(MappedTicksSample.TICKS_OFFSET);
            tick.wrapElement(ticks, 1234);
            assertEquals(0, tick.sequenceAcquire(), "never published");
            assertEquals(MappedTicksSample.price(1235), tick.price(), "its plain fields were written: visible, not trusted");
            assertEquals(0, tick.checksum());
            for (int i = 1235; i < 5000; i++) {
                assertEquals(0, tick.wrapElement(ticks, i).sequenceAcquire(), "tick " + (i + 1) + " never written");
                assertEquals(0, tick.price());
            }
        }
    }

    @Test
    void checkOfAFeedWhoseWriterNeverPublishedTrustsNothing() throws Exception {
        Path file = dir.resolve("unpublished.arena");
        try (MappedArena arena = MappedArena.create(file, 24 + 40 * 10)) {
            TickFeedFlyweight.allocate(arena); // count and tick size never written
        }
        assertEquals("0 of 0 ticks published, sum of prices 0, checksums ok", MappedTicksSample.check(file).toString());
    }

    // ---------------------------------------------------------------- files that are not tick feeds

    @Test
    void aReaderGivenATruncatedFileSaysSoAndExitsWithStatusOne() throws Exception {
        Path file = dir.resolve("cut.arena");
        run(out -> MappedTicksSample.write(file, 100, MappedTicksSample.Options.NONE, out));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(1000);
        }
        Process reader = start("reader", file.toString());
        assertEquals(1, exitCode(reader));
        assertEquals("reader: " + file + " is truncated: its header says capacity=4024, so 4088 bytes with the header, "
                + "but the file has 1000 bytes", stderr(reader).strip());
    }

    @Test
    void emptyForeignAndOtherVersionFilesAreClearErrors() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.arena"));
        assertBadFile(empty, "is not a MappedArena file: it has 0 bytes, fewer than the 64-byte header");
        byte[] random = new byte[8192];
        new Random(42).nextBytes(random);
        assertBadFile(Files.write(dir.resolve("random.bin"), random), "is not a MappedArena file: its first bytes are 0x");
        Path versioned = dir.resolve("v9.arena");
        run(out -> MappedTicksSample.write(versioned, 10, MappedTicksSample.Options.NONE, out));
        byte[] bytes = Files.readAllBytes(versioned);
        bytes[8] = 9; // the version field, little- or big-endian: either way not 1
        bytes[11] = 0;
        Files.write(versioned, bytes);
        assertBadFile(versioned, "has format version");
    }

    @Test
    void anArenaFileOfOtherStructsIsNotReadAsTicks() throws Exception {
        Path file = dir.resolve("trades.arena");
        try (MappedArena arena = MappedArena.create(file, 1024)) {
            TradeEventFlyweight.allocate(arena).id(7).price(99.5).quantity(3);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MappedTicksSample.check(file));
        assertTrue(e.getMessage().contains("is not a tick feed of this reader's ticks: tickBytes="), e.getMessage());
    }

    // ---------------------------------------------------------------- the arena rules, with generated flyweights

    @Test
    void flyweightsAllocatedBeforeAResetAreStale() throws IOException {
        try (MappedArena arena = MappedArena.create(dir.resolve("reset.arena"), 400)) {
            TickFlyweight tick = TickFlyweight.allocate(arena).price(5);
            StructArray<TickFlyweight> array = TickFlyweight.allocateStructs(arena, 2);
            TickFlyweight reused = new TickFlyweight().wrapNew(arena).quantity(3);
            arena.reset();
            assertThrows(StaleStructException.class, tick::price);
            assertThrows(StaleStructException.class, reused::quantity);
            assertThrows(StaleStructException.class, () -> new TickFlyweight().wrapElement(array, 0));
            TickFlyweight fresh = TickFlyweight.allocate(arena);
            assertEquals(0, fresh.price(), "the reset zeroed the old tick's bytes");
        }
    }

    @Test
    void exhaustionNamesTheNumbersAndLeavesTheArenaUnchanged() throws IOException {
        try (MappedArena arena = MappedArena.create(dir.resolve("full.arena"), 2 * TickFlyweight.BYTE_SIZE + 4)) {
            TickFlyweight.allocateStructs(arena, 2);
            ArenaStats before = arena.stats();
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> TickFlyweight.allocate(arena));
            assertTrue(e.getMessage().contains("exhausted: requested=40 alignment=8 remaining=4 capacity=84"),
                    e.getMessage());
            assertEquals(null, TickFlyweight.tryAllocate(arena));
            assertEquals(before, arena.stats());
        }
    }

    @Test
    void closingUnmapsTheFile() throws IOException {
        MappedArena arena = MappedArena.create(dir.resolve("closed.arena"), 1024);
        TickFlyweight tracked = TickFlyweight.allocate(arena).price(1);
        TickFlyweight untracked = new TickFlyweight().wrap(arena.segment(), 0);
        MemorySegment segment = tracked.segment();
        arena.close();
        assertThrows(StaleStructException.class, tracked::price);
        assertThrows(IllegalStateException.class, untracked::price, "unmapped: java.lang.foreign refuses the access");
        assertThrows(IllegalStateException.class, () -> segment.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0));
        assertThrows(IllegalStateException.class, () -> TickFlyweight.allocate(arena));
    }

    // ---------------------------------------------------------------- helpers

    private interface Body {
        void run(PrintStream out) throws Exception;
    }

    private static List<String> run(Body body) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static long priceSum(long count) {
        long sum = 0;
        for (long sequence = 1; sequence <= count; sequence++) {
            sum += MappedTicksSample.price(sequence);
        }
        return sum;
    }

    private static void assertBadFile(Path file, String problem) throws IOException {
        MappedArenaFormatException e = assertThrows(MappedArenaFormatException.class, () -> MappedTicksSample.check(file));
        assertTrue(e.getMessage().startsWith(file + " "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MappedTicksSample.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        children.add(process);
        return process;
    }

    private static BufferedReader lines(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static int exitCode(Process process) throws InterruptedException {
        assertTrue(process.waitFor(HANG_MINUTES, TimeUnit.MINUTES), "the child JVM finished");
        return process.exitValue();
    }

    private static String stderr(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
