package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Text;
import dev.arenastruct.Unsigned;

/**
 * ITCH 5.0 Add Order {@code 'A'}, 36 bytes as on the wire: a new order rests on the book.
 */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface ItchAddOrder {
    /** The message type, {@code 'A'}. */
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

    /** The day's unique reference number of the order. */
    long orderReferenceNumber();

    /** Buy or sell. */
    ItchSide side();

    /** Shares added. */
    @Unsigned(bytes = 4)
    long shares();

    /** The symbol: left-justified ASCII, padded with spaces. */
    @Text(length = 8, padding = Text.Padding.SPACES)
    byte stock(int index);

    /** Limit price, 4 implied decimals. */
    @Unsigned(bytes = 4)
    long price();
}
