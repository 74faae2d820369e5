package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Array;
import dev.arenastruct.Text;

/** A quote with every kind of field: text, an enum, a nested struct and an array of structs. */
@ArenaStruct
public interface Quote {
    /** The instrument: 8 bytes of UTF-8, zero padded. */
    @Text(length = 8)
    byte symbol(int index);

    /** Where it was quoted. */
    Venue venue();

    /** The best level on each side, bid first. */
    @Array(length = 2)
    Level best(int index);

    /** The last trade's price. */
    Price last();

    /** Sizes of the last trades, newest first. */
    @Array(length = 3)
    int lastSizes(int index);
}
