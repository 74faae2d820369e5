package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/** A record published by a sequence number: {@code @Atomic} on the struct covers its int, long and double fields. */
@ArenaStruct
@Atomic
interface Publication {
    long sequence();

    int epoch();

    double payload();
}
