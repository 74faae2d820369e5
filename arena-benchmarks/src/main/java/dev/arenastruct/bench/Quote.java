package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/**
 * The text-and-enum scenario's struct, C: {@code struct { int64_t id; uint8_t side; char symbol[8]; }},
 * 24 bytes: an enum stored as its ordinal and a space for an exchange symbol.
 */
@ArenaStruct
public interface Quote {
    /** Which side of the book. */
    enum Side { BID, ASK }

    /** Quote id. */
    long id();

    /** The side, one byte. */
    Side side();

    /** The instrument, UTF-8, zero padded. */
    @Text(length = 8)
    byte symbol(int index);
}
