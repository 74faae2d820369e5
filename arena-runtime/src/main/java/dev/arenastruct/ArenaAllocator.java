package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * An arena that generated flyweights and {@link ArenaString} can allocate from: a
 * {@link SegmentAllocator} whose memory lives until its {@link #lifetime()} ends.
 * Implemented by {@link BumpArena} (one owner thread) and {@link ConcurrentArena} (many threads).
 */
public sealed interface ArenaAllocator extends SegmentAllocator permits BumpArena, ConcurrentArena {
    /**
     * Returns {@code byteSize} zeroed bytes whose address is a multiple of {@code byteAlignment}.
     *
     * @throws IllegalArgumentException if {@code byteSize < 0}, or {@code byteAlignment} is not a
     *     power of two greater than zero (as {@link java.lang.foreign.Arena#allocate(long, long)} does)
     * @throws ArenaExhaustedException if the request does not fit; the arena is then unchanged
     * @throws IllegalStateException if the arena is closed
     */
    @Override
    MemorySegment allocate(long byteSize, long byteAlignment);

    /**
     * Like {@link #allocate(long, long)}, but returns {@code null} instead of throwing
     * {@link ArenaExhaustedException}; bad arguments and a closed arena still throw.
     */
    MemorySegment tryAllocate(long byteSize, long byteAlignment);

    /** The lifetime of memory allocated now: it ends when that memory is reclaimed. */
    Lifetime lifetime();
}
