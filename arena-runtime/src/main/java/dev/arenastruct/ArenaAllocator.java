package dev.arenastruct;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.Objects;

/**
 * An arena that generated flyweights and {@link ArenaString} can allocate from: a
 * {@link SegmentAllocator} whose memory lives until its {@link #lifetime()} ends.
 * Implemented by {@link BumpArena} (one owner thread), {@link ConcurrentArena} (many threads) and
 * {@link MappedArena} (a memory-mapped file: persistence, and many processes).
 */
public sealed interface ArenaAllocator extends SegmentAllocator permits BumpArena, ConcurrentArena,
        MappedArena {
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

    /**
     * An array of {@code count} elements of {@code elementLayout}, as {@link SegmentAllocator} does,
     * with the numbers in the message when {@code count} is bad (the JDK's say only "Negative array
     * size" or "Layout size exceeds Long.MAX_VALUE"). Also behind {@code allocateFrom(layout, array)}.
     *
     * @throws IllegalArgumentException if {@code count} is negative or {@code count} elements
     *     overflow a {@code long}, checked before the arena is touched; the arena is then unchanged
     */
    @Override
    default MemorySegment allocate(MemoryLayout elementLayout, long count) {
        long elementSize = Objects.requireNonNull(elementLayout, "elementLayout").byteSize();
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: count=" + count + " elementLayout="
                    + elementLayout);
        }
        if (elementSize != 0 && count > Long.MAX_VALUE / elementSize) {
            throw new IllegalArgumentException("count=" + count + " elements of byteSize=" + elementSize
                    + " overflow a long (elementLayout=" + elementLayout + ")");
        }
        return allocate(MemoryLayout.sequenceLayout(count, elementLayout));
    }

    /** The lifetime of memory allocated now: it ends when that memory is reclaimed. */
    Lifetime lifetime();
}
