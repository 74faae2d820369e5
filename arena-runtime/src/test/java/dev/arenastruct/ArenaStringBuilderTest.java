package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arena string builder holds what a {@code StringBuilder} holds after the same calls, encoded
 * as {@code String.getBytes(UTF_8)} encodes it: checked against the JDK for edge values and random
 * ones, never against hand-written expected text alone.
 */
class ArenaStringBuilderTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, -10, 99, 100, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE,
        Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L})
    void longsAreWrittenAsLongToStringWritesThem(long value) {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 4);
            text.append(value);
            assertEquals(Long.toString(value), text.toString());
            assertEquals(Long.toString(value).length(), ArenaStringBuilder.decimalLength(value));
        }
    }

    @Test
    void intsAndLongsMatchTheJdkForRandomValuesOfEveryLength() {
        Random random = new Random(3);
        StringBuilder expected = new StringBuilder();
        try (BumpArena arena = BumpArena.builder().blockSize(4096).build()) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 16);
            for (int i = 0; i < 2000; i++) {
                long l = random.nextLong() >> random.nextInt(64);
                int n = random.nextInt() >> random.nextInt(32);
                text.append(l).append(' ').append(n).append(',');
                expected.append(l).append(' ').append(n).append(',');
            }
            text.append(Integer.MIN_VALUE);
            expected.append(Integer.MIN_VALUE);
            assertEquals(expected.toString(), text.toString());
            assertEquals(expected.length(), text.length());
        }
    }

    @Test
    void doublesAreWrittenAsDoubleToStringWritesThem() {
        double[] edges = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1.0, 0.1, 0.3, 1e-3, 9.999999999999998e-4, 1e7,
            9999999.999999998, 2e-323, 1.0E23, 5e-324, 123456789012345678.0, Math.PI, -Math.E};
        Random random = new Random(42);
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (double v : edges) {
                ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 1);
                assertEquals(Double.toString(v), text.append(v).toString(), "bits " + Double.doubleToRawLongBits(v));
            }
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 64);
            for (int i = 0; i < 100_000; i++) {
                double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * 1e6;
                text.clear();
                text.append(v);
                assertEquals(Double.toString(v), text.toString(), "bits " + Double.doubleToRawLongBits(v));
                float f = Float.intBitsToFloat(random.nextInt());
                text.clear();
                assertEquals(Float.toString(f), text.append(f).toString());
            }
        }
    }

    @Test
    void textIsEncodedAsStringGetBytesEncodesIt() {
        String mixed = "a\u00e9\u20ac\uD83D\uDE00z"; // 1, 2, 3 and 4 bytes of UTF-8
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 2);
            text.append(mixed).append(new StringBuilder("[sb]")).append((CharSequence) null).append(mixed, 1, 3);
            String expected = mixed + "[sb]null\u00e9\u20ac";
            assertEquals(expected, text.toString());
            assertEquals(expected.length(), text.length());
            assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, text.byteSize());
            ArenaString copy = text.toArenaString();
            assertTrue(copy.contentEquals(expected));
            assertEquals(expected.hashCode(), copy.hashCode());
            assertEquals(expected.charAt(4), copy.charAt(4));
            assertEquals(0, copy.cString().get(ValueLayout.JAVA_BYTE, copy.byteSize()), "NUL-terminated");
        }
    }

    @Test
    void aSurrogatePairAppendedInTwoCallsIsOneCodePoint() {
        String emoji = "\uD83D\uDE00";
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 1);
            text.append('x').append(emoji.charAt(0));
            assertEquals("x?", text.toString(), "an unpaired high surrogate reads as '?' for now");
            ArenaString before = text.toArenaString();
            text.append(emoji.charAt(1));
            assertEquals("x" + emoji, text.toString());
            assertEquals(3, text.length());
            assertEquals(5, text.byteSize());
            assertTrue(before.contentEquals("x?"), "an earlier copy is not changed");
            text.append(emoji.substring(0, 1)).append(emoji.substring(1)); // across two CharSequences
            assertEquals("x" + emoji + emoji, text.toString());
        }
    }

    @Test
    void unpairedSurrogatesAreWrittenAsQuestionMarksAsGetBytesDoes() {
        String[] samples = {"\uDE00", "\uD83D", "a\uD83Db", "\uDE00\uD83D", "\uD83D\uD83D\uDE00", "\uD83D"};
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            StringBuilder all = new StringBuilder();
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 1);
            for (String s : samples) {
                text.append(s);
                all.append(s);
            }
            String expected = new String(all.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(expected, text.toString());
            assertEquals(all.length(), text.length());
        }
    }

    @Test
    void aNulIsRefusedAndLeavesTheTextAsItWas() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 4);
            text.append("ab").append('\uD83D');
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> text.append("\uDE00cd\0e"));
            assertTrue(e.getMessage().contains("found at char index 3 of a value of 5 chars"), e.getMessage());
            assertEquals("ab?", text.toString(), "the pair completed before the NUL was undone");
            text.append('\uDE00');
            assertEquals("ab\uD83D\uDE00", text.toString(), "and the high surrogate still waits for its low one");
            assertThrows(IllegalArgumentException.class, () -> text.append('\0'));
        }
    }

    @Test
    void anAppendThatDoesNotFitLeavesTheTextAsItWas() {
        try (BumpArena arena = BumpArena.ofCapacity(32)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 8);
            arena.allocate(8, 8); // 16 bytes left, and the builder cannot grow in place
            text.append("12345678");
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class,
                    () -> text.append("this is far too long for the arena"));
            assertTrue(e.getMessage().startsWith("ArenaStringBuilder cannot grow from capacity=8 (size=8, 8 bytes)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("requested=42 alignment=1 remaining=16 capacity=32"), e.getMessage());
            assertEquals("12345678", text.toString());
            assertThrows(ArenaExhaustedException.class, () -> text.append(Long.MIN_VALUE));
            assertEquals("12345678", text.toString());
            text.append(-5); // fits by moving to the 16 bytes left
            assertEquals("12345678-5", text.toString());
        }
    }

    @Test
    void toArenaStringCopiesIntoAnotherArenaThatOutlivesTheBuilder() {
        try (BumpArena longLived = BumpArena.ofCapacity(256); BumpArena scratch = BumpArena.ofCapacity(256)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(scratch, 8);
            text.append("total=").append(42L).append(" ratio=").append(0.25);
            ArenaString kept = text.toArenaString(longLived);
            scratch.reset();
            assertTrue(text.isStale());
            assertThrows(StaleStructException.class, () -> text.append('x'));
            StaleStructException e = assertThrows(StaleStructException.class, text::toArenaString);
            assertTrue(e.getMessage().startsWith("ArenaStringBuilder is stale"), e.getMessage());
            assertEquals("total=42 ratio=0.25", kept.toString());
        }
    }

    @Test
    void aBuilderOfAScopeIsStaleOnceTheScopeCloses() {
        ScratchArena scratch = ScratchArena.withDefaults();
        ArenaStringBuilder text;
        try (BumpArena.Scope scope = scratch.open()) {
            text = ArenaStringBuilder.allocate(scope.arena(), 0);
            text.append("in scope");
            assertEquals("in scope", text.toArenaString().toString());
        }
        assertThrows(StaleStructException.class, text::length);
        scratch.release();
    }

    @Test
    void utf8BytesAreAppendedAsNewStringReadsThem() {
        byte[][] samples = {"plain".getBytes(StandardCharsets.UTF_8),
            "\u00c4\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF, 'a'},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 1);
            StringBuilder expected = new StringBuilder();
            for (byte[] sample : samples) {
                MemorySegment bytes = arena.allocate(sample.length + 2, 1);
                MemorySegment.copy(sample, 0, bytes, ValueLayout.JAVA_BYTE, 1, sample.length);
                text.appendUtf8(bytes, 1, sample.length);
                expected.append(new String(sample, StandardCharsets.UTF_8));
            }
            assertEquals(expected.toString(), text.toString());
            assertEquals(expected.length(), text.length());
            assertTrue(text.toArenaString().contentEquals(expected));
            MemorySegment withNul = arena.allocate(3, 1);
            withNul.set(ValueLayout.JAVA_BYTE, 0, (byte) 'x');
            assertThrows(IllegalArgumentException.class, () -> text.appendUtf8(withNul, 0, 3));
            assertThrows(IndexOutOfBoundsException.class, () -> text.appendUtf8(withNul, 2, 2));
            assertEquals(expected.toString(), text.toString(), "unchanged by the failed appends");
        }
    }

    @Test
    void longAsciiRunsAcrossTheBulkCopysChunksKeepEveryChar() {
        Random random = new Random(9);
        try (BumpArena arena = BumpArena.builder().blockSize(1024).build()) {
            for (int round = 0; round < 200; round++) {
                StringBuilder value = new StringBuilder();
                for (int i = random.nextInt(700); i > 0; i--) {
                    int kind = random.nextInt(50);
                    value.append(kind == 0 ? '\u00e9' : kind == 1 ? '\u20ac' : (char) (' ' + random.nextInt(95)));
                }
                ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, random.nextInt(40));
                text.append("x").append(value).append(value, 0, value.length() / 2);
                String expected = "x" + value + value.substring(0, value.length() / 2);
                assertEquals(expected, text.toString());
                assertEquals(expected.length(), text.length());
            }
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 8);
            text.append("kept");
            assertThrows(IllegalArgumentException.class, () -> text.append("a".repeat(300) + "\0"));
            assertEquals("kept", text.toString(), "the 300 chars copied before the NUL were undone");
        }
    }

    @Test
    void clearKeepsTheStorageAndForgetsTheText() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 16);
            text.append("abc").append('\uD83D');
            long address = text.segment().address();
            text.clear();
            assertTrue(text.isEmpty());
            text.append('\uDE00');
            assertEquals("?", text.toString(), "the cleared high surrogate does not pair");
            assertEquals(address, text.segment().address());
        }
    }
}
