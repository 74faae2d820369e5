package dev.arenastruct.samples;

import java.util.List;
import java.util.Locale;

/**
 * The state of an {@link ItchBook} as plain values: comparable with {@code equals} across books
 * fed by different decoders, and printable.
 *
 * @param messages messages applied
 * @param lastTimestamp timestamp of the last message, nanoseconds since midnight
 * @param lastSystemEvent code of the last System Event, {@code 0} before the first
 * @param symbols per stock locate, locate 1 first
 */
public record ItchBookSummary(long messages, long lastTimestamp, byte lastSystemEvent, List<ItchSymbolSummary> symbols) {
    /** Copies the list, so the record cannot change under its reader. */
    public ItchBookSummary {
        symbols = List.copyOf(symbols);
    }

    /** The summary as a table, one line per symbol, prices in dollars. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d messages, last at %s, last system event '%c'%n", messages,
                time(lastTimestamp), lastSystemEvent == 0 ? '-' : (char) lastSystemEvent));
        out.append(String.format(Locale.ROOT, "%-6s %7s %10s %10s %10s %10s %12s %8s %10s%n", "symbol", "orders",
                "bid shares", "best bid", "best ask", "ask shares", "volume", "trades", "last"));
        for (ItchSymbolSummary s : symbols) {
            out.append(String.format(Locale.ROOT, "%-6s %7d %10d %10s %10s %10d %12d %8d %10s%n", s.symbol(), s.liveOrders(),
                    s.bidShares(), price(s.bestBid()), price(s.bestAsk()), s.askShares(), s.executedShares(), s.trades(),
                    price(s.lastTradePrice())));
        }
        return out.toString();
    }

    /** A price of 4 implied decimals as dollars, {@code "189.5000"}; {@code "-"} for 0 (none). */
    static String price(long price) {
        return price == 0 ? "-" : String.format(Locale.ROOT, "%d.%04d", price / 10_000, price % 10_000);
    }

    private static String time(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%09d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                nanos % 1_000_000_000L);
    }
}
