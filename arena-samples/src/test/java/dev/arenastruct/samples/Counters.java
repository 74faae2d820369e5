package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/** Shared counters: two atomic fields, one plain. */
@ArenaStruct
interface Counters {
    @Atomic
    long hits();

    @Atomic
    int misses();

    long plain();
}
