package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;

/**
 * UTF-16 questions answered over UTF-8 bytes without decoding them into a {@code String}: the
 * loops behind {@link dev.arenastruct.ArenaString}'s {@code contentEquals} and {@code hashCode}. ASCII text has
 * its own loops, one byte per char; other text is walked one code point at a time with
 * {@link Utf8Codec#decode}, a code point above U+FFFF standing for two chars.
 */
public final class Utf8Chars {
    private Utf8Chars() {
    }

    /** True if the ASCII {@code bytes} are the chars of {@code other}, which has one char per byte. */
    public static boolean equalsAscii(MemorySegment bytes, CharSequence other) {
        for (int i = 0; i < other.length(); i++) {
            if (other.charAt(i) != bytes.get(JAVA_BYTE, i)) {
                return false;
            }
        }
        return true;
    }

    /** True if the UTF-8 {@code bytes} decode to the chars of {@code other}, which has as many chars. */
    public static boolean equals(MemorySegment bytes, long byteSize, CharSequence other) {
        int i = 0;
        for (long pos = 0; pos < byteSize; ) {
            long decoded = Utf8Codec.decode(bytes, 0, pos, byteSize);
            int cp = (int) (decoded >>> 8);
            if (cp > 0xFFFF) {
                if (other.charAt(i) != Character.highSurrogate(cp)
                        || other.charAt(i + 1) != Character.lowSurrogate(cp)) {
                    return false;
                }
                i += 2;
            } else if (other.charAt(i++) != cp) {
                return false;
            }
            pos += decoded & 0xFF;
        }
        return true;
    }

    /** {@code String.hashCode()} of ASCII text: one char per byte. */
    public static int hashAscii(MemorySegment bytes, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes.get(JAVA_BYTE, i);
        }
        return h;
    }

    /** {@code String.hashCode()} of the text the UTF-8 {@code bytes} decode to. */
    public static int hash(MemorySegment bytes, long byteSize) {
        int h = 0;
        for (long pos = 0; pos < byteSize; ) {
            long decoded = Utf8Codec.decode(bytes, 0, pos, byteSize);
            int cp = (int) (decoded >>> 8);
            if (cp > 0xFFFF) {
                h = 31 * (31 * h + Character.highSurrogate(cp)) + Character.lowSurrogate(cp);
            } else {
                h = 31 * h + cp;
            }
            pos += decoded & 0xFF;
        }
        return h;
    }

    /** Compares the text two UTF-8 byte runs decode to, by code point: negative, zero or positive. */
    public static int compare(MemorySegment a, long aSize, MemorySegment b, long bSize) {
        long i = 0;
        long j = 0;
        while (i < aSize && j < bSize) {
            long da = Utf8Codec.decode(a, 0, i, aSize);
            long db = Utf8Codec.decode(b, 0, j, bSize);
            int ca = (int) (da >>> 8);
            int cb = (int) (db >>> 8);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += da & 0xFF;
            j += db & 0xFF;
        }
        return Boolean.compare(i < aSize, j < bSize);
    }
}
