package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * What every message of an ITCH stream file starts with, length prefix included: the 2-byte
 * big-endian length, then the header all seven message types share (type, stock locate, tracking
 * number, 6-byte timestamp). A decoder reads it once per message, then only the fields of the
 * message's own type, as hand-written decoders do.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchHeader {
    /** Bytes of the message that follows the prefix. */
    @Unsigned(bytes = 2)
    int messageLength();

    /** The message's type: {@code 'S'}, {@code 'A'}, {@code 'E'}, ... */
    byte messageType();

    /** The stock's index for the day; 0 for system events. */
    @Unsigned(bytes = 2)
    int stockLocate();

    /** NASDAQ's internal tracking number. */
    @Unsigned(bytes = 2)
    int trackingNumber();

    /** Nanoseconds since midnight. */
    @Unsigned(bytes = 6)
    long timestamp();
}
