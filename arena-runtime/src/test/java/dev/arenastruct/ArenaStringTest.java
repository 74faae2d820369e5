package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArenaStringTest {

    private static final String GRINNING = "\uD83D\uDE00"; // U+1F600, 4 bytes of UTF-8

    /** What UTF-8 keeps of {@code text}: unpaired surrogates become '?'. */
    private static String utf8RoundTrip(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static int codePointCompare(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Text mixing 1- to 4-byte UTF-8, with the odd NUL and unpaired surrogate; every third one pure ASCII. */
    private static String randomText(Random random) {
        int length = random.nextInt(40);
        boolean asciiOnly = random.nextInt(3) == 0;
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int kind = asciiOnly ? 0 : random.nextInt(20);
            if (kind < 8) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind < 11) {
                text.append((char) (0x80 + random.nextInt(0x780)));
            } else if (kind < 14) {
                char c = (char) (0x800 + random.nextInt(0xF800));
                text.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            } else if (kind < 18) {
                text.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else if (kind < 19) {
                text.append(random.nextBoolean() ? '\uD800' : '\uDFFF');
            } else {
                text.append(random.nextBoolean() ? '\u0001' : 'z'); // the lowest char an ArenaString holds
            }
        }
        return text.toString();
    }

    @Test
    void copiesAsciiAndReadsItBackThroughEveryAccessor() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, "GET /orders");
            assertAll(
                    () -> assertEquals(11, s.length()),
                    () -> assertEquals(11, s.byteSize()),
                    () -> assertEquals(12, arena.allocatedBytes(), "the text and one NUL"),
                    () -> assertEquals('G', s.charAt(0)),
                    () -> assertEquals('s', s.charAt(10)),
                    () -> assertEquals("GET /orders", s.toString()),
                    () -> assertEquals("/orders", s.subSequence(4, 11)),
                    () -> assertFalse(s.isEmpty()),
                    () -> assertTrue(s.contentEquals("GET /orders")),
                    () -> assertEquals("GET /orders".hashCode(), s.hashCode()),
                    () -> assertEquals(">GET /orders", s.appendTo(new StringBuilder(">")).toString()),
                    () -> assertArrayEquals("GET /orders".getBytes(StandardCharsets.US_ASCII),
                            s.segment().toArray(JAVA_BYTE)));
        }
    }

    @Test
    void encodesTwoThreeAndFourByteUtf8LikeString() {
        String text = "é€" + GRINNING + "x";
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), s.segment().toArray(JAVA_BYTE));
            assertEquals(2 + 3 + 4 + 1, s.byteSize());
            assertEquals(text.length(), s.length(), "U+1F600 is two UTF-16 chars");
            for (int i = 0; i < text.length(); i++) {
                assertEquals(text.charAt(i), s.charAt(i), "char " + i);
            }
            assertEquals(text, s.toString());
            assertEquals(text.hashCode(), s.hashCode());
        }
    }

    @Test
    void readsACodePointAboveTheBmpAsItsSurrogatePair() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, GRINNING + GRINNING);
            assertEquals(4, s.length());
            assertEquals(8, s.byteSize());
            assertEquals('\uDE00', s.charAt(3), "low surrogate first: from the end");
            assertEquals('\uD83D', s.charAt(0));
            assertEquals('\uDE00', s.charAt(1));
            assertEquals('\uD83D', s.charAt(2));
            assertEquals(GRINNING.codePointAt(0), s.codePoints().toArray()[1]);
            assertEquals("\uDE00\uD83D", s.subSequence(1, 3), "a slice may split a pair, as String's may");
        }
    }

    @Test
    void storesUnpairedSurrogatesAsQuestionMarksLikeStringGetBytes() {
        String text = "a\uD800b\uDC00" + GRINNING + "\uD83D";
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, text);
            assertEquals("a?b?" + GRINNING + "?", s.toString());
            assertEquals(utf8RoundTrip(text), s.toString());
            assertEquals(text.length(), s.length());
            assertEquals(4 + 4 + 1, s.byteSize());
            assertFalse(s.contentEquals(text), "the surrogates were not stored");
            assertTrue(s.contentEquals("a?b?" + GRINNING + "?"));
        }
    }

    @Test
    void copiesTheEmptyStringAsOneNulByte() {
        try (BumpArena arena = BumpArena.ofCapacity(8)) {
            ArenaString s = ArenaString.copyOf(arena, "");
            assertAll(
                    () -> assertEquals(0, s.length()),
                    () -> assertTrue(s.isEmpty()),
                    () -> assertEquals(0, s.byteSize()),
                    () -> assertEquals(0, s.segment().byteSize()),
                    () -> assertEquals(1, s.cString().byteSize()),
                    () -> assertEquals(0, s.cString().get(JAVA_BYTE, 0)),
                    () -> assertEquals("", s.toString()),
                    () -> assertEquals(0, s.hashCode()),
                    () -> assertTrue(s.contentEquals("")),
                    () -> assertEquals(1, arena.allocatedBytes()),
                    () -> assertThrows(IndexOutOfBoundsException.class, () -> s.charAt(0)));
        }
    }

    @Test
    void terminatesTheBytesWithANulSoCStringReadsBackAsACString() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, "héllo");
            MemorySegment c = s.cString();
            assertEquals(s.byteSize() + 1, c.byteSize());
            assertEquals(0, c.get(JAVA_BYTE, s.byteSize()));
            assertEquals(s.segment().address(), c.address());
            assertEquals("héllo", c.getString(0));
        }
    }

    @Test
    void segmentsAreReadOnly() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, "abc");
            assertTrue(s.segment().isReadOnly());
            assertTrue(s.cString().isReadOnly());
            assertThrows(IllegalArgumentException.class, () -> s.segment().set(JAVA_BYTE, 0, (byte) 'x'));
            assertEquals("abc", s.toString());
        }
    }

    @Test
    void charAtMatchesStringInSequentialReverseAndRandomOrderOnThousandsOfTexts() {
        Random random = new Random(20261121);
        try (BumpArena arena = BumpArena.builder().blockSize(4096).build()) {
            for (int n = 0; n < 4000; n++) {
                String expected = utf8RoundTrip(randomText(random));
                ArenaString s = ArenaString.copyOf(arena, expected);
                assertEquals(expected.length(), s.length(), expected);
                for (int i = 0; i < expected.length(); i++) {
                    assertEquals(expected.charAt(i), s.charAt(i), "forward, char " + i + " of " + expected);
                }
                for (int i = expected.length() - 1; i >= 0; i--) {
                    assertEquals(expected.charAt(i), s.charAt(i), "backward, char " + i + " of " + expected);
                }
                for (int k = 0; k < expected.length(); k++) {
                    int i = random.nextInt(expected.length());
                    assertEquals(expected.charAt(i), s.charAt(i), "random, char " + i + " of " + expected);
                }
                assertEquals(expected, s.toString());
                assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, s.byteSize());
                if (n % 100 == 0) {
                    arena.reset();
                }
            }
        }
    }

    @Test
    void charAtRejectsAnIndexOutsideTheTextWithTheIndexAndLength() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            for (ArenaString s : List.of(ArenaString.copyOf(arena, "abc"), ArenaString.copyOf(arena, "a€c"))) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> s.charAt(3));
                assertEquals("Index 3 out of bounds for length 3", e.getMessage());
                assertThrows(IndexOutOfBoundsException.class, () -> s.charAt(-1));
                assertThrows(IndexOutOfBoundsException.class, () -> s.subSequence(2, 4));
                assertThrows(IndexOutOfBoundsException.class, () -> s.subSequence(2, 1));
            }
        }
    }

    @Test
    void compareToEqualsAndHashCodeAgreeWithStringOnRandomPairs() {
        Random random = new Random(7);
        try (BumpArena arena = BumpArena.builder().blockSize(4096).build()) {
            for (int n = 0; n < 3000; n++) {
                String a = utf8RoundTrip(randomText(random));
                // Half the pairs share a prefix, so that the comparison is decided deep inside the text.
                String b = random.nextBoolean() ? utf8RoundTrip(randomText(random))
                        : a.substring(0, random.nextInt(a.length() + 1)) + utf8RoundTrip(randomText(random));
                b = utf8RoundTrip(b);
                ArenaString sa = ArenaString.copyOf(arena, a);
                ArenaString sb = ArenaString.copyOf(arena, b);
                String pair = a + " | " + b;
                assertEquals(Integer.signum(codePointCompare(a, b)), Integer.signum(sa.compareTo(sb)), pair);
                assertEquals(Integer.signum(codePointCompare(b, a)), Integer.signum(sb.compareTo(sa)), pair);
                assertEquals(a.equals(b), sa.equals(sb), pair);
                assertEquals(a.equals(b), sa.contentEquals(b), pair);
                assertEquals(a.hashCode(), sa.hashCode(), a);
                assertEquals(b.hashCode(), sb.hashCode(), b);
                assertEquals(0, sa.compareTo(ArenaString.copyOf(arena, a)));
                assertTrue(sa.contentEquals(a), a);
                assertTrue(sa.contentEquals(new StringBuilder(a)), a);
            }
        }
    }

    @Test
    void compareToOrdersByCodePointUnlikeStringAboveTheBmp() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString replacement = ArenaString.copyOf(arena, "\uFFFD");
            ArenaString grinning = ArenaString.copyOf(arena, GRINNING);
            assertTrue(replacement.compareTo(grinning) < 0, "U+FFFD < U+1F600");
            assertTrue("\uFFFD".compareTo(GRINNING) > 0, "String compares the high surrogate 0xD83D instead");
            ArenaString abc = ArenaString.copyOf(arena, "abc");
            ArenaString ab = ArenaString.copyOf(arena, "ab");
            assertTrue(ab.compareTo(abc) < 0, "a prefix sorts first");
            assertTrue(abc.compareTo(ab) > 0);
        }
    }

    @Test
    void equalsOnlyAnotherArenaStringWithTheSameText() {
        try (BumpArena one = BumpArena.ofCapacity(64); BumpArena other = BumpArena.ofCapacity(64)) {
            ArenaString a = ArenaString.copyOf(one, "ümlaut");
            ArenaString b = ArenaString.copyOf(other, "ümlaut");
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertNotEquals(a, ArenaString.copyOf(other, "ümlauts"));
            assertFalse(a.equals("ümlaut"), "not equal to a String: equals stays symmetric");
            assertFalse(a.equals(null));
            assertTrue(a.contentEquals(b));
        }
    }

    @Test
    void contentEqualsIsFalseForAnotherLengthOrAnyDifferentChar() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, "a€" + GRINNING);
            assertTrue(s.contentEquals("a€" + GRINNING));
            assertFalse(s.contentEquals("a€"));
            assertFalse(s.contentEquals("b€" + GRINNING));
            assertFalse(s.contentEquals("a€\uD83D\uDE01"), "low surrogate differs");
            assertFalse(s.contentEquals("a€\uD83E\uDE00"), "high surrogate differs");
            assertFalse(ArenaString.copyOf(arena, "abc").contentEquals("abd"));
        }
    }

    @Test
    void appendToAppendsAfterExistingContentAndReturnsTheSameBuilder() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            StringBuilder out = new StringBuilder("symbol=");
            assertSame(out, ArenaString.copyOf(arena, "ABC").appendTo(out));
            assertSame(out, ArenaString.copyOf(arena, "-€" + GRINNING).appendTo(out));
            assertEquals("symbol=ABC-€" + GRINNING, out.toString());
        }
    }

    @Test
    void walksALongNonAsciiTextForwardAndBackwardInLinearTime() {
        // Quadratic decoding would take minutes here; a cursor makes each step O(1).
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String text = ("x€" + GRINNING).repeat(100_000);
            try (BumpArena arena = BumpArena.builder().blockSize(1 << 20).build()) {
                ArenaString s = ArenaString.copyOf(arena, text);
                long sum = 0;
                for (int i = 0; i < s.length(); i++) {
                    sum += s.charAt(i);
                }
                for (int i = s.length() - 1; i >= 0; i--) {
                    sum -= s.charAt(i);
                }
                assertEquals(0, sum);
                assertEquals('x', s.charAt(text.length() - 4), "near the end: walked back from it");
                assertEquals(text.hashCode(), s.hashCode());
            }
        });
    }

    /**
     * Checks that every method of the stale {@code s} throws, naming what reclaimed it; {@code live}
     * is a valid string in {@code spare}, to compare with and copy into.
     */
    private static void assertEveryAccessorIsStale(ArenaString s, ArenaString live, BumpArena spare, String cause) {
        List<Executable> accessors = List.of(s::length, s::isEmpty, () -> s.charAt(0), () -> s.subSequence(0, 1),
                s::toString, s::byteSize, s::segment, s::cString, () -> s.appendTo(new StringBuilder()),
                () -> s.contentEquals("x"), () -> s.compareTo(live), () -> live.compareTo(s), () -> s.equals(live),
                () -> live.equals(s), () -> live.contentEquals(s), s::hashCode, () -> s.chars().sum(),
                () -> ArenaString.copyOf(spare, s), () -> ArenaString.tryCopyOf(spare, s));
        long allocated = spare.allocatedBytes();
        for (Executable accessor : accessors) {
            StaleStructException e = assertThrows(StaleStructException.class, accessor);
            assertTrue(e.getMessage().startsWith("ArenaString is stale: its memory was reclaimed by " + cause),
                    e.getMessage());
        }
        assertEquals(allocated, spare.allocatedBytes(), "copying a stale string allocates nothing");
    }

    @Test
    void everyAccessorThrowsStaleAfterTheArenaIsReset() {
        try (BumpArena arena = BumpArena.ofCapacity(64); BumpArena other = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, "x€");
            ArenaString live = ArenaString.copyOf(other, "x");
            assertEquals("x€".hashCode(), s.hashCode(), "cached before the reset: still checked after it");
            arena.reset();
            assertEveryAccessorIsStale(s, live, other, "BumpArena.reset()");
        }
    }

    @Test
    void everyAccessorThrowsStaleAfterItsScopeClosesWhileTextFromBeforeTheScopeStaysValid() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            ArenaString before = ArenaString.copyOf(arena, "kept");
            ArenaString inside;
            try (BumpArena.Scope scope = arena.openScope()) {
                inside = ArenaString.copyOf(scope.arena(), "scratch");
                assertEquals("scratch", inside.toString());
            }
            assertEveryAccessorIsStale(inside, before, arena, "rewinding its scope (depth 1)");
            assertEquals("kept", before.toString());
            ArenaString after = ArenaString.copyOf(arena, "reused");
            assertEquals("kept", before.toString(), "the reused memory is after it");
            assertEquals("reused", after.toString());
        }
    }

    @Test
    void everyAccessorThrowsStaleAfterTheArenaIsClosed() {
        try (BumpArena other = BumpArena.ofCapacity(64)) {
            BumpArena arena = BumpArena.ofCapacity(64);
            ArenaString s = ArenaString.copyOf(arena, "gone");
            arena.close();
            assertEveryAccessorIsStale(s, ArenaString.copyOf(other, "x"), other, "BumpArena.close()");
        }
    }

    @Test
    void exhaustionThrowsWithTheNumbersAndLeavesTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(16)) {
            arena.allocate(8, 8);
            ArenaExhaustedException e =
                    assertThrows(ArenaExhaustedException.class, () -> ArenaString.copyOf(arena, "12345678"));
            assertEquals(9, e.requested(), "8 bytes and the NUL");
            assertEquals(1, e.alignment());
            assertNull(ArenaString.tryCopyOf(arena, "1234567€"));
            assertAll(
                    () -> assertEquals(8, arena.allocatedBytes()),
                    () -> assertEquals(0, arena.paddingBytes()),
                    () -> assertEquals(8, arena.remaining()));
            ArenaString fits = ArenaString.tryCopyOf(arena, "1234567");
            assertEquals("1234567", fits.toString());
            assertEquals(0, arena.remaining());
        }
    }

    @Test
    void growsAGrowableArenaIntoANewBlock() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).build()) {
            List<ArenaString> strings = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                strings.add(ArenaString.copyOf(arena, "text number " + i + " ü"));
            }
            assertTrue(arena.blockCount() > 1, arena.toString());
            ArenaString large = ArenaString.copyOf(arena, "€".repeat(100));
            for (int i = 0; i < 20; i++) {
                assertEquals("text number " + i + " ü", strings.get(i).toString());
            }
            assertEquals("€".repeat(100), large.toString());
        }
    }

    @Test
    void copyOfAnArenaStringCopiesItsBytesIntoALongerLivedArena() {
        ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(256));
        try (BumpArena longLived = BumpArena.ofCapacity(64)) {
            ArenaString kept;
            ArenaString temporary;
            try (BumpArena.Scope scope = scratch.open()) {
                temporary = ArenaString.copyOf(scope.arena(), "€ 42" + GRINNING);
                kept = ArenaString.copyOf(longLived, temporary);
            }
            assertThrows(StaleStructException.class, temporary::length);
            assertEquals("€ 42" + GRINNING, kept.toString());
            assertEquals(6, kept.length());
            assertEquals('\uDE00', kept.charAt(5));
            assertEquals(("€ 42" + GRINNING).hashCode(), kept.hashCode());
            assertThrows(StaleStructException.class, () -> ArenaString.copyOf(longLived, temporary));
        } finally {
            scratch.release();
        }
    }

    @Test
    void worksOnAConcurrentArenaFromManyThreadsAndGoesStaleOnReset() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1 << 16);
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<ArenaString>> copies = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = "order-" + i + (i % 2 == 0 ? "€" : "");
                copies.add(pool.submit(() -> ArenaString.copyOf(arena, text)));
            }
            for (int i = 0; i < 200; i++) {
                ArenaString s = copies.get(i).get();
                String expected = "order-" + i + (i % 2 == 0 ? "€" : "");
                assertEquals(expected, s.toString());
                assertEquals(expected.charAt(expected.length() - 1), pool.submit(() -> s.charAt(s.length() - 1)).get(),
                        "readable from another thread: the memory is shared");
            }
            ArenaString s = copies.get(0).get();
            arena.reset();
            StaleStructException e = assertThrows(StaleStructException.class, s::length);
            assertTrue(e.getMessage().contains("ConcurrentArena.reset()"), e.getMessage());
        }
    }

    @Test
    void rejectsNullTextAndNullArena() {
        try (BumpArena arena = BumpArena.ofCapacity(8)) {
            assertThrows(NullPointerException.class, () -> ArenaString.copyOf(arena, null));
            assertThrows(NullPointerException.class, () -> ArenaString.copyOf(null, "x"));
            assertEquals(0, arena.allocatedBytes());
        }
    }
}
