package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * One trade, as a C struct: {@code struct { int64_t id; double price; int32_t quantity; }},
 * 24 bytes with 4 of tail padding. The processor generates {@link TradeEventFlyweight}.
 */
@ArenaStruct
public interface TradeEvent {
    /** The trade's id. */
    long id();

    /** Price per unit. */
    double price();

    /** Units traded. */
    int quantity();

    /** Not a field: default methods compute from fields. */
    default double notional() {
        return price() * quantity();
    }
}
