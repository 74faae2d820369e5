package dev.arenastruct.samples;

import java.lang.foreign.MemorySegment;

/**
 * A TotalView-ITCH decoder written with the generated wire-format flyweights: it walks a stream by
 * its 2-byte length prefixes with an {@link ItchFrame} flyweight, then points the flyweight of the
 * message's type at the message ({@code wrap(segment, offset)}, any offset: the structs are packed)
 * and reads its fields by name, the big-endian and unsigned conversions generated. One flyweight
 * per type is reused, so nothing is allocated per message. It hands the same values to an
 * {@link ItchHandler} as {@link ItchFfmDecoder} does, and skips the same unknown types.
 */
public final class ItchFlyweightDecoder {
    private final ItchFrameFlyweight frame = new ItchFrameFlyweight();
    private final ItchSystemEventFlyweight systemEvent = new ItchSystemEventFlyweight();
    private final ItchAddOrderFlyweight addOrder = new ItchAddOrderFlyweight();
    private final ItchOrderExecutedFlyweight orderExecuted = new ItchOrderExecutedFlyweight();
    private final ItchOrderCancelFlyweight orderCancel = new ItchOrderCancelFlyweight();
    private final ItchOrderDeleteFlyweight orderDelete = new ItchOrderDeleteFlyweight();
    private final ItchOrderReplaceFlyweight orderReplace = new ItchOrderReplaceFlyweight();
    private final ItchTradeFlyweight trade = new ItchTradeFlyweight();

    /**
     * Decodes every message of {@code stream} (length-prefixed, from offset 0 to its end) into
     * {@code handler}; returns how many messages it read, skipped ones included.
     *
     * @throws IllegalArgumentException if a message runs past the end of the stream, or one of the
     *     seven types is shorter than its struct
     */
    public long decode(MemorySegment stream, ItchHandler handler) {
        long size = stream.byteSize();
        long messages = 0;
        long at = 0;
        while (at < size) {
            if (size - at < 2) {
                throw new IllegalArgumentException("a length prefix at offset " + at + " is cut off by the end of the stream at "
                        + size);
            }
            int length = ItchFrameFlyweight.messageLength(stream, at);
            long m = at + 2;
            if (length == 0 || length > size - m) {
                throw new IllegalArgumentException("the message at offset " + at + " claims " + length
                        + " bytes, but the stream has " + (size - m) + " left");
            }
            byte type = frame.wrap(stream, at).messageType();
            switch (type) {
                case 'S' -> {
                    check(type, length, ItchSystemEventFlyweight.BYTE_SIZE, at);
                    ItchSystemEventFlyweight s = systemEvent.wrap(stream, m);
                    handler.systemEvent(s.stockLocate(), s.timestamp(), s.eventCode().code());
                }
                case 'A' -> {
                    check(type, length, ItchAddOrderFlyweight.BYTE_SIZE, at);
                    ItchAddOrderFlyweight a = addOrder.wrap(stream, m);
                    handler.addOrder(a.stockLocate(), a.timestamp(), a.orderReferenceNumber(), a.side().code(), a.shares(),
                            a.stockAsLong(), a.price());
                }
                case 'E' -> {
                    check(type, length, ItchOrderExecutedFlyweight.BYTE_SIZE, at);
                    ItchOrderExecutedFlyweight e = orderExecuted.wrap(stream, m);
                    handler.orderExecuted(e.stockLocate(), e.timestamp(), e.orderReferenceNumber(), e.executedShares(),
                            e.matchNumber());
                }
                case 'X' -> {
                    check(type, length, ItchOrderCancelFlyweight.BYTE_SIZE, at);
                    ItchOrderCancelFlyweight x = orderCancel.wrap(stream, m);
                    handler.orderCancel(x.stockLocate(), x.timestamp(), x.orderReferenceNumber(), x.cancelledShares());
                }
                case 'D' -> {
                    check(type, length, ItchOrderDeleteFlyweight.BYTE_SIZE, at);
                    ItchOrderDeleteFlyweight d = orderDelete.wrap(stream, m);
                    handler.orderDelete(d.stockLocate(), d.timestamp(), d.orderReferenceNumber());
                }
                case 'U' -> {
                    check(type, length, ItchOrderReplaceFlyweight.BYTE_SIZE, at);
                    ItchOrderReplaceFlyweight u = orderReplace.wrap(stream, m);
                    handler.orderReplace(u.stockLocate(), u.timestamp(), u.originalOrderReferenceNumber(),
                            u.newOrderReferenceNumber(), u.shares(), u.price());
                }
                case 'P' -> {
                    check(type, length, ItchTradeFlyweight.BYTE_SIZE, at);
                    ItchTradeFlyweight p = trade.wrap(stream, m);
                    handler.trade(p.stockLocate(), p.timestamp(), p.orderReferenceNumber(), p.side().code(), p.shares(),
                            p.stockAsLong(), p.price(), p.matchNumber());
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

    private static void check(byte type, int length, long expected, long at) {
        if (length < expected) {
            throw new IllegalArgumentException("the '" + (char) type + "' message at offset " + at + " is " + length
                    + " bytes long; its layout needs " + expected);
        }
    }
}
