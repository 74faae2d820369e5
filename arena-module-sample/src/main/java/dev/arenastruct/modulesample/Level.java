package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;

/** One price level of a book, with its {@link Price} nested by value. */
@ArenaStruct
public interface Level {
    /** The level's price. */
    Price price();

    /** Total quantity resting at this price. */
    long quantity();
}
