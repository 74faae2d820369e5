package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Order Executed {@code 'E'}, 31 bytes as on the wire: part or all of a resting order traded.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchOrderExecuted {
    /** The message type, {@code 'E'}. */
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

    /** The order that traded. */
    long orderReferenceNumber();

    /** Shares traded. */
    @Unsigned(bytes = 4)
    long executedShares();

    /** The day's unique number of the trade. */
    long matchNumber();
}
