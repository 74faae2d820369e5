package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/** One price level of a book: a nested {@link Price} by value, then the size resting there. */
@ArenaStruct
public interface Level {
    /** The level's price, nested by value: 16 bytes inline. */
    Price price();

    /** Total quantity resting at this price. */
    long quantity();

    /** Number of orders at this price. */
    int orders();
}
