package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;

/**
 * The benchmarks' nested struct, one order-book level, C:
 * {@code struct { struct Price price; int64_t quantity; int32_t orders; }}, 32 bytes.
 */
@ArenaStruct
public interface Level {
    /** Nested by value at offset 0. */
    Price price();

    /** Quantity resting at this price. */
    long quantity();

    /** Number of orders at this price. */
    int orders();
}
