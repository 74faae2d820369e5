package dev.arenastruct;

/**
 * Configures a growable {@link BumpArena}: a chain of blocks, the first of {@link #blockSize},
 * each new one {@link #growthFactor} times the previous up to {@link #maxBlockSize}, never more
 * than {@link #limit} bytes in all. Defaults: 64 KiB first block, doubling, 64 MiB largest block,
 * no limit, keep all blocks on reset.
 *
 * <pre>{@code
 * BumpArena arena = BumpArena.builder()
 *         .blockSize(2 * sourceBytes)          // a capacity hint: most inputs fit in one block
 *         .limit(256 << 20)                    // a hostile input cannot take more than 256 MiB
 *         .retain(RetainPolicy.largest())      // after a huge batch, keep one block, not all
 *         .build();
 * }</pre>
 */
public final class BumpArenaBuilder {
    private long blockSize = 64 << 10;
    private int growthFactor = 2;
    private long maxBlockSize = 64 << 20;
    private long limit = Long.MAX_VALUE;
    private RetainPolicy retain = RetainPolicy.all();

    BumpArenaBuilder() {
    }

    /**
     * Size of the first block in bytes, reserved when the arena is built.
     *
     * @throws IllegalArgumentException if {@code bytes < 1}
     */
    public BumpArenaBuilder blockSize(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("blockSize must be at least 1 byte: bytes=" + bytes);
        }
        this.blockSize = bytes;
        return this;
    }

    /**
     * Each new block is {@code factor} times the size of the previous one (1: all the same size).
     * A request larger than the next block gets a block of exactly its size instead.
     *
     * @throws IllegalArgumentException if {@code factor < 1}
     */
    public BumpArenaBuilder growthFactor(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("growthFactor must be at least 1: factor=" + factor);
        }
        this.growthFactor = factor;
        return this;
    }

    /**
     * The largest block growth makes; requests larger than this still get a block of their own.
     *
     * @throws IllegalArgumentException if {@code bytes < 1}
     */
    public BumpArenaBuilder maxBlockSize(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxBlockSize must be at least 1 byte: bytes=" + bytes);
        }
        this.maxBlockSize = bytes;
        return this;
    }

    /**
     * A hard limit on the bytes of all blocks together: an allocation that would need more throws
     * {@link ArenaExhaustedException} (or makes {@code tryAllocate} return {@code null}).
     *
     * @throws IllegalArgumentException if {@code bytes < 1}
     */
    public BumpArenaBuilder limit(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("limit must be at least 1 byte: bytes=" + bytes);
        }
        this.limit = bytes;
        return this;
    }

    /** Which blocks {@link BumpArena#reset()} keeps; see {@link RetainPolicy}. */
    public BumpArenaBuilder retain(RetainPolicy policy) {
        this.retain = java.util.Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Creates the arena, confined to the calling thread, and reserves its first block.
     *
     * @throws IllegalArgumentException if the first block is larger than the limit
     * @throws OutOfMemoryError if the native memory cannot be allocated
     */
    public BumpArena build() {
        return new BumpArena(chain(BlockChain.Source.CONFINED), retain, "BumpArena", false);
    }

    /** A thread's scratch arena: blocks the garbage collector frees once the thread is gone. */
    BumpArena buildScratch() {
        return new BumpArena(chain(BlockChain.Source.AUTO), retain, "ScratchArena", true);
    }

    /** A copy, so that later changes to this builder do not reach arenas built from the copy. */
    BumpArenaBuilder copy() {
        BumpArenaBuilder copy = new BumpArenaBuilder();
        copy.blockSize = blockSize;
        copy.growthFactor = growthFactor;
        copy.maxBlockSize = maxBlockSize;
        copy.limit = limit;
        copy.retain = retain;
        return copy;
    }

    private BlockChain chain(BlockChain.Source source) {
        if (blockSize > limit) {
            throw new IllegalArgumentException("blockSize must not exceed the limit: blockSize=" + blockSize
                    + " limit=" + limit);
        }
        return new BlockChain(source, true, blockSize, growthFactor, Math.max(maxBlockSize, blockSize), limit);
    }

    @Override
    public String toString() {
        return "BumpArenaBuilder[blockSize=" + blockSize + ", growthFactor=" + growthFactor + ", maxBlockSize="
                + maxBlockSize + ", limit=" + limit + ", retain=" + retain + "]";
    }
}
