package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/** An order in a contiguous struct array: 24 bytes, scanned with static accessors. */
@ArenaStruct
public interface Order {
    /** The order's id. */
    long id();

    /** Price in ticks. */
    long priceTicks();

    /** Quantity. */
    int quantity();

    /** Bid or ask: one byte. */
    Side side();
}
