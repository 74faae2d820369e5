package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * A resting order in {@link ItchBook}'s order table, one per order reference number:
 * {@code struct { int64_t price, shares; int32_t stockLocate; int8_t side; bool live; }}, 24 bytes.
 */
@ArenaStruct
public interface ItchBookOrder {
    /** Limit price, 4 implied decimals. */
    long price();

    /** Shares still resting: the added shares less executions and cancels. */
    long shares();

    /** The stock locate of the order's symbol. */
    int stockLocate();

    /** {@code 'B'} or {@code 'S'}. */
    byte side();

    /** Whether the order rests on the book: added and neither deleted, replaced nor fully executed. */
    boolean live();
}
