package dev.arenastruct.samples;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StructArray;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;

/**
 * A market-data loop over nested, array, enum and text fields: each tick rewrites one
 * {@link BookSnapshot} in place (ten {@link Level}s a side, each with a nested {@link Price}) and
 * reads it back; then a contiguous array of {@link Order}s is filled through one reused flyweight
 * and scanned with the static accessors, which need no object at all.
 */
public final class OrderBookSample {
    private OrderBookSample() {
    }

    /** Runs the sample on standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out) {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) {
            BookSnapshotFlyweight book = BookSnapshotFlyweight.allocate(arena);
            StringBuilder line = new StringBuilder();
            for (int tick = 0; tick < 3; tick++) {
                fill(book, tick);
                line.setLength(0);
                book.appendSymbol(line.append("tick ").append(tick).append(": ")) // no String made for the symbol
                        .append(" seq=").append(book.sequence())
                        .append(" bid=").append(book.bids(0).price().asDouble())
                        .append(" ask=").append(book.asks(0).price().asDouble())
                        .append(" spread=").append(book.asks(0).price().mantissa() - book.bids(0).price().mantissa())
                        .append(" ticks, bid depth=").append(depth(book))
                        .append(", last trade ").append(book.lastTradeSide());
                out.println(line);
            }
            out.println("is AAPL: " + book.symbolEquals("AAPL") + ", snapshot " + BookSnapshotFlyweight.BYTE_SIZE
                    + " bytes aligned to " + BookSnapshotFlyweight.BYTE_ALIGNMENT);

            int count = 1000;
            StructArray<OrderFlyweight> orderArray = OrderFlyweight.allocateStructs(arena, count);
            OrderFlyweight cursor = new OrderFlyweight();
            for (int i = 0; i < count; i++) {
                cursor.wrapElement(orderArray, i).id(i).priceTicks(18_950 + i % 7).quantity(1 + i % 100)
                        .side(i % 3 == 0 ? Side.ASK : Side.BID);
            }
            long bidQuantity = 0;
            MemorySegment orders = orderArray.segment(); // the static accessors read it without a flyweight
            for (long at = 0; at < orders.byteSize(); at += OrderFlyweight.BYTE_SIZE) {
                if (OrderFlyweight.side(orders, at) == Side.BID) {
                    bidQuantity += OrderFlyweight.quantity(orders, at);
                }
            }
            out.println(count + " orders in " + orders.byteSize() + " bytes, bid quantity " + bidQuantity);
        }
    }

    private static void fill(BookSnapshotFlyweight book, int tick) {
        book.symbol("AAPL").sequence(1000 + tick).lastTradeSide(tick % 2 == 0 ? Side.BID : Side.ASK);
        for (int level = 0; level < BookSnapshotFlyweight.BIDS_LENGTH; level++) {
            LevelFlyweight bid = book.bids(level).quantity(100L * (level + 1)).orders(level + 1);
            bid.price().mantissa(18_950 - tick - level).exponent((byte) -2);
            LevelFlyweight ask = book.asks(level).quantity(50L * (level + 1)).orders(level + 2);
            ask.price().mantissa(18_952 + level).exponent((byte) -2);
        }
    }

    private static long depth(BookSnapshotFlyweight book) {
        long total = 0;
        for (int level = 0; level < BookSnapshotFlyweight.BIDS_LENGTH; level++) {
            total += book.bids(level).quantity();
        }
        return total;
    }
}
