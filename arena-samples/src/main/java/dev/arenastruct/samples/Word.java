package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/** Where a word is in its input: chars {@code [start, end)}. The struct of {@link WordsSample}. */
@ArenaStruct
public interface Word {
    /** The index of the word's first char. */
    int start();

    /** The index after the word's last char. */
    int end();
}
