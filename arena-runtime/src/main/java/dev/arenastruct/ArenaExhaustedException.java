package dev.arenastruct;

import java.io.Serial;

/**
 * Thrown by {@link BumpArena#allocate(long, long)} when the request does not fit in what is left.
 * The arena is unchanged when this is thrown. {@link BumpArena#tryAllocate(long, long)} reports
 * the same condition by returning {@code null} instead.
 */
public final class ArenaExhaustedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long requested;
    private final long alignment;
    private final long remaining;
    private final long capacity;

    ArenaExhaustedException(long requested, long alignment, long remaining, long capacity) {
        super("BumpArena exhausted: requested=" + requested + " alignment=" + alignment
                + " remaining=" + remaining + " capacity=" + capacity
                + "; create the arena with a larger capacity, or reset() it between batches");
        this.requested = requested;
        this.alignment = alignment;
        this.remaining = remaining;
        this.capacity = capacity;
    }

    /** The byte size that was asked for. */
    public long requested() {
        return requested;
    }

    /** The byte alignment that was asked for. */
    public long alignment() {
        return alignment;
    }

    /** The bytes left in the arena when the request failed (before alignment padding). */
    public long remaining() {
        return remaining;
    }

    /** The arena's total capacity in bytes. */
    public long capacity() {
        return capacity;
    }
}
