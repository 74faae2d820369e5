package dev.arenastruct.samples;

/**
 * One symbol of an {@link ItchBookSummary}. Prices have ITCH's 4 implied decimals.
 *
 * @param stockLocate the stock locate code
 * @param symbol the symbol, without padding; empty if no message named it
 * @param liveOrders orders resting
 * @param bidShares shares resting on the bid side
 * @param askShares shares resting on the ask side
 * @param bestBid highest resting bid price, 0 if there is none
 * @param bestAsk lowest resting ask price, 0 if there is none
 * @param executedShares shares traded (executions and non-displayed trades)
 * @param trades Order Executed and Trade messages
 * @param lastTradePrice price of the latest execution or trade, 0 if there was none
 */
public record ItchSymbolSummary(int stockLocate, String symbol, long liveOrders, long bidShares, long askShares,
        long bestBid, long bestAsk, long executedShares, long trades, long lastTradePrice) {
}
