package dev.arenastruct.samples;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.nio.ByteOrder.BIG_ENDIAN;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * One NASDAQ TotalView-ITCH 5.0 message as plain values, as {@link ItchGenerator} decides it before
 * writing it: the generator's record of what it wrote, which tests compare decoders against. Each
 * record writes itself with {@link #encode} in the wire format: packed, big-endian, unsigned
 * integers of 2, 4, 6 and 8 bytes, text left-justified and padded with spaces. Every message starts
 * with the same 11-byte header: type, stock locate (u16 at 1), tracking number (u16 at 3) and
 * timestamp (u48 at 5, nanoseconds since midnight).
 */
public sealed interface ItchMessage {
    /** The message type, the first byte on the wire: {@code 'S'}, {@code 'A'}, {@code 'E'}, ... */
    byte type();

    /** The message's length in bytes, without the 2-byte length prefix of the stream. */
    int length();

    /** The stock locate code: 1 to the number of symbols, 0 for system events. */
    int stockLocate();

    /** NASDAQ's internal tracking number, an unsigned 16-bit value. */
    int trackingNumber();

    /** Nanoseconds since midnight, an unsigned 48-bit value. */
    long timestamp();

    /** Writes the message's {@link #length()} bytes at {@code offset} in {@code out}. */
    void encode(MemorySegment out, long offset);

    /** Big-endian, unaligned 2-byte integer, read unsigned. */
    ValueLayout.OfShort U16 = JAVA_SHORT_UNALIGNED.withOrder(BIG_ENDIAN);
    /** Big-endian, unaligned 4-byte integer, read unsigned. */
    ValueLayout.OfInt U32 = JAVA_INT_UNALIGNED.withOrder(BIG_ENDIAN);
    /** Big-endian, unaligned 8-byte integer. */
    ValueLayout.OfLong U64 = JAVA_LONG_UNALIGNED.withOrder(BIG_ENDIAN);

    /** Length of the System Event message {@code 'S'}. */
    int SYSTEM_EVENT_LENGTH = 12;
    /** Length of the Add Order message {@code 'A'}. */
    int ADD_ORDER_LENGTH = 36;
    /** Length of the Order Executed message {@code 'E'}. */
    int ORDER_EXECUTED_LENGTH = 31;
    /** Length of the Order Cancel message {@code 'X'}. */
    int ORDER_CANCEL_LENGTH = 23;
    /** Length of the Order Delete message {@code 'D'}. */
    int ORDER_DELETE_LENGTH = 19;
    /** Length of the Order Replace message {@code 'U'}. */
    int ORDER_REPLACE_LENGTH = 35;
    /** Length of the Trade (non-cross) message {@code 'P'}. */
    int TRADE_LENGTH = 44;
    /** The longest of the seven messages. */
    int MAX_LENGTH = TRADE_LENGTH;
    /** Bytes of stock symbol: left-justified ASCII, padded with spaces. */
    int STOCK_LENGTH = 8;

    /**
     * System Event {@code 'S'} (12 bytes): header, event code at 11 ({@code 'O'} start of messages,
     * {@code 'S'} start of system hours, {@code 'Q'} start of market hours, {@code 'M'} end of market
     * hours, {@code 'E'} end of system hours, {@code 'C'} end of messages).
     */
    record SystemEvent(int stockLocate, int trackingNumber, long timestamp, byte eventCode) implements ItchMessage {
        @Override
        public byte type() {
            return 'S';
        }

        @Override
        public int length() {
            return SYSTEM_EVENT_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(JAVA_BYTE, offset + 11, eventCode);
        }
    }

    /**
     * Add Order {@code 'A'} (36 bytes): header, order reference number u64 at 11, side at 19
     * ({@code 'B'} or {@code 'S'}), shares u32 at 20, stock at 24 (8 bytes), price u32 at 32 (4 implied decimals).
     */
    record AddOrder(int stockLocate, int trackingNumber, long timestamp, long orderReferenceNumber, byte side, long shares,
            String stock, long price) implements ItchMessage {
        @Override
        public byte type() {
            return 'A';
        }

        @Override
        public int length() {
            return ADD_ORDER_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, orderReferenceNumber);
            out.set(JAVA_BYTE, offset + 19, side);
            out.set(U32, offset + 20, (int) shares);
            out.set(U64, offset + 24, stockBits(stock));
            out.set(U32, offset + 32, (int) price);
        }
    }

    /**
     * Order Executed {@code 'E'} (31 bytes): header, order reference number u64 at 11, executed
     * shares u32 at 19, match number u64 at 23.
     */
    record OrderExecuted(int stockLocate, int trackingNumber, long timestamp, long orderReferenceNumber, long executedShares,
            long matchNumber) implements ItchMessage {
        @Override
        public byte type() {
            return 'E';
        }

        @Override
        public int length() {
            return ORDER_EXECUTED_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, orderReferenceNumber);
            out.set(U32, offset + 19, (int) executedShares);
            out.set(U64, offset + 23, matchNumber);
        }
    }

    /** Order Cancel {@code 'X'} (23 bytes): header, order reference number u64 at 11, cancelled shares u32 at 19. */
    record OrderCancel(int stockLocate, int trackingNumber, long timestamp, long orderReferenceNumber, long cancelledShares)
            implements ItchMessage {
        @Override
        public byte type() {
            return 'X';
        }

        @Override
        public int length() {
            return ORDER_CANCEL_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, orderReferenceNumber);
            out.set(U32, offset + 19, (int) cancelledShares);
        }
    }

    /** Order Delete {@code 'D'} (19 bytes): header, order reference number u64 at 11. */
    record OrderDelete(int stockLocate, int trackingNumber, long timestamp, long orderReferenceNumber) implements ItchMessage {
        @Override
        public byte type() {
            return 'D';
        }

        @Override
        public int length() {
            return ORDER_DELETE_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, orderReferenceNumber);
        }
    }

    /**
     * Order Replace {@code 'U'} (35 bytes): header, original order reference number u64 at 11, new
     * order reference number u64 at 19, shares u32 at 27, price u32 at 31.
     */
    record OrderReplace(int stockLocate, int trackingNumber, long timestamp, long originalOrderReferenceNumber,
            long newOrderReferenceNumber, long shares, long price) implements ItchMessage {
        @Override
        public byte type() {
            return 'U';
        }

        @Override
        public int length() {
            return ORDER_REPLACE_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, originalOrderReferenceNumber);
            out.set(U64, offset + 19, newOrderReferenceNumber);
            out.set(U32, offset + 27, (int) shares);
            out.set(U32, offset + 31, (int) price);
        }
    }

    /**
     * Trade (non-cross) {@code 'P'} (44 bytes), the execution of a non-displayed order: header, order
     * reference number u64 at 11 (0, as NASDAQ sends it), side at 19, shares u32 at 20, stock at 24,
     * price u32 at 32, match number u64 at 36.
     */
    record Trade(int stockLocate, int trackingNumber, long timestamp, long orderReferenceNumber, byte side, long shares,
            String stock, long price, long matchNumber) implements ItchMessage {
        @Override
        public byte type() {
            return 'P';
        }

        @Override
        public int length() {
            return TRADE_LENGTH;
        }

        @Override
        public void encode(MemorySegment out, long offset) {
            header(out, offset, this);
            out.set(U64, offset + 11, orderReferenceNumber);
            out.set(JAVA_BYTE, offset + 19, side);
            out.set(U32, offset + 20, (int) shares);
            out.set(U64, offset + 24, stockBits(stock));
            out.set(U32, offset + 32, (int) price);
            out.set(U64, offset + 36, matchNumber);
        }
    }

    /**
     * The 8 stock bytes of {@code symbol} (ASCII, padded with spaces) as one big-endian {@code long}:
     * how {@link ItchHandler} passes a symbol without making a {@code String}.
     *
     * @throws IllegalArgumentException if the symbol is longer than 8 chars or not printable ASCII
     */
    static long stockBits(String symbol) {
        byte[] bytes = symbol.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length == 0 || bytes.length > STOCK_LENGTH || !symbol.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("a stock symbol is 1 to 8 printable ASCII chars without spaces: \""
                    + symbol + "\" has " + symbol.length() + " chars");
        }
        long bits = 0;
        for (int i = 0; i < STOCK_LENGTH; i++) {
            bits = bits << 8 | (i < bytes.length ? bytes[i] & 0xff : ' ');
        }
        return bits;
    }

    /** The symbol in {@code stockBits} (see {@link #stockBits(String)}), without its padding spaces. */
    static String symbol(long stockBits) {
        StringBuilder symbol = new StringBuilder(STOCK_LENGTH);
        for (int shift = 56; shift >= 0; shift -= 8) {
            char c = (char) (stockBits >>> shift & 0xff);
            if (c != ' ') {
                symbol.append(c);
            }
        }
        return symbol.toString();
    }

    private static void header(MemorySegment out, long offset, ItchMessage message) {
        out.set(JAVA_BYTE, offset, message.type());
        out.set(U16, offset + 1, (short) message.stockLocate());
        out.set(U16, offset + 3, (short) message.trackingNumber());
        out.set(U16, offset + 5, (short) (message.timestamp() >>> 32)); // 6 bytes: the high 16 bits,
        out.set(U32, offset + 7, (int) message.timestamp());             // then the low 32
    }
}
