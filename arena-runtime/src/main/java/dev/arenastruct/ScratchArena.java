package dev.arenastruct;

import java.util.Objects;

/**
 * Per-thread scratch arenas (the thread-local scratch pattern): each thread that calls
 * {@link #open()} gets its own growable {@link BumpArena}, created on first use and kept for the
 * thread's next calls. {@code open()} borrows it as a {@link BumpArena.Scope}; closing the scope
 * frees everything allocated in it, and when the outermost scope closes the arena resets itself,
 * returning blocks as its {@link RetainPolicy} says. Nested {@code open()} calls on one thread
 * nest scopes in the same arena.
 *
 * <pre>{@code
 * private static final ScratchArena SCRATCH = ScratchArena.of(BumpArena.builder().blockSize(16 << 10));
 *
 * Response handle(Request request) {
 *     try (BumpArena.Scope scratch = SCRATCH.open()) {
 *         HeaderFlyweight header = HeaderFlyweight.allocate(scratch.arena());
 *         ...
 *         return Response.of(...);   // copy out what outlives the request
 *     }                              // the request's memory is free again
 * }
 * }</pre>
 *
 * <p>The memory of a thread's arena is returned when the thread ends and its arena becomes
 * unreachable (the blocks are managed by the garbage collector), or at once with
 * {@link #release()}. Scratch arenas suit a fixed set of platform threads (a server's pool);
 * each virtual thread would get an arena of its own.
 *
 * <p>Because the garbage collector frees the blocks, their memory is not confined to the thread
 * and not unmapped by {@link #release()}: a raw {@code MemorySegment} from a scratch arena stays
 * readable from other threads and after {@code release()} (until the blocks are collected), where
 * a {@link BumpArena#builder() built} arena's would throw. Flyweights and {@link ArenaString}s
 * still throw {@link StaleStructException} once their scope closes; raw segments are not checked.
 *
 * <p>Across threads: a flyweight used by another thread is reported stale only if that use
 * happens-after the scope closed (the thread was started, or handed the flyweight, afterwards).
 * A use racing with the close is not detected and may read or write the next request's memory:
 * let other threads finish with a scratch struct before its scope closes.
 */
public final class ScratchArena {
    private final BumpArenaBuilder config;
    private final ThreadLocal<BumpArena> arenas = new ThreadLocal<>();

    private ScratchArena(BumpArenaBuilder config) {
        this.config = config;
    }

    /**
     * Scratch arenas configured like {@code builder} (read now: later changes to it do not apply).
     */
    public static ScratchArena of(BumpArenaBuilder builder) {
        return new ScratchArena(Objects.requireNonNull(builder, "builder").copy());
    }

    /** Scratch arenas with the builder's defaults: 64 KiB first block, doubling, no limit, keep all blocks. */
    public static ScratchArena withDefaults() {
        return of(BumpArena.builder());
    }

    /**
     * Borrows the calling thread's scratch arena as a new scope; close it (try-with-resources)
     * to free what was allocated in it. Flyweights allocated in the scope are stale afterwards.
     */
    public BumpArena.Scope open() {
        BumpArena arena = arenas.get();
        if (arena == null || arena.isClosed()) {
            arena = config.buildScratch();
            arenas.set(arena);
        }
        return arena.openScope();
    }

    /**
     * Drops the calling thread's scratch arena, so that its memory can be returned; the next
     * {@link #open()} on this thread starts a new one. Scopes still open on it become unusable.
     */
    public void release() {
        BumpArena arena = arenas.get();
        arenas.remove();
        if (arena != null && !arena.isClosed()) {
            arena.close();
        }
    }

    @Override
    public String toString() {
        return "ScratchArena[" + config + "]";
    }
}
