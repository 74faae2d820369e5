package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A growable list of {@code long}s in an arena: Rust's {@code Vec::new_in(&arena)} for a primitive.
 * Adding allocates nothing on the heap; when the list is full its storage grows in place if it is
 * the arena's last allocation, and otherwise moves to a larger allocation (the old storage is
 * abandoned until the arena is reset). See {@link StructList} for the rules every arena collection
 * follows: growth, its errors, the lifetime and threads.
 *
 * <pre>{@code
 * LongList ids = LongList.allocate(arena, 16);
 * for (Order order : orders) {
 *     ids.add(order.id());
 * }
 * long[] copy = ids.toArray();
 * }</pre>
 */
public final class LongList extends PrimitiveList {
    private static final String NAME = "LongList";

    private LongList(ArenaAllocator arena, long initialCapacity) {
        super(NAME, arena, initialCapacity, Long.BYTES);
    }

    /**
     * Allocates an empty list with room for {@code initialCapacity} longs in {@code arena}; it lives
     * as long as memory allocated there now (see {@link ArenaAllocator#lifetime()}).
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or overflows
     * @throws ArenaExhaustedException if the storage does not fit; the arena is then unchanged
     */
    public static LongList allocate(ArenaAllocator arena, long initialCapacity) {
        return new LongList(arena, initialCapacity);
    }

    /**
     * Appends {@code value}, growing the list if it is full.
     *
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the list is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void add(long value) {
        checkLive();
        long n = size;
        if (n == capacity) {
            grow(n + 1);
        }
        memory.set(JAVA_LONG, start + n * Long.BYTES, value);
        size = n + 1;
    }

    /**
     * Appends {@code values}; see {@link #addAll(long[], int, int)}.
     */
    public void addAll(long[] values) {
        addAll(values, 0, values.length);
    }

    /**
     * Appends {@code length} longs of {@code values} from {@code offset}, growing once if needed.
     *
     * @throws IndexOutOfBoundsException if the range is not inside {@code values}; nothing changes then
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the list is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void addAll(long[] values, int offset, int length) {
        checkLive();
        Objects.checkFromIndexSize(offset, length, values.length);
        reserve(length);
        MemorySegment.copy(values, offset, memory, JAVA_LONG, start + size * Long.BYTES, length);
        size += length;
    }

    /**
     * The long at {@code index}.
     *
     * @throws IndexOutOfBoundsException naming the size, if {@code index} is not in {@code [0, size())}
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public long get(long index) {
        checkLive();
        return memory.get(JAVA_LONG, start + checkIndex(index) * Long.BYTES);
    }

    /**
     * Replaces the long at {@code index}.
     *
     * @throws IndexOutOfBoundsException naming the size, if {@code index} is not in {@code [0, size())}
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void set(long index, long value) {
        checkLive();
        memory.set(JAVA_LONG, start + checkIndex(index) * Long.BYTES, value);
    }

    /**
     * Copies {@code length} longs from index {@code from} into {@code target} at {@code targetOffset}.
     *
     * @throws IndexOutOfBoundsException if the range is not inside the list or inside {@code target};
     *     nothing is copied then
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public void copyTo(long from, long[] target, int targetOffset, int length) {
        checkLive();
        Objects.checkFromIndexSize(from, length, size);
        Objects.checkFromIndexSize(targetOffset, length, target.length);
        MemorySegment.copy(memory, JAVA_LONG, start + from * Long.BYTES, target, targetOffset, length);
    }

    /**
     * The longs as a new heap array: for cold paths, it allocates.
     *
     * @throws IllegalStateException if the list holds more longs than a Java array can
     * @throws StaleStructException if the list's memory was reclaimed
     */
    public long[] toArray() {
        checkLive();
        long[] array = new long[arrayLength()];
        copyTo(0, array, 0, array.length);
        return array;
    }
}
