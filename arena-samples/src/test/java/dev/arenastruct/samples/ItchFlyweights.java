package dev.arenastruct.samples;

import java.lang.foreign.MemorySegment;

/** Reads and writes whole ITCH messages through the generated flyweights, field by field, for the tests. */
final class ItchFlyweights {
    private ItchFlyweights() {
    }

    /** The message of type {@code type} at {@code at}, every field read through its flyweight's getter. */
    static ItchMessage read(MemorySegment s, long at, byte type) {
        return switch (type) {
            case 'S' -> {
                ItchSystemEventFlyweight f = new ItchSystemEventFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.SystemEvent(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.eventCode().code());
            }
            case 'A' -> {
                ItchAddOrderFlyweight f = new ItchAddOrderFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.AddOrder(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                        f.side().code(), f.shares(), f.stockAsString(), f.price());
            }
            case 'E' -> {
                ItchOrderExecutedFlyweight f = new ItchOrderExecutedFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.OrderExecuted(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                        f.executedShares(), f.matchNumber());
            }
            case 'X' -> {
                ItchOrderCancelFlyweight f = new ItchOrderCancelFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.OrderCancel(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                        f.cancelledShares());
            }
            case 'D' -> {
                ItchOrderDeleteFlyweight f = new ItchOrderDeleteFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.OrderDelete(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber());
            }
            case 'U' -> {
                ItchOrderReplaceFlyweight f = new ItchOrderReplaceFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.OrderReplace(f.stockLocate(), f.trackingNumber(), f.timestamp(),
                        f.originalOrderReferenceNumber(), f.newOrderReferenceNumber(), f.shares(), f.price());
            }
            case 'P' -> {
                ItchTradeFlyweight f = new ItchTradeFlyweight().wrap(s, at);
                check(type, f.messageType(), at);
                yield new ItchMessage.Trade(f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                        f.side().code(), f.shares(), f.stockAsString(), f.price(), f.matchNumber());
            }
            default -> throw new AssertionError("type " + type + " at offset " + at);
        };
    }

    /** Writes {@code message} at {@code at} with its flyweight's setters, every field. */
    static void write(ItchMessage message, MemorySegment s, long at) {
        switch (message) {
            case ItchMessage.SystemEvent m -> new ItchSystemEventFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .eventCode(eventCode(m.eventCode()));
            case ItchMessage.AddOrder m -> new ItchAddOrderFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .orderReferenceNumber(m.orderReferenceNumber()).side(side(m.side())).shares(m.shares()).stock(m.stock())
                    .price(m.price());
            case ItchMessage.OrderExecuted m -> new ItchOrderExecutedFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .orderReferenceNumber(m.orderReferenceNumber()).executedShares(m.executedShares())
                    .matchNumber(m.matchNumber());
            case ItchMessage.OrderCancel m -> new ItchOrderCancelFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .orderReferenceNumber(m.orderReferenceNumber()).cancelledShares(m.cancelledShares());
            case ItchMessage.OrderDelete m -> new ItchOrderDeleteFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .orderReferenceNumber(m.orderReferenceNumber());
            case ItchMessage.OrderReplace m -> new ItchOrderReplaceFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .originalOrderReferenceNumber(m.originalOrderReferenceNumber())
                    .newOrderReferenceNumber(m.newOrderReferenceNumber()).shares(m.shares()).price(m.price());
            case ItchMessage.Trade m -> new ItchTradeFlyweight().wrap(s, at).messageType(m.type())
                    .stockLocate(m.stockLocate()).trackingNumber(m.trackingNumber()).timestamp(m.timestamp())
                    .orderReferenceNumber(m.orderReferenceNumber()).side(side(m.side())).shares(m.shares()).stock(m.stock())
                    .price(m.price()).matchNumber(m.matchNumber());
        }
    }

    private static ItchSide side(byte code) {
        for (ItchSide side : ItchSide.values()) {
            if (side.code() == code) {
                return side;
            }
        }
        throw new AssertionError("no side has code " + code);
    }

    private static ItchEventCode eventCode(byte code) {
        for (ItchEventCode event : ItchEventCode.values()) {
            if (event.code() == code) {
                return event;
            }
        }
        throw new AssertionError("no event has code " + code);
    }

    private static void check(byte expected, byte type, long at) {
        if (type != expected) {
            throw new AssertionError("the message at " + at + " has type " + type + ", not " + expected);
        }
    }
}
