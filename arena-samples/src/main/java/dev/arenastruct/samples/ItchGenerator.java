package dev.arenastruct.samples;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a seeded, deterministic NASDAQ TotalView-ITCH 5.0 trading day: six System Events (start
 * of messages, of system hours and of market hours first; end of market hours, of system hours and
 * of messages last) around Add Order, Order Executed, Order Cancel, Order Delete, Order Replace and
 * Trade (non-cross) messages on {@link #SYMBOLS}, stock locate 1 to 8.
 *
 * <p>The stream is self-consistent, so that a book can apply it and check it: order reference
 * numbers count up from {@link #FIRST_ORDER_REFERENCE} without gaps (an Add Order or the new order
 * of a Replace takes the next one); executions, cancels, deletes and replaces name only live
 * orders, never for more shares than are left; match numbers count up; timestamps strictly
 * increase, the order flow spread over market hours (09:30 to 16:00). Bids rest below a reference
 * price per symbol and asks above it, 1 to 20 cents away, so the book never crosses; a Trade
 * (a hidden order executing) prints within a cent of it. The same seed gives the same bytes on
 * every JDK ({@link Random}'s sequence is specified).
 *
 * <p>The mix, per order-flow message: 36% adds, 5% trades, and on a random live order 30%
 * deletes, 12% replaces, 8% cancels (a delete where one share is left) and 9% executions (half
 * of them of all that is left); adds turn into deletes while {@value #MAX_LIVE_ORDERS} orders rest.
 */
public final class ItchGenerator {
    /** The stocks, by stock locate: locate 1 is {@code "AAPL"}. */
    public static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AMD");

    /** The reference price of each symbol, in ITCH's 4 implied decimals (189.5000 is 1,895,000). */
    private static final long[] REFERENCE_PRICES = {1_895_000, 4_152_500, 1_245_000, 1_784_000, 1_422_000, 4_856_000,
        2_487_500, 1_563_000};

    /** The reference number of the day's first order: above 2^32, so that all 8 bytes of the field matter. */
    public static final long FIRST_ORDER_REFERENCE = 5_000_000_001L;

    /** The match number of the day's first execution. */
    public static final long FIRST_MATCH_NUMBER = 7_000_000_001L;

    /** How many System Event messages a stream has: three before the order flow, three after it. */
    public static final int SYSTEM_EVENTS = 6;

    /** At most this many orders rest at once; beyond it, adds become deletes. */
    public static final int MAX_LIVE_ORDERS = 20_000;

    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3600 * SECOND;
    private static final long MARKET_OPEN = 9 * HOUR + 30 * 60 * SECOND;
    private static final long MARKET_CLOSE = 16 * HOUR;
    private static final long CENT = 100; // in 4 implied decimals

    private final Random random;
    private final Consumer<? super ItchMessage> sink;
    private final byte[] buffer;
    private final MemorySegment out;
    private long at;

    // Every order the day has seen, by reference number - FIRST_ORDER_REFERENCE.
    private final long[] remaining;
    private final long[] prices;
    private final byte[] sides;
    private final byte[] locates;
    private long nextReference = FIRST_ORDER_REFERENCE;
    private long nextMatch = FIRST_MATCH_NUMBER;

    // The live orders, as indices into the arrays above, and where each index sits in live (-1: not live).
    private final int[] live;
    private final int[] livePosition;
    private int liveCount;

    private ItchGenerator(long seed, int messages, Consumer<? super ItchMessage> sink) {
        this.random = new Random(seed);
        this.sink = sink;
        this.buffer = new byte[Math.multiplyExact(messages, ItchStream.PREFIX_LENGTH + ItchMessage.MAX_LENGTH)];
        this.out = MemorySegment.ofArray(buffer);
        int orders = messages; // at most one new reference number per message
        this.remaining = new long[orders];
        this.prices = new long[orders];
        this.sides = new byte[orders];
        this.locates = new byte[orders];
        this.live = new int[orders];
        this.livePosition = new int[orders];
        Arrays.fill(livePosition, -1);
    }

    /**
     * A stream of {@code messages} messages (at least {@link #SYSTEM_EVENTS}) from {@code seed}.
     *
     * @throws IllegalArgumentException if {@code messages} is below {@link #SYSTEM_EVENTS}
     */
    public static ItchStream generate(long seed, int messages) {
        return generate(seed, messages, message -> { });
    }

    /**
     * A stream of {@code messages} messages from {@code seed}, handing {@code each} every message as
     * values, in stream order, as it is written: what a test compares decoded fields with.
     *
     * @throws IllegalArgumentException if {@code messages} is below {@link #SYSTEM_EVENTS}
     */
    public static ItchStream generate(long seed, int messages, Consumer<? super ItchMessage> each) {
        if (messages < SYSTEM_EVENTS) {
            throw new IllegalArgumentException("an ITCH stream here has at least " + SYSTEM_EVENTS
                    + " messages (its system events): messages=" + messages);
        }
        ItchGenerator generator = new ItchGenerator(seed, messages, each);
        generator.day(messages - SYSTEM_EVENTS);
        byte[] bytes = Arrays.copyOf(generator.buffer, Math.toIntExact(generator.at));
        return new ItchStream(MemorySegment.ofArray(bytes), messages, FIRST_ORDER_REFERENCE,
                generator.nextReference - FIRST_ORDER_REFERENCE, SYMBOLS);
    }

    private void day(int flow) {
        systemEvent(3 * HOUR + 2 * SECOND + random.nextInt(1_000_000_000), 'O');
        systemEvent(4 * HOUR, 'S');
        systemEvent(MARKET_OPEN, 'Q');
        // Strictly increasing: message k at open + (k + 1) * step plus less than half a step of jitter.
        long step = (MARKET_CLOSE - MARKET_OPEN) / (flow + 1L);
        for (int k = 0; k < flow; k++) {
            long timestamp = MARKET_OPEN + (k + 1) * step + (step < 2 ? 0 : random.nextLong(step / 2));
            orderFlow(timestamp);
        }
        systemEvent(MARKET_CLOSE, 'M');
        systemEvent(20 * HOUR, 'E');
        systemEvent(20 * HOUR + 5 * 60 * SECOND, 'C');
    }

    private void orderFlow(long timestamp) {
        int roll = random.nextInt(100);
        if (roll < 36 || liveCount == 0) {
            if (liveCount < MAX_LIVE_ORDERS) {
                addOrder(timestamp);
                return;
            }
            roll = 41; // the book is full: a delete instead
        }
        if (roll < 41) {
            trade(timestamp);
            return;
        }
        int order = live[random.nextInt(liveCount)];
        int locate = locates[order];
        long reference = FIRST_ORDER_REFERENCE + order;
        if (roll < 71 || (roll >= 83 && roll < 91 && remaining[order] == 1)) {
            emit(new ItchMessage.OrderDelete(locate, tracking(), timestamp, reference));
            retire(order);
        } else if (roll < 83) {
            int replacement = newOrder(locate, sides[order], price(locate, sides[order]), shares());
            emit(new ItchMessage.OrderReplace(locate, tracking(), timestamp, reference,
                    FIRST_ORDER_REFERENCE + replacement, remaining[replacement], prices[replacement]));
            retire(order);
        } else if (roll < 91) {
            long cancelled = 1 + random.nextLong(remaining[order] - 1);
            emit(new ItchMessage.OrderCancel(locate, tracking(), timestamp, reference, cancelled));
            remaining[order] -= cancelled;
        } else {
            long executed = random.nextBoolean() ? remaining[order] : 1 + random.nextLong(remaining[order]);
            emit(new ItchMessage.OrderExecuted(locate, tracking(), timestamp, reference, executed, nextMatch++));
            remaining[order] -= executed;
            if (remaining[order] == 0) {
                retire(order);
            }
        }
    }

    private void addOrder(long timestamp) {
        int locate = 1 + random.nextInt(SYMBOLS.size());
        byte side = random.nextBoolean() ? (byte) 'B' : (byte) 'S';
        int order = newOrder(locate, side, price(locate, side), shares());
        emit(new ItchMessage.AddOrder(locate, tracking(), timestamp, FIRST_ORDER_REFERENCE + order, side, remaining[order],
                SYMBOLS.get(locate - 1), prices[order]));
    }

    private void trade(long timestamp) {
        int locate = 1 + random.nextInt(SYMBOLS.size());
        long price = REFERENCE_PRICES[locate - 1] + (random.nextInt(3) - 1) * CENT;
        emit(new ItchMessage.Trade(locate, tracking(), timestamp, 0, random.nextBoolean() ? (byte) 'B' : (byte) 'S',
                1 + random.nextInt(500), SYMBOLS.get(locate - 1), price, nextMatch++));
    }

    /** Takes the next reference number for a live order; returns its index. */
    private int newOrder(int locate, byte side, long price, long shares) {
        int order = Math.toIntExact(nextReference++ - FIRST_ORDER_REFERENCE);
        remaining[order] = shares;
        prices[order] = price;
        sides[order] = side;
        locates[order] = (byte) locate;
        livePosition[order] = liveCount;
        live[liveCount++] = order;
        return order;
    }

    private void retire(int order) {
        int position = livePosition[order];
        int last = live[--liveCount];
        live[position] = last;
        livePosition[last] = position;
        livePosition[order] = -1;
        remaining[order] = 0;
    }

    /** A bid 1 to 20 cents below the symbol's reference price, an ask as far above it. */
    private long price(int locate, byte side) {
        long away = (1 + random.nextInt(20)) * CENT;
        return REFERENCE_PRICES[locate - 1] + (side == 'B' ? -away : away);
    }

    /** Mostly round lots of 100 to 1,000 shares, sometimes an odd lot of 1 to 99. */
    private long shares() {
        return random.nextInt(10) < 7 ? 100L * (1 + random.nextInt(10)) : 1 + random.nextInt(99);
    }

    private int tracking() {
        return random.nextInt(1 << 16);
    }

    private void systemEvent(long timestamp, char code) {
        emit(new ItchMessage.SystemEvent(0, tracking(), timestamp, (byte) code));
    }

    private void emit(ItchMessage message) {
        out.set(ItchMessage.U16, at, (short) message.length());
        message.encode(out, at + ItchStream.PREFIX_LENGTH);
        at += ItchStream.PREFIX_LENGTH + message.length();
        sink.accept(message);
    }
}
