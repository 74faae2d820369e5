package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/** Shared counters: atomic integer and floating-point fields, one plain. */
@ArenaStruct
interface Counters {
    @Atomic
    long hits();

    @Atomic
    int misses();

    long plain();

    @Atomic
    double total();
}
