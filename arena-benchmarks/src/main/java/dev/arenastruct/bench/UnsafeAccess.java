package dev.arenastruct.bench;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * {@code sun.misc.Unsafe} for the hand-written Unsafe baselines, fetched once by reflection when
 * the class loads (never on a hot path), as trading code has done for years. The accessors are
 * trivial static methods the JIT inlines; they keep every mention of the type in this one file,
 * so javac's "internal proprietary API" warning (which no annotation silences) appears once.
 */
@SuppressWarnings("removal") // the memory-access methods are deprecated for removal since JDK 23 (JEP 471)
public final class UnsafeAccess {
    private static final Unsafe UNSAFE = load();

    private UnsafeAccess() {
    }

    /** Copies {@code bytes} bytes from one raw address to another. */
    public static void copyMemory(long from, long to, long bytes) {
        UNSAFE.copyMemory(from, to, bytes);
    }

    /** Writes a native-order {@code long} at an absolute address. */
    public static void putLong(long address, long value) {
        UNSAFE.putLong(address, value);
    }

    /** Writes a native-order {@code double} at an absolute address. */
    public static void putDouble(long address, double value) {
        UNSAFE.putDouble(address, value);
    }

    /** Writes a native-order {@code int} at an absolute address. */
    public static void putInt(long address, int value) {
        UNSAFE.putInt(address, value);
    }

    /** Writes a {@code byte} at an absolute address. */
    public static void putByte(long address, byte value) {
        UNSAFE.putByte(address, value);
    }

    /** Reads a native-order {@code long} at an absolute address. */
    public static long getLong(long address) {
        return UNSAFE.getLong(address);
    }

    /** Reads a native-order {@code double} at an absolute address. */
    public static double getDouble(long address) {
        return UNSAFE.getDouble(address);
    }

    /** Reads a native-order {@code int} at an absolute address. */
    public static int getInt(long address) {
        return UNSAFE.getInt(address);
    }

    /** Reads a native-order {@code short} at an absolute address. */
    public static short getShort(long address) {
        return UNSAFE.getShort(address);
    }

    /** Reads a {@code byte} at an absolute address. */
    public static byte getByte(long address) {
        return UNSAFE.getByte(address);
    }

    private static Unsafe load() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
