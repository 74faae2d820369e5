package dev.arenastruct;

import dev.arenastruct.internal.Zeroing;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed-size bump arena that many threads allocate from at once, without locks: each
 * allocation claims its bytes with one compare-and-set on the shared offset, so no two threads
 * are ever handed the same bytes, then zeroes them outside any critical section.
 *
 * <p>Its memory is shared ({@link Arena#ofShared()}): any thread may read and write it. Allocation
 * is lock-free; {@link #reset()} and {@link #close()} are not meant to race with it: call them
 * when the threads that allocate are done (after a join or a barrier, which also makes the reset
 * visible to them). A reset makes flyweights allocated before it stale, as in {@link BumpArena},
 * for every use that happens-after the reset; a use racing with the reset is not detected (the
 * check and the access are two steps) and may touch memory the next batch already owns.
 *
 * <pre>{@code
 * try (ConcurrentArena arena = ConcurrentArena.ofCapacity(64 << 20)) {
 *     try (var pool = Executors.newFixedThreadPool(2)) {
 *         pool.submit(() -> TradeEventFlyweight.allocate(arena).id(1));
 *         pool.submit(() -> TradeEventFlyweight.allocate(arena).id(2));
 *     }
 * }
 * }</pre>
 */
public final class ConcurrentArena implements ArenaAllocator, AutoCloseable {
    private static final VarHandle OFFSET;

    static {
        try {
            OFFSET = MethodHandles.lookup().findVarHandle(ConcurrentArena.class, "offset", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Arena owner;
    private final MemorySegment block;
    private final long base;
    private final long capacity;
    private final Lifetime lifetime = new Lifetime("ConcurrentArena", 0, this);
    private final LongAdder allocated = new LongAdder();
    private volatile long offset;
    private volatile boolean closed;
    private long highWater;

    private ConcurrentArena(Arena owner, MemorySegment block) {
        this.owner = owner;
        this.block = block;
        this.base = block.address();
        this.capacity = block.byteSize();
    }

    /**
     * Creates a shared arena of one fixed block of {@code bytes} bytes.
     *
     * @throws IllegalArgumentException if {@code bytes < 1}
     * @throws OutOfMemoryError if the native memory cannot be allocated
     */
    public static ConcurrentArena ofCapacity(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("ConcurrentArena capacity must be at least 1 byte: bytes=" + bytes);
        }
        Arena arena = Arena.ofShared();
        try {
            return new ConcurrentArena(arena, arena.allocate(bytes, BlockChain.BLOCK_ALIGNMENT));
        } catch (OutOfMemoryError e) {
            arena.close();
            throw BlockChain.outOfMemory("cannot reserve a ConcurrentArena of " + bytes + " bytes", e,
                    "use a smaller capacity");
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Returns {@code byteSize} zeroed bytes whose address is a multiple of {@code byteAlignment};
     * safe to call from any number of threads at once.
     *
     * @throws IllegalArgumentException if {@code byteSize < 0}, or {@code byteAlignment} is not a
     *     power of two greater than zero
     * @throws ArenaExhaustedException if the request does not fit; nothing is claimed then
     * @throws IllegalStateException if the arena is closed
     */
    @Override
    public MemorySegment allocate(long byteSize, long byteAlignment) {
        long start = bump(byteSize, byteAlignment);
        return block.asSlice(start, byteSize);
    }

    /** Like {@link #allocate(long, long)}, but returns {@code null} when the request does not fit. */
    @Override
    public MemorySegment tryAllocate(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        return start < 0 ? null : block.asSlice(start, byteSize);
    }

    /**
     * The allocation without a segment: claims {@code byteSize} zeroed bytes at the next aligned
     * address and returns where they start in {@link #block()}, or -1 if they do not fit.
     */
    long tryBump(long byteSize, long byteAlignment) {
        long start = tryClaim(byteSize, byteAlignment);
        if (start >= 0) {
            Zeroing.zero(block, start, byteSize);
        }
        return start;
    }

    /** {@link #tryBump} without zeroing, for generated code (see {@link BumpArena#tryClaim}). */
    long tryClaim(long byteSize, long byteAlignment) {
        checkOpen(); // state first, then arguments, as BumpArena does
        BumpArena.checkArguments(byteSize, byteAlignment);
        long start;
        while (true) {
            long current = offset;
            long pad = -(base + current) & (byteAlignment - 1);
            long room = capacity - current;
            if (pad > room || byteSize > room - pad) {
                return -1;
            }
            start = current + pad;
            if (OFFSET.compareAndSet(this, current, start + byteSize)) {
                break;
            }
        }
        allocated.add(byteSize);
        return start;
    }

    /** {@link #tryClaim}, throwing when the request does not fit. */
    long claim(long byteSize, long byteAlignment) {
        long start = tryClaim(byteSize, byteAlignment);
        if (start < 0) {
            throw exhausted(byteSize, byteAlignment);
        }
        return start;
    }

    /** {@link #tryBump}, throwing when the request does not fit. */
    long bump(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        if (start < 0) {
            throw exhausted(byteSize, byteAlignment);
        }
        return start;
    }

    ArenaExhaustedException exhausted(long byteSize, long byteAlignment) {
        return new ArenaExhaustedException("ConcurrentArena", byteSize, byteAlignment, remaining(), capacity, capacity,
                false);
    }

    /**
     * Grows the allocation that ends at {@code end} by {@code extra} zeroed bytes if no thread has
     * claimed anything after it: one compare-and-set of the offset from {@code end}, so a racing
     * allocation makes it return false (the caller then moves), never hands out the same bytes twice.
     */
    boolean tryExtend(MemorySegment in, long end, long extra) {
        checkOpen();
        if (in != block || extra < 0 || end < 0 || extra > capacity - end
                || !OFFSET.compareAndSet(this, end, end + extra)) {
            return false;
        }
        allocated.add(extra);
        Zeroing.zero(block, end, extra);
        return true;
    }

    /** The one block every allocation is in. */
    MemorySegment block() {
        return block;
    }

    /** The lifetime of memory allocated now; it ends at the next {@link #reset()} or {@link #close()}. */
    @Override
    public Lifetime lifetime() {
        return lifetime;
    }

    /**
     * Forgets every allocation: the next one starts at offset zero. Call it only while no thread
     * allocates from the arena or uses its memory; flyweights allocated before become stale.
     *
     * @throws IllegalStateException if the arena is closed
     */
    public void reset() {
        checkOpen();
        highWater = Math.max(highWater, offset);
        lifetime.end("ConcurrentArena.reset()");
        allocated.reset();
        offset = 0;
    }

    /** Bytes requested since the last reset, without padding; exact once allocating threads are done. */
    public long allocatedBytes() {
        return allocated.sum();
    }

    /** Bytes lost to alignment padding since the last reset; exact once allocating threads are done. */
    public long paddingBytes() {
        return Math.max(0, offset - allocated.sum());
    }

    /** The size of the arena's block in bytes. */
    public long capacity() {
        return capacity;
    }

    /** Bytes not yet claimed; an allocation may also need some of them for alignment padding. Zero once closed. */
    public long remaining() {
        return closed ? 0 : capacity - offset;
    }

    /** The most bytes claimed at once since the arena was created. */
    public long highWaterMark() {
        return Math.max(highWater, offset);
    }

    /** All statistics at once. */
    public ArenaStats stats() {
        return new ArenaStats(allocatedBytes(), paddingBytes(), capacity, highWaterMark(), closed ? 0 : 1, capacity);
    }

    /**
     * Frees the memory. Call it when no thread uses the arena any more; segments from it then
     * throw {@link IllegalStateException} when touched, and flyweights are stale.
     *
     * @throws IllegalStateException if the arena is already closed
     */
    @Override
    public void close() {
        checkOpen();
        closed = true;
        lifetime.end("ConcurrentArena.close()");
        owner.close();
    }

    @Override
    public String toString() {
        return "ConcurrentArena[capacity=" + capacity + ", claimed=" + offset + (closed ? ", closed" : "") + "]";
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("ConcurrentArena already closed: capacity=" + capacity
                    + "; allocate, reset and close are only valid before close()");
        }
    }
}
