package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/**
 * The first three bytes of every message in an ITCH stream file: the 2-byte big-endian length
 * prefix that frames the message, then the message's own first byte, its type.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchFrame {
    /** Bytes of the message that follows the prefix. */
    @Unsigned(bytes = 2)
    int messageLength();

    /** The message's type: {@code 'S'}, {@code 'A'}, {@code 'E'}, ... */
    byte messageType();
}
