package dev.arenastruct;

import java.io.Serial;

/**
 * Thrown by {@link ArenaAllocator#allocate(long, long)} when the request does not fit: in a fixed
 * arena, in what is left of it; in a growable one, within its limit. The arena is unchanged when
 * this is thrown. {@link ArenaAllocator#tryAllocate(long, long)} reports the same condition by
 * returning {@code null} instead.
 */
public final class ArenaExhaustedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long requested;
    private final long alignment;
    private final long remaining;
    private final long capacity;
    private final long limit;

    ArenaExhaustedException(String arena, long requested, long alignment, long remaining, long capacity, long limit,
            boolean growable) {
        super(arena + (growable ? " limit reached" : " exhausted") + ": requested=" + requested
                + " alignment=" + alignment + " remaining=" + remaining + " capacity=" + capacity
                + (growable ? " limit=" + limit + "; raise the limit (BumpArena.builder().limit(...))"
                        : "; create the arena with a larger capacity")
                + ", or reset() it between batches");
        this.requested = requested;
        this.alignment = alignment;
        this.remaining = remaining;
        this.capacity = capacity;
        this.limit = limit;
    }

    /**
     * {@code cause}'s numbers, with {@code context} (what could not grow, and how far) in front of
     * its message: for collections whose growth did not fit.
     */
    ArenaExhaustedException(String context, ArenaExhaustedException cause) {
        super(context + ": " + cause.getMessage());
        this.requested = cause.requested;
        this.alignment = cause.alignment;
        this.remaining = cause.remaining;
        this.capacity = cause.capacity;
        this.limit = cause.limit;
    }

    /** The byte size that was asked for. */
    public long requested() {
        return requested;
    }

    /** The byte alignment that was asked for. */
    public long alignment() {
        return alignment;
    }

    /** The bytes the arena could still hand out when the request failed (before alignment padding). */
    public long remaining() {
        return remaining;
    }

    /** The bytes of memory the arena held when the request failed. */
    public long capacity() {
        return capacity;
    }

    /** The most bytes the arena may hold; equal to the capacity for a fixed arena. */
    public long limit() {
        return limit;
    }
}
