package dev.arenastruct.samples;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' oracle for ITCH: a book kept in plain Java collections, applied to the generator's
 * messages as values (no decoder, no arena), and a way to write any list of messages as a stream.
 */
final class ItchReference {
    private record Order(int locate, byte side, long price, long shares) {
    }

    private ItchReference() {
    }

    /** The summary a correct book reaches after {@code messages}, for {@code symbols} by locate. */
    static ItchBookSummary summary(List<ItchMessage> messages, List<String> symbols) {
        Map<Long, Order> live = new HashMap<>();
        int n = symbols.size();
        long[] executed = new long[n];
        long[] trades = new long[n];
        long[] last = new long[n];
        String[] named = new String[n];
        byte lastEvent = 0;
        for (ItchMessage message : messages) {
            switch (message) {
                case ItchMessage.SystemEvent e -> lastEvent = e.eventCode();
                case ItchMessage.AddOrder a -> {
                    live.put(a.orderReferenceNumber(), new Order(a.stockLocate(), a.side(), a.price(), a.shares()));
                    named[a.stockLocate() - 1] = a.stock();
                }
                case ItchMessage.OrderExecuted e -> {
                    Order o = live.get(e.orderReferenceNumber());
                    executed[o.locate() - 1] += e.executedShares();
                    trades[o.locate() - 1]++;
                    last[o.locate() - 1] = o.price();
                    reduce(live, e.orderReferenceNumber(), e.executedShares());
                }
                case ItchMessage.OrderCancel c -> reduce(live, c.orderReferenceNumber(), c.cancelledShares());
                case ItchMessage.OrderDelete d -> live.remove(d.orderReferenceNumber());
                case ItchMessage.OrderReplace u -> {
                    Order o = live.remove(u.originalOrderReferenceNumber());
                    live.put(u.newOrderReferenceNumber(), new Order(o.locate(), o.side(), u.price(), u.shares()));
                }
                case ItchMessage.Trade t -> {
                    executed[t.stockLocate() - 1] += t.shares();
                    trades[t.stockLocate() - 1]++;
                    last[t.stockLocate() - 1] = t.price();
                    named[t.stockLocate() - 1] = t.stock();
                }
            }
        }
        List<ItchSymbolSummary> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long orders = 0;
            long bid = 0;
            long ask = 0;
            long bestBid = 0;
            long bestAsk = 0;
            for (Order o : live.values()) {
                if (o.locate() == i + 1) {
                    orders++;
                    if (o.side() == 'B') {
                        bid += o.shares();
                        bestBid = Math.max(bestBid, o.price());
                    } else {
                        ask += o.shares();
                        bestAsk = bestAsk == 0 ? o.price() : Math.min(bestAsk, o.price());
                    }
                }
            }
            out.add(new ItchSymbolSummary(i + 1, named[i] == null ? "" : named[i], orders, bid, ask, bestBid, bestAsk,
                    executed[i], trades[i], last[i]));
        }
        ItchMessage end = messages.getLast();
        return new ItchBookSummary(messages.size(), end.timestamp(), lastEvent, out);
    }

    private static void reduce(Map<Long, Order> live, long reference, long shares) {
        Order o = live.get(reference);
        if (o.shares() == shares) {
            live.remove(reference);
        } else {
            live.put(reference, new Order(o.locate(), o.side(), o.price(), o.shares() - shares));
        }
    }

    /** {@code messages} as a length-prefixed stream in a heap segment. */
    static MemorySegment stream(List<? extends ItchMessage> messages) {
        long size = messages.stream().mapToLong(m -> 2 + m.length()).sum();
        MemorySegment out = MemorySegment.ofArray(new byte[Math.toIntExact(size)]);
        long at = 0;
        for (ItchMessage m : messages) {
            out.set(ItchMessage.U16, at, (short) m.length());
            m.encode(out, at + 2);
            at += 2 + m.length();
        }
        return out;
    }
}
