package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The storage behind the growable collections ({@link StructList}, {@link LongList},
 * {@link IntList}, {@link DoubleList}, {@link ArenaStringBuilder}): {@code capacity} elements of
 * {@code elementSize} bytes at {@code start} in an arena block, of which the first {@code size} are
 * in use, and the arena's lifetime when the collection was allocated.
 *
 * <p>Growth asks the arena first to extend the storage in place, which it can when the storage is
 * its last allocation and the block has room; otherwise the elements move to a new, larger
 * allocation (in a growable arena, possibly in the next block) and the old storage is abandoned
 * until the arena is reset. A growth that does not fit throws {@link ArenaExhaustedException}
 * before anything changes. The capacity doubles, or grows by what is asked when that is more; in
 * place near the end of a block it takes part of what the block has left (halving the step until
 * it fits), and a growth that fits nowhere else takes exactly what is needed.
 *
 * <p>Growth is refused while a scope deeper than the collection's is open in its arena: the new
 * bytes would belong to that scope and be handed out again when it closes, under a collection that
 * is still alive.
 */
abstract sealed class GrowableStorage permits StructList, PrimitiveList, ArenaStringBuilder {
    /** The capacity of the first growth of an empty collection, unless more is asked for. */
    private static final long FIRST_GROWTH = 8;

    final ArenaAllocator arena;
    private final String kind;
    final Lifetime lifetime;
    final long generation;
    final long elementSize;
    private final long alignment;
    /** The block the elements are in, and where they start in it. */
    MemorySegment memory;
    long start;
    long capacity;
    long size;

    /** {@code kind} names the collection in messages: {@code "LongList"}, {@code "StructList of Node"}. */
    GrowableStorage(String kind, ArenaAllocator arena, long initialCapacity, long elementSize, long alignment) {
        Objects.requireNonNull(arena, "arena");
        this.kind = kind;
        if (initialCapacity < 0) {
            throw new IllegalArgumentException(kind() + " initialCapacity must not be negative: initialCapacity="
                    + initialCapacity);
        }
        this.arena = arena;
        this.elementSize = elementSize;
        this.alignment = alignment;
        long bytes = byteSizeOf(initialCapacity);
        long at = ArenaDispatch.tryBump(arena, bytes, alignment);
        if (at < 0) {
            throw new ArenaExhaustedException("cannot allocate a " + kind() + " of initialCapacity=" + initialCapacity
                    + " (" + bytes + " bytes)", ArenaDispatch.exhausted(arena, bytes, alignment));
        }
        this.memory = ArenaDispatch.block(arena);
        this.start = at;
        this.capacity = initialCapacity;
        this.lifetime = arena.lifetime();
        this.generation = lifetime.generation();
    }

    /** What the collection is called in messages. */
    final String kind() {
        return kind;
    }

    /** Whether the memory was reclaimed: the arena was reset or closed, or the scope the collection was allocated in closed. */
    public boolean isStale() {
        return lifetime.generation() != generation;
    }

    final void checkLive() {
        if (Lifetime.STALE_CHECKS && lifetime.generation() != generation) {
            throw lifetime.stale(kind(), generation);
        }
    }

    /**
     * Makes room for at least {@code needed} elements without touching the size or the contents
     * (the caller checked that the collection is live and that it has fewer).
     *
     * @throws ArenaExhaustedException naming the sizes, if even {@code needed} does not fit; the
     *     collection and the arena are then unchanged
     * @throws IllegalStateException if a scope deeper than the collection's is open in the arena
     */
    final void grow(long needed) {
        Lifetime now = arena.lifetime();
        if (now != lifetime) {
            throw new IllegalStateException(kind() + " allocated at scope depth " + lifetime.depth()
                    + " cannot grow from capacity=" + capacity + " to " + needed + " while a scope of depth "
                    + now.depth() + " is open in its arena: the new storage would be freed when that scope closes; "
                    + "call ensureCapacity(" + needed + ") or more before opening the scope, or allocate it inside "
                    + "the scope");
        }
        long doubled = capacity == 0 ? FIRST_GROWTH : capacity > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : capacity * 2;
        long target = Math.max(needed, Math.min(doubled, Long.MAX_VALUE / elementSize));
        long neededBytes = byteSizeOf(needed); // throws, changing nothing, if the needed size overflows a long
        if (tryExtendBetween(needed, target) || tryMove(target) || tryMove(needed)) {
            return;
        }
        throw new ArenaExhaustedException(kind() + " cannot grow from capacity=" + capacity + " (size=" + size
                + ", " + capacity * elementSize + " bytes) to " + needed + " elements (" + neededBytes
                + " bytes; growing in place needed " + (neededBytes - capacity * elementSize) + " more, but it is not"
                + " the arena's last allocation or the block is full)", ArenaDispatch.exhausted(arena, neededBytes,
                alignment));
    }

    /**
     * Extends in place to {@code target}, else to what the block still has room for, halving the
     * step toward {@code needed}: near the end of a block the list takes the rest in a few large
     * steps instead of moving, or growing one element at a time.
     */
    private boolean tryExtendBetween(long needed, long target) {
        for (long c = target; c > needed; c = needed + (c - needed) / 2) {
            if (tryExtend(c)) {
                return true;
            }
        }
        return tryExtend(needed);
    }

    private boolean tryExtend(long newCapacity) {
        long bytes = capacity * elementSize;
        if (!ArenaDispatch.tryExtend(arena, memory, start + bytes, byteSizeOf(newCapacity) - bytes)) {
            return false;
        }
        capacity = newCapacity;
        return true;
    }

    private boolean tryMove(long newCapacity) {
        long at = ArenaDispatch.tryBump(arena, byteSizeOf(newCapacity), alignment);
        if (at < 0) {
            return false;
        }
        MemorySegment to = ArenaDispatch.block(arena);
        MemorySegment.copy(memory, start, to, at, size * elementSize);
        memory = to;
        start = at;
        capacity = newCapacity;
        return true;
    }

    private long byteSizeOf(long elements) {
        if (elements > Long.MAX_VALUE / elementSize) {
            throw new IllegalArgumentException(kind() + " of " + elements + " elements of " + elementSize
                    + " bytes would overflow a long");
        }
        return elements * elementSize;
    }

    /** Makes room for {@code more} elements after the size, growing if needed. */
    final void reserve(long more) {
        if (more > capacity - size) {
            if (more > Long.MAX_VALUE - size) {
                throw new IllegalArgumentException(kind() + " of size=" + size + " cannot hold " + more
                        + " more elements: the size would overflow a long");
            }
            grow(size + more);
        }
    }

    /**
     * Makes sure the collection can hold {@code minCapacity} elements without growing again: before
     * a scope is opened, or to grow once instead of step by step.
     *
     * @throws IllegalArgumentException if {@code minCapacity} elements overflow a long
     * @throws ArenaExhaustedException naming the sizes, if they do not fit; nothing changes then
     * @throws IllegalStateException if a scope deeper than the collection's is open in the arena
     * @throws StaleStructException if the collection's memory was reclaimed
     */
    public void ensureCapacity(long minCapacity) {
        checkLive();
        if (minCapacity > capacity) {
            grow(minCapacity);
        }
    }

    /**
     * How many elements fit before the next growth.
     *
     * @throws StaleStructException if the collection's memory was reclaimed
     */
    public long capacity() {
        checkLive();
        return capacity;
    }

    /**
     * Empties the collection, keeping its storage: the next elements reuse it.
     *
     * @throws StaleStructException if the collection's memory was reclaimed
     */
    public void clear() {
        checkLive();
        size = 0;
    }

    /** The index error, with the size: built in a cold method so that the accessors stay small. */
    final IndexOutOfBoundsException outOfBounds(long index) {
        return new IndexOutOfBoundsException("index " + index + " is out of bounds for " + kind() + " of size " + size);
    }

    /** The element bytes in use, {@code size * elementSize}, as a plain segment; not stale-checked afterwards. */
    final MemorySegment usedSegment() {
        checkLive();
        return memory.asSlice(start, size * elementSize);
    }
}
