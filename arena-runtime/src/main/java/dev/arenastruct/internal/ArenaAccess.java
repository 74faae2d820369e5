package dev.arenastruct.internal;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.Lifetime;
import dev.arenastruct.StructArray;
import dev.arenastruct.StructList;
import java.lang.foreign.MemorySegment;

/**
 * What {@link ArenaMemory} needs from package-private code of {@code dev.arenastruct}; implemented
 * there once, found by {@code ArenaMemory} through a private lookup. Not API.
 */
public interface ArenaAccess {
    /** See {@link ArenaMemory#claim}. */
    long claim(ArenaAllocator arena, long byteSize, long byteAlignment);

    /** See {@link ArenaMemory#tryClaim}. */
    long tryClaim(ArenaAllocator arena, long byteSize, long byteAlignment);

    /** See {@link ArenaMemory#block}. */
    MemorySegment block(ArenaAllocator arena);

    /** See {@link ArenaMemory#claimArray}. */
    long claimArray(ArenaAllocator arena, long count, long byteSize, long byteAlignment, String structName);

    /** See {@link ArenaMemory#structArray}. */
    <F> StructArray<F> structArray(ArenaAllocator arena, long start, long count, long byteSize,
            Class<F> flyweight, String structName);

    /** See {@link ArenaMemory#elementOffset}. */
    long elementOffset(StructArray<?> array, long index, Class<?> flyweight);

    /** See {@link ArenaMemory#memory}. */
    MemorySegment memory(StructArray<?> array);

    /** See {@link ArenaMemory#lifetime}. */
    Lifetime lifetime(StructArray<?> array);

    /** See {@link ArenaMemory#generation}. */
    long generation(StructArray<?> array);

    /** The lifetime of scope depth {@code depth} in the arena {@code holder} belongs to, or null. */
    Lifetime linkLifetime(Lifetime holder, int depth);

    /** The block of the arena {@code holder} belongs to that holds {@code [address, address + byteSize)}, or null. */
    MemorySegment linkBlock(Lifetime holder, long address, long byteSize);

    /** Whether both lifetimes belong to one arena (not to untracked memory). */
    boolean sameArena(Lifetime a, Lifetime b);

    /** See {@link ArenaMemory#structList}. */
    <F> StructList<F> structList(ArenaAllocator arena, long initialCapacity, long byteSize, long byteAlignment,
            Class<F> flyweight, String structName);

    /** See {@link ArenaMemory#append}. */
    long append(StructList<?> list, Class<?> flyweight);

    /** See {@link ArenaMemory#elementOffset(StructList, long, Class)}. */
    long elementOffset(StructList<?> list, long index, Class<?> flyweight);

    /** See {@link ArenaMemory#memory(StructList)}. */
    MemorySegment memory(StructList<?> list);

    /** See {@link ArenaMemory#lifetime(StructList)}. */
    Lifetime lifetime(StructList<?> list);

    /** See {@link ArenaMemory#generation(StructList)}. */
    long generation(StructList<?> list);
}
