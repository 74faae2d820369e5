package dev.arenastruct.bench;

import dev.arenastruct.Array;
import dev.arenastruct.ArenaStruct;

/**
 * An order-book snapshot, ten levels a side inline, C: {@code struct { struct BookLevel bids[10];
 * struct BookLevel asks[10]; }}, 480 bytes: the nested scan's struct array of struct arrays.
 */
@ArenaStruct
public interface OrderBook {
    /** Best bid first. */
    @Array(length = 10)
    BookLevel bids(int index);

    /** Best ask first. */
    @Array(length = 10)
    BookLevel asks(int index);
}
