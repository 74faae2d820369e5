package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * {@link #count()} contiguous structs of one {@code @ArenaStruct} type in an arena, from the
 * generated {@code allocateStructs(arena, count)}. One reused flyweight walks it with
 * {@code wrapElement(array, index)}: no garbage per element or per array, and every element
 * carries the arena's lifetime, so the array and its elements are stale-checked like a flyweight
 * from {@code allocate(arena)}.
 *
 * <pre>{@code
 * StructArray<FillFlyweight> fills = FillFlyweight.allocateStructs(arena, 64);
 * FillFlyweight fill = new FillFlyweight();
 * for (int i = 0; i < fills.count(); i++) {
 *     fill.wrapElement(fills, i).price(100 + i).quantity(10);
 * }
 * }</pre>
 *
 * <p>The type parameter is the generated flyweight class, so a {@code TradeEventFlyweight}
 * cannot be pointed into an array of {@code Fill}s (with raw types, {@code wrapElement} throws
 * {@link IllegalArgumentException}). Like the arena, an array belongs to the thread that
 * allocated it, unless it came from a {@link ConcurrentArena}.
 *
 * @param <F> the flyweight class of the element struct
 */
public final class StructArray<F> {
    private final MemorySegment memory;
    private final long start;
    private final long count;
    private final long elementSize;
    private final Class<F> flyweight;
    private final String structName;
    private final Lifetime lifetime;
    private final long generation;

    StructArray(MemorySegment memory, long start, long count, long elementSize, Class<F> flyweight,
            String structName, Lifetime lifetime) {
        this.memory = memory;
        this.start = start;
        this.count = count;
        this.elementSize = elementSize;
        this.flyweight = flyweight;
        this.structName = structName;
        this.lifetime = lifetime;
        this.generation = lifetime.generation();
    }

    /** How many structs the array holds. */
    public long count() {
        return count;
    }

    /** The size of the whole array in bytes: {@code count()} times the struct's {@code BYTE_SIZE}. */
    public long byteSize() {
        return count * elementSize;
    }

    /**
     * The array's memory, exactly {@link #byteSize()} bytes, for bulk copies, native calls and the
     * generated static {@code (segment, offset)} accessors. A plain segment: a later arena reset is
     * not detected through it.
     *
     * @throws StaleStructException if the arena was reset or the scope of the array closed
     */
    public MemorySegment segment() {
        checkLive();
        return memory.asSlice(start, byteSize());
    }

    /** Whether the memory was reclaimed: the arena was reset, closed, or the array's scope closed. */
    public boolean isStale() {
        return lifetime.generation() != generation;
    }

    /**
     * Where element {@code index} starts in {@link #memory()}, for a flyweight of class
     * {@code type}: the whole check a generated {@code wrapElement} needs, as each element of a
     * checked array lies inside it and is aligned.
     */
    long elementOffset(long index, Class<?> type) {
        checkLive();
        if (type != flyweight) {
            throw wrongType(type);
        }
        try {
            // The intrinsic check, not an if: the JIT removes it from a counted loop (range check
            // elimination), which it cannot do for a comparison of its own.
            Objects.checkIndex(index, count);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(index);
        }
        return start + index * elementSize;
    }

    private IllegalArgumentException wrongType(Class<?> type) {
        return new IllegalArgumentException("a " + type.getSimpleName() + " cannot point into " + this
                + ": use a " + flyweight.getSimpleName());
    }

    private IndexOutOfBoundsException outOfBounds(long index) {
        return new IndexOutOfBoundsException("index " + index + " is out of bounds for " + this);
    }

    private void checkLive() {
        if (Lifetime.STALE_CHECKS && isStale()) {
            throw lifetime.stale("StructArray of " + structName, generation);
        }
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
        return "StructArray[" + count + " " + structName + " structs, byteSize=" + byteSize()
                + (isStale() ? ", stale" : "") + "]";
    }
}
