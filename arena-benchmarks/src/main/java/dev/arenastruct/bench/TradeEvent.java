package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;

/**
 * The benchmarks' flat struct, C: {@code struct { int64_t id; double price; int32_t quantity; }},
 * 24 bytes with 4 bytes of tail padding. Every baseline encodes exactly these fields.
 */
@ArenaStruct
public interface TradeEvent {
    /** Trade id. */
    long id();

    /** Execution price. */
    double price();

    /** Executed quantity. */
    int quantity();
}
