package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Atomic;

/**
 * The first struct of a {@link MappedTicksSample} file, at offset 0 of the data area: how many
 * {@link Tick}s follow it and how big the writer's ticks are, so a reader built from another
 * version of {@code Tick} refuses the file instead of misreading it, and how many readers follow.
 */
@ArenaStruct
public interface TickFeed {
    /** How many ticks the file has room for; published (release) after {@link #tickBytes()}. */
    @Atomic
    long tickCount();

    /**
     * How many readers have mapped the file: each adds one when it starts following, so a writer
     * can wait for its reader before it publishes (a latency measurement without a backlog).
     */
    @Atomic
    long readers();

    /** The writer's {@code TickFlyweight.BYTE_SIZE}. */
    int tickBytes();
}
