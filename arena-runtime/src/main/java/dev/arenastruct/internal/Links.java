package dev.arenastruct.internal;

import dev.arenastruct.Lifetime;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Typed links between arena structs ({@code @Link}): 16 bytes of plain data, the target's address
 * and a stamp of its scope depth and generation, so that following a link whose target was
 * reclaimed (a reset, a closed scope) throws {@code StaleStructException} instead of reading
 * whatever lives there now. A stamp of zero is the null link: memory as allocated holds none.
 * Public because the generated classes live in user packages; not meant to be called by hand.
 *
 * <p>A link points within one arena: across its blocks (a growable arena) and its scopes, in
 * either direction. It is resolved through the arena of the struct that holds it, so a copy of the
 * holder in another arena cannot follow it (an {@code IllegalStateException} says so).
 */
public final class Links {
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final int GENERATION_BITS = 48;
    private static final long GENERATION_MASK = (1L << GENERATION_BITS) - 1;
    private static final ArenaAccess ACCESS = ArenaMemory.access();

    private Links() {
    }

    /**
     * Stores at {@code memory[at]} a link to the struct at {@code target[targetOffset]}, whose
     * flyweight recorded {@code targetLifetime} at {@code targetGeneration}, in a struct of {@code
     * holder}'s arena.
     *
     * @throws dev.arenastruct.StaleStructException if the target was reclaimed
     * @throws IllegalArgumentException if the target is not in the holder's arena; nothing is written
     */
    public static void set(MemorySegment memory, long at, Lifetime holder, MemorySegment target, long targetOffset,
            Lifetime targetLifetime, long targetGeneration, String struct, String field) {
        if (targetLifetime.generation() != targetGeneration) {
            throw targetLifetime.stale(struct + "." + field + "'s new target", targetGeneration);
        }
        if (!ACCESS.sameArena(holder, targetLifetime)) {
            throw new IllegalArgumentException(struct + "." + field + " can only link to a struct of the arena that holds "
                    + struct + ", but the target is in another arena, or in memory no arena tracks (a wrapped"
                    + " segment): allocate the target in the same arena; nothing was written");
        }
        long stamp = (long) (targetLifetime.depth() + 1) << GENERATION_BITS | targetGeneration & GENERATION_MASK;
        memory.set(WORD, at, target.address() + targetOffset);
        memory.set(WORD, at + 8, stamp);
    }

    /** Stores the null link at {@code memory[at]}. */
    public static void clear(MemorySegment memory, long at) {
        memory.set(WORD, at, 0L);
        memory.set(WORD, at + 8, 0L);
    }

    /** The stamp of the link at {@code memory[at]}: zero for the null link. */
    public static long stamp(MemorySegment memory, long at) {
        return memory.get(WORD, at + 8);
    }

    /** The target's address, of a link that is not null. */
    public static long address(MemorySegment memory, long at) {
        return memory.get(WORD, at);
    }

    /** The generation a stamp recorded. */
    public static long generation(long stamp) {
        return stamp & GENERATION_MASK;
    }

    /**
     * The lifetime of a link's target, checked to be the one the link recorded.
     *
     * @throws dev.arenastruct.StaleStructException if the target's memory was reclaimed since the link was stored
     */
    public static Lifetime lifetime(Lifetime holder, long stamp, String struct, String field) {
        int depth = (int) (stamp >>> GENERATION_BITS) - 1;
        Lifetime target = ACCESS.linkLifetime(holder, depth);
        if (target == null) {
            throw new IllegalStateException(struct + "." + field + " holds a link to scope depth " + depth
                    + ", which " + holder + "'s arena never had: the link was written by other code or copied from"
                    + " another arena");
        }
        if ((target.generation() & GENERATION_MASK) != generation(stamp)) {
            throw target.stale(struct + "." + field + "'s target", generation(stamp));
        }
        return target;
    }

    /**
     * The block of the holder's arena that holds the target's {@code byteSize} bytes at {@code address}.
     *
     * @throws IllegalStateException if no block does: the holder was copied from another arena
     */
    public static MemorySegment block(Lifetime holder, long address, long byteSize, String struct, String field) {
        MemorySegment block = ACCESS.linkBlock(holder, address, byteSize);
        if (block == null) {
            throw new IllegalStateException(struct + "." + field + " links to memory outside " + holder
                    + "'s arena: the struct holding it was copied from another arena, or the link was written by"
                    + " other code; links point within one arena");
        }
        return block;
    }
}
