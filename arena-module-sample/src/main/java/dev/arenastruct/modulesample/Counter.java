package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/** A shared counter: its generated atomic accessors must compile and run in a named module too. */
@ArenaStruct
public interface Counter {
    /** Incremented from any thread. */
    @Atomic
    long hits();

    /** Plain data beside it. */
    int shard();
}
