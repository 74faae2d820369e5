package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * Zeroes freshly allocated memory. {@link MemorySegment#fill} hands every size from 32 bytes up to
 * {@code Unsafe.setMemory}, a call that costs more than the handful of stores a small struct needs
 * (an order-book level write measured 2.8x hand-written FFM with {@code fill}, 1.1x with inline
 * stores). Up to {@link #INLINE_LIMIT} bytes this stores longs inline instead, which the JIT unrolls
 * when the size is a constant, as it is in generated {@code allocate} methods. The size is a
 * parameter rather than read from a segment so that the JIT folds the size tests while it inlines,
 * and parses only the stores a struct of that size needs.
 *
 * <p>It zeroes through a slice of the block, which the JIT removes, but only if the slice's
 * constructor chain (eight frames below {@code asSlice}) inlines whole within C2's
 * {@code MaxInlineLevel} (15) of the compiled method; deeper, {@code Object.<init>} stays a call and
 * every allocation creates a 40-byte slice. Generated code therefore claims memory, slices it itself
 * and hands the slice to {@link ArenaMemory#zero}, which calls this class directly, so the slice is as
 * shallow as it can be and passes through few frames. Not API: the arenas and generated code call it.
 */
public final class Zeroing {
    /** The largest size zeroed with inline stores; larger ones go to {@link MemorySegment#fill}. */
    static final long INLINE_LIMIT = 128;

    private Zeroing() {
    }

    /** Zeroes {@code size} bytes of {@code block} from {@code start}, which the caller checked lie inside it. */
    public static void zero(MemorySegment block, long start, long size) {
        // A slice that does not escape (the JIT removes it); its constant size drops the bounds checks
        // below. Stores straight to the block at start + i measured slower: more nodes to inline.
        zero(block.asSlice(start, size), size);
    }

    /**
     * Zeroes all of {@code segment}, which is {@code size} bytes long: the size is a parameter so that a
     * constant one folds while the JIT parses.
     */
    public static void zero(MemorySegment segment, long size) {
        if (size > INLINE_LIMIT) {
            segment.fill((byte) 0);
            return;
        }
        int words = (int) size & ~(Long.BYTES - 1); // an int-counted loop, so the JIT drops the range checks
        for (int at = 0; at < words; at += Long.BYTES) {
            segment.set(JAVA_LONG_UNALIGNED, at, 0L);
        }
        int at = words;
        if ((size & Integer.BYTES) != 0) {
            segment.set(JAVA_INT_UNALIGNED, at, 0);
            at += Integer.BYTES;
        }
        if ((size & Short.BYTES) != 0) {
            segment.set(JAVA_SHORT_UNALIGNED, at, (short) 0);
            at += Short.BYTES;
        }
        if ((size & 1) != 0) {
            segment.set(JAVA_BYTE, at, (byte) 0);
        }
    }
}
