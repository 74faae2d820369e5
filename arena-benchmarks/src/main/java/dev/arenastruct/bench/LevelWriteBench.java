package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.LEVEL_EXPONENT;
import static dev.arenastruct.bench.CLayout.LEVEL_MANTISSA;
import static dev.arenastruct.bench.CLayout.LEVEL_ORDERS;
import static dev.arenastruct.bench.CLayout.LEVEL_QUANTITY;
import static dev.arenastruct.bench.CLayout.LEVEL_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.bench.Heap.LevelRecord;
import dev.arenastruct.bench.Heap.MutableLevel;
import dev.arenastruct.bench.Heap.PriceRecord;
import dev.arenastruct.bench.sbe.LevelEncoder;
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
 * Scenario 1, nested struct: allocate one {@link Level} and write its four fields (two through the
 * nested {@link Price}), per operation, in batches of {@link #BATCH} between two resets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class LevelWriteBench extends WriteTargets {
    private long[] mantissas;
    private byte[] exponents;
    private long[] quantities;
    private int[] orders;
    private final LevelFlyweight flyweight = new LevelFlyweight();
    private final LevelEncoder encoder = new LevelEncoder();
    LevelRecord[] records;
    MutableLevel[] pool;

    @Override
    protected long structSize() {
        return LEVEL_SIZE;
    }

    /** Inputs, native blocks and heap arrays, once per fork. */
    @Setup
    public void setUp() {
        Inputs.Levels inputs = Inputs.Levels.generate(BATCH);
        mantissas = inputs.mantissas();
        exponents = inputs.exponents();
        quantities = inputs.quantities();
        orders = inputs.orders();
        allocateTargets();
        records = new LevelRecord[BATCH];
        pool = Heap.levelPool(BATCH);
    }

    /** Frees the native blocks. */
    @TearDown
    public void close() {
        tearDown();
    }

    /** Generated, instance style: a new flyweight per struct; the nested price is its reused view. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightAllocate() {
        BumpArena arena = this.arena;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            LevelFlyweight level = LevelFlyweight.allocate(arena);
            level.price().mantissa(mantissas[i]).exponent(exponents[i]);
            level.quantity(quantities[i]).orders(orders[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, instance style with one reused flyweight (and so one reused price view). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightWrap() {
        BumpArena arena = this.arena;
        LevelFlyweight level = flyweight;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            level.wrap(arena.allocate(LevelFlyweight.BYTE_SIZE, LevelFlyweight.BYTE_ALIGNMENT));
            level.price().mantissa(mantissas[i]).exponent(exponents[i]);
            level.quantity(quantities[i]).orders(orders[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, instance style, one reused flyweight: {@code wrapNew(arena)} allocates and re-points it. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightWrapNew() {
        BumpArena arena = this.arena;
        LevelFlyweight level = flyweight;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            level.wrapNew(arena);
            level.price().mantissa(mantissas[i]).exponent(exponents[i]);
            level.quantity(quantities[i]).orders(orders[i]);
        }
        return arena.allocatedBytes();
    }

    /** Generated, static style over {@code allocateSegment(arena)}: the nested price is at {@code PRICE_OFFSET}. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long flyweightStatic() {
        BumpArena arena = this.arena;
        arena.reset();
        for (int i = 0; i < BATCH; i++) {
            MemorySegment s = LevelFlyweight.allocateSegment(arena);
            PriceFlyweight.mantissa(s, LevelFlyweight.PRICE_OFFSET, mantissas[i]);
            PriceFlyweight.exponent(s, LevelFlyweight.PRICE_OFFSET, exponents[i]);
            LevelFlyweight.quantity(s, 0, quantities[i]);
            LevelFlyweight.orders(s, 0, orders[i]);
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
            long at = bump(LEVEL_SIZE, capacity);
            block.set(JAVA_LONG, at + LEVEL_MANTISSA, mantissas[i]);
            block.set(JAVA_BYTE, at + LEVEL_EXPONENT, exponents[i]);
            block.set(JAVA_LONG, at + LEVEL_QUANTITY, quantities[i]);
            block.set(JAVA_INT, at + LEVEL_ORDERS, orders[i]);
        }
        return cursor;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long unsafe() {
        long base = unsafeAddress;
        long capacity = unsafeBlock.byteSize();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            long at = base + bump(LEVEL_SIZE, capacity);
            UnsafeAccess.putLong(at + LEVEL_MANTISSA, mantissas[i]);
            UnsafeAccess.putByte(at + LEVEL_EXPONENT, exponents[i]);
            UnsafeAccess.putLong(at + LEVEL_QUANTITY, quantities[i]);
            UnsafeAccess.putInt(at + LEVEL_ORDERS, orders[i]);
        }
        return cursor;
    }

    /** Hand-written Agrona {@code UnsafeBuffer}. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long agrona() {
        UnsafeBuffer buffer = agronaBuffer;
        long capacity = buffer.capacity();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            int at = (int) bump(LEVEL_SIZE, capacity);
            buffer.putLong(at + (int) LEVEL_MANTISSA, mantissas[i]);
            buffer.putByte(at + (int) LEVEL_EXPONENT, exponents[i]);
            buffer.putLong(at + (int) LEVEL_QUANTITY, quantities[i]);
            buffer.putInt(at + (int) LEVEL_ORDERS, orders[i]);
        }
        return cursor;
    }

    /** SBE: the message encoder and its composite {@code Price} encoder. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long sbe() {
        UnsafeBuffer buffer = sbeBuffer;
        LevelEncoder e = encoder;
        long capacity = buffer.capacity();
        cursor = 0;
        for (int i = 0; i < BATCH; i++) {
            int at = (int) bump(LevelEncoder.BLOCK_LENGTH, capacity);
            e.wrap(buffer, at);
            e.price().mantissa(mantissas[i]).exponent(exponents[i]);
            e.quantity(quantities[i]).orders(orders[i]);
        }
        return cursor;
    }

    /** Heap: two records per level (the price is its own object), kept in an array. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long heap() {
        LevelRecord[] out = records;
        for (int i = 0; i < BATCH; i++) {
            out[i] = new LevelRecord(new PriceRecord(mantissas[i], exponents[i]), quantities[i], orders[i]);
        }
        return out.length;
    }

    /** Object pool: the next pre-allocated level (with its own price object), overwritten. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long pool() {
        MutableLevel[] objects = pool;
        int next = 0;
        for (int i = 0; i < BATCH; i++) {
            MutableLevel level = objects[next++];
            level.price.mantissa = mantissas[i];
            level.price.exponent = exponents[i];
            level.quantity = quantities[i];
            level.orders = orders[i];
        }
        return next;
    }
}
