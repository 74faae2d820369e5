package dev.arenastruct;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The blocks behind a {@link BumpArena}, in allocation order: reserving a new block (growth policy
 * and hard limit), handing back blocks on reset (retain policy), and freeing them all on close.
 * Each block has its own {@link Arena}, so a block can be returned on its own.
 */
final class BlockChain {
    /** Where blocks come from: confined arenas the owner closes, or GC-managed ones (scratch arenas). */
    enum Source { CONFINED, AUTO }

    /** Alignment of every block: a cache line, so cache-line aligned structs waste nothing. */
    static final long BLOCK_ALIGNMENT = 64;

    private final Source source;
    private final boolean growable;
    private final int growthFactor;
    private final long maxBlockSize;
    private final long limit;
    private Arena[] owners = new Arena[4];
    private MemorySegment[] segments = new MemorySegment[4];
    private int count;
    private long reserved;
    private long nextBlockSize;

    BlockChain(Source source, boolean growable, long firstBlockSize, int growthFactor, long maxBlockSize, long limit) {
        this.source = source;
        this.growable = growable;
        this.growthFactor = growthFactor;
        this.maxBlockSize = maxBlockSize;
        this.limit = limit;
        this.nextBlockSize = firstBlockSize;
        try {
            reserve(0, firstBlockSize, BLOCK_ALIGNMENT);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("cannot reserve the first block of " + firstBlockSize + " bytes", e,
                    "use a smaller capacity or block size");
        }
        nextBlockSize = grow(firstBlockSize);
    }

    int count() {
        return count;
    }

    long reserved() {
        return reserved;
    }

    long limit() {
        return limit;
    }

    boolean growable() {
        return growable;
    }

    MemorySegment segment(int index) {
        return segments[index];
    }

    /** Bytes in the blocks after {@code index}: reserved, and empty in the current batch. */
    long bytesAfter(int index) {
        long bytes = 0;
        for (int i = index + 1; i < count; i++) {
            bytes += segments[i].byteSize();
        }
        return bytes;
    }

    /**
     * The block after {@code current} to allocate {@code byteSize} bytes at {@code byteAlignment}
     * from its start: the smallest kept block after {@code current} that is big enough, moved up
     * to follow it, else a new block inserted after {@code current}. Returns -1 if the arena may
     * not grow that far; nothing changes then. Blocks up to {@code current} never move, so marks
     * stay valid.
     */
    int blockFor(int current, long byteSize, long byteAlignment) {
        int next = current + 1;
        // Not just the next block: a larger one further on may fit, and taking the smallest that fits
        // keeps the larger blocks for larger requests. A growing chain's smallest is the next one.
        int best = -1;
        for (int kept = next; kept < count; kept++) {
            if (fitsAtStart(segments[kept], byteSize, byteAlignment)
                    && (best < 0 || segments[kept].byteSize() < segments[best].byteSize())) {
                best = kept;
            }
        }
        if (best >= 0) {
            moveUp(best, next);
            return next;
        }
        long room = limit - reserved;
        // Over-aligned blocks cost the operating system up to byteAlignment - 1 bytes more: count
        // them against the limit, so an absurd alignment is "exhausted", not an OutOfMemoryError.
        long slack = byteAlignment > BLOCK_ALIGNMENT ? byteAlignment - 1 : 0;
        if (!growable || byteSize > room || slack > room - byteSize) {
            return -1;
        }
        boolean dedicated = byteSize > nextBlockSize;
        long size = Math.min(dedicated ? byteSize : nextBlockSize, room);
        long alignment = Math.max(BLOCK_ALIGNMENT, byteAlignment);
        try {
            reserve(next, Math.max(size, 1), alignment);
        } catch (OutOfMemoryError e) { // only without a limit, or with one the machine cannot back
            throw outOfMemory("cannot reserve a block of " + Math.max(size, 1) + " bytes aligned to " + alignment
                    + " for requested=" + byteSize + " alignment=" + byteAlignment + " (reserved=" + reserved
                    + " limit=" + limit + ")", e, "set a limit (BumpArena.builder().limit(...)) so that such a "
                    + "request throws ArenaExhaustedException instead");
        }
        if (!dedicated) {
            nextBlockSize = grow(nextBlockSize);
        }
        return next;
    }

    private void moveUp(int from, int to) {
        Arena owner = owners[from];
        MemorySegment segment = segments[from];
        System.arraycopy(owners, to, owners, to + 1, from - to);
        System.arraycopy(segments, to, segments, to + 1, from - to);
        owners[to] = owner;
        segments[to] = segment;
    }

    /** After a reset: keeps the blocks the policy keeps (in order) and frees the others. */
    void retain(RetainPolicy policy) {
        if (!growable || count == 0) {
            return;
        }
        switch (policy.kind()) {
            case ALL -> { }
            case LARGEST -> {
                int largest = 0;
                for (int i = 1; i < count; i++) {
                    if (segments[i].byteSize() > segments[largest].byteSize()) {
                        largest = i;
                    }
                }
                keepOnly(largest);
            }
            case UP_TO -> {
                int kept = 0;
                long total = 0;
                while (kept < count && total + segments[kept].byteSize() <= policy.bytes()) {
                    total += segments[kept++].byteSize();
                }
                freeFrom(kept);
            }
        }
    }

    /** Frees every block; the chain is empty afterwards. */
    void freeAll() {
        freeFrom(0);
    }

    private void keepOnly(int index) {
        Arena owner = owners[index];
        MemorySegment segment = segments[index];
        owners[index] = null; // not freed below
        for (int i = 0; i < count; i++) {
            free(i);
        }
        // Drop every reference, so that GC-managed blocks can actually be collected.
        Arrays.fill(owners, 0, count, null);
        Arrays.fill(segments, 0, count, null);
        owners[0] = owner;
        segments[0] = segment;
        count = 1;
        reserved = segment.byteSize();
    }

    private void freeFrom(int first) {
        for (int i = first; i < count; i++) {
            reserved -= segments[i].byteSize();
            free(i);
        }
        Arrays.fill(owners, first, count, null);
        Arrays.fill(segments, first, count, null);
        count = first;
    }

    private void free(int index) {
        if (source == Source.CONFINED && owners[index] != null) {
            owners[index].close();
        }
        // AUTO blocks are freed by the garbage collector once nothing refers to them.
    }

    private void reserve(int index, long size, long alignment) {
        Arena owner = source == Source.CONFINED ? Arena.ofConfined() : Arena.ofAuto();
        MemorySegment segment;
        try {
            segment = owner.allocate(size, alignment);
        } catch (RuntimeException | Error e) {
            if (source == Source.CONFINED) {
                owner.close();
            }
            throw e;
        }
        if (count == owners.length) {
            owners = Arrays.copyOf(owners, count * 2);
            segments = Arrays.copyOf(segments, count * 2);
        }
        System.arraycopy(owners, index, owners, index + 1, count - index);
        System.arraycopy(segments, index, segments, index + 1, count - index);
        owners[index] = owner;
        segments[index] = segment;
        count++;
        reserved += size;
    }

    /**
     * The JDK says only "Unable to allocate N bytes", or nothing at all when the size overflows
     * while it rounds it up: name the block, the request and the fix. The arena is unchanged.
     */
    static OutOfMemoryError outOfMemory(String what, OutOfMemoryError cause, String fix) {
        OutOfMemoryError error = new OutOfMemoryError(what + ": the native memory could not be allocated ("
                + (cause.getMessage() == null ? "the size overflows" : cause.getMessage()) + "); " + fix);
        error.initCause(cause);
        return error;
    }

    private long grow(long size) {
        long grown = size > maxBlockSize / growthFactor ? maxBlockSize : size * growthFactor;
        return Math.max(size, Math.min(grown, maxBlockSize));
    }

    private static boolean fitsAtStart(MemorySegment block, long byteSize, long byteAlignment) {
        long padding = -block.address() & (byteAlignment - 1);
        return padding <= block.byteSize() && byteSize <= block.byteSize() - padding;
    }
}
