package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The package-private allocation hooks of the three arenas, chosen by type: allocation without a
 * segment object, the block it landed in, extension of the last allocation in place, and the
 * exhaustion error with the arena's numbers. What the growable collections call.
 */
final class ArenaDispatch {
    private ArenaDispatch() {
    }

    // instanceof, not a pattern switch: see ArenaMemoryBridge.

    static long tryBump(ArenaAllocator arena, long byteSize, long byteAlignment) {
        if (arena instanceof BumpArena bump) {
            return bump.tryBump(byteSize, byteAlignment);
        }
        if (arena instanceof ConcurrentArena concurrent) {
            return concurrent.tryBump(byteSize, byteAlignment);
        }
        return mapped(arena).tryBump(byteSize, byteAlignment);
    }

    static MemorySegment block(ArenaAllocator arena) {
        if (arena instanceof BumpArena bump) {
            return bump.block();
        }
        if (arena instanceof ConcurrentArena concurrent) {
            return concurrent.block();
        }
        return mapped(arena).block();
    }

    /** Grows the allocation ending at {@code end} in {@code block} by {@code extra} zeroed bytes if it is the last one. */
    static boolean tryExtend(ArenaAllocator arena, MemorySegment block, long end, long extra) {
        if (arena instanceof BumpArena bump) {
            return bump.tryExtend(block, end, extra);
        }
        if (arena instanceof ConcurrentArena concurrent) {
            return concurrent.tryExtend(block, end, extra);
        }
        return mapped(arena).tryExtend(block, end, extra);
    }

    static ArenaExhaustedException exhausted(ArenaAllocator arena, long byteSize, long byteAlignment) {
        if (arena instanceof BumpArena bump) {
            return bump.exhausted(byteSize, byteAlignment);
        }
        if (arena instanceof ConcurrentArena concurrent) {
            return concurrent.exhausted(byteSize, byteAlignment);
        }
        return mapped(arena).exhausted(byteSize, byteAlignment);
    }

    private static MappedArena mapped(ArenaAllocator arena) {
        return (MappedArena) Objects.requireNonNull(arena, "arena");
    }
}
