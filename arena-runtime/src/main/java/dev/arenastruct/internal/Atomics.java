package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
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
    private static final VarHandle FLOAT = JAVA_FLOAT.varHandle();
    private static final VarHandle DOUBLE = JAVA_DOUBLE.varHandle();

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

    /** {@link VarHandle#getVolatile} of the float at {@code offset}. */
    public static float getVolatileFloat(MemorySegment segment, long offset) {
        return (float) FLOAT.getVolatile(segment, offset);
    }

    /** {@link VarHandle#setVolatile} of the float at {@code offset}. */
    public static void setVolatileFloat(MemorySegment segment, long offset, float value) {
        FLOAT.setVolatile(segment, offset, value);
    }

    /** {@link VarHandle#getAcquire} of the float at {@code offset}. */
    public static float getAcquireFloat(MemorySegment segment, long offset) {
        return (float) FLOAT.getAcquire(segment, offset);
    }

    /** {@link VarHandle#setRelease} of the float at {@code offset}. */
    public static void setReleaseFloat(MemorySegment segment, long offset, float value) {
        FLOAT.setRelease(segment, offset, value);
    }

    /** {@link VarHandle#compareAndSet} of the float at {@code offset}. */
    public static boolean compareAndSetFloat(MemorySegment segment, long offset, float expected, float value) {
        return FLOAT.compareAndSet(segment, offset, expected, value);
    }

    /** {@link VarHandle#getAndSet} of the float at {@code offset}. */
    public static float getAndSetFloat(MemorySegment segment, long offset, float value) {
        return (float) FLOAT.getAndSet(segment, offset, value);
    }

    /** {@link VarHandle#getVolatile} of the double at {@code offset}. */
    public static double getVolatileDouble(MemorySegment segment, long offset) {
        return (double) DOUBLE.getVolatile(segment, offset);
    }

    /** {@link VarHandle#setVolatile} of the double at {@code offset}. */
    public static void setVolatileDouble(MemorySegment segment, long offset, double value) {
        DOUBLE.setVolatile(segment, offset, value);
    }

    /** {@link VarHandle#getAcquire} of the double at {@code offset}. */
    public static double getAcquireDouble(MemorySegment segment, long offset) {
        return (double) DOUBLE.getAcquire(segment, offset);
    }

    /** {@link VarHandle#setRelease} of the double at {@code offset}. */
    public static void setReleaseDouble(MemorySegment segment, long offset, double value) {
        DOUBLE.setRelease(segment, offset, value);
    }

    /** {@link VarHandle#compareAndSet} of the double at {@code offset}. */
    public static boolean compareAndSetDouble(MemorySegment segment, long offset, double expected, double value) {
        return DOUBLE.compareAndSet(segment, offset, expected, value);
    }

    /** {@link VarHandle#getAndSet} of the double at {@code offset}. */
    public static double getAndSetDouble(MemorySegment segment, long offset, double value) {
        return (double) DOUBLE.getAndSet(segment, offset, value);
    }
}
