package dev.arenastruct.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ConcurrentModificationException;
import java.util.Objects;

/**
 * Garbage-free UTF-8 helpers behind generated {@link dev.arenastruct.Text} fields: {@code capacity} bytes at
 * {@code offset}, the text ending at the first zero byte or at the capacity. Public because the
 * generated classes live in user packages; not meant to be called by hand.
 *
 * <p>The text of a field is what one decoder ({@link Utf8Codec#decode}) makes of its bytes up to
 * the first zero byte, which is exactly {@code new String(bytes, UTF_8)}: malformed bytes read as
 * U+FFFD, one per maximal subpart. Every reader agrees with it: {@link #toString},
 * {@link #appendTo}, {@link #equals} (as {@code String.contentEquals}) and {@link #compare} (by
 * code point; an unpaired surrogate in the argument is the code point of that char).
 *
 * <p>Unpaired surrogates in a {@code CharSequence} are written as {@code '?'}, as
 * {@code String.getBytes(UTF_8)} does, so the stored text of {@code "a"} and U+D800 is
 * {@code "a?"}: it equals {@code "a?"} and not the value it was set from. U+0000 is refused, since the text ends at the
 * first zero byte.
 */
public final class Texts {
    /** The padding of a zero-padded text field, the default: the text ends at the first zero byte. */
    public static final byte PAD = 0;

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
     * Writes {@code value} as UTF-8 and zero-fills the rest, without allocating. It never writes
     * outside {@code [offset, offset + capacity)}, whatever {@code value} does: the UTF-8 is
     * measured, then encoded with every code point checked against the field's end.
     *
     * @throws IndexOutOfBoundsException if the field does not lie inside {@code segment}; nothing is written then
     * @throws IllegalArgumentException if the UTF-8 is longer than {@code capacity}, or
     *     {@code value} holds U+0000 (C text ends at its first zero byte); nothing is written then
     * @throws ConcurrentModificationException if {@code value} changed between measuring and
     *     encoding (another thread editing it, or a {@code CharSequence} whose answers change); the
     *     field is then all zero bytes, the empty text. An exception thrown by {@code value} itself
     *     while it is encoded also leaves the field zeroed
     */
    public static void set(MemorySegment segment, long offset, int capacity, CharSequence value, String field) {
        set(segment, offset, capacity, value, field, PAD);
    }

    /**
     * {@link #set}, filling the rest of the field with {@code pad} bytes (on a failed write too): what
     * generated setters call, with {@link #PAD} or {@link SpacePaddedTexts#PAD}.
     *
     * <p>ASCII that fits, the common case, is written here, in a path small enough to inline into a
     * generated setter (the general one, {@code setUtf8}, made the setter "too big" to inline into a
     * caller's loop). The field is padded first, eight bytes a store (unrolled for a generated
     * setter's constant capacity), then the chars overwrite its start: fewer stores than padding
     * after them byte by byte, and no call to {@code MemorySegment.fill}, whose bulk code would make
     * the setter too big to inline. Generated setters call this method directly, one frame less
     * than through the method without {@code pad}: the JIT removes the field's slice only if its
     * constructor chain inlines whole within {@code MaxInlineLevel}. (Writing the ASCII here
     * instead of in a method of its own, one frame less again, made {@code TextEnumBench.TextWrite}
     * 13.1 -> 15.7 ns.)
     */
    public static void set(MemorySegment segment, long offset, int capacity, CharSequence value, String field,
            byte pad) {
        // A static setter given an offset past the segment fails here, before the first byte is written.
        Objects.checkFromIndexSize(offset, capacity, segment.byteSize());
        int n = value.length();
        long needed = Utf8Codec.utf8Length(value, n);
        if (needed != n || n > capacity) {
            setUtf8(segment, offset, capacity, value, n, needed, field, pad);
            return;
        }
        setAscii(segment, offset, capacity, value, n, field, pad);
    }

    /** {@link #set} of a value whose {@code n <= capacity} chars measured one byte each (see there). */
    private static void setAscii(MemorySegment segment, long offset, int capacity, CharSequence value, int n,
            String field, byte pad) {
        MemorySegment text = segment.asSlice(offset, capacity); // does not escape; its constant size drops bounds checks
        fill(text, capacity, pad);
        int k = 0;
        try {
            for (; k < n; k++) {
                char c = value.charAt(k);
                if ((char) (c - 1) >= 0x7F) {
                    break; // an unpaired surrogate, or the value changed since it was measured
                }
                text.set(ValueLayout.JAVA_BYTE, k, (byte) c);
            }
        } catch (RuntimeException e) {
            text.fill(pad); // no half-written text: the empty text
            throw e;
        }
        if (k < n) {
            finish(segment, offset, capacity, value, k, n, n, field, pad);
        }
    }

    /** Fills the {@code capacity} bytes of {@code text} with {@code pad}: longs, then what is left. */
    private static void fill(MemorySegment text, int capacity, byte pad) {
        long eight = (pad & 0xFFL) * 0x0101_0101_0101_0101L;
        int words = capacity & ~(Long.BYTES - 1);
        for (int at = 0; at < words; at += Long.BYTES) {
            text.set(ValueLayout.JAVA_LONG_UNALIGNED, at, eight);
        }
        for (int at = words; at < capacity; at++) {
            text.set(ValueLayout.JAVA_BYTE, at, pad);
        }
    }

    /** {@link #set} of any other value, {@code needed} bytes of UTF-8 as measured. */
    private static void setUtf8(MemorySegment segment, long offset, int capacity, CharSequence value, int n,
            long needed, String field, byte pad) {
        if (needed < 0) {
            throw nul("text field '" + field + "'", -1 - needed, n);
        }
        if (needed > capacity) {
            throw new IllegalArgumentException("text field '" + field + "' holds at most " + capacity
                    + " bytes of UTF-8, but " + quote(value) + " needs " + needed
                    + "; shorten the value or declare @Text(length = " + needed + ") or more");
        }
        finish(segment, offset, capacity, value, 0, n, needed, field, pad);
    }

    /**
     * Encodes chars {@code [from, n)} from byte {@code from} on (the chars before were one byte each)
     * and pads the rest; if the UTF-8 is not the {@code needed} bytes measured, the value changed:
     * the field is emptied and the error thrown.
     */
    private static void finish(MemorySegment segment, long offset, int capacity, CharSequence value, int from,
            int n, long needed, String field, byte pad) {
        long end = offset + capacity;
        long at;
        try {
            at = Utf8Codec.encode(segment, offset + from, end, value, from, n);
        } catch (RuntimeException e) {
            segment.asSlice(offset, capacity).fill(pad); // no half-written text: the empty text
            throw e;
        }
        if (at != offset + needed) {
            segment.asSlice(offset, capacity).fill(pad);
            throw changed("text field '" + field + "'", needed, at == Utf8Codec.CHANGED ? -1 : at - offset,
                    pad == 0 ? "the field was zeroed (it holds the empty text)"
                    : "the field was filled with spaces (it holds the empty text)");
        }
        segment.asSlice(at, end - at).fill(pad);
    }

    /** The error for U+0000 at char {@code index} of a value of {@code length} chars, for {@code what}. */
    public static IllegalArgumentException nul(String what, long index, int length) {
        return new IllegalArgumentException(what + " cannot hold U+0000 (NUL), found at char index " + index
                + " of a value of " + length + " chars: C text ends at its first zero byte, so every reader"
                + " would see only the text before it; remove the NUL (keep binary data in a byte array field"
                + " or a MemorySegment)");
    }

    /**
     * The error for a value that changed while it was encoded: {@code measured} bytes of UTF-8 at
     * first, then {@code written} ({@code -1}: more than measured, or a NUL).
     */
    public static ConcurrentModificationException changed(String what, long measured, long written, String state) {
        return new ConcurrentModificationException("the value for " + what
                + " changed while it was being written: it measured " + measured + " bytes of UTF-8, then "
                + (written < 0 ? "needed more or held a NUL" : "encoded to " + written) + "; " + state
                + ". Do not change a CharSequence while it is copied; copy it to a String first if other code"
                + " may change it");
    }

    /** Longest value quoted whole in a message; a hostile megabyte value must not become a megabyte message. */
    public static final int QUOTED_CHARS = 40;

    /** {@code value} in quotes for a message: at most {@link #QUOTED_CHARS} chars of it, then its length. */
    public static String quote(CharSequence value) {
        int length = value.length();
        if (length <= QUOTED_CHARS) {
            return "\"" + value + "\"";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED_CHARS - 1)) ? QUOTED_CHARS - 1 : QUOTED_CHARS;
        return "\"" + value.subSequence(0, end) + "...\" (" + length + " chars)";
    }

    /**
     * Compares the stored text with {@code value} by code point: negative, zero or positive, with
     * the sign of comparing {@link #toString}'s code points with {@code value}'s (an unpaired
     * surrogate is the code point of that char, as {@code String.codePoints()} says).
     */
    public static int compare(MemorySegment segment, long offset, int capacity, CharSequence value) {
        return compareRange(segment, offset, byteLength(segment, offset, capacity), value);
    }

    /** {@link #compare} of the UTF-8 in bytes {@code [offset, offset + end)}. */
    static int compareRange(MemorySegment segment, long offset, int end, CharSequence value) {
        int pos = 0;
        int i = 0;
        while (pos < end && i < value.length()) {
            long decoded = Utf8Codec.decode(segment, offset, pos, end);
            int stored = (int) (decoded >>> 8);
            int other = Utf8Codec.codePointAt(value, i);
            if (stored != other) {
                return Integer.compare(stored, other);
            }
            pos += (int) (decoded & 0xFF);
            i += Character.charCount(other);
        }
        return Boolean.compare(pos < end, i < value.length());
    }

    /** True if the stored text is {@code value}: {@code toString(...).contentEquals(value)}, without the String. */
    public static boolean equals(MemorySegment segment, long offset, int capacity, CharSequence value) {
        int n = value.length();
        if (n > capacity) {
            return false; // every byte decodes to at most one char
        }
        // One bounds check for the field: the reads below are then at offsets the JIT can prove inside
        // a slice of constant size (for a constant value, all of them), so they have none of their own.
        MemorySegment text = segment.asSlice(offset, capacity); // does not escape
        // ASCII against ASCII, byte for char, without decoding (a symbol compare was 6.7x a byte loop
        // through the decoder); the first non-ASCII pair goes to the decoder, any other mismatch decides.
        for (int i = 0; i < n; i++) {
            byte b = text.get(ValueLayout.JAVA_BYTE, i);
            char c = value.charAt(i);
            if (b != c || c == 0) { // c, not b: the same when they are equal, and a constant folds
                // c tested first: for a constant value it folds, and the whole mismatch is "false"; a
                // test of b first stayed in the compiled loop as a trap, one per char, which made a
                // scan comparing every element too big for C2 to unroll (TextEnumBench.TextEquals 1.8-2.1 x FFM)
                return c >= 0x80 && b < 0 && compare(segment, offset, capacity, value) == 0;
            }
        }
        return n == capacity || text.get(ValueLayout.JAVA_BYTE, n) == 0;
    }

    /** Appends the stored text to {@code out}, without allocating beyond the builder's growth. */
    public static StringBuilder appendTo(MemorySegment segment, long offset, int capacity, StringBuilder out) {
        return appendRange(segment, offset, byteLength(segment, offset, capacity), out);
    }

    /** Appends the UTF-8 in bytes {@code [offset, offset + end)} to {@code out}; shared with {@link dev.arenastruct.ArenaString}. */
    public static StringBuilder appendRange(MemorySegment segment, long offset, long end, StringBuilder out) {
        for (long pos = 0; pos < end; ) {
            long decoded = Utf8Codec.decode(segment, offset, pos, end);
            out.appendCodePoint((int) (decoded >>> 8));
            pos += decoded & 0xFF;
        }
        return out;
    }

    /**
     * The field's {@code capacity} bytes (at most 8), padding included, as one big-endian number:
     * the first byte is the most significant of the low {@code capacity} bytes. One read for a key
     * where a loop would read byte by byte. Small enough to inline anywhere (a switch here was
     * left as a call where C2 did not count the site hot), so that with {@code capacity} a constant
     * an 8-byte text is one load.
     */
    public static long asLong(MemorySegment segment, long offset, int capacity) {
        return capacity == Long.BYTES ? segment.get(WireLayouts.BE_LONG_UNALIGNED, offset)
                : shorterAsLong(segment, offset, capacity);
    }

    private static long shorterAsLong(MemorySegment segment, long offset, int capacity) {
        return switch (capacity) {
            case 1 -> Byte.toUnsignedLong(segment.get(ValueLayout.JAVA_BYTE, offset));
            case 2 -> Short.toUnsignedLong(segment.get(WireLayouts.BE_SHORT_UNALIGNED, offset));
            case 3 -> WireInts.getUnsigned24(segment, offset, ByteOrder.BIG_ENDIAN);
            case 4 -> Integer.toUnsignedLong(segment.get(WireLayouts.BE_INT_UNALIGNED, offset));
            case 5 -> WireInts.getUnsigned40(segment, offset, ByteOrder.BIG_ENDIAN);
            case 6 -> WireInts.getUnsigned48(segment, offset, ByteOrder.BIG_ENDIAN);
            case 7 -> WireInts.getUnsigned56(segment, offset, ByteOrder.BIG_ENDIAN);
            default -> throw new IllegalArgumentException("a text of " + capacity + " bytes does not fit in a long");
        };
    }

    /** The stored text as a new {@code String}: for cold paths. */
    public static String toString(MemorySegment segment, long offset, int capacity) {
        return rangeToString(segment, offset, byteLength(segment, offset, capacity));
    }

    /** The UTF-8 in bytes {@code [offset, offset + end)} as a new {@code String}. */
    static String rangeToString(MemorySegment segment, long offset, int end) {
        byte[] bytes = segment.asSlice(offset, end).toArray(ValueLayout.JAVA_BYTE);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
