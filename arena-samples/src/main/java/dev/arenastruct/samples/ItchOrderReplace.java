package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Order Replace {@code 'U'}, 35 bytes as on the wire: a resting order is replaced by a new one on its side.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchOrderReplace {
    /** The message type, {@code 'U'}. */
    byte messageType();

    /** The stock locate code, 0 for system events. */
    @Unsigned(bytes = 2)
    int stockLocate();

    /** NASDAQ's internal tracking number. */
    @Unsigned(bytes = 2)
    int trackingNumber();

    /** Nanoseconds since midnight: 6 bytes. */
    @Unsigned(bytes = 6)
    long timestamp();

    /** The order replaced. */
    long originalOrderReferenceNumber();

    /** The new order's reference number. */
    long newOrderReferenceNumber();

    /** Shares of the new order. */
    @Unsigned(bytes = 4)
    long shares();

    /** Limit price of the new order, 4 implied decimals. */
    @Unsigned(bytes = 4)
    long price();
}
