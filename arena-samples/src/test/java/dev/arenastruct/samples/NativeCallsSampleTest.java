package dev.arenastruct.samples;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import dev.arenastruct.samples.NativeCallsSample.NativeCallException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arena structs handed to real C code, both ways: glibc fills a {@code Timespec}, a
 * {@code Utsname} and a {@code Tm} through {@link NativeCallsSample}, and a C library compiled
 * here ({@code src/test/c/book.c}) fills a {@code BookSnapshot} for Java to read and checksums one
 * Java filled. Each side computes the same formula on its own, so a byte at the wrong offset shows.
 */
class NativeCallsSampleTest {
    @TempDir
    static Path libraryDir;

    /** libbook.so, compiled and loaded by the first test that needs it; null until then. */
    private static BookLibrary book;

    @BeforeAll
    static void onLinux() {
        String os = System.getProperty("os.name");
        if (!os.equals("Linux")) {
            Assumptions.abort("NativeCallsSample calls glibc with Linux's struct layouts; this is " + os);
        }
    }

    @AfterAll
    static void unloadBookLibrary() {
        if (book != null) {
            book.arena().close();
            book = null;
        }
    }

    @Test
    void clockGettimeReadsTheWallClock() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            Instant before = Instant.now();
            TimespecFlyweight t = NativeCallsSample.now(arena);
            Instant after = Instant.now();

            assertTrue(t.tv_nsec() >= 0 && t.tv_nsec() < 1_000_000_000L, "tv_nsec " + t.tv_nsec());
            Instant c = Instant.ofEpochSecond(t.tv_sec(), t.tv_nsec());
            // The same clock read twice; the slack is for a JDK that reads it another way, not for speed.
            assertTrue(!c.isBefore(before.minusSeconds(2)) && !c.isAfter(after.plusSeconds(2)),
                    "clock_gettime said " + c + ", java.time said " + before + " .. " + after);
        }
    }

    @Test
    void clockGettimeFillsTheStructItIsGivenForAnyClock() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TimespecFlyweight t = TimespecFlyweight.allocate(arena).tv_sec(-1).tv_nsec(-1);
            assertSame(t, NativeCallsSample.clockGettime(arena, NativeCallsSample.CLOCK_MONOTONIC, t));
            assertTrue(t.tv_sec() >= 0, t.toString());
            assertTrue(t.tv_nsec() >= 0 && t.tv_nsec() < 1_000_000_000L, t.toString());
        }
    }

    @Test
    void clockGettimeFailureNamesTheFunctionAndErrno() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TimespecFlyweight t = TimespecFlyweight.allocate(arena);
            NativeCallException e = assertThrows(NativeCallException.class,
                    () -> NativeCallsSample.clockGettime(arena, 12_345, t));
            assertEquals("clock_gettime", e.function());
            assertEquals(22, e.errno()); // EINVAL: no such clock
            assertEquals("clock_gettime failed: errno 22", e.getMessage());
        }
    }

    @Test
    void unameMatchesWhatTheKernelAndTheJdkSay() throws IOException {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            UtsnameFlyweight u = NativeCallsSample.uname(arena);

            assertEquals("Linux", u.sysnameAsString());
            assertTrue(u.sysnameEquals("Linux"));
            assertEquals(expectedMachine(System.getProperty("os.arch")), u.machineAsString());
            assertEquals(System.getProperty("os.version"), u.releaseAsString()); // the JDK reads uname too
            // The same strings as the kernel's /proc/sys/kernel files: every text field checked.
            Map<String, String> kernel = Map.of("ostype", u.sysnameAsString(), "hostname", u.nodenameAsString(),
                    "osrelease", u.releaseAsString(), "version", u.versionAsString(),
                    "domainname", u.domainnameAsString());
            for (Map.Entry<String, String> file : kernel.entrySet()) {
                Path path = Path.of("/proc/sys/kernel", file.getKey());
                if (Files.isReadable(path)) {
                    assertEquals(Files.readString(path).strip(), file.getValue(), path.toString());
                }
            }
            assertEquals(u.nodenameAsString(), u.appendNodename(new StringBuilder()).toString());
        }
    }

    private static String expectedMachine(String osArch) {
        return switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch; // riscv64, ppc64le, s390x: the JDK uses the kernel's name
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 951_782_400, -1, -2_208_988_800L, 1_767_225_599, 1_796_208_508, 4_107_542_400L,
            253_402_300_799L})
    void gmtimeAgreesWithJavaTime(long epochSeconds) {
        // 0, 2000-02-29, 1969-12-31T23:59:59, 1900-01-01 (tm_year 0), 2025-12-31T23:59:59,
        // a recent second, 2100-03-01 (2100 is no leap year), 9999-12-31T23:59:59
        LocalDateTime utc = LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC);
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TmFlyweight tm = NativeCallsSample.gmtime(arena, epochSeconds);

            String at = epochSeconds + " = " + utc + ": " + tm;
            assertEquals(utc.getYear() - 1900, tm.tm_year(), at);
            assertEquals(utc.getMonthValue() - 1, tm.tm_mon(), at);
            assertEquals(utc.getDayOfMonth(), tm.tm_mday(), at);
            assertEquals(utc.getHour(), tm.tm_hour(), at);
            assertEquals(utc.getMinute(), tm.tm_min(), at);
            assertEquals(utc.getSecond(), tm.tm_sec(), at);
            assertEquals(utc.getDayOfWeek().getValue() % 7, tm.tm_wday(), at); // C counts from Sunday = 0
            assertEquals(utc.getDayOfYear() - 1, tm.tm_yday(), at);
            assertEquals(0, tm.tm_isdst(), at);
            assertEquals(0, tm.tm_gmtoff(), at);
            assertEquals("GMT", NativeCallsSample.zone(tm), at); // read through the pointer C stored
        }
    }

    @Test
    void gmtimeOfAYearBeyondAnIntFailsWithEoverflow() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            NativeCallException e = assertThrows(NativeCallException.class,
                    () -> NativeCallsSample.gmtime(arena, Long.MAX_VALUE));
            assertEquals("gmtime_r", e.function());
            assertEquals(75, e.errno()); // EOVERFLOW
        }
    }

    /**
     * A flyweight kept across {@code reset()} points at memory a new struct now owns. The helpers
     * take {@code segment()} first, so they throw before C can write there, and before they take
     * the errno slot from the arena.
     */
    @Test
    void aStaleFlyweightIsRefusedBeforeCIsCalled() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TimespecFlyweight keptTime = TimespecFlyweight.allocate(arena);
            UtsnameFlyweight keptNames = UtsnameFlyweight.allocate(arena);
            TmFlyweight keptTm = TmFlyweight.allocate(arena);
            long[] addresses = {keptTime.segment().address(), keptNames.segment().address(),
                    keptTm.segment().address()};
            arena.reset();
            TimespecFlyweight time = TimespecFlyweight.allocate(arena).tv_sec(-7).tv_nsec(-8);
            UtsnameFlyweight names = UtsnameFlyweight.allocate(arena).sysname("sentinel");
            TmFlyweight tm = TmFlyweight.allocate(arena).tm_year(-1234).tm_zone(42);
            // The same bytes: had C been called with the stale struct, it would have written these.
            assertEquals(addresses[0], time.segment().address());
            assertEquals(addresses[1], names.segment().address());
            assertEquals(addresses[2], tm.segment().address());
            long allocated = arena.allocatedBytes();

            assertThrows(StaleStructException.class, keptTime::segment);
            assertThrows(StaleStructException.class,
                    () -> NativeCallsSample.clockGettime(arena, NativeCallsSample.CLOCK_REALTIME, keptTime));
            assertThrows(StaleStructException.class, () -> NativeCallsSample.uname(arena, keptNames));
            assertThrows(StaleStructException.class, () -> NativeCallsSample.gmtime(arena, 0, keptTm));

            assertEquals(-7, time.tv_sec());
            assertEquals(-8, time.tv_nsec());
            assertEquals("sentinel", names.sysnameAsString());
            assertEquals(-1234, tm.tm_year());
            assertEquals(42, tm.tm_zone());
            assertEquals(allocated, arena.allocatedBytes(), "a helper allocated its errno slot before its stale check");
        }
    }

    @Test
    void theStructsAreGlibcsStructsByteForByte() throws Exception {
        String c = """
                #define _GNU_SOURCE
                #include <stddef.h>
                #include <stdio.h>
                #include <sys/utsname.h>
                #include <time.h>
                int main(void) {
                  printf("%zu %zu %zu %zu\\n", sizeof(struct timespec), _Alignof(struct timespec),
                    offsetof(struct timespec, tv_sec), offsetof(struct timespec, tv_nsec));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct utsname), _Alignof(struct utsname),
                    offsetof(struct utsname, sysname), offsetof(struct utsname, nodename),
                    offsetof(struct utsname, release), offsetof(struct utsname, version),
                    offsetof(struct utsname, machine), offsetof(struct utsname, domainname));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n",
                    sizeof(struct tm), _Alignof(struct tm),
                    offsetof(struct tm, tm_sec), offsetof(struct tm, tm_min), offsetof(struct tm, tm_hour),
                    offsetof(struct tm, tm_mday), offsetof(struct tm, tm_mon), offsetof(struct tm, tm_year),
                    offsetof(struct tm, tm_wday), offsetof(struct tm, tm_yday), offsetof(struct tm, tm_isdst),
                    offsetof(struct tm, tm_gmtoff), offsetof(struct tm, tm_zone));
                  return 0;
                }
                """;
        Path source = libraryDir.resolve("glibc_layouts.c");
        Files.writeString(source, c, StandardCharsets.UTF_8);
        Path program = libraryDir.resolve("glibc_layouts");
        run(List.of(gcc(), "-std=c11", "-o", program.toString(), source.toString()));
        List<String> lines = run(List.of(program.toString())).lines().toList();

        assertEquals(List.of(TimespecFlyweight.BYTE_SIZE, TimespecFlyweight.BYTE_ALIGNMENT,
                TimespecFlyweight.TV_SEC_OFFSET, TimespecFlyweight.TV_NSEC_OFFSET), numbers(lines.get(0)));
        assertEquals(List.of(UtsnameFlyweight.BYTE_SIZE, UtsnameFlyweight.BYTE_ALIGNMENT,
                UtsnameFlyweight.SYSNAME_OFFSET, UtsnameFlyweight.NODENAME_OFFSET, UtsnameFlyweight.RELEASE_OFFSET,
                UtsnameFlyweight.VERSION_OFFSET, UtsnameFlyweight.MACHINE_OFFSET,
                UtsnameFlyweight.DOMAINNAME_OFFSET), numbers(lines.get(1)));
        assertEquals(List.of(TmFlyweight.BYTE_SIZE, TmFlyweight.BYTE_ALIGNMENT, TmFlyweight.TM_SEC_OFFSET,
                TmFlyweight.TM_MIN_OFFSET, TmFlyweight.TM_HOUR_OFFSET, TmFlyweight.TM_MDAY_OFFSET,
                TmFlyweight.TM_MON_OFFSET, TmFlyweight.TM_YEAR_OFFSET, TmFlyweight.TM_WDAY_OFFSET,
                TmFlyweight.TM_YDAY_OFFSET, TmFlyweight.TM_ISDST_OFFSET, TmFlyweight.TM_GMTOFF_OFFSET,
                TmFlyweight.TM_ZONE_OFFSET), numbers(lines.get(2)));
    }

    @Test
    void theSamplePrintsEveryCall() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NativeCallsSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(7, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("clock_gettime: Timespec[tv_sec="), lines.get(0));
        assertTrue(lines.get(1).startsWith("uname: Linux "), lines.get(1));
        assertEquals("gmtime_r(0): 1970-01-01 00:00:00 GMT, weekday 4, day 0 of the year", lines.get(2));
        assertEquals("gmtime_r(951782400): 2000-02-29 00:00:00 GMT, weekday 2, day 59 of the year", lines.get(3));
        assertTrue(lines.get(4).startsWith("gmtime_r("), lines.get(4));
        assertEquals("structs handed to C: Timespec 16 bytes, Utsname 390, Tm 56 (tm_gmtoff at 40, after 4 bytes"
                + " of padding)", lines.get(5));
        assertEquals("a Timespec kept across reset(): StaleStructException, C was not called", lines.get(6));
    }

    // ---- a C library of our own: book.c reads and writes a nested struct with arrays, enum, text

    /**
     * C writes every field ({@code book_fill}); Java reads each through the flyweights and
     * compares it with the formula computed here. The memory starts as garbage, so a field C
     * did not write, or text C did not zero-pad, shows.
     */
    @Test
    void cFillsJavaReadsEveryField() throws Throwable {
        BookLibrary c = bookLibrary();
        TreeSet<Integer> symbolLengths = new TreeSet<>();
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (long seed : seeds()) {
                arena.reset();
                BookSnapshotFlyweight book = BookSnapshotFlyweight.allocate(arena);
                book.segment().fill((byte) 0x5A);
                c.fill(book, seed);

                String at = "seed " + seed;
                String symbol = BookFormula.symbol(seed);
                symbolLengths.add(symbol.length());
                assertEquals(symbol, book.symbolAsString(), at);
                for (int i = symbol.length(); i < BookSnapshotFlyweight.SYMBOL_LENGTH; i++) {
                    assertEquals(0, book.symbol(i), at + ": symbol padding byte " + i);
                }
                assertEquals(BookFormula.sequence(seed), book.sequence(), at);
                assertEquals(BookFormula.side(seed), book.lastTradeSide(), at);
                for (int i = 0; i < BookSnapshotFlyweight.BIDS_LENGTH; i++) {
                    assertLevel(seed, BookFormula.BIDS + 4 * i, book.bids(i), at + ", bids[" + i + "]");
                }
                for (int i = 0; i < BookSnapshotFlyweight.ASKS_LENGTH; i++) {
                    assertLevel(seed, BookFormula.ASKS + 4 * i, book.asks(i), at + ", asks[" + i + "]");
                }
                assertEquals(BookFormula.checksum(seed), c.checksum(book), at);
            }
        }
        // Every symbol length from 1 to 8, the last with no terminating zero: seeds() was chosen so.
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), List.copyOf(symbolLengths));
    }

    private static void assertLevel(long seed, long k, LevelFlyweight level, String at) {
        assertEquals(BookFormula.value(seed, k), level.price().mantissa(), at + ".price.mantissa");
        assertEquals((byte) BookFormula.value(seed, k + 1), level.price().exponent(), at + ".price.exponent");
        assertEquals(BookFormula.value(seed, k + 2), level.quantity(), at + ".quantity");
        assertEquals((int) BookFormula.value(seed, k + 3), level.orders(), at + ".orders");
    }

    /**
     * Java writes every field through the flyweights; C reads them all into a checksum
     * ({@code book_checksum}) that must equal the one computed here from the formula alone. The
     * memory starts as garbage, so the text setter must zero-pad: C sums all eight symbol bytes.
     */
    @Test
    void javaFillsCReadsEveryField() throws Throwable {
        BookLibrary c = bookLibrary();
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (long seed : seeds()) {
                arena.reset();
                BookSnapshotFlyweight book = BookSnapshotFlyweight.allocate(arena);
                book.segment().fill((byte) 0x5A);
                BookFormula.fill(book, seed);

                assertEquals(BookFormula.checksum(seed), c.checksum(book), "seed " + seed);
            }
        }
    }

    /** The checksum would agree on anything if C skipped fields: change one at a time and it must not. */
    @Test
    void theChecksumSeesTheTextTheEnumAndTheLastField() throws Throwable {
        BookLibrary c = bookLibrary();
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            BookSnapshotFlyweight book = BookSnapshotFlyweight.allocate(arena);
            long seed = 42;
            String symbol = BookFormula.symbol(seed);
            assertTrue(symbol.length() < BookSnapshotFlyweight.SYMBOL_LENGTH, symbol);
            List<Runnable> changes = List.of(
                    () -> book.symbol(symbol.toLowerCase(Locale.ROOT)),
                    () -> book.symbol(BookSnapshotFlyweight.SYMBOL_LENGTH - 1, (byte) 'Z'), // a padding byte
                    () -> book.lastTradeSide(book.lastTradeSide() == Side.BID ? Side.ASK : Side.BID),
                    () -> book.sequence(book.sequence() + 1),
                    () -> book.bids(0).price().exponent((byte) (book.bids(0).price().exponent() + 1)),
                    () -> book.asks(9).orders(book.asks(9).orders() ^ 1));
            List<String> unseen = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                BookFormula.fill(book, seed);
                assertEquals(BookFormula.checksum(seed), c.checksum(book));
                changes.get(i).run();
                if (c.checksum(book) == BookFormula.checksum(seed)) {
                    unseen.add("change " + i + ": " + book);
                }
            }
            assertEquals(List.of(), unseen);
        }
    }

    /** Seeds 0..63 cover every symbol length; the extremes check that both sides wrap alike. */
    private static long[] seeds() {
        long[] seeds = new long[67];
        for (int i = 0; i < 64; i++) {
            seeds[i] = i;
        }
        seeds[64] = -1;
        seeds[65] = Long.MIN_VALUE;
        seeds[66] = Long.MAX_VALUE;
        return seeds;
    }

    /**
     * The Java twin of book.c's formula: field {@code k} of the book for a seed is splitmix64 of
     * {@code seed + k * golden ratio}, with the same numbering of fields.
     */
    private static final class BookFormula {
        static final long SYMBOL_LENGTH = 0;
        static final long SEQUENCE = 1;
        static final long SIDE = 2;
        static final long SYMBOL_CHARS = 3;
        static final long BIDS = 10;
        static final long ASKS = 50;

        static long value(long seed, long k) {
            long z = seed + k * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        static String symbol(long seed) {
            int length = 1 + (int) Long.remainderUnsigned(value(seed, SYMBOL_LENGTH), 8);
            StringBuilder symbol = new StringBuilder();
            for (int i = 0; i < length; i++) {
                symbol.append((char) ('A' + Long.remainderUnsigned(value(seed, SYMBOL_CHARS + i), 26)));
            }
            return symbol.toString();
        }

        static long sequence(long seed) {
            return value(seed, SEQUENCE);
        }

        static Side side(long seed) {
            return (value(seed, SIDE) & 1) != 0 ? Side.ASK : Side.BID;
        }

        static void fill(BookSnapshotFlyweight book, long seed) {
            book.symbol(symbol(seed)).sequence(sequence(seed)).lastTradeSide(side(seed));
            for (int i = 0; i < BookSnapshotFlyweight.BIDS_LENGTH; i++) {
                fillLevel(book.bids(i), seed, BIDS + 4 * i);
            }
            for (int i = 0; i < BookSnapshotFlyweight.ASKS_LENGTH; i++) {
                fillLevel(book.asks(i), seed, ASKS + 4 * i);
            }
        }

        private static void fillLevel(LevelFlyweight level, long seed, long k) {
            level.price().mantissa(value(seed, k)).exponent((byte) value(seed, k + 1));
            level.quantity(value(seed, k + 2)).orders((int) value(seed, k + 3));
        }

        /** book_checksum's fold, over the values the formula gives rather than over memory. */
        static long checksum(long seed) {
            byte[] symbol = Arrays.copyOf(symbol(seed).getBytes(StandardCharsets.UTF_8),
                    BookSnapshotFlyweight.SYMBOL_LENGTH);
            long h = 17;
            for (byte b : symbol) {
                h = h * 31 + Byte.toUnsignedLong(b);
            }
            h = h * 31 + sequence(seed);
            h = h * 31 + side(seed).ordinal();
            for (long k : new long[] {BIDS, ASKS}) {
                for (int i = 0; i < 10; i++) {
                    long at = k + 4 * i;
                    h = h * 31 + value(seed, at);
                    h = h * 31 + (byte) value(seed, at + 1);
                    h = h * 31 + value(seed, at + 2);
                    h = h * 31 + (int) value(seed, at + 3);
                }
            }
            return h;
        }
    }

    /** book.c loaded: its two functions, linked once, and the arena that keeps the library loaded. */
    private record BookLibrary(Arena arena, MethodHandle fill, MethodHandle checksum) {
        void fill(BookSnapshotFlyweight book, long seed) throws Throwable {
            fill.invokeExact(book.segment(), seed);
        }

        long checksum(BookSnapshotFlyweight book) throws Throwable {
            return (long) checksum.invokeExact(book.segment());
        }
    }

    /**
     * Compiles src/test/c/book.c into a shared library and loads it, once per run. The generated
     * constants go in as -D macros, so book.c's static asserts compare its hand-written struct with
     * the flyweights in this build: a layout change on either side is a compile error here.
     */
    @SuppressWarnings("restricted") // libraryLookup and downcallHandle: surefire runs with --enable-native-access
    private static synchronized BookLibrary bookLibrary() throws IOException, InterruptedException {
        if (book != null) {
            return book;
        }
        Path source = Path.of("src", "test", "c", "book.c").toAbsolutePath();
        assertTrue(Files.isRegularFile(source), source + " is missing (the test runs in the arena-samples directory)");
        Path library = libraryDir.resolve("libbook.so");
        List<String> command = new ArrayList<>(List.of(gcc(), "-std=c11", "-Wall", "-Wextra", "-Werror",
                "-shared", "-fPIC", "-O2", "-o", library.toString()));
        List<Map.Entry<String, Long>> constants = List.of(
                Map.entry("PRICE_BYTE_SIZE", PriceFlyweight.BYTE_SIZE),
                Map.entry("PRICE_MANTISSA_OFFSET", PriceFlyweight.MANTISSA_OFFSET),
                Map.entry("PRICE_EXPONENT_OFFSET", PriceFlyweight.EXPONENT_OFFSET),
                Map.entry("LEVEL_BYTE_SIZE", LevelFlyweight.BYTE_SIZE),
                Map.entry("LEVEL_PRICE_OFFSET", LevelFlyweight.PRICE_OFFSET),
                Map.entry("LEVEL_QUANTITY_OFFSET", LevelFlyweight.QUANTITY_OFFSET),
                Map.entry("LEVEL_ORDERS_OFFSET", LevelFlyweight.ORDERS_OFFSET),
                Map.entry("BOOK_SNAPSHOT_BYTE_SIZE", BookSnapshotFlyweight.BYTE_SIZE),
                Map.entry("BOOK_SNAPSHOT_BYTE_ALIGNMENT", BookSnapshotFlyweight.BYTE_ALIGNMENT),
                Map.entry("BOOK_SNAPSHOT_SYMBOL_OFFSET", BookSnapshotFlyweight.SYMBOL_OFFSET),
                Map.entry("BOOK_SNAPSHOT_SEQUENCE_OFFSET", BookSnapshotFlyweight.SEQUENCE_OFFSET),
                Map.entry("BOOK_SNAPSHOT_LAST_TRADE_SIDE_OFFSET", BookSnapshotFlyweight.LAST_TRADE_SIDE_OFFSET),
                Map.entry("BOOK_SNAPSHOT_BIDS_OFFSET", BookSnapshotFlyweight.BIDS_OFFSET),
                Map.entry("BOOK_SNAPSHOT_ASKS_OFFSET", BookSnapshotFlyweight.ASKS_OFFSET));
        constants.forEach(constant -> command.add("-DJAVA_" + constant.getKey() + "=" + constant.getValue()));
        command.add(source.toString());
        run(command);

        Arena arena = Arena.ofShared();
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, arena);
        Linker linker = Linker.nativeLinker();
        MethodHandle fill = linker.downcallHandle(lookup.findOrThrow("book_fill"),
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
        MethodHandle checksum = linker.downcallHandle(lookup.findOrThrow("book_checksum"),
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        book = new BookLibrary(arena, fill, checksum);
        return book;
    }

    private static String gcc() {
        return CTools.find("gcc").orElseGet(() -> Assumptions.abort("gcc not found on the PATH: the C side of these"
                + " tests is compiled at test time (PATH=" + System.getenv().getOrDefault("PATH", "") + ")"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return CTools.run(command);
    }

    private static List<Long> numbers(String line) {
        return Arrays.stream(line.trim().split(" ")).map(Long::valueOf).toList();
    }
}
