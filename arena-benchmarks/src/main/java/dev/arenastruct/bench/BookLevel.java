package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;

/**
 * One price level of an {@link OrderBook}, C: {@code struct { int64_t price; int64_t quantity;
 * int32_t orders; }}, 24 bytes. Flat (the price in ticks), unlike {@link Level}, so the nested scan
 * measures the array-of-nested-structs access and not a second level of nesting.
 */
@ArenaStruct
public interface BookLevel {
    /** Price in ticks. */
    long price();

    /** Quantity resting at this price. */
    long quantity();

    /** Number of orders at this price. */
    int orders();
}
