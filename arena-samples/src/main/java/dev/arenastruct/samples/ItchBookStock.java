package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/** What {@link ItchBook} keeps per stock locate, as a struct in its arena. */
@ArenaStruct
public interface ItchBookStock {
    /** The symbol, from the first message that named it, without ITCH's padding spaces. */
    @Text(length = 8)
    byte symbol(int index);

    /** Orders resting. */
    long liveOrders();

    /** Shares resting on the bid side. */
    long bidShares();

    /** Shares resting on the ask side. */
    long askShares();

    /** Shares traded: executions of resting orders and trades of non-displayed ones. */
    long executedShares();

    /** Order Executed and Trade messages. */
    long trades();

    /** Price of the latest execution or trade, 4 implied decimals; 0 before the first. */
    long lastTradePrice();
}
