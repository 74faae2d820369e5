package dev.arenastruct.jcstress;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/** What the atomic-field tests share between threads: a sequence number published over a plain payload. */
@ArenaStruct
public interface Slot {
    /** Published with a release write, observed with an acquire read; also the counter. */
    @Atomic
    long sequence();

    /** Plain data, written before the sequence is published. */
    long payload();
}
