package dev.arenastruct;

import dev.arenastruct.internal.ArenaAccess;
import dev.arenastruct.internal.Flyweights;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The package-private side of {@link dev.arenastruct.internal.ArenaMemory}: what generated
 * flyweights need from the arenas and from {@link StructArray}, without a public method that users
 * would see on them. {@code ArenaMemory} creates the one instance through a private lookup and
 * keeps it in a constant, so the JIT calls these methods directly.
 */
final class ArenaMemoryBridge implements ArenaAccess {
    ArenaMemoryBridge() {
    }

    // instanceof, not a pattern switch: a switch over types compiles to an invokedynamic type switch
    // that the JIT inlines as a loop over the cases, measurably slower on the allocation path.

    // The methods generated allocations call test for a BumpArena and leave the other arenas to a
    // method of their own, so that a struct allocation parses one type check. Every node counts: a
    // first version (two chains of three, stores written out) took BatchCycleBench's loop past C2's
    // NodeCountInliningCutoff, its getters stayed calls and each struct allocated 80 B.

    @Override
    public long claim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return arena instanceof BumpArena bump ? bump.claim(byteSize, byteAlignment)
                : otherClaim(arena, byteSize, byteAlignment);
    }

    private static long otherClaim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return arena instanceof ConcurrentArena concurrent ? concurrent.claim(byteSize, byteAlignment)
                : mapped(arena).claim(byteSize, byteAlignment);
    }

    @Override
    public long tryClaim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return arena instanceof BumpArena bump ? bump.tryClaim(byteSize, byteAlignment)
                : otherTryClaim(arena, byteSize, byteAlignment);
    }

    private static long otherTryClaim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return arena instanceof ConcurrentArena concurrent ? concurrent.tryClaim(byteSize, byteAlignment)
                : mapped(arena).tryClaim(byteSize, byteAlignment);
    }

    @Override
    public MemorySegment block(ArenaAllocator arena) {
        return arena instanceof BumpArena bump ? bump.block() : otherBlock(arena);
    }

    private static MemorySegment otherBlock(ArenaAllocator arena) {
        return arena instanceof ConcurrentArena concurrent ? concurrent.block() : mapped(arena).block();
    }

    /** The last permitted arena, or the null check's exception. */
    private static MappedArena mapped(ArenaAllocator arena) {
        return (MappedArena) Objects.requireNonNull(arena, "arena");
    }

    @Override
    public long claimArray(ArenaAllocator arena, long count, long byteSize, long byteAlignment, String structName) {
        Objects.requireNonNull(arena, "arena");
        return claim(arena, Flyweights.arrayByteSize(count, byteSize, structName), byteAlignment);
    }

    @Override
    public <F> StructArray<F> structArray(ArenaAllocator arena, long start, long count, long byteSize,
            Class<F> flyweight, String structName) {
        return new StructArray<>(block(arena), start, count, byteSize, flyweight, structName, arena.lifetime());
    }

    @Override
    public long elementOffset(StructArray<?> array, long index, Class<?> flyweight) {
        return Objects.requireNonNull(array, "array").elementOffset(index, flyweight);
    }

    @Override
    public MemorySegment memory(StructArray<?> array) {
        return array.memory();
    }

    @Override
    public Lifetime lifetime(StructArray<?> array) {
        return array.lifetime();
    }

    @Override
    public long generation(StructArray<?> array) {
        return array.generation();
    }

    @Override
    public Lifetime linkLifetime(Lifetime holder, int depth) {
        ArenaAllocator arena = holder.owner();
        if (arena instanceof BumpArena bump) {
            return bump.lifetimeAt(depth);
        }
        return arena != null && depth == 0 ? arena.lifetime() : null;
    }

    @Override
    public MemorySegment linkBlock(Lifetime holder, long address, long byteSize) {
        ArenaAllocator arena = holder.owner();
        if (arena instanceof BumpArena bump) {
            return bump.blockHolding(address, byteSize);
        }
        if (arena == null) {
            return null;
        }
        MemorySegment block = arena instanceof ConcurrentArena concurrent ? concurrent.block() : mapped(arena).block();
        return BumpArena.holds(block, address, byteSize) ? block : null;
    }

    @Override
    public boolean sameArena(Lifetime a, Lifetime b) {
        return a.owner() != null && a.owner() == b.owner();
    }

    @Override
    public <F> StructList<F> structList(ArenaAllocator arena, long initialCapacity, long byteSize, long byteAlignment,
            Class<F> flyweight, String structName) {
        return new StructList<>(arena, initialCapacity, byteSize, byteAlignment, flyweight, structName);
    }

    @Override
    public long append(StructList<?> list, Class<?> flyweight) {
        return Objects.requireNonNull(list, "list").append(flyweight);
    }

    @Override
    public long elementOffset(StructList<?> list, long index, Class<?> flyweight) {
        return Objects.requireNonNull(list, "list").elementOffset(index, flyweight);
    }

    @Override
    public MemorySegment memory(StructList<?> list) {
        return list.memory();
    }

    @Override
    public Lifetime lifetime(StructList<?> list) {
        return list.lifetime();
    }

    @Override
    public long generation(StructList<?> list) {
        return list.generation();
    }
}
