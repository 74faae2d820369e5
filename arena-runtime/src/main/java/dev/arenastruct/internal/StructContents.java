package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.arenastruct.Lifetime;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A struct as a value, for generated flyweights: its own segment, and comparing and hashing the
 * bytes of its fields (the generated code leaves padding out). Public because the generated
 * classes live in user packages; not meant to be called by hand.
 */
public final class StructContents {
    private StructContents() {
    }

    /**
     * The {@code byteSize} bytes of the struct at {@code offset} in {@code segment}, after the same
     * stale check as every accessor.
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     * @throws IllegalStateException if the flyweight was never pointed at a struct
     */
    public static MemorySegment segment(MemorySegment segment, long offset, long byteSize, Lifetime lifetime,
            long generation, String structName) {
        return pointed(segment, lifetime, generation, structName).asSlice(offset, byteSize);
    }

    /**
     * The memory a flyweight points at, stale-checked, and refused if it points nowhere yet: what
     * a copy reads from, without the slice {@link #segment} makes (a copy creates no object).
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     * @throws IllegalStateException if the flyweight was never pointed at a struct
     */
    public static MemorySegment pointed(MemorySegment segment, Lifetime lifetime, long generation, String structName) {
        MemorySegment memory = Flyweights.live(segment, lifetime, generation, structName);
        if (memory.byteSize() == 0 && memory.address() == 0) {
            throw new IllegalStateException(structName + "Flyweight points at no struct yet: allocate, wrap or"
                    + " wrapElement it first");
        }
        return memory;
    }

    /** Whether {@code length} bytes at {@code aOffset} in {@code a} equal those at {@code bOffset} in {@code b}. */
    public static boolean sameBytes(MemorySegment a, long aOffset, MemorySegment b, long bOffset, long length) {
        return MemorySegment.mismatch(a, aOffset, aOffset + length, b, bOffset, bOffset + length) < 0;
    }

    /**
     * Whether the {@code length} bytes at {@code fromOffset} in {@code from} and those at {@code toOffset}
     * in {@code to} may share an address: a copy between them must then move bytes as {@code memmove}
     * does. Compares addresses only: for two heap segments of different arrays it may answer yes,
     * which costs only the slower copy.
     */
    public static boolean overlap(MemorySegment from, long fromOffset, MemorySegment to, long toOffset, long length) {
        long distance = (to.address() + toOffset) - (from.address() + fromOffset);
        return distance > -length && distance < length;
    }

    /**
     * {@code hash} combined with {@code length} bytes at {@code offset} in {@code segment}, eight at a
     * time: equal bytes give equal hashes, whatever the address.
     */
    public static int hashBytes(MemorySegment segment, long offset, long length, int hash) {
        int h = hash;
        long at = offset;
        long end = offset + length;
        for (; at <= end - Long.BYTES; at += Long.BYTES) {
            h = 31 * h + Long.hashCode(segment.get(JAVA_LONG_UNALIGNED, at));
        }
        for (; at < end; at++) {
            h = 31 * h + segment.get(JAVA_BYTE, at);
        }
        return h;
    }

    /** Checks the argument of {@code contentEquals} and {@code copyFrom}: a clear message instead of a bare NPE. */
    public static <T> T requireStruct(T flyweight, String parameter) {
        return Objects.requireNonNull(flyweight, parameter);
    }
}
