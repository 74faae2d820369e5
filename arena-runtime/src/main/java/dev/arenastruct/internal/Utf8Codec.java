package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;

/**
 * The one UTF-8 decoder and the one encoder behind {@link dev.arenastruct.Text} fields and {@link dev.arenastruct.ArenaString}.
 * Every reader decodes with {@link #decode}, so they all see the same text, and that text is
 * exactly what {@code new String(bytes, UTF_8)} makes of the same bytes.
 *
 * <p>Malformed bytes read as U+FFFD, one per maximal subpart (the Unicode substitution practice the
 * JDK's UTF-8 decoder follows): a sequence that starts well and is cut short, by the end or by a
 * byte that cannot continue it, is one U+FFFD; a byte that cannot start or continue anything is one
 * U+FFFD on its own. Like the JDK, an encoded surrogate ({@code ED A0..BF 80..BF}) is one U+FFFD
 * for its three bytes, not three.
 *
 * <p>The encoder writes an unpaired surrogate as {@code '?'}, as {@code String.getBytes(UTF_8)} does,
 * and refuses U+0000: C would end the text there.
 */
public final class Utf8Codec {
    public static final int REPLACEMENT = 0xFFFD;
    /** What {@link #encode} returns when the value no longer fits or holds a NUL: it changed under us. */
    public static final long CHANGED = -1;

    private Utf8Codec() {
    }

    /**
     * The code point at byte {@code pos} of the bytes at {@code offset} and how many bytes it takes,
     * packed as {@code cp << 8 | count}; never reads at or past {@code end}.
     */
    public static long decode(MemorySegment s, long offset, long pos, long end) {
        int b0 = Byte.toUnsignedInt(s.get(JAVA_BYTE, offset + pos));
        if (b0 < 0x80) {
            return (long) b0 << 8 | 1;
        }
        int count;
        int lo = 0x80; // the range of the second byte, narrowed for leads that would allow overlong forms
        int hi = 0xBF;
        if (b0 < 0xC2) { // a continuation byte, or C0/C1 (only ever overlong)
            return (long) REPLACEMENT << 8 | 1;
        } else if (b0 < 0xE0) {
            count = 2;
        } else if (b0 < 0xF0) {
            count = 3;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
        } else if (b0 < 0xF5) {
            count = 4;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else { // F5..FF never occur in UTF-8
            return (long) REPLACEMENT << 8 | 1;
        }
        int cp = b0 & (0x7F >> count);
        for (int k = 1; k < count; k++) {
            int b = pos + k < end ? Byte.toUnsignedInt(s.get(JAVA_BYTE, offset + pos + k)) : -1;
            if (b < lo || b > hi) {
                return (long) REPLACEMENT << 8 | k; // the maximal subpart: the bytes that still looked right
            }
            cp = cp << 6 | b & 0x3F;
            lo = 0x80;
            hi = 0xBF;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return (long) REPLACEMENT << 8 | 3; // the JDK's choice for ED A0..BF xx: one U+FFFD, not three
        }
        return (long) cp << 8 | count;
    }

    /** True if the {@code decode} at {@code pos} was a real U+FFFD ({@code EF BF BD}), not a substitution. */
    public static boolean isEncodedReplacement(MemorySegment s, long offset, long pos, long decoded) {
        return (decoded & 0xFF) == 3 && s.get(JAVA_BYTE, offset + pos) == (byte) 0xEF
                && s.get(JAVA_BYTE, offset + pos + 1) == (byte) 0xBF && s.get(JAVA_BYTE, offset + pos + 2) == (byte) 0xBD;
    }

    /**
     * The code point at char {@code i} of {@code value} as text is compared: a surrogate pair
     * combined, an unpaired surrogate as itself (the code point of that char, as
     * {@code String.codePointAt} says).
     */
    public static int codePointAt(CharSequence value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
            char low = value.charAt(i + 1);
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(c, low);
            }
        }
        return c;
    }

    /**
     * The UTF-8 byte count of chars {@code [0, n)} of {@code value} (a {@code long}: 3 bytes a char
     * can overflow an {@code int}), or {@code -1 - i} if char {@code i} is U+0000.
     */
    public static long utf8Length(CharSequence value, int n) {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return -1 - i;
            }
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3; // an unpaired surrogate is written as '?'
            }
        }
        return bytes;
    }

    /**
     * Writes chars {@code [0, n)} of {@code value} as UTF-8 from {@code at}, never at or past
     * {@code end}, reading each char once. Returns the offset after the last byte written, or
     * {@link #CHANGED} as soon as a code point would not fit before {@code end} or is U+0000:
     * neither happens to a value that was measured with {@link #utf8Length} and did not change.
     */
    public static long encode(MemorySegment s, long at, long end, CharSequence value, int n) {
        return encode(s, at, end, value, 0, n);
    }

    /** {@link #encode} of chars {@code [from, n)}, the first of them written at {@code at}. */
    public static long encode(MemorySegment s, long at, long end, CharSequence value, int from, int n) {
        for (int i = from; i < n; i++) {
            int cp = value.charAt(i);
            if (Character.isSurrogate((char) cp)) {
                char low;
                if (Character.isHighSurrogate((char) cp) && i + 1 < n
                        && Character.isLowSurrogate(low = value.charAt(i + 1))) {
                    cp = Character.toCodePoint((char) cp, low);
                    i++;
                } else {
                    cp = '?';
                }
            }
            int count = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (cp == 0 || count > end - at) {
                return CHANGED;
            }
            put(s, at, cp, count);
            at += count;
        }
        return at;
    }

    private static void put(MemorySegment s, long at, int cp, int count) {
        switch (count) {
            case 1 -> s.set(JAVA_BYTE, at, (byte) cp);
            case 2 -> {
                s.set(JAVA_BYTE, at, (byte) (0xC0 | cp >> 6));
                s.set(JAVA_BYTE, at + 1, (byte) (0x80 | cp & 0x3F));
            }
            case 3 -> {
                s.set(JAVA_BYTE, at, (byte) (0xE0 | cp >> 12));
                s.set(JAVA_BYTE, at + 1, (byte) (0x80 | cp >> 6 & 0x3F));
                s.set(JAVA_BYTE, at + 2, (byte) (0x80 | cp & 0x3F));
            }
            default -> {
                s.set(JAVA_BYTE, at, (byte) (0xF0 | cp >> 18));
                s.set(JAVA_BYTE, at + 1, (byte) (0x80 | cp >> 12 & 0x3F));
                s.set(JAVA_BYTE, at + 2, (byte) (0x80 | cp >> 6 & 0x3F));
                s.set(JAVA_BYTE, at + 3, (byte) (0x80 | cp & 0x3F));
            }
        }
    }
}
