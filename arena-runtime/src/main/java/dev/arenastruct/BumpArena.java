package dev.arenastruct;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * A bump allocator over one contiguous block of off-heap memory.
 *
 * <p>Allocation moves an offset forward past alignment padding and the requested bytes, and
 * zeroes those bytes. Nothing is freed one by one: {@link #reset()} moves the offset back to zero
 * in O(1), whatever was allocated, and {@link #close()} returns the block to the operating system.
 * Memory handed out before a {@code reset()} is reused by later allocations, so structs from an
 * earlier batch must not be used after it. After {@code close()}, any access to memory from this
 * arena throws {@link IllegalStateException}.
 *
 * <p>The arena is confined to the thread that created it: allocating, resetting or closing it
 * from another thread throws {@link WrongThreadException}, as does touching its memory.
 *
 * <p>It is a {@link SegmentAllocator}, so the {@code java.lang.foreign} conveniences work on it
 * ({@code arena.allocate(ValueLayout.JAVA_LONG)}, {@code arena.allocateFrom("text")}, ...).
 *
 * <pre>{@code
 * try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) {
 *     MemorySegment s = arena.allocate(24, 8);
 *     arena.reset();
 * }
 * }</pre>
 */
public final class BumpArena implements SegmentAllocator, AutoCloseable {
    /** Alignment of the block itself: a cache line, so cache-line aligned structs waste nothing. */
    private static final long BLOCK_ALIGNMENT = 64;

    private final Arena owner;
    private final MemorySegment block;
    private final long base;
    private final long capacity;
    private final Thread ownerThread;
    private long offset;
    private boolean closed;

    private BumpArena(Arena owner, MemorySegment block) {
        this.owner = owner;
        this.block = block;
        this.base = block.address();
        this.capacity = block.byteSize();
        this.ownerThread = Thread.currentThread();
    }

    /**
     * Creates an arena of one fixed block of {@code bytes} bytes, confined to the calling thread.
     *
     * @param bytes the capacity in bytes, at least 1
     * @return a new, empty arena; close it to free the memory
     * @throws IllegalArgumentException if {@code bytes < 1}
     * @throws OutOfMemoryError if the native memory cannot be allocated
     */
    public static BumpArena ofCapacity(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("BumpArena capacity must be at least 1 byte: bytes=" + bytes);
        }
        Arena arena = Arena.ofConfined();
        try {
            return new BumpArena(arena, arena.allocate(bytes, BLOCK_ALIGNMENT));
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Returns {@code byteSize} zeroed bytes at the next offset whose address is a multiple of
     * {@code byteAlignment}.
     *
     * @throws IllegalArgumentException if {@code byteSize < 0}, or {@code byteAlignment} is not a
     *     power of two greater than zero (as {@link Arena#allocate(long, long)} does)
     * @throws ArenaExhaustedException if the request does not fit; the arena is then unchanged
     * @throws IllegalStateException if the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    @Override
    public MemorySegment allocate(long byteSize, long byteAlignment) {
        MemorySegment segment = tryAllocate(byteSize, byteAlignment);
        if (segment == null) {
            throw new ArenaExhaustedException(byteSize, byteAlignment, remaining(), capacity);
        }
        return segment;
    }

    /**
     * Like {@link #allocate(long, long)}, but reports exhaustion by returning {@code null}
     * instead of throwing, for callers that fall back to something else when the arena is full.
     * Bad arguments, a closed arena and the wrong thread still throw.
     *
     * @return the zeroed segment, or {@code null} if it does not fit (the arena is then unchanged)
     */
    public MemorySegment tryAllocate(long byteSize, long byteAlignment) {
        checkUsable();
        checkArguments(byteSize, byteAlignment);
        long padding = -(base + offset) & (byteAlignment - 1);
        long remaining = capacity - offset;
        // Compared by subtraction so huge sizes or alignments cannot overflow into "fits".
        if (padding > remaining || byteSize > remaining - padding) {
            return null;
        }
        long start = offset + padding;
        MemorySegment segment = block.asSlice(start, byteSize);
        segment.fill((byte) 0);
        offset = start + byteSize;
        return segment;
    }

    /**
     * Forgets every allocation in O(1): the next allocation starts at offset zero again.
     * Memory handed out earlier will be handed out again, so structs from before must not be used.
     *
     * @throws IllegalStateException if the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    public void reset() {
        checkUsable();
        offset = 0;
    }

    /** Bytes handed out since creation or the last {@link #reset()}, alignment padding included. */
    public long allocatedBytes() {
        return offset;
    }

    /** The total size of the arena's block in bytes. */
    public long capacity() {
        return capacity;
    }

    /** Bytes not yet handed out; an allocation may also need some of them for alignment padding. */
    public long remaining() {
        return capacity - offset;
    }

    /**
     * Frees the native memory. Every segment and flyweight from this arena becomes unusable:
     * touching one throws {@link IllegalStateException}.
     *
     * @throws IllegalStateException if the arena is already closed (as {@link Arena#close()} does)
     * @throws WrongThreadException if called from a thread other than the owner
     */
    @Override
    public void close() {
        checkUsable();
        closed = true;
        owner.close();
    }

    @Override
    public String toString() {
        return "BumpArena[capacity=" + capacity + ", allocated=" + offset + ", remaining=" + remaining()
                + (closed ? ", closed" : "") + "]";
    }

    private void checkUsable() {
        if (Thread.currentThread() != ownerThread) {
            throw new WrongThreadException("BumpArena is confined to thread '" + ownerThread.getName()
                    + "' and was used from thread '" + Thread.currentThread().getName() + "'");
        }
        if (closed) {
            throw new IllegalStateException("BumpArena already closed: capacity=" + capacity
                    + "; allocate, reset and close are only valid before close()");
        }
    }

    private static void checkArguments(long byteSize, long byteAlignment) {
        if (byteSize < 0) {
            throw new IllegalArgumentException("byteSize must not be negative: byteSize=" + byteSize);
        }
        if (byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
            throw new IllegalArgumentException(
                    "byteAlignment must be a power of two greater than zero: byteAlignment=" + byteAlignment);
        }
    }
}
