package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The atomic access modes that generated accessors of {@code @Atomic} fields call: one var handle
 * per type, in static finals so that the JIT treats them as constants and each call compiles to
 * the single instruction of its mode. Public because the generated classes live in user packages;
 * not meant to be called by hand.
 */
public final class Atomics {
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final VarHandle LONG = JAVA_LONG.varHandle();

    private Atomics() {
    }

    /** {@link VarHandle#getVolatile} of the int at {@code offset}. */
    public static int getVolatileInt(MemorySegment segment, long offset) {
        return (int) INT.getVolatile(segment, offset);
    }

    /** {@link VarHandle#setVolatile} of the int at {@code offset}. */
    public static void setVolatileInt(MemorySegment segment, long offset, int value) {
        INT.setVolatile(segment, offset, value);
    }

    /** {@link VarHandle#getAcquire} of the int at {@code offset}. */
    public static int getAcquireInt(MemorySegment segment, long offset) {
        return (int) INT.getAcquire(segment, offset);
    }

    /** {@link VarHandle#setRelease} of the int at {@code offset}. */
    public static void setReleaseInt(MemorySegment segment, long offset, int value) {
        INT.setRelease(segment, offset, value);
    }

    /** {@link VarHandle#compareAndSet} of the int at {@code offset}. */
    public static boolean compareAndSetInt(MemorySegment segment, long offset, int expected, int value) {
        return INT.compareAndSet(segment, offset, expected, value);
    }

    /** {@link VarHandle#getAndAdd} of the int at {@code offset}. */
    public static int getAndAddInt(MemorySegment segment, long offset, int delta) {
        return (int) INT.getAndAdd(segment, offset, delta);
    }

    /** {@link VarHandle#getAndSet} of the int at {@code offset}. */
    public static int getAndSetInt(MemorySegment segment, long offset, int value) {
        return (int) INT.getAndSet(segment, offset, value);
    }

    /** {@link VarHandle#getVolatile} of the long at {@code offset}. */
    public static long getVolatileLong(MemorySegment segment, long offset) {
        return (long) LONG.getVolatile(segment, offset);
    }

    /** {@link VarHandle#setVolatile} of the long at {@code offset}. */
    public static void setVolatileLong(MemorySegment segment, long offset, long value) {
        LONG.setVolatile(segment, offset, value);
    }

    /** {@link VarHandle#getAcquire} of the long at {@code offset}. */
    public static long getAcquireLong(MemorySegment segment, long offset) {
        return (long) LONG.getAcquire(segment, offset);
    }

    /** {@link VarHandle#setRelease} of the long at {@code offset}. */
    public static void setReleaseLong(MemorySegment segment, long offset, long value) {
        LONG.setRelease(segment, offset, value);
    }

    /** {@link VarHandle#compareAndSet} of the long at {@code offset}. */
    public static boolean compareAndSetLong(MemorySegment segment, long offset, long expected, long value) {
        return LONG.compareAndSet(segment, offset, expected, value);
    }

    /** {@link VarHandle#getAndAdd} of the long at {@code offset}. */
    public static long getAndAddLong(MemorySegment segment, long offset, long delta) {
        return (long) LONG.getAndAdd(segment, offset, delta);
    }

    /** {@link VarHandle#getAndSet} of the long at {@code offset}. */
    public static long getAndSetLong(MemorySegment segment, long offset, long value) {
        return (long) LONG.getAndSet(segment, offset, value);
    }
}
