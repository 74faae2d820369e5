package dev.arenastruct.internal;

import dev.arenastruct.Lifetime;
import dev.arenastruct.StaleStructException;
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
     * Checks that a struct of {@code byteSize} bytes fits in {@code segment} at {@code offset}: what
     * {@code wrap(segment, offset)} checks. The offset need not be aligned (the accessors read and
     * write with unaligned layouts). No other test may come with it: in a counted loop C2 removes
     * this one, and a flyweight held in a field is then re-pointed with no exit from the loop before
     * its segment store, which C2 moves out of the loop. A store left in it, under G1, keeps the
     * loop from being unrolled at all (C2 counts the store's barrier as 60 nodes, and
     * {@code LoopUnrollLimit} is 60): an alignment test here made {@code DecodeWrapBench}'s field
     * loop 1.8 ns per record against 0.9 without it.
     *
     * @param structName the struct interface's simple name, for the message
     * @throws NullPointerException if {@code segment} is null
     * @throws IndexOutOfBoundsException if the struct does not fit inside the segment
     */
    public static void checkWrap(MemorySegment segment, long offset, long byteSize, String structName) {
        try {
            // offset <= segment.byteSize() - byteSize, as the intrinsic check, which a counted loop hoists
            // (a null segment fails here: "Cannot invoke ... byteSize() because "segment" is null")
            Objects.checkIndex(offset, segment.byteSize() - byteSize + 1);
        } catch (IndexOutOfBoundsException e) {
            // the message in a method of its own: this one stays within MaxInlineSize (35 bytes), so
            // that C2 inlines it even where it does not count the call hot (a rare message type's wrap)
            throw wrapOutside(segment, offset, byteSize, structName);
        }
    }

    private static IndexOutOfBoundsException wrapOutside(MemorySegment segment, long offset, long byteSize,
            String structName) {
        return new IndexOutOfBoundsException("cannot wrap " + structName + " (byteSize=" + byteSize
                + ") at offset=" + offset + " of a segment with byteSize=" + segment.byteSize()
                + "; the struct must lie wholly inside the segment");
    }

    /**
     * {@link #checkWrap(MemorySegment, long, long, String)}, and that the struct's address there is
     * a multiple of {@code byteAlignment}: what {@code wrap(segment, offset)} checks for a struct
     * with {@code @Atomic} fields, whose atomic accessors need aligned memory.
     *
     * @param structName the struct interface's simple name, for the message
     * @throws NullPointerException if {@code segment} is null
     * @throws IndexOutOfBoundsException if the struct does not fit inside the segment
     * @throws IllegalArgumentException if the address at {@code offset} is not a multiple of
     *     {@code byteAlignment}
     */
    public static void checkWrap(MemorySegment segment, long offset, long byteSize, long byteAlignment,
            String structName) {
        checkWrap(segment, offset, byteSize, structName);
        long address = segment.address() + offset;
        if ((address & (byteAlignment - 1)) != 0) {
            throw new IllegalArgumentException("cannot wrap " + structName + " at offset=" + offset
                    + ": address=0x" + Long.toHexString(address) + " is not a multiple of byteAlignment="
                    + byteAlignment + ", which its @Atomic fields need; allocate it from a BumpArena or align"
                    + " the offset");
        }
    }

    /**
     * {@code segment}, after checking that the memory it points at was not reclaimed since a
     * flyweight was pointed at it: {@code lifetime} is still at {@code generation}. Every instance
     * accessor of a generated flyweight reads and writes through this. With
     * {@code -Ddev.arenastruct.staleChecks=false} it returns {@code segment} unchecked.
     *
     * @throws StaleStructException naming {@code structName} if the memory was reclaimed
     */
    public static MemorySegment live(MemorySegment segment, Lifetime lifetime, long generation, String structName) {
        if (Lifetime.STALE_CHECKS && lifetime.generation() != generation) {
            throw lifetime.stale(structName, generation);
        }
        return segment;
    }

    /**
     * Checks an index into an inline {@code @Array} field.
     *
     * @throws IndexOutOfBoundsException naming the field, the index and the length
     */
    public static int checkIndex(int index, int length, String field) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for array field '" + field
                    + "' of length " + length);
        }
        return index;
    }

    /**
     * {@code ordinal}, a value an enum field holds, checked to be one of the {@code count}
     * constants of its enum: the memory may have been written by C or by a raw byte accessor. Small
     * enough to inline into a generated getter; the message is built in a separate cold method.
     *
     * @throws IllegalStateException naming the struct, field, value and constant count, if
     *     {@code ordinal} is negative or not below {@code count}
     */
    public static int checkOrdinal(int ordinal, int count, String structName, String field, String enumName) {
        if (Integer.compareUnsigned(ordinal, count) >= 0) {
            throw badOrdinal(ordinal, count, structName + "." + field, enumName);
        }
        return ordinal;
    }

    /**
     * Like {@link #checkOrdinal(int, int, String, String, String)}, for element {@code index} of an
     * enum array field; the message names the element.
     *
     * @throws IllegalStateException naming the struct, field, index, value and constant count, if
     *     {@code ordinal} is negative or not below {@code count}
     */
    public static int checkOrdinal(int ordinal, int count, String structName, String field, int index,
            String enumName) {
        if (Integer.compareUnsigned(ordinal, count) >= 0) {
            throw badOrdinal(ordinal, count, structName + "." + field + "[" + index + "]", enumName);
        }
        return ordinal;
    }

    private static IllegalStateException badOrdinal(int ordinal, int count, String where, String enumName) {
        return new IllegalStateException(where + " holds " + ordinal + ", but enum " + enumName + " has " + count
                + (count == 1 ? " constant (ordinal 0)" : " constants (ordinals 0.." + (count - 1) + ")")
                + ": the memory was written by other code or is corrupt");
    }

    /**
     * The byte offset of element {@code index} in a struct array: checks {@code index} against the
     * number of whole structs of {@code byteSize} in {@code array}, and that the array starts at a
     * multiple of {@code byteAlignment}. With both, every element lies inside the array and is
     * aligned (a struct's size is a multiple of its alignment), so a flyweight pointed at it needs
     * no further check.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not below the element count
     * @throws IllegalArgumentException if the array's address is not a multiple of {@code byteAlignment}
     */
    public static long checkElement(MemorySegment array, long index, long byteSize, long byteAlignment,
            String structName) {
        long count = array.byteSize() / byteSize;
        try {
            if (index == (int) index && count == (int) count) {
                // The int intrinsic: C2's range check elimination removes it from an int-indexed loop,
                // where it kept the long one (a compare and a branch per element in the compiled
                // TextEnumBench.EnumRead loop). For an int loop index this test folds away.
                Objects.checkIndex((int) index, (int) count);
            } else {
                Objects.checkIndex(index, count);
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for an array of " + count
                    + " " + structName + " structs (segment byteSize=" + array.byteSize() + ")");
        }
        if ((array.address() & (byteAlignment - 1)) != 0) {
            throw new IllegalArgumentException("cannot use a segment at address=0x" + Long.toHexString(array.address())
                    + " as an array of " + structName + " structs: it is not a multiple of byteAlignment="
                    + byteAlignment + "; allocate it with allocateArray, or align it");
        }
        return index * byteSize;
    }

    /**
     * The byte size of {@code count} structs of {@code byteSize}.
     *
     * @throws IllegalArgumentException if {@code count} is negative or the size overflows a {@code long}
     */
    public static long arrayByteSize(long count, long byteSize, String structName) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: count=" + count);
        }
        if (count > Long.MAX_VALUE / byteSize) {
            throw new IllegalArgumentException(count + " " + structName + " structs of byteSize=" + byteSize
                    + " overflow a long");
        }
        return count * byteSize;
    }

    /**
     * Checks a bulk copy of {@code count} elements into an inline array of {@code length}.
     *
     * @return {@code count}
     * @throws IllegalArgumentException if {@code count > length}
     */
    public static int checkBulk(int count, int length, String field) {
        if (count > length) {
            throw new IllegalArgumentException("cannot copy " + count + " values into array field '" + field
                    + "' of length " + length);
        }
        return count;
    }
}
