package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * Garbage-free UTF-8 helpers behind generated {@link Text} fields: {@code capacity} bytes at
 * {@code offset}, the text ending at the first zero byte or at the capacity. Public because the
 * generated classes live in user packages; not meant to be called by hand.
 *
 * <p>Comparison is by Unicode code point, which is the order of the UTF-8 bytes; malformed bytes
 * read as U+FFFD. Unpaired surrogates in a {@code CharSequence} are written as {@code '?'}, as
 * {@code String.getBytes(UTF_8)} does.
 */
public final class Texts {
    private static final int REPLACEMENT = 0xFFFD;

    private Texts() {
    }

    /** The text's length in bytes: up to the first zero byte, or {@code capacity}. */
    public static int byteLength(MemorySegment segment, long offset, int capacity) {
        for (int i = 0; i < capacity; i++) {
            if (segment.get(ValueLayout.JAVA_BYTE, offset + i) == 0) {
                return i;
            }
        }
        return capacity;
    }

    /**
     * Writes {@code value} as UTF-8 and zero-fills the rest, without allocating.
     *
     * @throws IllegalArgumentException if the UTF-8 is longer than {@code capacity}; nothing is written then
     */
    public static void set(MemorySegment segment, long offset, int capacity, CharSequence value, String field) {
        long needed = utf8Length(value);
        if (needed > capacity) {
            throw new IllegalArgumentException("text field '" + field + "' holds at most " + capacity
                    + " bytes of UTF-8, but " + quote(value) + " needs " + needed
                    + "; shorten the value or declare @Text(length = " + needed + ") or more");
        }
        long at = encode(segment, offset, value);
        segment.asSlice(at, offset + capacity - at).fill((byte) 0);
    }

    /** Longest value quoted whole in a message; a hostile megabyte value must not become a megabyte message. */
    static final int QUOTED_CHARS = 40;

    /** {@code value} in quotes for a message: at most {@link #QUOTED_CHARS} chars of it, then its length. */
    static String quote(CharSequence value) {
        int length = value.length();
        if (length <= QUOTED_CHARS) {
            return "\"" + value + "\"";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED_CHARS - 1)) ? QUOTED_CHARS - 1 : QUOTED_CHARS;
        return "\"" + value.subSequence(0, end) + "...\" (" + length + " chars)";
    }

    /** Compares the stored text with {@code value} by code point: negative, zero or positive. */
    public static int compare(MemorySegment segment, long offset, int capacity, CharSequence value) {
        int end = byteLength(segment, offset, capacity);
        int pos = 0;
        int i = 0;
        while (pos < end && i < value.length()) {
            long decoded = decode(segment, offset, pos, end);
            int stored = (int) (decoded >>> 8);
            int other = codePointAt(value, i);
            if (stored != other) {
                return Integer.compare(stored, other);
            }
            pos += (int) (decoded & 0xFF);
            i += Character.charCount(other);
        }
        return Boolean.compare(pos < end, i < value.length());
    }

    /** True if the stored text is {@code value}. */
    public static boolean equals(MemorySegment segment, long offset, int capacity, CharSequence value) {
        return compare(segment, offset, capacity, value) == 0;
    }

    /** Appends the stored text to {@code out}, without allocating beyond the builder's growth. */
    public static StringBuilder appendTo(MemorySegment segment, long offset, int capacity, StringBuilder out) {
        return appendRange(segment, offset, byteLength(segment, offset, capacity), out);
    }

    /** Appends the UTF-8 in bytes {@code [offset, offset + end)} to {@code out}; shared with {@link ArenaString}. */
    static StringBuilder appendRange(MemorySegment segment, long offset, long end, StringBuilder out) {
        for (long pos = 0; pos < end; ) {
            long decoded = decode(segment, offset, pos, end);
            out.appendCodePoint((int) (decoded >>> 8));
            pos += decoded & 0xFF;
        }
        return out;
    }

    /** The stored text as a new {@code String}: for cold paths. */
    public static String toString(MemorySegment segment, long offset, int capacity) {
        byte[] bytes = segment.asSlice(offset, byteLength(segment, offset, capacity)).toArray(ValueLayout.JAVA_BYTE);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The code point at {@code i} as UTF-8 stores it: a surrogate pair combined, an unpaired
     * surrogate as {@code '?'} (as {@code String.getBytes(UTF_8)} does).
     */
    static int codePointAt(CharSequence value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            return Character.toCodePoint(c, value.charAt(i + 1));
        }
        return Character.isSurrogate(c) ? '?' : c;
    }

    /** The UTF-8 byte count of {@code value}; a {@code long}, as 3 bytes a char can overflow an {@code int}. */
    static long utf8Length(CharSequence value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            int cp = codePointAt(value, i);
            if (cp > 0xFFFF) {
                i++;
            }
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    /** Writes {@code value} as UTF-8 from {@code at}, without a terminator; returns the offset after it. */
    static long encode(MemorySegment segment, long at, CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            int cp = codePointAt(value, i);
            if (cp > 0xFFFF) {
                i++;
            }
            at = encode(segment, at, cp);
        }
        return at;
    }

    private static long encode(MemorySegment s, long at, int cp) {
        if (cp < 0x80) {
            s.set(ValueLayout.JAVA_BYTE, at, (byte) cp);
            return at + 1;
        }
        if (cp < 0x800) {
            s.set(ValueLayout.JAVA_BYTE, at, (byte) (0xC0 | cp >> 6));
            s.set(ValueLayout.JAVA_BYTE, at + 1, (byte) (0x80 | cp & 0x3F));
            return at + 2;
        }
        if (cp < 0x10000) {
            s.set(ValueLayout.JAVA_BYTE, at, (byte) (0xE0 | cp >> 12));
            s.set(ValueLayout.JAVA_BYTE, at + 1, (byte) (0x80 | cp >> 6 & 0x3F));
            s.set(ValueLayout.JAVA_BYTE, at + 2, (byte) (0x80 | cp & 0x3F));
            return at + 3;
        }
        s.set(ValueLayout.JAVA_BYTE, at, (byte) (0xF0 | cp >> 18));
        s.set(ValueLayout.JAVA_BYTE, at + 1, (byte) (0x80 | cp >> 12 & 0x3F));
        s.set(ValueLayout.JAVA_BYTE, at + 2, (byte) (0x80 | cp >> 6 & 0x3F));
        s.set(ValueLayout.JAVA_BYTE, at + 3, (byte) (0x80 | cp & 0x3F));
        return at + 4;
    }

    /** The code point at byte {@code pos} and its byte count, packed as {@code cp << 8 | count}. */
    static long decode(MemorySegment s, long offset, long pos, long end) {
        int b0 = Byte.toUnsignedInt(s.get(ValueLayout.JAVA_BYTE, offset + pos));
        // Lead bytes: 0xC0, 0xC1 (overlong) and 0xF5..0xFF (beyond U+10FFFF) never start valid UTF-8.
        int count = b0 < 0x80 ? 1 : b0 < 0xC2 ? 0 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 0;
        if (count == 1) {
            return (long) b0 << 8 | 1;
        }
        if (count == 0 || pos + count > end) {
            return (long) REPLACEMENT << 8 | 1;
        }
        int cp = b0 & (0x7F >> count);
        for (int k = 1; k < count; k++) {
            int b = Byte.toUnsignedInt(s.get(ValueLayout.JAVA_BYTE, offset + pos + k));
            if ((b & 0xC0) != 0x80) {
                return (long) REPLACEMENT << 8 | 1;
            }
            cp = cp << 6 | b & 0x3F;
        }
        boolean overlong = count == 3 && cp < 0x800 || count == 4 && cp < 0x10000;
        if (overlong || cp > 0x10FFFF || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return (long) REPLACEMENT << 8 | 1;
        }
        return (long) cp << 8 | count;
    }
}
