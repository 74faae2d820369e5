package test;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.Lifetime;
import dev.arenastruct.StructArray;
import dev.arenastruct.StructList;
import dev.arenastruct.internal.ArenaMemory;
import dev.arenastruct.internal.Flyweights;
import dev.arenastruct.internal.Links;
import dev.arenastruct.internal.StructContents;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import javax.annotation.processing.Generated;

/**
 * Flyweight over a {@link TradeEvent} in arena memory: getters and setters read and write the struct in place.
 * Allocate one with {@link #allocate}, or reuse one over other memory with {@link #wrap}.
 *
 * <pre>
 * offset  size  field (as C declares it)
 *      0     8  int64_t id
 *      8     8  double price
 *     16     4  int32_t quantity
 *     20     4  (padding)
 * byteSize 24, byteAlignment 8
 * </pre>
 */
@Generated("dev.arenastruct.processor.ArenaStructProcessor")
public final class TradeEventFlyweight implements TradeEvent {
    /**
     * Size of one struct in bytes; also the stride of an array of them.
     */
    public static final long BYTE_SIZE = 24L;

    /**
     * Alignment of the struct: its largest field alignment, or the declared one if larger.
     */
    public static final long BYTE_ALIGNMENT = 8L;

    /**
     * Byte offset of {@code id} from the start of the struct.
     */
    public static final long ID_OFFSET = 0L;

    /**
     * Byte offset of {@code price} from the start of the struct.
     */
    public static final long PRICE_OFFSET = 8L;

    /**
     * Byte offset of {@code quantity} from the start of the struct.
     */
    public static final long QUANTITY_OFFSET = 16L;

    /**
     * The struct as a {@code java.lang.foreign} layout, for native calls and var handles.
     */
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG.withName("id"),
            JAVA_DOUBLE.withName("price"),
            JAVA_INT.withName("quantity"),
            MemoryLayout.paddingLayout(4L));

    private MemorySegment segment;

    private long offset;

    /**
     * The lifetime of the memory, and its generation when this flyweight was pointed at it:
     * once they differ, the memory was reclaimed and every access throws.
     */
    private Lifetime lifetime;

    private long generation;

    /**
     * Creates a flyweight that points at no memory yet: {@link #wrap} it before use.
     */
    public TradeEventFlyweight() {
        this.segment = MemorySegment.NULL;
        this.lifetime = Lifetime.UNTRACKED;
    }

    private TradeEventFlyweight(MemorySegment segment, Lifetime lifetime) {
        this.segment = segment;
        this.lifetime = lifetime;
        this.generation = lifetime.generation();
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena}. The flyweight lives as long as the memory:
     * once the arena is reset, or the scope it was allocated in closes, using it throws
     * {@link dev.arenastruct.StaleStructException}.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged
     */
    public static TradeEventFlyweight allocate(ArenaAllocator arena) {
        long at = ArenaMemory.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT);
        MemorySegment memory = zeroedStruct(ArenaMemory.block(arena).asSlice(at, BYTE_SIZE));
        return new TradeEventFlyweight(memory, arena.lifetime());
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena} and returns its memory, for the static
     * accessors at offset 0: the static style's allocation, with no flyweight and no stale check
     * (after a reset the segment is not checked, as one from {@code arena.allocate} is not). It
     * zeroes the struct as {@link #allocate} does, so its speed does not depend on the other
     * sizes the application allocates.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged
     */
    public static MemorySegment allocateSegment(ArenaAllocator arena) {
        long at = ArenaMemory.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT);
        return zeroedStruct(ArenaMemory.block(arena).asSlice(at, BYTE_SIZE));
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena}, or returns {@code null} if it does not fit.
     */
    public static TradeEventFlyweight tryAllocate(ArenaAllocator arena) {
        long at = ArenaMemory.tryClaim(arena, BYTE_SIZE, BYTE_ALIGNMENT);
        if (at < 0) {
            return null;
        }
        MemorySegment memory = zeroedStruct(ArenaMemory.block(arena).asSlice(at, BYTE_SIZE));
        return new TradeEventFlyweight(memory, arena.lifetime());
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena} and points this flyweight at it: what
     * {@link #allocate} does, for a loop that reuses one flyweight and creates no object per struct.
     * It is stale-checked in the same way.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena and this flyweight
     *     are then unchanged
     */
    public TradeEventFlyweight wrapNew(ArenaAllocator arena) {
        long at = ArenaMemory.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT);
        MemorySegment block = ArenaMemory.block(arena);
        zeroedStruct(block.asSlice(at, BYTE_SIZE));
        Lifetime lifetime = arena.lifetime();
        return wrapView(block, at, lifetime, lifetime.generation());
    }

    /**
     * Zeroes a new struct, {@code memory}, and returns it: its 24 bytes in stores of their own, which
     * the JIT inlines into every allocation of this struct whatever else the application allocates.
     */
    private static MemorySegment zeroedStruct(MemorySegment memory) {
        for (int at = 0; at < 24; at += 8) {
            memory.set(JAVA_LONG_UNALIGNED, at, 0L);
        }
        return memory;
    }

    /**
     * Points this flyweight at the struct at {@code offset} in {@code segment}, without allocating.
     * The segment is plain memory to this flyweight: {@code java.lang.foreign} checks it is alive,
     * but no arena reset is detected; use {@link #allocate} for flyweights that detect one.
     * Any offset will do: a struct that is not aligned is read and written correctly, more slowly.
     *
     * @throws IndexOutOfBoundsException if the struct does not lie wholly inside the segment
     */
    public TradeEventFlyweight wrap(MemorySegment segment, long offset) {
        Flyweights.checkWrap(segment, offset, BYTE_SIZE, "TradeEvent");
        return wrapView(segment, offset, Lifetime.UNTRACKED, 0L);
    }

    /**
     * Points this flyweight at the struct at the start of {@code segment}; see {@link #wrap(MemorySegment, long)}.
     */
    public TradeEventFlyweight wrap(MemorySegment segment) {
        return wrap(segment, 0L);
    }

    /**
     * Points this flyweight at a struct inside memory that {@code lifetime} owns, as it was at
     * {@code generation}: how an enclosing flyweight hands out its nested structs, so that they go
     * stale with it. Unlike {@link #wrap} it checks nothing up front ({@code java.lang.foreign} still
     * checks bounds on every access; the accessors use unaligned layouts, so an offset that is not
     * aligned is slower, never unsafe).
     */
    public TradeEventFlyweight wrapView(MemorySegment segment, long offset, Lifetime lifetime,
            long generation) {
        // stored outright, so that the accessors know the segment is the same from one call to the next,
        // and first, so that a loop re-pointing this flyweight within one segment can store it once
        this.segment = segment;
        this.offset = offset;
        // compared first: a reference store costs the collector's write barrier
        if (this.lifetime != lifetime) {
            this.lifetime = lifetime;
        }
        this.generation = generation;
        return this;
    }

    /**
     * Stores a link to this struct at {@code memory[at]}, in a struct of {@code holder}'s arena: what
     * the setter of another struct's {@code @Link} field calls. Not meant to be called by hand.
     *
     * @throws dev.arenastruct.StaleStructException if this struct's memory was reclaimed
     * @throws IllegalArgumentException if this struct is not in that arena; nothing is written then
     */
    public void linkFrom(MemorySegment memory, long at, Lifetime holder, String struct,
            String field) {
        Links.set(memory, at, holder, segment, offset, lifetime, generation, struct, field);
    }

    /**
     * Allocates {@code count} zeroed, contiguous {@code TradeEvent} structs in {@code arena}; visit them with
     * {@link #wrapElement(StructArray, long)} on one reused flyweight. The array and its elements are
     * stale-checked like a flyweight from {@link #allocate}.
     *
     * @throws IllegalArgumentException if {@code count} is negative or their size overflows a long
     * @throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged
     */
    public static StructArray<TradeEventFlyweight> allocateStructs(ArenaAllocator arena,
            long count) {
        long start = ArenaMemory.claimArray(arena, count, BYTE_SIZE, BYTE_ALIGNMENT, "TradeEvent");
        ArenaMemory.zero(ArenaMemory.block(arena).asSlice(start, count * BYTE_SIZE));
        return ArenaMemory.structArray(arena, start, count, BYTE_SIZE, TradeEventFlyweight.class, "TradeEvent");
    }

    /**
     * Points this flyweight at element {@code index} of {@code array}, without allocating.
     *
     * @throws dev.arenastruct.StaleStructException if the array's memory was reclaimed
     * @throws IndexOutOfBoundsException if {@code index} is negative or not below {@code array.count()}
     * @throws IllegalArgumentException if {@code array} holds another struct (only raw types allow it)
     */
    public TradeEventFlyweight wrapElement(StructArray<TradeEventFlyweight> array, long index) {
        long at = ArenaMemory.elementOffset(array, index, TradeEventFlyweight.class);
        return wrapView(ArenaMemory.memory(array), at, ArenaMemory.lifetime(array), ArenaMemory.generation(array));
    }

    /**
     * Allocates {@code count} zeroed, contiguous {@code TradeEvent} structs (stride {@link #BYTE_SIZE}) as a plain
     * segment, from any allocator; visit them with {@link #wrapElement(MemorySegment, long)} or with the
     * static accessors. A later arena reset is not detected through it: from an arena, prefer
     * {@link #allocateStructs}.
     *
     * @throws IllegalArgumentException if {@code count} is negative or their size overflows a long
     * @throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged
     */
    public static MemorySegment allocateArray(SegmentAllocator arena, long count) {
        return arena.allocate(Flyweights.arrayByteSize(count, BYTE_SIZE, "TradeEvent"), BYTE_ALIGNMENT);
    }

    /**
     * Points this flyweight at element {@code index} of a struct array in a plain segment, without
     * allocating.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not below the number of structs in {@code array}
     * @throws IllegalArgumentException if {@code array} does not start at a multiple of {@link #BYTE_ALIGNMENT}
     */
    public TradeEventFlyweight wrapElement(MemorySegment array, long index) {
        long at = Flyweights.checkElement(array, index, BYTE_SIZE, BYTE_ALIGNMENT, "TradeEvent");
        return wrapView(array, at, Lifetime.UNTRACKED, 0L);
    }

    /**
     * Allocates an empty, growable list of {@code TradeEvent} structs in {@code arena}, with room for
     * {@code initialCapacity} of them; append with {@link #wrapNew(StructList)} or {@link #append}, visit
     * with {@link #wrapElement(StructList, long)}. The list and its elements are stale-checked like a
     * flyweight from {@link #allocate}.
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or its size overflows a long
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged
     */
    public static StructList<TradeEventFlyweight> allocateList(ArenaAllocator arena,
            long initialCapacity) {
        return ArenaMemory.structList(arena, initialCapacity, BYTE_SIZE, BYTE_ALIGNMENT,
                TradeEventFlyweight.class, "TradeEvent");
    }

    /**
     * Appends a zeroed {@code TradeEvent} to {@code list} and points this flyweight at it, growing the list
     * if it is full: a loop that reuses one flyweight creates no object per element.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if the list cannot grow; the list and this flyweight
     *     are then unchanged
     * @throws dev.arenastruct.StaleStructException if the list's memory was reclaimed
     */
    public TradeEventFlyweight wrapNew(StructList<TradeEventFlyweight> list) {
        long at = ArenaMemory.append(list, TradeEventFlyweight.class);
        MemorySegment memory = ArenaMemory.memory(list);
        zeroedStruct(memory.asSlice(at, BYTE_SIZE));
        return wrapView(memory, at, ArenaMemory.lifetime(list), ArenaMemory.generation(list));
    }

    /**
     * Appends a zeroed {@code TradeEvent} to {@code list} and returns a new flyweight over it; see
     * {@link #wrapNew(StructList)}, which reuses one.
     */
    public static TradeEventFlyweight append(StructList<TradeEventFlyweight> list) {
        return new TradeEventFlyweight().wrapNew(list);
    }

    /**
     * Points this flyweight at element {@code index} of {@code list}, without allocating. Appending to the
     * list may move its elements: wrap them again afterwards.
     *
     * @throws dev.arenastruct.StaleStructException if the list's memory was reclaimed
     * @throws IndexOutOfBoundsException if {@code index} is negative or not below {@code list.size()}
     * @throws IllegalArgumentException if {@code list} holds another struct (only raw types allow it)
     */
    public TradeEventFlyweight wrapElement(StructList<TradeEventFlyweight> list, long index) {
        long at = ArenaMemory.elementOffset(list, index, TradeEventFlyweight.class);
        return wrapView(ArenaMemory.memory(list), at, ArenaMemory.lifetime(list), ArenaMemory.generation(list));
    }

    @Override
    public long id() {
        return Flyweights.live(segment, lifetime, generation, "TradeEvent").get(JAVA_LONG_UNALIGNED, offset + ID_OFFSET);
    }

    /**
     * Sets {@code id} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight id(long value) {
        Flyweights.live(segment, lifetime, generation, "TradeEvent").set(JAVA_LONG_UNALIGNED, offset + ID_OFFSET, value);
        return this;
    }

    /**
     * Reads {@code id} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static long id(MemorySegment segment, long offset) {
        return segment.get(JAVA_LONG_UNALIGNED, offset + ID_OFFSET);
    }

    /**
     * Writes {@code id} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static void id(MemorySegment segment, long offset, long value) {
        segment.set(JAVA_LONG_UNALIGNED, offset + ID_OFFSET, value);
    }

    @Override
    public double price() {
        return Flyweights.live(segment, lifetime, generation, "TradeEvent").get(JAVA_DOUBLE_UNALIGNED, offset + PRICE_OFFSET);
    }

    /**
     * Sets {@code price} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight price(double value) {
        Flyweights.live(segment, lifetime, generation, "TradeEvent").set(JAVA_DOUBLE_UNALIGNED, offset + PRICE_OFFSET, value);
        return this;
    }

    /**
     * Reads {@code price} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static double price(MemorySegment segment, long offset) {
        return segment.get(JAVA_DOUBLE_UNALIGNED, offset + PRICE_OFFSET);
    }

    /**
     * Writes {@code price} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static void price(MemorySegment segment, long offset, double value) {
        segment.set(JAVA_DOUBLE_UNALIGNED, offset + PRICE_OFFSET, value);
    }

    @Override
    public int quantity() {
        return Flyweights.live(segment, lifetime, generation, "TradeEvent").get(JAVA_INT_UNALIGNED, offset + QUANTITY_OFFSET);
    }

    /**
     * Sets {@code quantity} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight quantity(int value) {
        Flyweights.live(segment, lifetime, generation, "TradeEvent").set(JAVA_INT_UNALIGNED, offset + QUANTITY_OFFSET, value);
        return this;
    }

    /**
     * Reads {@code quantity} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static int quantity(MemorySegment segment, long offset) {
        return segment.get(JAVA_INT_UNALIGNED, offset + QUANTITY_OFFSET);
    }

    /**
     * Writes {@code quantity} of the struct at {@code offset} in {@code segment}, without a flyweight.
     */
    public static void quantity(MemorySegment segment, long offset, int value) {
        segment.set(JAVA_INT_UNALIGNED, offset + QUANTITY_OFFSET, value);
    }

    /**
     * This struct's own {@link #BYTE_SIZE} bytes, aligned to {@link #BYTE_ALIGNMENT}: the memory to
     * hand to native code that takes a {@code struct TradeEvent *}. The flyweight's lifetime is checked
     * when it is called, as by every accessor (not with {@code -Ddev.arenastruct.staleChecks=false});
     * the segment returned is plain memory and does not detect a later reset.
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     * @throws IllegalStateException if this flyweight was never pointed at a struct
     */
    public MemorySegment segment() {
        return StructContents.segment(this.segment, this.offset, BYTE_SIZE, this.lifetime, this.generation, "TradeEvent");
    }

    /**
     * Copies the 24 bytes of the struct at {@code fromOffset} in {@code from} to {@code toOffset} in
     * {@code to}, as {@code MemorySegment.copy} does (overlapping structs go to it): loads and stores of
     * this struct's size through two slices of it, which the JIT inlines into every copy of this struct
     * whatever else the application copies.
     */
    private static void copyStruct(MemorySegment from, long fromOffset, MemorySegment to,
            long toOffset) {
        if (StructContents.overlap(from, fromOffset, to, toOffset, BYTE_SIZE)) {
            MemorySegment.copy(from, fromOffset, to, toOffset, BYTE_SIZE);
            return;
        }
        MemorySegment source = from.asSlice(fromOffset, BYTE_SIZE);
        MemorySegment target = to.asSlice(toOffset, BYTE_SIZE);
        for (int at = 0; at < 24; at += 8) {
            target.set(JAVA_LONG_UNALIGNED, at, source.get(JAVA_LONG_UNALIGNED, at));
        }
    }

    /**
     * Copies every byte of {@code source}'s struct over this one and returns this
     * flyweight. Both are stale-checked; they may be the same or overlapping memory.
     *
     * @throws dev.arenastruct.StaleStructException if either struct's memory was reclaimed
     * @throws IllegalStateException if {@code source} was never pointed at a struct
     */
    public TradeEventFlyweight copyFrom(TradeEventFlyweight source) {
        StructContents.requireStruct(source, "source");
        MemorySegment from = StructContents.pointed(source.segment, source.lifetime, source.generation, "TradeEvent");
        copyStruct(from, source.offset, Flyweights.live(this.segment, this.lifetime, this.generation, "TradeEvent"), offset);
        return this;
    }

    /**
     * Allocates a copy of this struct in {@code arena} and returns its new flyweight: how a struct
     * outlives the scope or batch it was built in (copy it into a longer-lived arena first).
     *
     * @throws dev.arenastruct.StaleStructException if this struct's memory was reclaimed; nothing is
     *     allocated then
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged
     */
    public TradeEventFlyweight copyInto(ArenaAllocator arena) {
        MemorySegment from = StructContents.pointed(this.segment, this.lifetime, this.generation, "TradeEvent");
        // not zeroed first: the copy writes every byte, padding included
        long at = ArenaMemory.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT);
        MemorySegment memory = ArenaMemory.block(arena).asSlice(at, BYTE_SIZE);
        copyStruct(from, offset, memory, 0L);
        return new TradeEventFlyweight(memory, arena.lifetime());
    }

    /**
     * Whether {@code other}'s struct holds the same bytes in every field as this one (padding is not
     * compared, so memory written by C compares by its fields alone). Floating-point fields compare
     * by their bits, as {@code Double.equals} does, except that NaNs with different bits differ. It
     * allocates nothing; {@code equals} stays identity, as flyweights are mutable views.
     *
     * @throws dev.arenastruct.StaleStructException if either struct's memory was reclaimed
     */
    public boolean contentEquals(TradeEventFlyweight other) {
        StructContents.requireStruct(other, "other");
        MemorySegment a = Flyweights.live(this.segment, this.lifetime, this.generation, "TradeEvent");
        MemorySegment b = Flyweights.live(other.segment, other.lifetime, other.generation, "TradeEvent");
        return StructContents.sameBytes(a, offset + 0L, b, other.offset + 0L, 20L);
    }

    /**
     * A hash of the bytes {@link #contentEquals} compares: structs that are content-equal have the
     * same hash. It allocates nothing. It is not a stable format: it may change between versions
     * and differs between byte orders.
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     */
    public int contentHash() {
        int h = 1;
        MemorySegment a = Flyweights.live(this.segment, this.lifetime, this.generation, "TradeEvent");
        h = StructContents.hashBytes(a, offset + 0L, 20L, h);
        return h;
    }

    /**
     * Appends what {@link #toString} returns to {@code out} and returns {@code out}, without
     * creating any object of its own: for logging every message from a hot path.
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     */
    public StringBuilder appendTo(StringBuilder out) {
        out.append("TradeEvent[");
        out.append("id=").append(id());
        out.append(", price=").append(price());
        out.append(", quantity=").append(quantity());
        return out.append(']');
    }

    @Override
    public String toString() {
        return appendTo(new StringBuilder()).toString();
    }

    /**
     * This struct as an immutable heap value, to keep after the arena is reset or to compare with
     * {@code equals}; it allocates (a cold-path call).
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     * @throws IllegalStateException if an enum field holds no constant's ordinal
     */
    public TradeEventValue toValue() {
        return new TradeEventValue(
                id(),
                price(),
                quantity());
    }

    /**
     * Writes every field of {@code value} into this struct and returns this flyweight. A value is
     * checked when it is made, so only a stale flyweight fails here, before anything is written.
     *
     * @throws dev.arenastruct.StaleStructException if the memory was reclaimed
     */
    public TradeEventFlyweight copyFrom(TradeEventValue value) {
        StructContents.requireStruct(value, "value");
        id(value.id());
        price(value.price());
        quantity(value.quantity());
        return this;
    }
}
