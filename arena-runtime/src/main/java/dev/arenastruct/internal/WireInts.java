package dev.arenastruct.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Unsigned integers of the widths no Java type has (3, 5, 6 and 7 bytes, as in {@code
 * @Unsigned(bytes = 6)}), read and written as a few aligned-size pieces in the given byte order,
 * and the range check of every unsigned setter. The order is a constant at each call site, so the
 * JIT keeps one branch. Public because the generated classes live in user packages; not meant to
 * be called by hand.
 */
public final class WireInts {
    private WireInts() {
    }

    private static final ValueLayout.OfByte U8 = ValueLayout.JAVA_BYTE;

    /**
     * One bounds check for all pieces, so that a write out of bounds writes none of them. Reads
     * need none: each piece is checked as it is read, and a read that fails changes nothing.
     */
    private static void checkPieces(MemorySegment s, long offset, int bytes) {
        Objects.checkFromIndexSize(offset, bytes, s.byteSize());
    }

    private static long u16(MemorySegment s, long offset, boolean big) {
        return Short.toUnsignedLong(s.get(big ? WireLayouts.BE_SHORT_UNALIGNED : WireLayouts.LE_SHORT_UNALIGNED, offset));
    }

    private static long u32(MemorySegment s, long offset, boolean big) {
        return Integer.toUnsignedLong(s.get(big ? WireLayouts.BE_INT_UNALIGNED : WireLayouts.LE_INT_UNALIGNED, offset));
    }

    private static long u8(MemorySegment s, long offset) {
        return Byte.toUnsignedLong(s.get(U8, offset));
    }

    private static void u16(MemorySegment s, long offset, boolean big, long value) {
        s.set(big ? WireLayouts.BE_SHORT_UNALIGNED : WireLayouts.LE_SHORT_UNALIGNED, offset, (short) value);
    }

    private static void u32(MemorySegment s, long offset, boolean big, long value) {
        s.set(big ? WireLayouts.BE_INT_UNALIGNED : WireLayouts.LE_INT_UNALIGNED, offset, (int) value);
    }

    private static void u8(MemorySegment s, long offset, long value) {
        s.set(U8, offset, (byte) value);
    }

    /** The unsigned 3-byte integer at {@code offset}. */
    public static int getUnsigned24(MemorySegment s, long offset, ByteOrder order) {
        return (int) (order == ByteOrder.BIG_ENDIAN ? u16(s, offset, true) << 8 | u8(s, offset + 2) : u16(s, offset, false) | u8(s, offset + 2) << 16);
    }

    /** Writes the low 3 bytes of {@code value} at {@code offset}; the caller has checked its range. */
    public static void setUnsigned24(MemorySegment s, long offset, ByteOrder order, long value) {
        checkPieces(s, offset, 3);
        if (order == ByteOrder.BIG_ENDIAN) {
            u16(s, offset, true, value >>> 8);
            u8(s, offset + 2, value);
        } else {
            u16(s, offset, false, value);
            u8(s, offset + 2, value >>> 16);
        }
    }

    /** The unsigned 5-byte integer at {@code offset}. */
    public static long getUnsigned40(MemorySegment s, long offset, ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? u8(s, offset) << 32 | u32(s, offset + 1, true) : u32(s, offset, false) | u8(s, offset + 4) << 32;
    }

    /** Writes the low 5 bytes of {@code value} at {@code offset}; the caller has checked its range. */
    public static void setUnsigned40(MemorySegment s, long offset, ByteOrder order, long value) {
        checkPieces(s, offset, 5);
        if (order == ByteOrder.BIG_ENDIAN) {
            u8(s, offset, value >>> 32);
            u32(s, offset + 1, true, value);
        } else {
            u32(s, offset, false, value);
            u8(s, offset + 4, value >>> 32);
        }
    }

    /** The unsigned 6-byte integer at {@code offset}: ITCH's nanosecond timestamp. */
    public static long getUnsigned48(MemorySegment s, long offset, ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? u16(s, offset, true) << 32 | u32(s, offset + 2, true) : u32(s, offset, false) | u16(s, offset + 4, false) << 32;
    }

    /** Writes the low 6 bytes of {@code value} at {@code offset}; the caller has checked its range. */
    public static void setUnsigned48(MemorySegment s, long offset, ByteOrder order, long value) {
        checkPieces(s, offset, 6);
        if (order == ByteOrder.BIG_ENDIAN) {
            u16(s, offset, true, value >>> 32);
            u32(s, offset + 2, true, value);
        } else {
            u32(s, offset, false, value);
            u16(s, offset + 4, false, value >>> 32);
        }
    }

    /** The unsigned 7-byte integer at {@code offset}. */
    public static long getUnsigned56(MemorySegment s, long offset, ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN
                ? u8(s, offset) << 48 | u16(s, offset + 1, true) << 32 | u32(s, offset + 3, true)
                : u32(s, offset, false) | u16(s, offset + 4, false) << 32 | u8(s, offset + 6) << 48;
    }

    /** Writes the low 7 bytes of {@code value} at {@code offset}; the caller has checked its range. */
    public static void setUnsigned56(MemorySegment s, long offset, ByteOrder order, long value) {
        checkPieces(s, offset, 7);
        if (order == ByteOrder.BIG_ENDIAN) {
            u8(s, offset, value >>> 48);
            u16(s, offset + 1, true, value >>> 32);
            u32(s, offset + 3, true, value);
        } else {
            u32(s, offset, false, value);
            u16(s, offset + 4, false, value >>> 32);
            u8(s, offset + 6, value >>> 48);
        }
    }

    /**
     * Appends {@code value} as an unsigned 64-bit decimal, as {@code Long.toUnsignedString} writes it,
     * without creating a string: {@code toString()} of an {@code @Unsigned(bytes = 8)} field.
     */
    public static StringBuilder appendUnsigned(StringBuilder out, long value) {
        if (value >= 0) {
            return out.append(value);
        }
        long quotient = (value >>> 1) / 5; // value / 10, unsigned
        return out.append(quotient).append(value - quotient * 10);
    }

    /**
     * {@code value} if it fits an unsigned integer of {@code bytes} (1 to 7) bytes.
     *
     * @throws IllegalArgumentException naming the field, the value and the range otherwise
     */
    public static long checkUnsigned(long value, int bytes, String struct, String field) {
        if (value >>> (bytes << 3) != 0) {
            throw outOfRange(value, bytes, struct, field);
        }
        return value;
    }

    private static IllegalArgumentException outOfRange(long value, int bytes, String struct, String field) {
        return new IllegalArgumentException(struct + "." + field + " is an unsigned " + bytes + "-byte integer, so it holds 0 to "
                + ((1L << (bytes << 3)) - 1) + ", but was given " + value + "; nothing was written");
    }
}
