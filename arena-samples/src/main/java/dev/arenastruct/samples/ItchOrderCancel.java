package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Order Cancel {@code 'X'}, 23 bytes as on the wire: part of a resting order was cancelled.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchOrderCancel {
    /** The message type, {@code 'X'}. */
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

    /** The order reduced. */
    long orderReferenceNumber();

    /** Shares taken off. */
    @Unsigned(bytes = 4)
    long cancelledShares();
}
