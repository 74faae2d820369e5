package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.TRADE_ID;
import static dev.arenastruct.bench.CLayout.TRADE_PRICE;
import static dev.arenastruct.bench.CLayout.TRADE_QUANTITY;
import static dev.arenastruct.bench.CLayout.TRADE_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.bench.Heap.MutableTradeEvent;
import dev.arenastruct.bench.Heap.TradeEventRecord;
import dev.arenastruct.bench.sbe.TradeEventEncoder;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
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
 * Scenario 1, flat struct: allocate one {@link TradeEvent} and write its three fields, per
 * operation, in batches of {@link #BATCH} between two resets. Every method writes the same
 * values to the same layout; each returns its final cursor so the loop has a result.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class TradeWriteBench extends WriteTargets {
    private long[] ids;
    private double[] prices;
    private int[] quantities;
    private final TradeEventFlyweight flyweight = new TradeEventFlyweight();
    private final TradeEventEncoder encoder = new TradeEventEncoder();
    TradeEventRecord[] records;
    MutableTradeEvent[] pool;

    @Override
    protected long structSize() {
        return TRADE_SIZE;
    }

    /** Inputs, native blocks and heap arrays, once per fork. */
    @Setup
    public void setUp() {
        Inputs.Trades inputs = Inputs.Trades.generate(BATCH);
        ids = inputs.ids();
        prices = inputs.prices();
        quantities = inputs.quantities();
        allocateTargets();
        records = new TradeEventRecord[BATCH];
        pool = Heap.tradePool(BATCH);
    }

    /** Frees the native blocks. */
    @TearDown
    public void close() {
        tearDown();
    }

    /** Generated, instance style: {@code allocate(arena)} returns a new flyweight; fluent setters. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightAllocate() {
        BumpArena arena = this.arena;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            TradeEventFlyweight.allocate(arena).id(ids[i]).price(prices[i]).quantity(quantities[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, instance style without a new flyweight: one reused flyweight {@code wrap}s each struct. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightWrap() {
        BumpArena arena = this.arena;
        TradeEventFlyweight t = flyweight;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            t.wrap(arena.allocate(TradeEventFlyweight.BYTE_SIZE, TradeEventFlyweight.BYTE_ALIGNMENT))
                    .id(ids[i]).price(prices[i]).quantity(quantities[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, instance style, one reused flyweight: {@code wrapNew(arena)} allocates and re-points it. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightWrapNew() {
        BumpArena arena = this.arena;
        TradeEventFlyweight t = flyweight;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            t.wrapNew(arena).id(ids[i]).price(prices[i]).quantity(quantities[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, static style: a zeroed segment from {@code allocateSegment(arena)} and the static accessors. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightStatic() {
        BumpArena arena = this.arena;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            MemorySegment s = TradeEventFlyweight.allocateSegment(arena);
            TradeEventFlyweight.id(s, 0, ids[i]);
            TradeEventFlyweight.price(s, 0, prices[i]);
            TradeEventFlyweight.quantity(s, 0, quantities[i]);
        }
        return arena.allocatedBytes();
    }

    /** Hand-written FFM over one segment and a bump cursor: the floor for the generated code. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long ffm() {
        MemorySegment block = ffmBlock;
        long capacity = block.byteSize();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            long at = bump(TRADE_SIZE, capacity);
            block.set(JAVA_LONG, at + TRADE_ID, ids[i]);
            block.set(JAVA_DOUBLE, at + TRADE_PRICE, prices[i]);
            block.set(JAVA_INT, at + TRADE_QUANTITY, quantities[i]);
        }
        return cursor;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses: no bounds checks beyond the bump. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long unsafe() {
        long base = unsafeAddress;
        long capacity = unsafeBlock.byteSize();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            long at = base + bump(TRADE_SIZE, capacity);
            UnsafeAccess.putLong(at + TRADE_ID, ids[i]);
            UnsafeAccess.putDouble(at + TRADE_PRICE, prices[i]);
            UnsafeAccess.putInt(at + TRADE_QUANTITY, quantities[i]);
        }
        return cursor;
    }

    /** Hand-written Agrona {@code UnsafeBuffer} (bounds-checked unless {@code agrona.disable.bounds.checks}). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long agrona() {
        UnsafeBuffer buffer = agronaBuffer;
        long capacity = buffer.capacity();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            int at = (int) bump(TRADE_SIZE, capacity);
            buffer.putLong(at + (int) TRADE_ID, ids[i]);
            buffer.putDouble(at + (int) TRADE_PRICE, prices[i]);
            buffer.putInt(at + (int) TRADE_QUANTITY, quantities[i]);
        }
        return cursor;
    }

    /** SBE: the sbe-tool encoder wrapped at each struct (body only, no message header). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long sbe() {
        UnsafeBuffer buffer = sbeBuffer;
        TradeEventEncoder e = encoder;
        long capacity = buffer.capacity();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            int at = (int) bump(TradeEventEncoder.BLOCK_LENGTH, capacity);
            e.wrap(buffer, at).id(ids[i]).price(prices[i]).quantity(quantities[i]);
        }
        return cursor;
    }

    /** Heap: a new record per struct, kept in an array (the previous batch's become garbage). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long heap() {
        TradeEventRecord[] out = records;
        for (int i = 0; i < BATCH; i++) {
            out[i] = new TradeEventRecord(ids[i], prices[i], quantities[i]);
        }
        return out.length;
    }

    /** Object pool: the next pre-allocated mutable object, overwritten; reset is the index going back to 0. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long pool() {
        MutableTradeEvent[] objects = pool;
        int next = 0;
        for (int i = 0; i < BATCH; i++) {
            MutableTradeEvent e = objects[next++];
            e.id = ids[i];
            e.price = prices[i];
            e.quantity = quantities[i];
        }
        return next;
    }
}
