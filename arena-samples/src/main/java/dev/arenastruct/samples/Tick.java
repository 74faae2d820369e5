package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/**
 * One market-data tick as {@link MappedTicksSample} writes it into a mapped file: 40 bytes,
 * {@code struct { int64_t sequence, timestamp, price; int32_t quantity; int64_t checksum; }}.
 * The writer fills the plain fields, then publishes the tick by a release write of
 * {@link #sequence()}; a reader trusts the tick once it acquires the sequence it waits for.
 */
@ArenaStruct
public interface Tick {
    /** 1 for the first tick, 2 for the next...; 0 while the tick is unpublished. Written last. */
    @Atomic
    long sequence();

    /** {@link System#nanoTime()} when the writer filled the tick: one clock for the whole machine. */
    long timestampNanos();

    /** Price in ticks of the instrument (an integer, as exchanges send it). */
    long price();

    /** Units offered. */
    int quantity();

    /** {@link MappedTicksSample#checksum} of the other fields, so a reader can tell a torn tick. */
    long checksum();
}
