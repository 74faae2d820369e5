package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Order Delete {@code 'D'}, 19 bytes as on the wire: a resting order left the book.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchOrderDelete {
    /** The message type, {@code 'D'}. */
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

    /** The order deleted. */
    long orderReferenceNumber();
}
