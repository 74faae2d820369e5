package dev.arenastruct;

import java.lang.foreign.MemorySegment;

/**
 * A growable list of contiguous structs of one {@code @ArenaStruct} type in an arena, from the
 * generated {@code allocateList(arena, initialCapacity)}: Rust's {@code Vec::new_in(&arena)} for
 * structs, where {@link StructArray} is a fixed-size array. One reused flyweight appends with
 * {@code wrapNew(list)} (a new zeroed element) and visits with {@code wrapElement(list, index)}: no
 * garbage per element.
 *
 * <pre>{@code
 * StructList<NodeFlyweight> children = NodeFlyweight.allocateList(arena, 4);
 * NodeFlyweight node = new NodeFlyweight();
 * for (Token token : tokens) {
 *     node.wrapNew(children).kind(token.kind()).position(token.position());
 * }
 * for (long i = 0; i < children.size(); i++) {
 *     sum += node.wrapElement(children, i).position();
 * }
 * }</pre>
 *
 * <p><b>Growth.</b> When the list is full its storage grows in place if it is the arena's last
 * allocation and the arena's block has room; otherwise the elements move to a larger allocation
 * (in a growable {@link BumpArena}, in its next block when the current one is full), and the old
 * storage is abandoned until the arena is reset. The capacity doubles. A flyweight pointed at an
 * element before a move still points at the old storage: wrap it again after appending; for the
 * same reason an element is no target for a {@link Link} (keep its index instead). A growth
 * that does not fit throws {@link ArenaExhaustedException} with the sizes, and leaves the list as it
 * was: same size, same contents, still usable. A list cannot grow while a scope deeper than the one
 * it was allocated in is open in its arena (the new storage would be freed with that scope): call
 * {@link #ensureCapacity} first.
 *
 * <p><b>Lifetime.</b> The list and flyweights pointed into it record the arena's lifetime when the
 * list was allocated: after a reset, or once the scope it was allocated in closes, using them throws
 * {@link StaleStructException}.
 *
 * <p><b>Threads.</b> A list is used by one thread at a time, like a {@link StructArray} or an
 * {@code ArrayList}, whatever its arena. A list in a {@link ConcurrentArena} or a
 * {@link MappedArena} may grow while other threads allocate from the same arena: it then extends
 * in place only if no other allocation came after it (one compare-and-set), and otherwise moves.
 *
 * @param <F> the flyweight class of the element struct
 */
public final class StructList<F> extends GrowableStorage {
    private final Class<F> flyweight;
    private final String structName;

    StructList(ArenaAllocator arena, long initialCapacity, long elementSize, long elementAlignment, Class<F> flyweight,
            String structName) {
        super("StructList of " + structName, arena, initialCapacity, elementSize, elementAlignment);
        this.flyweight = flyweight;
        this.structName = structName;
    }

    /**
     * How many structs the list holds.
     *
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public long size() {
        checkLive();
        return size;
    }

    /** True if the list holds no structs. */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * The structs in use ({@code size()} times the struct's {@code BYTE_SIZE}) as a plain segment,
     * for native calls, bulk copies and the generated static accessors; valid until the list grows
     * or the arena is reset, which it does not detect.
     *
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public MemorySegment segment() {
        return usedSegment();
    }

    /**
     * Where element {@code index} starts in {@link #memory()}, for a flyweight of class {@code type}.
     */
    long elementOffset(long index, Class<?> type) {
        checkLive();
        if (type != flyweight) {
            throw wrongType(type);
        }
        if (index < 0 || index >= size) {
            throw outOfBounds(index);
        }
        return start + index * elementSize;
    }

    /**
     * Appends an element, growing if the list is full, and returns where it starts in {@link #memory()}.
     * Not zeroed here: the generated caller zeroes it through a slice it makes itself, as shallow in
     * the call chain as a slice can be (the JIT removes a slice only if its constructor chain inlines
     * whole within {@code MaxInlineLevel}).
     */
    long append(Class<?> type) {
        checkLive();
        if (type != flyweight) {
            throw wrongType(type);
        }
        long n = size;
        if (n == capacity) {
            grow(n + 1);
        }
        size = n + 1;
        return start + n * elementSize;
    }

    private IllegalArgumentException wrongType(Class<?> type) {
        return new IllegalArgumentException("a " + type.getSimpleName() + " cannot point into " + this
                + ": use a " + flyweight.getSimpleName());
    }

    MemorySegment memory() {
        return memory;
    }

    Lifetime lifetime() {
        return lifetime;
    }

    long generation() {
        return generation;
    }

    @Override
    public String toString() {
        return "StructList[" + size + " " + structName + " structs, capacity=" + capacity
                + (isStale() ? ", stale" : "") + "]";
    }
}
