package dev.arenastruct.samples;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.nio.ByteOrder.BIG_ENDIAN;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The baseline TotalView-ITCH decoder, written by hand as FFM code is written without a
 * generator: it walks a stream by its 2-byte length prefixes, switches on the type byte and reads
 * each field with a big-endian, unaligned {@link ValueLayout} at the offset the specification
 * gives, then hands the message to an {@link ItchHandler}. Types other than the seven the
 * generator writes are skipped by their length, as a consumer of the full feed skips what it does
 * not need. Nothing is allocated per message.
 */
public final class ItchFfmDecoder {
    private static final ValueLayout.OfShort U16 = JAVA_SHORT_UNALIGNED.withOrder(BIG_ENDIAN);
    private static final ValueLayout.OfInt U32 = JAVA_INT_UNALIGNED.withOrder(BIG_ENDIAN);
    private static final ValueLayout.OfLong U64 = JAVA_LONG_UNALIGNED.withOrder(BIG_ENDIAN);

    private ItchFfmDecoder() {
    }

    /**
     * Decodes every message of {@code stream} (length-prefixed, from offset 0 to its end) into
     * {@code handler}; returns how many messages it read, skipped ones included.
     *
     * @throws IllegalArgumentException if a message runs past the end of the stream, or one of the
     *     seven types is shorter than its layout
     */
    public static long decode(MemorySegment stream, ItchHandler handler) {
        long size = stream.byteSize();
        long messages = 0;
        long at = 0;
        while (at < size) {
            if (size - at < 2) {
                throw new IllegalArgumentException("a length prefix at offset " + at + " is cut off by the end of the stream at "
                        + size);
            }
            int length = Short.toUnsignedInt(stream.get(U16, at));
            long m = at + 2;
            if (length == 0 || length > size - m) {
                throw new IllegalArgumentException("the message at offset " + at + " claims " + length
                        + " bytes, but the stream has " + (size - m) + " left");
            }
            byte type = stream.get(JAVA_BYTE, m);
            switch (type) {
                case 'S' -> {
                    check(type, length, 12, at);
                    handler.systemEvent(locate(stream, m), timestamp(stream, m), stream.get(JAVA_BYTE, m + 11));
                }
                case 'A' -> {
                    check(type, length, 36, at);
                    handler.addOrder(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11),
                            stream.get(JAVA_BYTE, m + 19), u32(stream, m + 20), stream.get(U64, m + 24), u32(stream, m + 32));
                }
                case 'E' -> {
                    check(type, length, 31, at);
                    handler.orderExecuted(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11),
                            u32(stream, m + 19), stream.get(U64, m + 23));
                }
                case 'X' -> {
                    check(type, length, 23, at);
                    handler.orderCancel(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11), u32(stream, m + 19));
                }
                case 'D' -> {
                    check(type, length, 19, at);
                    handler.orderDelete(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11));
                }
                case 'U' -> {
                    check(type, length, 35, at);
                    handler.orderReplace(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11),
                            stream.get(U64, m + 19), u32(stream, m + 27), u32(stream, m + 31));
                }
                case 'P' -> {
                    check(type, length, 44, at);
                    handler.trade(locate(stream, m), timestamp(stream, m), stream.get(U64, m + 11),
                            stream.get(JAVA_BYTE, m + 19), u32(stream, m + 20), stream.get(U64, m + 24), u32(stream, m + 32),
                            stream.get(U64, m + 36));
                }
                default -> {
                    // another ITCH message type: skipped by its length
                }
            }
            messages++;
            at = m + length;
        }
        return messages;
    }

    /** The stock locate, an unsigned 16-bit integer at offset 1 of every message. */
    private static int locate(MemorySegment stream, long message) {
        return Short.toUnsignedInt(stream.get(U16, message + 1));
    }

    /** The timestamp, an unsigned 48-bit integer at offset 5 of every message: the high 16 bits, then the low 32. */
    private static long timestamp(MemorySegment stream, long message) {
        return (long) Short.toUnsignedInt(stream.get(U16, message + 5)) << 32 | u32(stream, message + 7);
    }

    private static long u32(MemorySegment stream, long at) {
        return Integer.toUnsignedLong(stream.get(U32, at));
    }

    private static void check(byte type, int length, int expected, long at) {
        if (length < expected) {
            throw new IllegalArgumentException("the '" + (char) type + "' message at offset " + at + " is " + length
                    + " bytes long; its layout needs " + expected);
        }
    }
}
