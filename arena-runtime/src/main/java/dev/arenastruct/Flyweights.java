package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Checks that generated flyweights call when they are pointed at memory. Public because the
 * generated classes live in user packages; not meant to be called by hand.
 */
public final class Flyweights {
    private Flyweights() {
    }

    /**
     * Checks that a struct of {@code byteSize} bytes and {@code byteAlignment} fits in
     * {@code segment} at {@code offset} and that its address there is aligned.
     *
     * @param structName the struct interface's simple name, for the message
     * @throws NullPointerException if {@code segment} is null
     * @throws IndexOutOfBoundsException if the struct does not fit inside the segment
     * @throws IllegalArgumentException if the address at {@code offset} is not a multiple of
     *     {@code byteAlignment}
     */
    public static void checkWrap(MemorySegment segment, long offset, long byteSize, long byteAlignment,
            String structName) {
        Objects.requireNonNull(segment, "segment");
        if (offset < 0 || offset > segment.byteSize() - byteSize) {
            throw new IndexOutOfBoundsException("cannot wrap " + structName + " (byteSize=" + byteSize
                    + ") at offset=" + offset + " of a segment with byteSize=" + segment.byteSize()
                    + "; the struct must lie wholly inside the segment");
        }
        long address = segment.address() + offset;
        if ((address & (byteAlignment - 1)) != 0) {
            throw new IllegalArgumentException("cannot wrap " + structName + " at offset=" + offset
                    + ": address=0x" + Long.toHexString(address) + " is not a multiple of byteAlignment="
                    + byteAlignment + "; allocate it from a BumpArena or align the offset");
        }
    }
}
