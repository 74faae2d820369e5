package dev.arenastruct.bench;

/**
 * The C offsets of {@link TradeEvent}, {@link Level}, {@link Fill} and {@link OrderBook}, written out by hand as a C programmer (or
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

    /** {@code sizeof(struct Fill)}. */
    public static final long FILL_SIZE = 24;
    /** {@code offsetof(struct Fill, orderId)}. */
    public static final long FILL_ORDER_ID = 0;
    /** {@code offsetof(struct Fill, price)}. */
    public static final long FILL_PRICE = 8;
    /** {@code offsetof(struct Fill, quantity)}. */
    public static final long FILL_QUANTITY = 16;
    /** {@code offsetof(struct Fill, side)}. */
    public static final long FILL_SIDE = 20;

    /** Levels a side in an {@code OrderBook}. */
    public static final int BOOK_DEPTH = 10;
    /** {@code sizeof(struct BookLevel)}. */
    public static final long BOOK_LEVEL_SIZE = 24;
    /** {@code offsetof(struct BookLevel, price)}. */
    public static final long BOOK_LEVEL_PRICE = 0;
    /** {@code offsetof(struct BookLevel, quantity)}. */
    public static final long BOOK_LEVEL_QUANTITY = 8;
    /** {@code offsetof(struct BookLevel, orders)}. */
    public static final long BOOK_LEVEL_ORDERS = 16;
    /** {@code sizeof(struct OrderBook)}: two arrays of {@link #BOOK_DEPTH} levels. */
    public static final long BOOK_SIZE = 480;
    /** {@code offsetof(struct OrderBook, bids)}. */
    public static final long BOOK_BIDS = 0;
    /** {@code offsetof(struct OrderBook, asks)}. */
    public static final long BOOK_ASKS = 240;

    /** Every struct here is 8-byte aligned. */
    public static final long ALIGNMENT = 8;

    private CLayout() {
    }

    /** Rounds {@code offset} up to {@link #ALIGNMENT}, as a hand-written bump allocator does. */
    public static long align(long offset) {
        return (offset + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
