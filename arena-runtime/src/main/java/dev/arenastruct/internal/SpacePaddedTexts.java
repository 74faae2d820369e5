package dev.arenastruct.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ConcurrentModificationException;

/**
 * The helpers of {@code @Text(padding = SPACES)} fields, as exchange feeds pad symbols: the text
 * is the UTF-8 up to the first zero byte (a field as allocated is all zeros: the empty text),
 * without its trailing spaces, and the setter fills the rest of the field with spaces. Everything
 * else is as in {@link Texts}, which every method here shares. Public because the generated classes
 * live in user packages; not meant to be called by hand.
 */
public final class SpacePaddedTexts {
    /** The padding of these fields, a space, for {@link Texts#set(java.lang.foreign.MemorySegment, long, int, CharSequence, String, byte)}. */
    public static final byte PAD = ' ';

    private SpacePaddedTexts() {
    }

    /** The text's length in bytes: up to the first zero byte or {@code capacity}, trailing spaces left out. */
    public static int byteLength(MemorySegment segment, long offset, int capacity) {
        int end = Texts.byteLength(segment, offset, capacity);
        while (end > 0 && segment.get(ValueLayout.JAVA_BYTE, offset + end - 1) == PAD) {
            end--;
        }
        return end;
    }

    /** True if the stored text is {@code value}, as {@code String.contentEquals} says, without allocating. */
    public static boolean equals(MemorySegment segment, long offset, int capacity, CharSequence value) {
        int n = value.length();
        int end = byteLength(segment, offset, capacity);
        if (n > end) {
            return false; // every char takes at least one byte
        }
        for (int i = 0; i < n; i++) {
            byte b = segment.get(ValueLayout.JAVA_BYTE, offset + i);
            char c = value.charAt(i);
            if (b != c) {
                // c tested first, as in Texts.equals: for a constant value the mismatch folds to false
                return c >= 0x80 && b < 0 && Texts.compareRange(segment, offset, end, value) == 0;
            }
        }
        return n == end;
    }

    /** Compares the stored text with {@code value} by code point, as {@link Texts#compare} does. */
    public static int compare(MemorySegment segment, long offset, int capacity, CharSequence value) {
        return Texts.compareRange(segment, offset, byteLength(segment, offset, capacity), value);
    }

    /** Appends the stored text to {@code out}. */
    public static StringBuilder appendTo(MemorySegment segment, long offset, int capacity, StringBuilder out) {
        return Texts.appendRange(segment, offset, byteLength(segment, offset, capacity), out);
    }

    /** The stored text as a new {@code String}: for cold paths. */
    public static String toString(MemorySegment segment, long offset, int capacity) {
        return Texts.rangeToString(segment, offset, byteLength(segment, offset, capacity));
    }

    /** The field's bytes as one big-endian number, trailing spaces included: see {@link Texts#asLong}. */
    public static long asLong(MemorySegment segment, long offset, int capacity) {
        return Texts.asLong(segment, offset, capacity);
    }
}
