package dev.arenastruct.bench;

/**
 * The C offsets of {@link TradeEvent} and {@link Level}, written out by hand as a C programmer (or
 * a trading shop's hand-rolled codec) would: the hand-written FFM, {@code Unsafe} and Agrona
 * baselines use these and never the generated constants, so they stay independent of the
 * processor. The SBE schema spells out the same offsets; a test checks all three agree.
 */
public final class CLayout {
    /** {@code sizeof(struct TradeEvent)}. */
    public static final long TRADE_SIZE = 24;
    /** {@code offsetof(struct TradeEvent, id)}. */
    public static final long TRADE_ID = 0;
    /** {@code offsetof(struct TradeEvent, price)}. */
    public static final long TRADE_PRICE = 8;
    /** {@code offsetof(struct TradeEvent, quantity)}. */
    public static final long TRADE_QUANTITY = 16;

    /** {@code sizeof(struct Level)}. */
    public static final long LEVEL_SIZE = 32;
    /** {@code offsetof(struct Level, price.mantissa)}. */
    public static final long LEVEL_MANTISSA = 0;
    /** {@code offsetof(struct Level, price.exponent)}. */
    public static final long LEVEL_EXPONENT = 8;
    /** {@code offsetof(struct Level, quantity)}. */
    public static final long LEVEL_QUANTITY = 16;
    /** {@code offsetof(struct Level, orders)}. */
    public static final long LEVEL_ORDERS = 24;

    /** Every struct here is 8-byte aligned. */
    public static final long ALIGNMENT = 8;

    private CLayout() {
    }

    /** Rounds {@code offset} up to {@link #ALIGNMENT}, as a hand-written bump allocator does. */
    public static long align(long offset) {
        return (offset + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
