package dev.arenastruct.bench;

/**
 * The two on-heap baselines: immutable records made with {@code new} and kept in arrays (what
 * plain Java code does), and mutable objects taken from a pool and overwritten (what
 * garbage-conscious Java code does instead of an arena).
 */
public final class Heap {
    private Heap() {
    }

    /** {@link TradeEvent} as a record: 32 bytes on a 64-bit JVM with compressed pointers. */
    public record TradeEventRecord(long id, double price, int quantity) {
    }

    /** {@link Price} as a record. */
    public record PriceRecord(long mantissa, byte exponent) {
    }

    /** {@link Level} as a record; the price is a second object behind a reference, as in any Java model. */
    public record LevelRecord(PriceRecord price, long quantity, int orders) {
    }

    /** {@link Fill} as a record. */
    public record FillRecord(long orderId, long price, int quantity, byte side) {
    }

    /** A pooled, mutable {@link Fill}. */
    public static final class MutableFill {
        /** See {@link Fill#orderId()}. */
        public long orderId;
        /** See {@link Fill#price()}. */
        public long price;
        /** See {@link Fill#quantity()}. */
        public int quantity;
        /** See {@link Fill#side()}. */
        public byte side;
    }

    /** {@code n} pre-allocated fills. */
    public static MutableFill[] fillPool(int n) {
        MutableFill[] pool = new MutableFill[n];
        for (int i = 0; i < n; i++) {
            pool[i] = new MutableFill();
        }
        return pool;
    }

    /** A pooled, mutable {@link TradeEvent}. */
    public static final class MutableTradeEvent {
        /** See {@link TradeEvent#id()}. */
        public long id;
        /** See {@link TradeEvent#price()}. */
        public double price;
        /** See {@link TradeEvent#quantity()}. */
        public int quantity;
    }

    /** A pooled, mutable {@link Price}. */
    public static final class MutablePrice {
        /** See {@link Price#mantissa()}. */
        public long mantissa;
        /** See {@link Price#exponent()}. */
        public byte exponent;
    }

    /** A pooled, mutable {@link Level}; owns its price object for life, as a pooled object would. */
    public static final class MutableLevel {
        /** See {@link Level#price()}. */
        public final MutablePrice price = new MutablePrice();
        /** See {@link Level#quantity()}. */
        public long quantity;
        /** See {@link Level#orders()}. */
        public int orders;
    }

    /** {@code n} pre-allocated trade events, handed out by index; resetting the pool is resetting the index. */
    public static MutableTradeEvent[] tradePool(int n) {
        MutableTradeEvent[] pool = new MutableTradeEvent[n];
        for (int i = 0; i < n; i++) {
            pool[i] = new MutableTradeEvent();
        }
        return pool;
    }

    /** {@code n} pre-allocated levels. */
    public static MutableLevel[] levelPool(int n) {
        MutableLevel[] pool = new MutableLevel[n];
        for (int i = 0; i < n; i++) {
            pool[i] = new MutableLevel();
        }
        return pool;
    }
}
