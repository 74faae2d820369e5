package dev.arenastruct.samples;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.StructArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An order book per stock, fed message by message by an ITCH decoder, kept entirely in arena
 * structs: an order table of {@link ItchBookOrder}s indexed by {@code orderReferenceNumber -
 * firstOrderReference} (ITCH order reference numbers of a day count up, so the table is dense)
 * and one {@link ItchBookStock} per stock locate. Applying a message allocates nothing on the heap;
 * one reused flyweight visits the table.
 *
 * <p>Resting shares per side, trades, volume and the last trade price are kept as the messages
 * arrive; best bid and ask are found by {@link #summary()}, which scans the live orders. Messages
 * that contradict the book (an unknown or dead order, more shares than rest, another symbol for a
 * locate) throw {@link IllegalStateException} naming the numbers, leaving the book as it was
 * before that message.
 */
public final class ItchBook implements ItchHandler {
    private final long firstOrderReference;
    private final StructArray<ItchBookOrderFlyweight> orders;
    private final StructArray<ItchBookStockFlyweight> stocks;
    private final ItchBookOrderFlyweight order = new ItchBookOrderFlyweight();
    private final ItchBookOrderFlyweight replacement = new ItchBookOrderFlyweight();
    private final ItchBookStockFlyweight stock = new ItchBookStockFlyweight();
    private long messages;
    private long lastTimestamp;
    private byte lastSystemEvent;

    /**
     * A book for order reference numbers {@code firstOrderReference} to {@code firstOrderReference +
     * orderCapacity - 1} and stock locates 1 to {@code stockCount}, allocated zeroed in {@code arena}.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if the tables do not fit in {@code arena}
     * @throws IllegalArgumentException if a count is negative
     */
    public ItchBook(ArenaAllocator arena, long firstOrderReference, long orderCapacity, int stockCount) {
        this.firstOrderReference = firstOrderReference;
        this.orders = ItchBookOrderFlyweight.allocateStructs(arena, orderCapacity);
        this.stocks = ItchBookStockFlyweight.allocateStructs(arena, stockCount);
    }

    /** A book sized for {@code stream}: its order reference numbers and its symbols. */
    public static ItchBook forStream(ArenaAllocator arena, ItchStream stream) {
        return new ItchBook(arena, stream.firstOrderReference(), stream.orderReferences(), stream.symbols().size());
    }

    @Override
    public void systemEvent(int stockLocate, long timestamp, byte eventCode) {
        lastSystemEvent = eventCode;
        applied(timestamp);
    }

    @Override
    public void addOrder(int stockLocate, long timestamp, long orderReferenceNumber, byte side, long shares, long stockBits,
            long price) {
        ItchBookOrderFlyweight o = slot(order, orderReferenceNumber);
        checkSide(side, orderReferenceNumber);
        if (o.live()) {
            throw new IllegalStateException("order " + orderReferenceNumber + " is added twice");
        }
        ItchBookStockFlyweight s = stock(stockLocate, stockBits);
        o.price(price).shares(shares).stockLocate(stockLocate).side(side).live(true);
        rest(s, side, shares);
        applied(timestamp);
    }

    @Override
    public void orderExecuted(int stockLocate, long timestamp, long orderReferenceNumber, long executedShares,
            long matchNumber) {
        ItchBookOrderFlyweight o = liveOrder(order, stockLocate, orderReferenceNumber, executedShares);
        ItchBookStockFlyweight s = stock(stockLocate);
        s.executedShares(s.executedShares() + executedShares).trades(s.trades() + 1).lastTradePrice(o.price());
        reduce(o, s, executedShares);
        applied(timestamp);
    }

    @Override
    public void orderCancel(int stockLocate, long timestamp, long orderReferenceNumber, long cancelledShares) {
        ItchBookOrderFlyweight o = liveOrder(order, stockLocate, orderReferenceNumber, cancelledShares);
        reduce(o, stock(stockLocate), cancelledShares);
        applied(timestamp);
    }

    @Override
    public void orderDelete(int stockLocate, long timestamp, long orderReferenceNumber) {
        ItchBookOrderFlyweight o = liveOrder(order, stockLocate, orderReferenceNumber, 0);
        reduce(o, stock(stockLocate), o.shares());
        applied(timestamp);
    }

    @Override
    public void orderReplace(int stockLocate, long timestamp, long originalOrderReferenceNumber, long newOrderReferenceNumber,
            long shares, long price) {
        ItchBookOrderFlyweight o = liveOrder(order, stockLocate, originalOrderReferenceNumber, 0);
        ItchBookOrderFlyweight n = slot(replacement, newOrderReferenceNumber);
        if (n.live()) {
            throw new IllegalStateException("order " + originalOrderReferenceNumber + " is replaced by order "
                    + newOrderReferenceNumber + ", which is already live");
        }
        ItchBookStockFlyweight s = stock(stockLocate);
        byte side = o.side();
        reduce(o, s, o.shares());
        n.price(price).shares(shares).stockLocate(stockLocate).side(side).live(true);
        rest(s, side, shares);
        applied(timestamp);
    }

    @Override
    public void trade(int stockLocate, long timestamp, long orderReferenceNumber, byte side, long shares, long stockBits,
            long price, long matchNumber) {
        checkSide(side, orderReferenceNumber);
        ItchBookStockFlyweight s = stock(stockLocate, stockBits);
        s.executedShares(s.executedShares() + shares).trades(s.trades() + 1).lastTradePrice(price);
        applied(timestamp);
    }

    /** The book now, best bid and ask found by a scan of the order table. */
    public ItchBookSummary summary() {
        int count = Math.toIntExact(stocks.count());
        long[] bestBid = new long[count];
        long[] bestAsk = new long[count];
        Arrays.fill(bestAsk, Long.MAX_VALUE);
        ItchBookOrderFlyweight o = new ItchBookOrderFlyweight();
        for (long i = 0; i < orders.count(); i++) {
            o.wrapElement(orders, i);
            if (o.live()) {
                int index = o.stockLocate() - 1;
                if (o.side() == 'B') {
                    bestBid[index] = Math.max(bestBid[index], o.price());
                } else {
                    bestAsk[index] = Math.min(bestAsk[index], o.price());
                }
            }
        }
        List<ItchSymbolSummary> symbols = new ArrayList<>(count);
        ItchBookStockFlyweight s = new ItchBookStockFlyweight();
        for (int i = 0; i < count; i++) {
            s.wrapElement(stocks, i);
            symbols.add(new ItchSymbolSummary(i + 1, s.symbolAsString(), s.liveOrders(), s.bidShares(), s.askShares(),
                    bestBid[i], bestAsk[i] == Long.MAX_VALUE ? 0 : bestAsk[i], s.executedShares(), s.trades(),
                    s.lastTradePrice()));
        }
        return new ItchBookSummary(messages, lastTimestamp, lastSystemEvent, symbols);
    }

    private void applied(long timestamp) {
        messages++;
        lastTimestamp = timestamp;
    }

    private static void rest(ItchBookStockFlyweight s, byte side, long shares) {
        s.liveOrders(s.liveOrders() + 1);
        if (side == 'B') {
            s.bidShares(s.bidShares() + shares);
        } else {
            s.askShares(s.askShares() + shares);
        }
    }

    /** Takes {@code shares} off a live order (the caller checked they rest); it leaves the book at zero. */
    private static void reduce(ItchBookOrderFlyweight o, ItchBookStockFlyweight s, long shares) {
        long left = o.shares() - shares;
        o.shares(left);
        if (o.side() == 'B') {
            s.bidShares(s.bidShares() - shares);
        } else {
            s.askShares(s.askShares() - shares);
        }
        if (left == 0) {
            o.live(false);
            s.liveOrders(s.liveOrders() - 1);
        }
    }

    private ItchBookOrderFlyweight slot(ItchBookOrderFlyweight cursor, long orderReferenceNumber) {
        long index = orderReferenceNumber - firstOrderReference;
        if (index < 0 || index >= orders.count()) {
            throw new IllegalStateException("order reference number " + orderReferenceNumber + " is outside the book's "
                    + firstOrderReference + " to " + (firstOrderReference + orders.count() - 1));
        }
        return cursor.wrapElement(orders, index);
    }

    private ItchBookOrderFlyweight liveOrder(ItchBookOrderFlyweight cursor, int stockLocate, long orderReferenceNumber,
            long shares) {
        ItchBookOrderFlyweight o = slot(cursor, orderReferenceNumber);
        if (!o.live()) {
            throw new IllegalStateException("order " + orderReferenceNumber + " is not on the book");
        }
        if (o.stockLocate() != stockLocate) {
            throw new IllegalStateException("order " + orderReferenceNumber + " rests on stock locate " + o.stockLocate()
                    + ", not " + stockLocate);
        }
        if (shares > o.shares()) {
            throw new IllegalStateException("order " + orderReferenceNumber + " has " + o.shares() + " shares left, not "
                    + shares);
        }
        return o;
    }

    private ItchBookStockFlyweight stock(int stockLocate) {
        if (stockLocate < 1 || stockLocate > stocks.count()) {
            throw new IllegalStateException("stock locate " + stockLocate + " is outside the book's 1 to " + stocks.count());
        }
        return stock.wrapElement(stocks, stockLocate - 1);
    }

    /** The stock, checking it is the symbol {@code stockBits} names (and recording the symbol the first time). */
    private ItchBookStockFlyweight stock(int stockLocate, long stockBits) {
        ItchBookStockFlyweight s = stock(stockLocate);
        boolean first = s.symbol(0) == 0;
        for (int i = 0; i < ItchMessage.STOCK_LENGTH; i++) {
            byte b = (byte) (stockBits >>> 56 - 8 * i);
            byte stored = b == ' ' ? 0 : b;
            if (first) {
                s.symbol(i, stored);
            } else if (s.symbol(i) != stored) {
                throw new IllegalStateException("stock locate " + stockLocate + " is " + s.symbolAsString() + ", not "
                        + ItchMessage.symbol(stockBits));
            }
        }
        return s;
    }

    private static void checkSide(byte side, long orderReferenceNumber) {
        if (side != 'B' && side != 'S') {
            throw new IllegalStateException("order " + orderReferenceNumber + " has side " + side + ", not 'B' (66) or 'S' (83)");
        }
    }
}
