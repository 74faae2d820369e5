package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;

/**
 * The UTF-8 encoder behind {@link Text} fields and {@link ArenaString}. It writes an unpaired
 * surrogate as {@code '?'}, as {@code String.getBytes(UTF_8)} does, and refuses U+0000: C would end
 * the text there.
 */
final class Utf8Codec {
    /** What {@link #encode} returns when the value no longer fits or holds a NUL: it changed under us. */
    static final long CHANGED = -1;

    private Utf8Codec() {
    }

    /**
     * The UTF-8 byte count of chars {@code [0, n)} of {@code value} (a {@code long}: 3 bytes a char
     * can overflow an {@code int}), or {@code -1 - i} if char {@code i} is U+0000.
     */
    static long utf8Length(CharSequence value, int n) {
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
    static long encode(MemorySegment s, long at, long end, CharSequence value, int n) {
        for (int i = 0; i < n; i++) {
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
