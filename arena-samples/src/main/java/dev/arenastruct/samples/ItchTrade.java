package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Text;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Trade (non-cross) {@code 'P'}, 44 bytes as on the wire: a non-displayed order traded.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchTrade {
    /** The message type, {@code 'P'}. */
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

    /** The order that traded; NASDAQ sends 0. */
    long orderReferenceNumber();

    /** Buy or sell. */
    ItchSide side();

    /** Shares traded. */
    @Unsigned(bytes = 4)
    long shares();

    /** The symbol: left-justified ASCII, padded with spaces. */
    @Text(length = 8, padding = Text.Padding.SPACES)
    byte stock(int index);

    /** Trade price, 4 implied decimals. */
    @Unsigned(bytes = 4)
    long price();

    /** The day's unique number of the trade. */
    long matchNumber();
}
