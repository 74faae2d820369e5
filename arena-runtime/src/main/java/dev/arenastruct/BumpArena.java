package dev.arenastruct;

import dev.arenastruct.internal.Zeroing;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.Arrays;

/**
 * A bump allocator over off-heap memory: one fixed block ({@link #ofCapacity}), or a chain of
 * blocks that grows on demand up to an optional limit ({@link #builder()}).
 *
 * <p>Allocation moves an offset forward past alignment padding and the requested bytes, and
 * zeroes those bytes. An allocation never straddles two blocks: when the current block is full
 * the arena moves on to the next block, and a request larger than a block gets a block of its
 * own. Nothing is freed one by one: {@link #reset()} forgets every allocation in O(1) (it keeps
 * blocks as its {@link RetainPolicy} says), {@link #openScope()} frees what was allocated inside
 * it, and {@link #close()} returns all memory to the operating system.
 *
 * <p>Memory handed out before a reset is handed out again, so structs from an earlier batch must
 * not be used after it. Flyweights enforce that: they record the arena's {@link #lifetime()} when
 * allocated, and touching one after its memory was reclaimed throws {@link StaleStructException}.
 * Raw segments from {@link #allocate(long, long)} are plain {@code java.lang.foreign} memory:
 * after {@code close()} touching them throws {@link IllegalStateException}, after a reset they
 * are not checked.
 *
 * <p>The arena is confined to the thread that created it: allocating, resetting or closing it
 * from another thread throws {@link WrongThreadException}, as does touching its memory (except
 * the memory of a {@link ScratchArena}, which the garbage collector frees: see there).
 * {@link ConcurrentArena} is the arena several threads allocate from.
 *
 * <pre>{@code
 * try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) {
 *     MemorySegment s = arena.allocate(24, 8);
 *     try (BumpArena.Scope scope = arena.openScope()) {
 *         MemorySegment scratch = arena.allocate(4096, 64);   // freed when the scope closes
 *     }
 *     arena.reset();
 * }
 * }</pre>
 */
public final class BumpArena implements ArenaAllocator, AutoCloseable {
    private final BlockChain blocks;
    private final RetainPolicy retain;
    private final Thread ownerThread;
    private final String name;
    /** Scratch arenas reset themselves (and apply their retain policy) when the outermost scope closes. */
    private final boolean resetWhenScopesClose;
    // Built once: reset() runs once per batch and must not allocate (zero GC in a match loop).
    private final String resetCause;
    private final String closeCause;

    // The block being bumped, cached out of the chain for the fast path.
    private int current;
    private MemorySegment block;
    private long base;
    private long blockSize;
    private long offset;

    // allocatedBytes() is derived (passed + offset - padding) rather than counted, so an
    // allocation that needs no padding stores its offset only (see tryClaim).
    /** Bytes of the blocks moved on from since the reset: what was allocated in them, padding and lost ends. */
    private long passed;
    private long padding;
    private long highWater;
    private Lifetime[] lifetimes;
    private int depth;
    private boolean closed;

    BumpArena(BlockChain blocks, RetainPolicy retain, String name, boolean resetWhenScopesClose) {
        this.blocks = blocks;
        this.retain = retain;
        this.ownerThread = Thread.currentThread();
        this.name = name;
        this.resetWhenScopesClose = resetWhenScopesClose;
        this.resetCause = name + ".reset()";
        this.closeCause = name + ".close()";
        this.lifetimes = new Lifetime[] {new Lifetime(name, 0, this)};
        enter(0);
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
        return new BumpArena(new BlockChain(BlockChain.Source.CONFINED, false, bytes, 1, bytes, bytes),
                RetainPolicy.all(), "BumpArena", false);
    }

    /** Starts a growable arena: a chain of blocks, with first block size, growth, limit and retain policy. */
    public static BumpArenaBuilder builder() {
        return new BumpArenaBuilder();
    }

    /**
     * Returns {@code byteSize} zeroed bytes at the next offset whose address is a multiple of
     * {@code byteAlignment}, in the current block or, for a growable arena, in the next one.
     *
     * @throws IllegalArgumentException if {@code byteSize < 0}, or {@code byteAlignment} is not a
     *     power of two greater than zero (as {@link Arena#allocate(long, long)} does)
     * @throws ArenaExhaustedException if the request does not fit (in a growable arena: within its
     *     limit); the arena is then unchanged
     * @throws OutOfMemoryError naming the request, if a growable arena needs a new block the
     *     operating system cannot provide (only likely without a limit); the arena is then unchanged
     * @throws IllegalStateException if the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    @Override
    public MemorySegment allocate(long byteSize, long byteAlignment) {
        long start = bump(byteSize, byteAlignment); // first: it may move to another block
        return block.asSlice(start, byteSize);
    }

    /**
     * Like {@link #allocate(long, long)}, but reports exhaustion by returning {@code null}
     * instead of throwing, for callers that fall back to something else when the arena is full.
     * Bad arguments, a closed arena and the wrong thread still throw.
     *
     * @return the zeroed segment, or {@code null} if it does not fit (the arena is then unchanged)
     */
    @Override
    public MemorySegment tryAllocate(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        return start < 0 ? null : block.asSlice(start, byteSize);
    }

    /**
     * The allocation itself, without a segment: moves the offset past {@code byteSize} zeroed bytes
     * at the next aligned address and returns where they start in {@link #block()} (which may be a
     * new block afterwards), or -1 if they do not fit. A reused flyweight ({@code wrapNew}) or a
     * {@link StructArray} keeps the block and this offset, so it creates no segment object.
     */
    long tryBump(long byteSize, long byteAlignment) {
        long start = tryClaim(byteSize, byteAlignment);
        if (start >= 0) {
            Zeroing.zero(block, start, byteSize);
        }
        return start;
    }

    /**
     * {@link #tryBump} without zeroing, for generated code: a flyweight zeroes a struct of its own
     * constant size with stores of its own, which C2 inlines whatever other sizes an application
     * allocates. Zeroing here instead made this path big when compiled for many sizes (an
     * application's buffers), C2 then stopped inlining it into struct allocations ("already compiled
     * into a big method"), and a 24-byte allocate + write went from 1.9 to 11 ns and 40 B.
     *
     * <p>A request that is aligned already and fits, which every struct after a struct of its
     * own alignment is, only moves the offset. Adding its zero padding to the count as well kept
     * the padding field's load and store in every iteration of a compiled allocation loop (C2 kept
     * the offset in a register but not the padding): {@code TradeWriteBench} {@code allocate} 1.82
     * -> 1.13 ns, {@code LevelWriteBench} static 2.82 -> 1.19 ns without it.
     */
    long tryClaim(long byteSize, long byteAlignment) {
        checkOwner();
        if (byteSize < 0 || byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
            rejectArguments(byteSize, byteAlignment);
        }
        long start = offset;
        // Aligned already and fitting, the common case: nothing to pad, nothing to count.
        if (((base + start) & (byteAlignment - 1)) == 0 && byteSize <= blockSize - start) {
            offset = start + byteSize;
            return start;
        }
        return claimPadded(byteSize, byteAlignment);
    }

    /** {@link #tryClaim} of memory that needs padding first, or another block. */
    private long claimPadded(long byteSize, long byteAlignment) {
        long pad = -(base + offset) & (byteAlignment - 1);
        long room = blockSize - offset; // negative once closed: every request takes the next branch
        // Compared by subtraction so huge sizes or alignments cannot overflow into "fits".
        if (pad > room || byteSize > room - pad) {
            return claimInNextBlock(byteSize, byteAlignment);
        }
        long start = offset + pad;
        offset = start + byteSize;
        padding += pad;
        return start;
    }

    /** The lifetime of scope depth {@code level}, or null if no scope that deep was ever opened. */
    Lifetime lifetimeAt(int level) {
        return level >= 0 && level < lifetimes.length ? lifetimes[level] : null;
    }

    /** The block of this arena that holds {@code [address, address + byteSize)}, or null. */
    MemorySegment blockHolding(long address, long byteSize) {
        for (int i = blocks.count() - 1; i >= 0; i--) { // the newest first: where recent links point
            MemorySegment segment = blocks.segment(i);
            if (segment != null && holds(segment, address, byteSize)) {
                return segment;
            }
        }
        return null;
    }

    /** Whether {@code block} holds all of {@code [address, address + byteSize)}, without overflow. */
    static boolean holds(MemorySegment block, long address, long byteSize) {
        return address >= block.address() && byteSize <= block.byteSize()
                && address - block.address() <= block.byteSize() - byteSize;
    }

    MemorySegment block() {
        return block;
    }

    /** {@link #tryBump}, throwing when the request does not fit. */
    long bump(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        if (start < 0) {
            throw exhausted(byteSize, byteAlignment);
        }
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

    /**
     * Grows the allocation that ends at {@code end} in {@code in} by {@code extra} zeroed bytes, if it
     * is the arena's last one and the current block has room: what a growable collection tries before
     * it moves. Returns false, changing nothing, otherwise. The caller checks that no scope was opened
     * since the allocation (the bytes would belong to the allocation's scope, not the open one).
     */
    boolean tryExtend(MemorySegment in, long end, long extra) {
        checkOwner();
        if (in != block || end != offset || extra < 0 || extra > blockSize - offset) {
            return false; // also when closed: block is NULL and blockSize -1
        }
        Zeroing.zero(block, offset, extra);
        offset += extra;
        return true;
    }

    ArenaExhaustedException exhausted(long byteSize, long byteAlignment) {
        return new ArenaExhaustedException(name, byteSize, byteAlignment, remaining(), capacity(), limit(),
                blocks.growable());
    }

    private long claimInNextBlock(long byteSize, long byteAlignment) {
        checkUsable(); // the fast path checked only the thread: a closed arena lands here
        int next = blocks.blockFor(current, byteSize, byteAlignment);
        if (next < 0) {
            return -1;
        }
        padding += blockSize - offset; // the end of the current block is lost to this batch
        passed += blockSize;
        enter(next);
        return tryClaim(byteSize, byteAlignment);
    }

    private void enter(int index) {
        if (index >= 0 && index < blocks.count()) {
            current = index;
            block = blocks.segment(index);
            base = block.address();
            blockSize = block.byteSize();
        } else { // every block was returned: the next allocation reserves one
            current = -1;
            block = MemorySegment.NULL;
            base = 0;
            blockSize = 0;
        }
        offset = 0;
    }

    /** The lifetime of memory allocated now: the innermost open scope's, or the arena's own. */
    @Override
    public Lifetime lifetime() {
        return lifetimes[depth];
    }

    /**
     * Forgets every allocation in O(1) in their number: the next allocation starts at the first
     * block again. Open scopes end, flyweights allocated before become stale, and blocks are kept
     * or returned as the {@link RetainPolicy} says.
     *
     * @throws IllegalStateException if the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    public void reset() {
        checkUsable();
        noteHighWater();
        endLifetimes(0, resetCause);
        blocks.retain(retain);
        enter(0);
        passed = 0;
        padding = 0;
    }

    /**
     * Records the current position, to {@link #rewind(Mark)} to later. Memory allocated after the
     * mark belongs to it: a rewind frees it and makes flyweights allocated in it stale, while
     * memory allocated before the mark stays valid. Marks nest, last in first out.
     *
     * @throws IllegalStateException if the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    public Mark mark() {
        checkUsable();
        int level = depth + 1;
        if (level == lifetimes.length) {
            lifetimes = Arrays.copyOf(lifetimes, level * 2);
        }
        if (lifetimes[level] == null) {
            lifetimes[level] = new Lifetime(name, level, this);
        }
        depth = level;
        return new Mark(this, level, lifetimes[level].generation(), current, offset, passed, padding);
    }

    /**
     * Frees everything allocated since {@code mark} and ends it, and every mark taken after it.
     *
     * @throws IllegalArgumentException if {@code mark} belongs to another arena
     * @throws IllegalStateException if the mark already ended (rewound, an outer mark rewound, the
     *     arena reset) or the arena is closed
     * @throws WrongThreadException if called from a thread other than the owner
     */
    public void rewind(Mark mark) {
        checkUsable();
        if (mark.arena != this) {
            throw new IllegalArgumentException("cannot rewind " + this + " to a mark of another arena: " + mark.arena);
        }
        if (mark.level > depth || lifetimes[mark.level].generation() != mark.generation) {
            throw new IllegalStateException("mark at scope depth " + mark.level + " already ended: it was rewound, an "
                    + "outer mark was rewound, or the arena was reset; each mark can be rewound once");
        }
        noteHighWater();
        endLifetimes(mark.level, lifetimes[mark.level].rewindCause()); // back to depth mark.level - 1
        enter(mark.block);
        offset = mark.offset;
        passed = mark.passed;
        padding = mark.padding;
        if (depth == 0 && resetWhenScopesClose) {
            reset();
        }
    }

    /**
     * Opens a scope: everything allocated until it is closed is freed by {@link Scope#close()},
     * in try-with-resources order. A {@link #mark()} that closes itself.
     */
    public Scope openScope() {
        return new Scope(mark());
    }

    private void endLifetimes(int from, String cause) {
        for (int level = depth; level >= from; level--) {
            lifetimes[level].end(cause);
        }
        depth = Math.max(from - 1, 0);
    }

    /** Bytes requested since the last {@link #reset()} (or rewind), without padding. */
    public long allocatedBytes() {
        return passed + offset - padding;
    }

    /** Bytes lost since the last reset: alignment padding, and the unused ends of blocks moved on from. */
    public long paddingBytes() {
        return padding;
    }

    /** Bytes of native memory the arena holds now, in all its blocks. */
    public long capacity() {
        return blocks.reserved();
    }

    /** The most bytes of blocks the arena may hold; for {@link #ofCapacity} arenas, the capacity. */
    public long limit() {
        return blocks.limit();
    }

    /** How many blocks the arena holds now. */
    public int blockCount() {
        return blocks.count();
    }

    /**
     * Bytes that can still be handed out before the limit: the rest of the current block, the
     * kept blocks after it, and what may still be reserved. Alignment padding and block ends an
     * allocation skips come out of it. Zero once the arena is closed.
     */
    public long remaining() {
        if (closed) {
            return 0; // close() returned every block, so limit - reserved would claim the whole limit again
        }
        return blockSize - offset + blocks.bytesAfter(current) + (blocks.limit() - blocks.reserved());
    }

    /** The most bytes (allocated plus padding) in use at once since the arena was created. */
    public long highWaterMark() {
        noteHighWater();
        return highWater;
    }

    /** All statistics at once. */
    public ArenaStats stats() {
        return new ArenaStats(allocatedBytes(), padding, capacity(), highWaterMark(), blockCount(), limit());
    }

    boolean isClosed() {
        return closed;
    }

    private void noteHighWater() {
        highWater = Math.max(highWater, passed + offset);
    }

    /**
     * Frees the native memory. Every segment from this arena becomes unusable (touching one throws
     * {@link IllegalStateException}) and every flyweight stale.
     *
     * @throws IllegalStateException if the arena is already closed (as {@link Arena#close()} does)
     * @throws WrongThreadException if called from a thread other than the owner
     */
    @Override
    public void close() {
        checkUsable();
        noteHighWater();
        endLifetimes(0, closeCause);
        closed = true;
        blocks.freeAll();
        passed += offset; // keeps allocatedBytes() as it was
        block = MemorySegment.NULL;
        blockSize = -1; // no request fits, so allocation reaches checkUsable() in claimInNextBlock
        offset = 0;
    }

    @Override
    public String toString() {
        return name + "[capacity=" + capacity() + ", allocated=" + allocatedBytes() + ", padding=" + padding
                + ", remaining=" + remaining() + ", blocks=" + blockCount() + (closed ? ", closed" : "") + "]";
    }

    private void checkUsable() {
        checkOwner();
        if (closed) {
            throw new IllegalStateException(name + " already closed" + (blocks.growable() ? "" : ": capacity="
                    + blocks.limit()) + "; allocate, reset, mark, rewind and close are only valid before close()");
        }
    }

    // The fast path's checks are a comparison and a call to a cold method that builds the message:
    // the allocation path must stay small enough to inline into the generated allocate, or the
    // slice it returns escapes (see the note at the fields).
    private void checkOwner() {
        if (Thread.currentThread() != ownerThread) {
            throw wrongThread();
        }
    }

    private WrongThreadException wrongThread() {
        return new WrongThreadException(name + " is confined to thread '" + ownerThread.getName()
                + "' and was used from thread '" + Thread.currentThread().getName() + "'");
    }

    /** Throws for arguments the fast path found bad: a closed arena is reported first, as everywhere. */
    private void rejectArguments(long byteSize, long byteAlignment) {
        checkUsable();
        checkArguments(byteSize, byteAlignment);
    }

    static void checkArguments(long byteSize, long byteAlignment) {
        if (byteSize < 0) {
            throw new IllegalArgumentException("byteSize must not be negative: byteSize=" + byteSize);
        }
        if (byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
            throw new IllegalArgumentException(
                    "byteAlignment must be a power of two greater than zero: byteAlignment=" + byteAlignment);
        }
    }

    /** A position in a {@link BumpArena} to {@link #rewind(Mark)} to; see {@link #mark()}. */
    public static final class Mark {
        private final BumpArena arena;
        private final int level;
        private final long generation;
        private final int block;
        private final long offset;
        private final long passed;
        private final long padding;

        private Mark(BumpArena arena, int level, long generation, int block, long offset, long passed,
                long padding) {
            this.arena = arena;
            this.level = level;
            this.generation = generation;
            this.block = block;
            this.offset = offset;
            this.passed = passed;
            this.padding = padding;
        }

        /** The scope depth this mark opened: 1 for a mark taken outside any scope. */
        public int depth() {
            return level;
        }

        @Override
        public String toString() {
            return "Mark[depth=" + level + ", block=" + block + ", offset=" + offset + "]";
        }
    }

    /**
     * A try-with-resources scope in a {@link BumpArena}: closing it frees what was allocated
     * inside it and makes those flyweights stale. See {@link BumpArena#openScope()}.
     */
    public static final class Scope implements AutoCloseable {
        private final Mark mark;

        private Scope(Mark mark) {
            this.mark = mark;
        }

        /** The arena this scope allocates from. */
        public BumpArena arena() {
            return mark.arena;
        }

        /**
         * Frees what was allocated since the scope opened; see {@link BumpArena#rewind(Mark)}.
         *
         * @throws IllegalStateException if the scope already ended (closed, an outer scope closed,
         *     the arena reset) or the arena is closed
         */
        @Override
        public void close() {
            mark.arena.rewind(mark);
        }
    }
}
