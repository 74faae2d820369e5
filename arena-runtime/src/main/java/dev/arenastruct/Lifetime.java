package dev.arenastruct;

/**
 * How long memory handed out by an arena stays valid: one per scope depth of an arena. Memory
 * allocated while a lifetime is current stays valid until that lifetime ends, which happens when
 * the arena is reset, the scope it belongs to is rewound, or the arena is closed.
 *
 * <p>A lifetime is a counter, not a fresh object per batch: ending it increments its
 * {@link #generation()}, so nothing is allocated per reset or per scope. Generated flyweights
 * record the generation when they are allocated and compare it on every access; a mismatch means
 * the memory now belongs to someone else, and the access throws {@link StaleStructException}
 * instead of returning another batch's data.
 *
 * <p>The check costs two loads and a compare, which the JIT hoists out of loops. Code that has
 * proven itself can turn it off for the whole JVM with {@code -Ddev.arenastruct.staleChecks=false}
 * ({@link #STALE_CHECKS} is then a constant {@code false} and the JIT removes the check), or use
 * the generated static {@code (segment, offset)} accessors, which never check.
 *
 * <p>Public because generated classes live in user packages; users only need it to write their
 * own arena-backed views.
 */
public final class Lifetime {
    /**
     * Whether generated flyweights check their lifetime on every access: {@code true} unless the
     * system property {@code dev.arenastruct.staleChecks} is {@code false} when this class loads.
     */
    public static final boolean STALE_CHECKS =
            !"false".equalsIgnoreCase(System.getProperty("dev.arenastruct.staleChecks"));

    /**
     * The lifetime of memory no arena tracks (a segment passed to {@code wrap}): it never ends,
     * so flyweights over such memory are never reported stale; {@code java.lang.foreign} still
     * checks that the segment itself is alive.
     */
    public static final Lifetime UNTRACKED = new Lifetime("untracked memory", 0, null);

    private final String arena;
    private final int depth;
    /** The arena whose memory this is, which resolves links into it; null for untracked memory. */
    private final ArenaAllocator owner;
    private final String rewindCause;
    private long generation;
    private String endedBy = "";

    Lifetime(String arena, int depth, ArenaAllocator owner) {
        this.arena = arena;
        this.depth = depth;
        this.owner = owner;
        this.rewindCause = "rewinding its scope (depth " + depth + ")";
    }

    /** The current generation; it grows by one each time memory allocated under it is reclaimed. */
    public long generation() {
        return generation;
    }

    /** Scope depth this lifetime belongs to: 0 for the arena's top level, 1 for a scope inside it, ... */
    public int depth() {
        return depth;
    }

    /**
     * The exception for touching {@code structName} memory allocated in {@code allocatedIn}, now that
     * this lifetime has moved on. Generated code calls it only after the generations differ.
     */
    public StaleStructException stale(String structName, long allocatedIn) {
        return new StaleStructException(structName + " is stale: its memory was reclaimed by " + endedBy
                + " after it was allocated (allocated in generation " + allocatedIn + " of " + arena
                + " scope depth " + depth + ", now generation " + generation
                + "); do not keep flyweights across a reset, allocate or wrap them again");
    }

    /** The arena whose memory this is; null for untracked memory. */
    ArenaAllocator owner() {
        return owner;
    }

    /** What {@link #end} is given when this lifetime's scope is rewound: built once, as ending must not allocate. */
    String rewindCause() {
        return rewindCause;
    }

    /** Ends the memory allocated so far under this lifetime; {@code cause} names what did it, for messages. */
    void end(String cause) {
        generation++;
        endedBy = cause;
    }

    @Override
    public String toString() {
        return "Lifetime[" + arena + ", depth=" + depth + ", generation=" + generation + "]";
    }
}
