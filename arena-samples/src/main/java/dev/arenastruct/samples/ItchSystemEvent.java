package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 System Event {@code 'S'}, 12 bytes as on the wire: packed, big-endian.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchSystemEvent {
    /** The message type, {@code 'S'}. */
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

    /** What happened. */
    ItchEventCode eventCode();
}
