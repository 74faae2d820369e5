package dev.arenastruct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final long OFFSET = 8;
    private static final long SEGMENT_SIZE = 64;
    private static final byte SENTINEL = (byte) 0xA5;

    /** A segment of {@link #SEGMENT_SIZE} bytes all set to {@link #SENTINEL}. */
    private static MemorySegment sentinelSegment(Arena arena) {
        MemorySegment segment = arena.allocate(SEGMENT_SIZE, 8);
        segment.fill(SENTINEL);
        return segment;
    }

    /** Every byte outside {@code [OFFSET, OFFSET + capacity)} still holds the sentinel. */
    private static void assertOutsideUntouched(MemorySegment segment, int capacity) {
        for (long i = 0; i < SEGMENT_SIZE; i++) {
            if (i >= OFFSET && i < OFFSET + capacity) {
                continue;
            }
            assertEquals(SENTINEL, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i + " outside the field");
        }
    }

    /** The field's raw bytes {@code [OFFSET, OFFSET + capacity)}. */
    private static byte[] fieldBytes(MemorySegment segment, int capacity) {
        return segment.asSlice(OFFSET, capacity).toArray(ValueLayout.JAVA_BYTE);
    }

    private static void putBytes(MemorySegment segment, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            segment.set(ValueLayout.JAVA_BYTE, OFFSET + i, (byte) bytes[i]);
        }
    }

    private static String appended(MemorySegment segment, int capacity) {
        return Texts.appendTo(segment, OFFSET, capacity, new StringBuilder()).toString();
    }

    /**
     * Every capacity from 0 to 60 (whole longs and every remainder of the padding), values of every
     * length up to the capacity and past it, ASCII or with multi-byte chars and unpaired surrogates,
     * zero or space padding, over a field that held other text: the field's bytes are the JDK's
     * UTF-8 of the value, then the padding, or unchanged if refused; nothing outside is written.
     */
    @Test
    void everyCapacityAndValueLengthLeavesTheJdksBytesThenPadding() {
        char[] pool = {'a', 'Z', '7', ' ', '~', '\u00e9', '\u20ac', '\uD83D', '\uDE00'};
        java.util.Random random = new java.util.Random(20261202L);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            for (int capacity = 0; capacity <= (int) (SEGMENT_SIZE - OFFSET - 4); capacity++) {
                for (int length = 0; length <= capacity + 2; length++) {
                    for (boolean ascii : new boolean[] {true, false}) {
                        for (byte pad : new byte[] {0, ' '}) {
                            char[] chars = new char[length];
                            for (int i = 0; i < length; i++) {
                                chars[i] = pool[random.nextInt(ascii ? 5 : pool.length)];
                            }
                            String value = new String(chars);
                            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                            MemorySegment field = segment.asSlice(OFFSET, capacity);
                            field.fill((byte) 'x'); // the text it held before
                            byte[] before = fieldBytes(segment, capacity);
                            String what = "capacity " + capacity + ", pad " + pad + ", value " + value;
                            if (utf8.length > capacity) {
                                final int cap = capacity;
                                final byte p = pad;
                                assertThrows(IllegalArgumentException.class,
                                        () -> Texts.set(segment, OFFSET, cap, value, "f", p), what);
                                assertEquals(java.util.Arrays.toString(before),
                                        java.util.Arrays.toString(fieldBytes(segment, capacity)), what + ": nothing written");
                            } else {
                                Texts.set(segment, OFFSET, capacity, value, "f", pad);
                                byte[] expected = java.util.Arrays.copyOf(utf8, capacity);
                                java.util.Arrays.fill(expected, utf8.length, capacity, pad);
                                assertEquals(java.util.Arrays.toString(expected),
                                        java.util.Arrays.toString(fieldBytes(segment, capacity)), what);
                            }
                            assertOutsideUntouched(segment, capacity);
                        }
                    }
                }
            }
        }
    }

    @Test
    void roundTripsAsciiThroughEveryReader() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 16, "AAPL.O", "symbol");

            assertEquals(6, Texts.byteLength(segment, OFFSET, 16));
            assertEquals("AAPL.O", Texts.toString(segment, OFFSET, 16));
            assertEquals("AAPL.O", appended(segment, 16));
            assertTrue(Texts.equals(segment, OFFSET, 16, "AAPL.O"));
            assertTrue(Texts.equals(segment, OFFSET, 16, new StringBuilder("AAPL.O")), "any CharSequence");
            assertEquals(0, Texts.compare(segment, OFFSET, 16, "AAPL.O"));
            assertOutsideUntouched(segment, 16);
        }
    }

    @Test
    void appendToAppendsAfterExistingContentAndReturnsTheSameBuilder() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 8, "xyz", "f");
            StringBuilder out = new StringBuilder("abc:");
            StringBuilder returned = Texts.appendTo(segment, OFFSET, 8, out);
            assertTrue(out == returned, "appendTo returns its argument");
            assertEquals("abc:xyz", out.toString());
        }
    }

    @Test
    void zeroPadsTheRestOfTheFieldAfterShorterText() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 10, "abc", "f");

            assertEquals('a', segment.get(ValueLayout.JAVA_BYTE, OFFSET));
            assertEquals('b', segment.get(ValueLayout.JAVA_BYTE, OFFSET + 1));
            assertEquals('c', segment.get(ValueLayout.JAVA_BYTE, OFFSET + 2));
            for (long i = OFFSET + 3; i < OFFSET + 10; i++) {
                assertEquals(0, segment.get(ValueLayout.JAVA_BYTE, i), "padding byte " + i);
            }
            assertOutsideUntouched(segment, 10);
        }
    }

    @Test
    void textOfExactlyTheCapacityHasNoTerminatorAndReadsBackWhole() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 5, "hello", "f");

            assertEquals("hello", new String(fieldBytes(segment, 5), StandardCharsets.US_ASCII));
            assertEquals(SENTINEL, segment.get(ValueLayout.JAVA_BYTE, OFFSET + 5), "no terminator after a full field");
            assertEquals(5, Texts.byteLength(segment, OFFSET, 5));
            assertEquals("hello", Texts.toString(segment, OFFSET, 5));
            assertEquals("hello", appended(segment, 5));
            assertTrue(Texts.equals(segment, OFFSET, 5, "hello"));
            assertOutsideUntouched(segment, 5);
        }
    }

    @Test
    void overwritingWithAShorterValueLeavesNoTrailingGarbage() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 12, "longer value", "f");
            Texts.set(segment, OFFSET, 12, "short", "f");

            assertEquals("short", Texts.toString(segment, OFFSET, 12));
            assertEquals("short", appended(segment, 12));
            assertEquals(5, Texts.byteLength(segment, OFFSET, 12));
            assertTrue(Texts.equals(segment, OFFSET, 12, "short"));
            for (long i = OFFSET + 5; i < OFFSET + 12; i++) {
                assertEquals(0, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i + " was cleared");
            }
            assertOutsideUntouched(segment, 12);
        }
    }

    @Test
    void roundTripsTwoThreeAndFourByteUtf8AndCountsBytes() {
        String text = "é€😀"; // U+00E9, U+20AC, U+1F600 (a surrogate pair)
        assertEquals(4, text.length(), "precondition: the emoji is two chars");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 16, text, "f");

            assertEquals(2 + 3 + 4, Texts.byteLength(segment, OFFSET, 16));
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            byte[] actual = fieldBytes(segment, 16);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], "UTF-8 byte " + i);
            }
            assertEquals(text, Texts.toString(segment, OFFSET, 16));
            assertEquals(text, appended(segment, 16));
            assertTrue(Texts.equals(segment, OFFSET, 16, text));
            assertOutsideUntouched(segment, 16);
        }
    }

    @Test
    void countsBytesOfEachMultiByteCharacterOnItsOwn() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            String[] texts = {"é", "€", "😀"};
            int[] lengths = {2, 3, 4};
            for (int k = 0; k < texts.length; k++) {
                Texts.set(segment, OFFSET, 8, texts[k], "f");
                assertEquals(lengths[k], Texts.byteLength(segment, OFFSET, 8), texts[k]);
                assertEquals(texts[k], Texts.toString(segment, OFFSET, 8));
                assertEquals(texts[k], appended(segment, 8));
                assertTrue(Texts.equals(segment, OFFSET, 8, texts[k]));
            }
            assertOutsideUntouched(segment, 8);
        }
    }

    @Test
    void rejectsTextThatDoesNotFitAndWritesNothing() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 4, "abc", "symbol");
            byte[] before = segment.toArray(ValueLayout.JAVA_BYTE);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, OFFSET, 4, "hello", "symbol"));
            assertEquals("text field 'symbol' holds at most 4 bytes of UTF-8, but \"hello\" needs 5;"
                    + " shorten the value or declare @Text(length = 5) or more", e.getMessage());

            assertEquals(java.util.Arrays.toString(before),
                    java.util.Arrays.toString(segment.toArray(ValueLayout.JAVA_BYTE)), "nothing written");
            assertEquals("abc", Texts.toString(segment, OFFSET, 4));
        }
    }

    @Test
    void rejectsAMultiByteCharacterThatWouldStraddleTheCapacityInsteadOfTruncating() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 4, "old", "name");
            byte[] before = segment.toArray(ValueLayout.JAVA_BYTE);

            // "ab€" is 2 + 3 = 5 bytes: the euro sign would need bytes 2..4 of a 4-byte field.
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, OFFSET, 4, "ab€", "name"));
            assertEquals("text field 'name' holds at most 4 bytes of UTF-8, but \"ab€\" needs 5;"
                    + " shorten the value or declare @Text(length = 5) or more", e.getMessage());
            // "a😀" is 1 + 4 = 5 bytes, though only 3 chars.
            IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, OFFSET, 4, "a😀", "name"));
            assertEquals("text field 'name' holds at most 4 bytes of UTF-8, but \"a😀\" needs 5;"
                    + " shorten the value or declare @Text(length = 5) or more", e2.getMessage());

            assertEquals(java.util.Arrays.toString(before),
                    java.util.Arrays.toString(segment.toArray(ValueLayout.JAVA_BYTE)), "nothing written");
            assertEquals("old", Texts.toString(segment, OFFSET, 4));
        }
    }

    @Test
    void writesUnpairedSurrogatesAsQuestionMarks() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            // lone high at the end, lone low, reversed pair
            String text = "a\uD83Db\uDE00c\uDE00\uD83D";
            assertEquals("a?b?c??", new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    "precondition: the JDK does the same");
            Texts.set(segment, OFFSET, 7, text, "f");

            assertEquals(7, Texts.byteLength(segment, OFFSET, 7), "one byte per unpaired surrogate");
            assertEquals("a?b?c??", Texts.toString(segment, OFFSET, 7));
            assertEquals("a?b?c??", appended(segment, 7));
            assertTrue(Texts.equals(segment, OFFSET, 7, "a?b?c??"));
            assertOutsideUntouched(segment, 7);
        }
    }

    @Test
    void countsAnUnpairedSurrogateAsOneByteWhenCheckingTheCapacity() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, OFFSET, 2, "ab\uD83D", "f"));
            assertEquals("text field 'f' holds at most 2 bytes of UTF-8, but \"ab\uD83D\" needs 3;"
                    + " shorten the value or declare @Text(length = 3) or more", e.getMessage());
            assertOutsideUntouched(segment, 0);
        }
    }

    @Test
    void compareIsZeroForEqualTextAndSignsPrefixesAndLongerValues() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 16, "abc", "f");

            assertEquals(0, Texts.compare(segment, OFFSET, 16, "abc"));
            assertTrue(Texts.compare(segment, OFFSET, 16, "ab") > 0, "stored is longer than the value");
            assertTrue(Texts.compare(segment, OFFSET, 16, "abcd") < 0, "stored is a prefix of the value");
            assertTrue(Texts.compare(segment, OFFSET, 16, "") > 0);
            assertTrue(Texts.compare(segment, OFFSET, 16, "abd") < 0);
            assertTrue(Texts.compare(segment, OFFSET, 16, "abb") > 0);
            assertTrue(Texts.compare(segment, OFFSET, 16, "b") < 0, "first difference wins over length");
            assertOutsideUntouched(segment, 16);
        }
    }

    @Test
    void compareOrdersByCodePoint() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 8, "A", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "B") < 0, "A < B");

            Texts.set(segment, OFFSET, 8, "Z", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "a") < 0, "Z < a");

            Texts.set(segment, OFFSET, 8, "a", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "Z") > 0, "a > Z");

            Texts.set(segment, OFFSET, 8, "z", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "é") < 0, "U+007A < U+00E9");
        }
    }

    @Test
    void compareOrdersSupplementaryCharactersAboveTheBmpUnlikeUtf16() {
        assertTrue("\uFFFF".compareTo("😀") > 0, "precondition: String.compareTo says the opposite");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 8, "\uFFFF", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "😀") < 0, "U+FFFF < U+1F600");

            Texts.set(segment, OFFSET, 8, "😀", "f");
            assertTrue(Texts.compare(segment, OFFSET, 8, "\uFFFF") > 0, "U+1F600 > U+FFFF");
            assertTrue(Texts.compare(segment, OFFSET, 8, "\uFFFD") > 0);
            assertEquals(0, Texts.compare(segment, OFFSET, 8, "😀"));
            assertTrue(Texts.compare(segment, OFFSET, 8, "😁") < 0, "U+1F600 < U+1F601");
            assertTrue(Texts.compare(segment, OFFSET, 8, "😀a") < 0, "prefix after a surrogate pair");
            assertOutsideUntouched(segment, 8);
        }
    }

    @Test
    void equalsIsFalseForPrefixesLongerValuesAndOtherText() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 8, "abc", "f");

            assertTrue(Texts.equals(segment, OFFSET, 8, "abc"));
            assertFalse(Texts.equals(segment, OFFSET, 8, "ab"));
            assertFalse(Texts.equals(segment, OFFSET, 8, "abcd"));
            assertFalse(Texts.equals(segment, OFFSET, 8, "abC"));
            assertFalse(Texts.equals(segment, OFFSET, 8, ""));
        }
    }

    @Test
    void equalsOnAFullFieldDoesNotReadPastTheCapacity() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            // the byte right after the field is 'd', not zero: it must not count
            segment.set(ValueLayout.JAVA_BYTE, OFFSET + 3, (byte) 'd');
            Texts.set(segment, OFFSET, 3, "abc", "f");

            assertTrue(Texts.equals(segment, OFFSET, 3, "abc"));
            assertFalse(Texts.equals(segment, OFFSET, 3, "abcd"));
            assertEquals(3, Texts.byteLength(segment, OFFSET, 3));
            assertEquals("abc", Texts.toString(segment, OFFSET, 3));
        }
    }

    @Test
    void decodesALoneLeadByteFollowedByAsciiAsReplacementWithoutThrowing() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xC3, 'A');

            assertEquals(2, Texts.byteLength(segment, OFFSET, 8));
            assertEquals("\uFFFDA", appended(segment, 8));
            assertEquals("\uFFFDA", Texts.toString(segment, OFFSET, 8));
            assertTrue(Texts.equals(segment, OFFSET, 8, "\uFFFDA"));
            assertEquals(0, Texts.compare(segment, OFFSET, 8, "\uFFFDA"));
        }
    }

    @Test
    void decodesAnFfByteAsReplacementWithoutThrowing() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 'x', 0xFF, 'y');

            assertEquals("x\uFFFDy", appended(segment, 8));
            assertTrue(Texts.equals(segment, OFFSET, 8, "x\uFFFDy"));
        }
    }

    @Test
    void decodesBytesThatAreNeverValidUtf8AsReplacementEvenBeforeContinuationBytes() {
        // 0xF8..0xFF never occur in UTF-8, whatever follows them.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            for (int lead : new int[] {0xF8, 0xFB, 0xFC, 0xFE, 0xFF}) {
                segment.asSlice(OFFSET, 8).fill((byte) 0);
                putBytes(segment, lead, 0x80, 0x80);
                String decoded = appended(segment, 8);
                assertEquals("\uFFFD\uFFFD\uFFFD", decoded,
                        "lead byte 0x" + Integer.toHexString(lead) + " decoded as U+"
                                + Integer.toHexString(decoded.codePointAt(0)).toUpperCase());
                assertEquals(Texts.toString(segment, OFFSET, 8), decoded, "appendTo agrees with toString");
            }
        }
    }

    @Test
    void decodesOtherMalformedSequencesAsReplacementWithoutThrowing() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);

            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0x80, 'a'); // stray continuation byte
            assertEquals("\uFFFDa", appended(segment, 8));

            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xC0, 0x80); // overlong NUL
            assertEquals("\uFFFD\uFFFD", appended(segment, 8));

            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xE0, 0x80, 0x80); // overlong 3-byte
            assertEquals("\uFFFD\uFFFD\uFFFD", appended(segment, 8));

            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xED, 0xA0, 0x80); // encoded surrogate U+D800: one U+FFFD, as the JDK decodes it
            assertEquals("\uFFFD", appended(segment, 8));

            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xF4, 0x90, 0x80, 0x80); // U+110000, above the last code point
            assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", appended(segment, 8));

            // a 3-byte lead cut off by the capacity: the bytes beyond the field are not read
            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 'a', 0xE2, 0x82, 0xAC);
            assertEquals("a\uFFFD", appended(segment, 3), "one U+FFFD for the cut-off sequence, as the JDK says");
            assertEquals(Texts.toString(segment, OFFSET, 3), appended(segment, 3));
            assertEquals("a€", appended(segment, 4), "precondition: whole when the field is long enough");
        }
    }

    @Test
    void compareTreatsMalformedBytesAsReplacement() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            segment.asSlice(OFFSET, 8).fill((byte) 0);
            putBytes(segment, 0xFF);
            assertEquals(0, Texts.compare(segment, OFFSET, 8, "\uFFFD"));
            assertTrue(Texts.compare(segment, OFFSET, 8, "\uFFFE") < 0);
            assertTrue(Texts.compare(segment, OFFSET, 8, "\uFFFC") > 0);
        }
    }

    @Test
    void handlesTheEmptyString() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 6, "abcdef", "f");
            Texts.set(segment, OFFSET, 6, "", "f");

            assertEquals(0, Texts.byteLength(segment, OFFSET, 6));
            assertEquals("", Texts.toString(segment, OFFSET, 6));
            assertEquals("", appended(segment, 6));
            assertTrue(Texts.equals(segment, OFFSET, 6, ""));
            assertEquals(0, Texts.compare(segment, OFFSET, 6, ""));
            assertTrue(Texts.compare(segment, OFFSET, 6, "a") < 0);
            for (long i = OFFSET; i < OFFSET + 6; i++) {
                assertEquals(0, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i);
            }
            assertOutsideUntouched(segment, 6);
        }
    }

    @Test
    void zeroCapacityFieldHoldsOnlyTheEmptyString() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            Texts.set(segment, OFFSET, 0, "", "f");
            assertEquals(0, Texts.byteLength(segment, OFFSET, 0));
            assertEquals("", Texts.toString(segment, OFFSET, 0));
            assertTrue(Texts.equals(segment, OFFSET, 0, ""));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, OFFSET, 0, "a", "f"));
            assertEquals("text field 'f' holds at most 0 bytes of UTF-8, but \"a\" needs 1;"
                    + " shorten the value or declare @Text(length = 1) or more", e.getMessage());
            assertOutsideUntouched(segment, 0);
        }
    }

    @Test
    void aHugeValueIsQuotedShortInTheMessage() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(16);
            // Before, the whole value went into the message: a 1 MB request field made a 1 MB exception message.
            String huge = "x".repeat(39) + "😀" + "y".repeat(1 << 20);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.set(segment, 0, 8, huge, "symbol"));
            assertEquals("text field 'symbol' holds at most 8 bytes of UTF-8, but \"" + "x".repeat(39) + "...\" ("
                    + huge.length() + " chars) needs " + (39 + 4 + (1 << 20)) + "; shorten the value or declare"
                    + " @Text(length = " + (39 + 4 + (1 << 20)) + ") or more", e.getMessage(),
                    "cut before the surrogate pair, not inside it");
            String forty = "z".repeat(40);
            e = assertThrows(IllegalArgumentException.class, () -> Texts.set(segment, 0, 8, forty, "symbol"));
            assertTrue(e.getMessage().contains("but \"" + forty + "\" needs 40"), e.getMessage());
        }
    }

    @Test
    void aFieldThatRunsPastTheSegmentIsRejectedBeforeAnyByteIsWritten() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = sentinelSegment(arena);
            long offset = SEGMENT_SIZE - 4; // 4 of the field's 8 bytes inside the segment
            assertThrows(IndexOutOfBoundsException.class, () -> Texts.set(segment, offset, 8, "abcdef", "f"));
            for (long i = 0; i < SEGMENT_SIZE; i++) {
                assertEquals(SENTINEL, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i);
            }
        }
    }
}
