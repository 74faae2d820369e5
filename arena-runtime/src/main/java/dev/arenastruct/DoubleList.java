package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A growable list of {@code double}s in an arena: Rust's {@code Vec::new_in(&arena)} for a primitive.
 * Adding allocates nothing on the heap; when the list is full its storage grows in place if it is
 * the arena's last allocation, and otherwise moves to a larger allocation (the old storage is
 * abandoned until the arena is reset). See {@link StructList} for the rules every arena collection
 * follows: growth, its errors, the lifetime and threads.
 *
 * <pre>{@code
 * DoubleList prices = DoubleList.allocate(arena, 16);
 * for (Order order : orders) {
 *     prices.add(order.price());
 * }
 * double[] copy = prices.toArray();
 * }</pre>
 */
public final class DoubleList extends PrimitiveList {
    private static final String NAME = "DoubleList";

    private DoubleList(ArenaAllocator arena, long initialCapacity) {
        super(NAME, arena, initialCapacity, Double.BYTES);
    }

    /**
     * Allocates an empty list with room for {@code initialCapacity} doubles in {@code arena}; it lives
     * as long as memory allocated there now (see {@link ArenaAllocator#lifetime()}).
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or overflows
     * @throws ArenaExhaustedException if the storage does not fit; the arena is then unchanged
     */
    public static DoubleList allocate(ArenaAllocator arena, long initialCapacity) {
        return new DoubleList(arena, initialCapacity);
    }

    /**
     * Appends {@code value}, growing the list if it is full.
     *
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the list is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void add(double value) {
        checkLive();
        long n = size;
        if (n == capacity) {
            grow(n + 1);
        }
        memory.set(JAVA_DOUBLE, start + n * Double.BYTES, value);
        size = n + 1;
    }

    /**
     * Appends {@code values}; see {@link #addAll(double[], int, int)}.
     */
    public void addAll(double[] values) {
        addAll(values, 0, values.length);
    }

    /**
     * Appends {@code length} doubles of {@code values} from {@code offset}, growing once if needed.
     *
     * @throws IndexOutOfBoundsException if the range is not inside {@code values}; nothing changes then
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the list is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void addAll(double[] values, int offset, int length) {
        checkLive();
        Objects.checkFromIndexSize(offset, length, values.length);
        reserve(length);
        MemorySegment.copy(values, offset, memory, JAVA_DOUBLE, start + size * Double.BYTES, length);
        size += length;
    }

    /**
     * The double at {@code index}.
     *
     * @throws IndexOutOfBoundsException naming the size, if {@code index} is not in {@code [0, size())}
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public double get(long index) {
        checkLive();
        return memory.get(JAVA_DOUBLE, start + checkIndex(index) * Double.BYTES);
    }

    /**
     * Replaces the double at {@code index}.
     *
     * @throws IndexOutOfBoundsException naming the size, if {@code index} is not in {@code [0, size())}
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void set(long index, double value) {
        checkLive();
        memory.set(JAVA_DOUBLE, start + checkIndex(index) * Double.BYTES, value);
    }

    /**
     * Copies {@code length} doubles from index {@code from} into {@code target} at {@code targetOffset}.
     *
     * @throws IndexOutOfBoundsException if the range is not inside the list or inside {@code target};
     *     nothing is copied then
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void copyTo(long from, double[] target, int targetOffset, int length) {
        checkLive();
        Objects.checkFromIndexSize(from, length, size);
        Objects.checkFromIndexSize(targetOffset, length, target.length);
        MemorySegment.copy(memory, JAVA_DOUBLE, start + from * Double.BYTES, target, targetOffset, length);
    }

    /**
     * The doubles as a new heap array: for cold paths, it allocates.
     *
     * @throws IllegalStateException if the list holds more doubles than a Java array can
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public double[] toArray() {
        checkLive();
        double[] array = new double[arrayLength()];
        copyTo(0, array, 0, array.length);
        return array;
    }
}
