package dev.arenastruct.samples;

import dev.arenastruct.Array;
import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/**
 * A market-data snapshot: symbol text, ten levels a side inline, cache-line aligned so that
 * snapshots in an array never share a cache line.
 */
@ArenaStruct(alignment = 64)
public interface BookSnapshot {
    /** The instrument, such as {@code "AAPL"}: 8 bytes of UTF-8, zero-padded. */
    @Text(length = 8)
    byte symbol(int index);

    /** The feed's sequence number. */
    long sequence();

    /** The side of the last trade. */
    Side lastTradeSide();

    /** Best bid first. */
    @Array(length = 10)
    Level bids(int index);

    /** Best ask first. */
    @Array(length = 10)
    Level asks(int index);
}
