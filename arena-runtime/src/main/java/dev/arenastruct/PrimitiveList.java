package dev.arenastruct;

import java.lang.foreign.MemorySegment;

/**
 * What {@link LongList}, {@link IntList} and {@link DoubleList} share besides their typed
 * accessors (which Java cannot share without boxing): size, the index check, the bound of
 * {@code toArray}, the used bytes as a segment, and {@code toString}.
 */
abstract sealed class PrimitiveList extends GrowableStorage permits LongList, IntList, DoubleList {
    PrimitiveList(String name, ArenaAllocator arena, long initialCapacity, long elementBytes) {
        super(name, arena, initialCapacity, elementBytes, elementBytes);
    }

    /**
     * How many elements the list holds.
     *
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public long size() {
        checkLive();
        return size;
    }

    /**
     * True if the list holds no elements.
     *
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * The elements in use ({@code size()} times the element's bytes) as a plain segment, for native
     * calls and bulk copies; valid until the list grows or the arena is reset, which it does not detect.
     *
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public MemorySegment segment() {
        return usedSegment();
    }

    /** {@code index}, if it is in {@code [0, size)}. */
    final long checkIndex(long index) {
        if (index < 0 || index >= size) {
            throw outOfBounds(index);
        }
        return index;
    }

    /**
     * The length of a heap array of every element, for {@code toArray}.
     *
     * @throws IllegalStateException if the list holds more elements than a Java array can
     */
    final int arrayLength() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(kind() + " of size=" + size + " does not fit a Java array; copy it in parts"
                    + " with copyTo");
        }
        return (int) size;
    }

    @Override
    public String toString() {
        return kind() + "[size=" + size + ", capacity=" + capacity + (isStale() ? ", stale" : "") + "]";
    }
}
