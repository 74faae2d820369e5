package test;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.Flyweights;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import javax.annotation.processing.Generated;

/**
 * Flyweight over a {@link TradeEvent} in arena memory: getters and setters read and write the struct in place.
 * Allocate one with {@link #allocate}, or reuse one over other memory with {@link #wrap}.
 *
 * <pre>
 * offset  size  field                    C
 *      0     8  long id                  int64_t
 *      8     8  double price             double
 *     16     4  int quantity             int32_t
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
     * Alignment of the struct: its largest field alignment.
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
     * Creates a flyweight that points at no memory yet: {@link #wrap} it before use.
     */
    public TradeEventFlyweight() {
        this.segment = MemorySegment.NULL;
    }

    private TradeEventFlyweight(MemorySegment segment, long offset) {
        this.segment = segment;
        this.offset = offset;
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena}.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged
     */
    public static TradeEventFlyweight allocate(BumpArena arena) {
        return new TradeEventFlyweight(arena.allocate(BYTE_SIZE, BYTE_ALIGNMENT), 0L);
    }

    /**
     * Allocates a zeroed {@code TradeEvent} in {@code arena}, or returns {@code null} if it does not fit.
     */
    public static TradeEventFlyweight tryAllocate(BumpArena arena) {
        MemorySegment memory = arena.tryAllocate(BYTE_SIZE, BYTE_ALIGNMENT);
        return memory == null ? null : new TradeEventFlyweight(memory, 0L);
    }

    /**
     * Points this flyweight at the struct at {@code offset} in {@code segment}, without allocating.
     *
     * @throws IndexOutOfBoundsException if the struct does not lie wholly inside the segment
     * @throws IllegalArgumentException if the address there is not a multiple of {@link #BYTE_ALIGNMENT}
     */
    public TradeEventFlyweight wrap(MemorySegment segment, long offset) {
        Flyweights.checkWrap(segment, offset, BYTE_SIZE, BYTE_ALIGNMENT, "TradeEvent");
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    /**
     * Points this flyweight at the struct at the start of {@code segment}; see {@link #wrap(MemorySegment, long)}.
     */
    public TradeEventFlyweight wrap(MemorySegment segment) {
        return wrap(segment, 0L);
    }

    @Override
    public long id() {
        return segment.get(JAVA_LONG, offset + ID_OFFSET);
    }

    /**
     * Sets {@code id} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight id(long value) {
        segment.set(JAVA_LONG, offset + ID_OFFSET, value);
        return this;
    }

    @Override
    public double price() {
        return segment.get(JAVA_DOUBLE, offset + PRICE_OFFSET);
    }

    /**
     * Sets {@code price} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight price(double value) {
        segment.set(JAVA_DOUBLE, offset + PRICE_OFFSET, value);
        return this;
    }

    @Override
    public int quantity() {
        return segment.get(JAVA_INT, offset + QUANTITY_OFFSET);
    }

    /**
     * Sets {@code quantity} and returns this flyweight, for chaining.
     */
    public TradeEventFlyweight quantity(int value) {
        segment.set(JAVA_INT, offset + QUANTITY_OFFSET, value);
        return this;
    }

    @Override
    public String toString() {
        return "TradeEvent[id=" + id()
                + ", price=" + price()
                + ", quantity=" + quantity() + "]";
    }
}
