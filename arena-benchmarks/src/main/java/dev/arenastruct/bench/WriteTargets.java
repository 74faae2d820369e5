package dev.arenastruct.bench;

import dev.arenastruct.BumpArena;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Scenario 1's state: one native block per write baseline (so a test can compare what each one
 * wrote, byte for byte), the hand-written bump cursor, and the heap arrays. Subclasses add the
 * benchmark methods for one struct type.
 *
 * <p>The hand-written baselines get a plain block and a bump cursor kept in a field, as a
 * hand-rolled allocator object would: no slices, no zeroing (they overwrite every field; padding
 * stays zero from the block's own zeroing), no thread check. That is the floor; the generated
 * code goes through {@link BumpArena#allocate}, which adds a slice, zeroing and checks.
 */
public abstract class WriteTargets {
    /** Structs written per benchmark invocation, between two resets; the score is per struct. */
    public static final int BATCH = 1024;

    /** Arena for the generated flyweights, {@code BATCH} structs big. */
    protected BumpArena arena;
    /** Native memory of the hand-written baselines, freed in {@link #tearDown()}. */
    protected Arena blocks;
    /** Hand-written FFM target. */
    protected MemorySegment ffmBlock;
    /** Hand-written {@code Unsafe} target, and its address. */
    protected MemorySegment unsafeBlock;
    /** Address of {@link #unsafeBlock}. */
    protected long unsafeAddress;
    /** Hand-written Agrona target, and the buffer over it. */
    protected MemorySegment agronaBlock;
    /** Agrona view of {@link #agronaBlock}. */
    protected UnsafeBuffer agronaBuffer;
    /** SBE target, and the buffer over it. */
    protected MemorySegment sbeBlock;
    /** Agrona view of {@link #sbeBlock}, for the SBE encoders. */
    protected UnsafeBuffer sbeBuffer;
    /** Next free offset of whichever hand-written block the running benchmark bumps. */
    protected long cursor;

    /** Bytes of one struct, for sizing the blocks. */
    protected abstract long structSize();

    /** Allocates every baseline's memory; JMH calls it on the benchmark thread (the arena is confined). */
    protected void allocateTargets() {
        long bytes = BATCH * structSize();
        arena = BumpArena.ofCapacity(bytes);
        blocks = Arena.ofConfined();
        ffmBlock = blocks.allocate(bytes, 64);
        unsafeBlock = blocks.allocate(bytes, 64);
        unsafeAddress = unsafeBlock.address();
        agronaBlock = blocks.allocate(bytes, 64);
        agronaBuffer = new UnsafeBuffer(agronaBlock.address(), (int) bytes);
        sbeBlock = blocks.allocate(bytes, 64);
        sbeBuffer = new UnsafeBuffer(sbeBlock.address(), (int) bytes);
    }

    /** Frees the native memory. */
    protected void tearDown() {
        arena.close();
        blocks.close();
    }

    /**
     * The hand-written allocator: aligns the cursor, checks the fit, moves past {@code size}
     * bytes and returns where the struct starts.
     */
    protected final long bump(long size, long capacity) {
        long at = CLayout.align(cursor);
        if (at > capacity - size) {
            throw new IllegalStateException("block full: cursor=" + cursor + " size=" + size + " capacity=" + capacity);
        }
        cursor = at + size;
        return at;
    }

    /** The arena of the generated variants, for tests that read back what they wrote. */
    BumpArena arena() {
        return arena;
    }

    /** The hand-written blocks in the order ffm, unsafe, agrona, sbe, for tests. */
    MemorySegment[] handWrittenBlocks() {
        return new MemorySegment[] {ffmBlock, unsafeBlock, agronaBlock, sbeBlock};
    }
}
