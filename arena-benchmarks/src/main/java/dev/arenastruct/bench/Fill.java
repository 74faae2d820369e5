package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;

/**
 * The batch scenario's small struct, one execution report, C:
 * {@code struct { int64_t orderId; int64_t price; int32_t quantity; int8_t side; }}, 24 bytes with
 * 3 bytes of tail padding: four fields of three widths, so a batch writes more than one store shape.
 */
@ArenaStruct
public interface Fill {
    /** The order this fill executes. */
    long orderId();

    /** Execution price in ticks. */
    long price();

    /** Executed quantity. */
    int quantity();

    /** 0 for a buy, 1 for a sell. */
    byte side();
}
