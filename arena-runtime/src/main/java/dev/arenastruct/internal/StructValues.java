package dev.arenastruct.internal;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * What the generated heap value records ({@code TradeEventValue}) call: checked, copied components,
 * and equality, hash and text over arrays. Public because the generated classes live in user
 * packages; not meant to be called by hand.
 */
public final class StructValues {
    private StructValues() {
    }

    /** A component that may not be null: an enum constant or a nested value. */
    public static <T> T require(T value, String component) {
        return Objects.requireNonNull(value, component);
    }

    /**
     * A copy of {@code values}, which must hold exactly {@code length} elements, none null: the
     * record keeps its own array, so the caller's later writes cannot change it.
     *
     * @throws IllegalArgumentException naming the component if the length differs
     */
    public static <A> A array(A values, int length, String component) {
        Objects.requireNonNull(values, component);
        int actual = java.lang.reflect.Array.getLength(values);
        if (actual != length) {
            throw new IllegalArgumentException(component + " must have exactly " + length + " elements, as its"
                    + " @Array declares, but has " + actual);
        }
        if (values instanceof Object[] objects) {
            for (int i = 0; i < objects.length; i++) {
                if (objects[i] == null) {
                    throw new NullPointerException(component + "[" + i + "] is null");
                }
            }
        }
        // One copy for every element type, primitive or not: an array of the same class.
        @SuppressWarnings("unchecked")
        A copy = (A) java.lang.reflect.Array.newInstance(values.getClass().getComponentType(), actual);
        System.arraycopy(values, 0, copy, 0, actual);
        return copy;
    }

    /** Checks an unsigned component, as the flyweight's setter does ({@link WireInts#checkUnsigned}). */
    public static void checkUnsigned(long value, int bytes, String struct, String component) {
        WireInts.checkUnsigned(value, bytes, struct, component);
    }

    /** Checks every element of an unsigned {@code int} array component. */
    public static void checkUnsigned(int[] values, int bytes, String struct, String component) {
        for (int i = 0; i < values.length; i++) {
            WireInts.checkUnsigned(values[i], bytes, struct, component + "[" + i + "]");
        }
    }

    /** Checks every element of an unsigned {@code long} array component. */
    public static void checkUnsigned(long[] values, int bytes, String struct, String component) {
        for (int i = 0; i < values.length; i++) {
            WireInts.checkUnsigned(values[i], bytes, struct, component + "[" + i + "]");
        }
    }

    /**
     * Refuses the {@code @UnknownCode} constant of a coded enum (the one of ordinal {@code
     * unknownOrdinal}), which has no code to store.
     *
     * @throws IllegalArgumentException naming the component
     */
    public static void notUnknown(Enum<?> value, int unknownOrdinal, String struct, String component) {
        if (value.ordinal() == unknownOrdinal) {
            throw unknownCode(value, struct, component);
        }
    }

    /** Refuses an array component that holds the {@code @UnknownCode} constant. */
    public static void notUnknown(Enum<?>[] values, int unknownOrdinal, String struct, String component) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].ordinal() == unknownOrdinal) {
                throw unknownCode(values[i], struct, component + "[" + i + "]");
            }
        }
    }

    private static IllegalArgumentException unknownCode(Enum<?> unknown, String struct, String component) {
        return new IllegalArgumentException(struct + "." + component + " cannot be " + unknown + ": it is the"
                + " @UnknownCode constant, which stands for codes no constant has and has no code to store");
    }

    /**
     * {@code value}, checked to fit a text field of {@code capacity} bytes as the flyweight's setter
     * checks it, so that writing the value into a struct later cannot fail.
     *
     * @throws IllegalArgumentException if its UTF-8 is longer than {@code capacity} or it holds U+0000
     */
    public static String text(String value, int capacity, String component) {
        Objects.requireNonNull(value, component);
        Texts.set(MemorySegment.ofArray(new byte[capacity]), 0, capacity, value, component);
        return value;
    }

    /** Byte {@code index} of the UTF-8 of {@code value} in a field of {@code capacity} bytes, zero past its end. */
    public static byte textByte(String value, int capacity, int index, String component) {
        Flyweights.checkIndex(index, capacity, component);
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return index < bytes.length ? bytes[index] : 0;
    }

    /** Fills {@code into} with {@code element.applyAsInt(i)} per index: the elements of an unsigned int array field. */
    public static int[] ints(int[] into, IntUnaryOperator element) {
        for (int i = 0; i < into.length; i++) {
            into[i] = element.applyAsInt(i);
        }
        return into;
    }

    /** Fills {@code into} with {@code element.applyAsLong(i)} per index: the elements of an unsigned long array field. */
    public static long[] longs(long[] into, IntToLongFunction element) {
        for (int i = 0; i < into.length; i++) {
            into[i] = element.applyAsLong(i);
        }
        return into;
    }

    /** An array with element {@code i} from {@code element}, for a flyweight's {@code toValue()}. */
    public static <T> T[] objects(T[] into, IntFunction<? extends T> element) {
        for (int i = 0; i < into.length; i++) {
            into[i] = element.apply(i);
        }
        return into;
    }

    /** Element {@code index} of a {@code boolean} array field, as its flyweight reads it. */
    @FunctionalInterface
    public interface BooleanAt {
        /** The element at {@code index}. */
        boolean at(int index);
    }

    /** {@code into} with element {@code i} from {@code element}: a {@code boolean} array for {@code toValue()}. */
    public static boolean[] booleans(boolean[] into, BooleanAt element) {
        for (int i = 0; i < into.length; i++) {
            into[i] = element.at(i);
        }
        return into;
    }

    /** Component equality as records define it, arrays by content. */
    public static boolean same(Object a, Object b) {
        return Objects.deepEquals(a, b);
    }

    /** A hash of the components, arrays by content. */
    public static int hash(Object... components) {
        return Arrays.deepHashCode(components);
    }

    /** Appends an array component as {@code [1, 2, 3]}, its elements as {@code toString} shows them. */
    public static StringBuilder appendArray(StringBuilder out, Object array) {
        int n = java.lang.reflect.Array.getLength(array);
        out.append('[');
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ", ").append(java.lang.reflect.Array.get(array, i));
        }
        return out.append(']');
    }

    /** Appends an {@code @Unsigned(bytes = 8)} component as the flyweight shows it: unsigned. */
    public static StringBuilder appendUnsigned(StringBuilder out, long value) {
        return WireInts.appendUnsigned(out, value);
    }

    /** Appends an array of {@code @Unsigned(bytes = 8)} elements as {@link #appendArray} does, each unsigned. */
    public static StringBuilder appendUnsigned(StringBuilder out, long[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            WireInts.appendUnsigned(out.append(i == 0 ? "" : ", "), values[i]);
        }
        return out.append(']');
    }
}
