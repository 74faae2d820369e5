package dev.arenastruct.samples;

import dev.arenastruct.BumpArena;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;

/**
 * A NASDAQ TotalView-ITCH 5.0 feed handler over generated wire-format flyweights: a seeded trading
 * day from {@link ItchGenerator} is copied into arena memory, as a receive buffer would hold it;
 * {@link ItchFlyweightDecoder} walks it, wrapping one reused flyweight per message type at each
 * message (the messages are packed, big-endian structs: {@link ItchAddOrder} and its siblings),
 * and an {@link ItchBook} applies them to an order book that is itself arena structs. It prints
 * per symbol the resting orders and shares, best bid and ask, volume, trades and last price, then
 * the day's first Add Order read through the text helpers and a static accessor.
 *
 * <p>{@code java ItchSample [messages [seed]]}: 500,000 messages from seed 2026 by default.
 */
public final class ItchSample {
    /** Messages in the day when none is given. */
    public static final int DEFAULT_MESSAGES = 500_000;

    /** The generator's seed when none is given. */
    public static final long DEFAULT_SEED = 2026;

    private ItchSample() {
    }

    /** Runs the sample on standard output: {@code [messages [seed]]}. */
    public static void main(String[] args) {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_MESSAGES;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        run(System.out, seed, messages);
    }

    /** Generates {@code messages} messages from {@code seed}, decodes them into a book and prints it to {@code out}. */
    public static void run(PrintStream out, long seed, int messages) {
        ItchStream day = ItchGenerator.generate(seed, messages);
        long bookBytes = day.orderReferences() * ItchBookOrderFlyweight.BYTE_SIZE
                + day.symbols().size() * ItchBookStockFlyweight.BYTE_SIZE;
        try (BumpArena arena = BumpArena.ofCapacity(day.bytes().byteSize() + bookBytes + 4096)) {
            MemorySegment feed = arena.allocate(day.bytes().byteSize(), 1).copyFrom(day.bytes()); // the receive buffer
            ItchBook book = ItchBook.forStream(arena, day);
            long decoded = new ItchFlyweightDecoder().decode(feed, book);
            out.println("ITCH 5.0, seed " + seed + ": " + decoded + " messages, " + feed.byteSize() + " bytes");
            out.print(book.summary().format());

            // The day's first order: after three System Events (2 + 12 bytes each) on an empty book.
            long at = 3 * (2 + ItchSystemEventFlyweight.BYTE_SIZE) + 2;
            ItchAddOrderFlyweight add = new ItchAddOrderFlyweight().wrap(feed, at);
            StringBuilder line = new StringBuilder("first add: ").append(add.side()).append(' ').append(add.shares())
                    .append(' ');
            add.appendStock(line) // no String made for the symbol
                    .append(" @ ").append(ItchBookSummary.price(ItchAddOrderFlyweight.price(feed, at))) // static accessor
                    .append(", order ").append(add.orderReferenceNumber())
                    .append(", is ").append(day.symbols().getFirst()).append(": ").append(add.stockEquals(day.symbols().getFirst()));
            out.println(line);
        }
    }
}
