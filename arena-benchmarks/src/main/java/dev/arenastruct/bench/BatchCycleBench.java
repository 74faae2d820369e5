package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.FILL_ORDER_ID;
import static dev.arenastruct.bench.CLayout.FILL_PRICE;
import static dev.arenastruct.bench.CLayout.FILL_QUANTITY;
import static dev.arenastruct.bench.CLayout.FILL_SIDE;
import static dev.arenastruct.bench.CLayout.FILL_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StructArray;
import dev.arenastruct.bench.Heap.FillRecord;
import dev.arenastruct.bench.Heap.MutableFill;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shape (a), a small batch per cycle: reset, allocate {@link #STRUCTS} {@link Fill}s, write their
 * four fields, read {@code price} and {@code quantity} back from each and sum their product. Short
 * batches make the reset and the per-allocation overhead weigh more than in scenario 1's 1024.
 * Every method returns the same sum (the unit test checks it, and the bytes each one leaves); the
 * score is per struct.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
public class BatchCycleBench {
    /** Structs per cycle, between two resets. */
    public static final int STRUCTS = 64;

    long[] orderIds;
    long[] prices;
    int[] quantities;
    byte[] sides;
    final FillFlyweight flyweight = new FillFlyweight();
    private Arena blocks;
    long unsafeAddress;
    private long cursor;
    BumpArena arena;
    MemorySegment ffmBlock;
    MemorySegment unsafeBlock;
    FillRecord[] records;
    MutableFill[] pool;

    /** Inputs, the arena, the hand-written blocks and the heap arrays, on the benchmark thread (all confined). */
    @Setup
    public void setUp() {
        Inputs.Fills in = Inputs.Fills.generate(STRUCTS);
        orderIds = in.orderIds();
        prices = in.prices();
        quantities = in.quantities();
        sides = in.sides();
        arena = BumpArena.ofCapacity(STRUCTS * FILL_SIZE);
        blocks = Arena.ofConfined();
        ffmBlock = blocks.allocate(STRUCTS * FILL_SIZE, 64);
        unsafeBlock = blocks.allocate(STRUCTS * FILL_SIZE, 64);
        unsafeAddress = unsafeBlock.address();
        records = new FillRecord[STRUCTS];
        pool = Heap.fillPool(STRUCTS);
    }

    /** Frees the native memory. */
    @TearDown
    public void close() {
        arena.close();
        blocks.close();
    }

    /** Generated, instance style: a new flyweight per struct from {@code allocate(arena)}, fluent setters, getters. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightAllocate() {
        BumpArena arena = this.arena;
        arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            FillFlyweight f = FillFlyweight.allocate(arena)
                    .orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /** Generated, instance style over one {@code allocateArray}: one reused flyweight, {@code wrapElement} per struct. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightArray() {
        BumpArena arena = this.arena;
        FillFlyweight f = flyweight;
        arena.reset();
        MemorySegment array = FillFlyweight.allocateArray(arena, STRUCTS);
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapElement(array, i).orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /** Generated, instance style over one {@code allocateStructs}: a stale-checked array, one reused flyweight. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightStructs() {
        BumpArena arena = this.arena;
        FillFlyweight f = flyweight;
        arena.reset();
        StructArray<FillFlyweight> fills = FillFlyweight.allocateStructs(arena, STRUCTS);
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapElement(fills, i).orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /**
     * {@link #flyweightStructs} with the flyweight created in the method, as the README's loops do: the
     * JIT then keeps its fields in registers (escape analysis), and how {@code wrapView} stores them
     * decides whether the segment is known to be the same from one struct to the next.
     */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightStructsLocal() {
        BumpArena arena = this.arena;
        FillFlyweight f = new FillFlyweight();
        arena.reset();
        StructArray<FillFlyweight> fills = FillFlyweight.allocateStructs(arena, STRUCTS);
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapElement(fills, i).orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /** {@link #flyweightWrapNew} with the flyweight created in the method (see {@link #flyweightStructsLocal}). */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightWrapNewLocal() {
        BumpArena arena = this.arena;
        FillFlyweight f = new FillFlyweight();
        arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapNew(arena).orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /** Generated, instance style, one reused flyweight: {@code wrapNew(arena)} per struct. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightWrapNew() {
        BumpArena arena = this.arena;
        FillFlyweight f = flyweight;
        arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapNew(arena).orderId(orderIds[i]).price(prices[i]).quantity(quantities[i]).side(sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    /** Generated, static style: a segment per struct from {@code allocateSegment(arena)}, accessors at offset 0. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightStatic() {
        BumpArena arena = this.arena;
        arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            MemorySegment s = FillFlyweight.allocateSegment(arena);
            FillFlyweight.orderId(s, 0, orderIds[i]);
            FillFlyweight.price(s, 0, prices[i]);
            FillFlyweight.quantity(s, 0, quantities[i]);
            FillFlyweight.side(s, 0, sides[i]);
            sum += FillFlyweight.price(s, 0) * FillFlyweight.quantity(s, 0);
        }
        return sum;
    }

    /** Hand-written FFM at constant offsets over one block, a hand-rolled bump cursor: the baseline. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long ffm() {
        MemorySegment block = ffmBlock;
        long capacity = block.byteSize();
        cursor = 0;
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            long at = bump(capacity);
            block.set(JAVA_LONG, at + FILL_ORDER_ID, orderIds[i]);
            block.set(JAVA_LONG, at + FILL_PRICE, prices[i]);
            block.set(JAVA_INT, at + FILL_QUANTITY, quantities[i]);
            block.set(JAVA_BYTE, at + FILL_SIDE, sides[i]);
            sum += block.get(JAVA_LONG, at + FILL_PRICE) * block.get(JAVA_INT, at + FILL_QUANTITY);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses, the same bump cursor: no bounds checks beyond it. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long unsafe() {
        long base = unsafeAddress;
        long capacity = unsafeBlock.byteSize();
        cursor = 0;
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            long at = base + bump(capacity);
            UnsafeAccess.putLong(at + FILL_ORDER_ID, orderIds[i]);
            UnsafeAccess.putLong(at + FILL_PRICE, prices[i]);
            UnsafeAccess.putInt(at + FILL_QUANTITY, quantities[i]);
            UnsafeAccess.putByte(at + FILL_SIDE, sides[i]);
            sum += UnsafeAccess.getLong(at + FILL_PRICE) * UnsafeAccess.getInt(at + FILL_QUANTITY);
        }
        return sum;
    }

    /** Heap: a new record per struct, kept in an array (the previous cycle's become garbage); meant to allocate. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long heap() {
        FillRecord[] out = records;
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            FillRecord r = new FillRecord(orderIds[i], prices[i], quantities[i], sides[i]);
            out[i] = r;
            sum += r.price() * r.quantity();
        }
        return sum;
    }

    /** Object pool: the next pre-allocated mutable object, overwritten; the reset is the index going back to 0. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long pool() {
        MutableFill[] objects = pool;
        int next = 0;
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            MutableFill f = objects[next++];
            f.orderId = orderIds[i];
            f.price = prices[i];
            f.quantity = quantities[i];
            f.side = sides[i];
            sum += f.price * f.quantity;
        }
        return sum;
    }

    /** Starts a hand-written cycle: the next {@link #bump} is at the block's start. */
    void rewind() {
        cursor = 0;
    }

    /** The hand-written allocator, as in {@link WriteTargets#bump}: align, check the fit, move on. */
    long bump(long capacity) {
        long at = CLayout.align(cursor);
        if (at > capacity - FILL_SIZE) {
            throw new IllegalStateException("block full: cursor=" + cursor + " size=" + FILL_SIZE + " capacity=" + capacity);
        }
        cursor = at + FILL_SIZE;
        return at;
    }
}
