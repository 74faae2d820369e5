package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.FILL_ORDER_ID;
import static dev.arenastruct.bench.CLayout.FILL_PRICE;
import static dev.arenastruct.bench.CLayout.FILL_QUANTITY;
import static dev.arenastruct.bench.CLayout.FILL_SIDE;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.StructArray;
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
 * {@link BatchCycleBench}'s cycle with the allocation and writes done {@link #FRAMES} calls below the
 * benchmark's loop and a method that picks the work, as application code calls them (a handler, a
 * dispatcher, a domain method): the generated call is then seven frames below the compiled method.
 * C2 inlines at most {@code MaxInlineLevel} (15) frames deep, and an object the JIT would remove (a
 * slice of the arena's block) is created if its constructor chain is cut there. Every benchmark
 * elsewhere calls the generated code from the loop itself, one or two frames down. Every method
 * returns the same sum (the unit test checks it); the score is per struct.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
public class DeepCallBench {
    /** Structs per cycle, between two resets: the plain cycle's. */
    public static final int STRUCTS = BatchCycleBench.STRUCTS;

    /** Calls between the benchmark's loop and the method that does the work. */
    public static final int FRAMES = 4;

    private static final int ALLOCATE = 0;
    private static final int WRAP_NEW = 1;
    private static final int STATIC = 2;
    private static final int FFM = 3;
    private static final int UNSAFE = 4;
    private static final int BATCH = 5;

    /** The inputs, the arena, the flyweight and the hand-written blocks and bump cursor of the plain cycle. */
    private final BatchCycleBench data = new BatchCycleBench();

    /** Inputs, the arena and the hand-written blocks, on the benchmark thread (all confined). */
    @Setup
    public void setUp() {
        data.setUp();
    }

    /** Frees the native memory. */
    @TearDown
    public void close() {
        data.close();
    }

    /** Generated, instance style: {@code allocate(arena)} per struct, deep down. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightAllocate() {
        data.arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            sum += call1(ALLOCATE, i);
        }
        return sum;
    }

    /** Generated, instance style: one reused flyweight, {@code wrapNew(arena)} per struct, deep down. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightWrapNew() {
        data.arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            sum += call1(WRAP_NEW, i);
        }
        return sum;
    }

    /** Generated, static style: {@code allocateSegment(arena)} per struct, deep down. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightStatic() {
        data.arena.reset();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            sum += call1(STATIC, i);
        }
        return sum;
    }

    /** Generated: the whole batch built deep down, {@code allocateStructs} and one reused flyweight. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long flyweightStructs() {
        data.arena.reset();
        return call1(BATCH, 0);
    }

    /** Hand-written FFM at constant offsets over one block, a hand-rolled bump cursor: the baseline. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long ffm() {
        data.rewind();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            sum += call1(FFM, i);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses, the same bump cursor. */
    @Benchmark
    @OperationsPerInvocation(STRUCTS)
    public long unsafe() {
        data.rewind();
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            sum += call1(UNSAFE, i);
        }
        return sum;
    }

    // The calls down: `what` is a constant in each benchmark, so C2 folds the switch at the bottom.

    private long call1(int what, int i) {
        return call2(what, i);
    }

    private long call2(int what, int i) {
        return call3(what, i);
    }

    private long call3(int what, int i) {
        return call4(what, i);
    }

    private long call4(int what, int i) {
        return work(what, i);
    }

    private long work(int what, int i) {
        return switch (what) {
            case ALLOCATE -> allocateOne(i);
            case WRAP_NEW -> wrapNewOne(i);
            case STATIC -> staticOne(i);
            case FFM -> ffmOne(i);
            case UNSAFE -> unsafeOne(i);
            case BATCH -> batch();
            default -> throw new IllegalArgumentException("what=" + what);
        };
    }

    private long allocateOne(int i) {
        BatchCycleBench d = data;
        FillFlyweight f = FillFlyweight.allocate(d.arena)
                .orderId(d.orderIds[i]).price(d.prices[i]).quantity(d.quantities[i]).side(d.sides[i]);
        return f.price() * f.quantity();
    }

    private long wrapNewOne(int i) {
        BatchCycleBench d = data;
        FillFlyweight f = d.flyweight.wrapNew(d.arena)
                .orderId(d.orderIds[i]).price(d.prices[i]).quantity(d.quantities[i]).side(d.sides[i]);
        return f.price() * f.quantity();
    }

    private long staticOne(int i) {
        BatchCycleBench d = data;
        MemorySegment s = FillFlyweight.allocateSegment(d.arena);
        FillFlyweight.orderId(s, 0, d.orderIds[i]);
        FillFlyweight.price(s, 0, d.prices[i]);
        FillFlyweight.quantity(s, 0, d.quantities[i]);
        FillFlyweight.side(s, 0, d.sides[i]);
        return FillFlyweight.price(s, 0) * FillFlyweight.quantity(s, 0);
    }

    private long batch() {
        BatchCycleBench d = data;
        FillFlyweight f = d.flyweight;
        StructArray<FillFlyweight> fills = FillFlyweight.allocateStructs(d.arena, STRUCTS);
        long sum = 0;
        for (int i = 0; i < STRUCTS; i++) {
            f.wrapElement(fills, i).orderId(d.orderIds[i]).price(d.prices[i]).quantity(d.quantities[i]).side(d.sides[i]);
            sum += f.price() * f.quantity();
        }
        return sum;
    }

    private long ffmOne(int i) {
        BatchCycleBench d = data;
        MemorySegment block = d.ffmBlock;
        long at = d.bump(block.byteSize());
        block.set(JAVA_LONG, at + FILL_ORDER_ID, d.orderIds[i]);
        block.set(JAVA_LONG, at + FILL_PRICE, d.prices[i]);
        block.set(JAVA_INT, at + FILL_QUANTITY, d.quantities[i]);
        block.set(JAVA_BYTE, at + FILL_SIDE, d.sides[i]);
        return block.get(JAVA_LONG, at + FILL_PRICE) * block.get(JAVA_INT, at + FILL_QUANTITY);
    }

    private long unsafeOne(int i) {
        BatchCycleBench d = data;
        long at = d.unsafeAddress + d.bump(d.unsafeBlock.byteSize());
        UnsafeAccess.putLong(at + FILL_ORDER_ID, d.orderIds[i]);
        UnsafeAccess.putLong(at + FILL_PRICE, d.prices[i]);
        UnsafeAccess.putInt(at + FILL_QUANTITY, d.quantities[i]);
        UnsafeAccess.putByte(at + FILL_SIDE, d.sides[i]);
        return UnsafeAccess.getLong(at + FILL_PRICE) * UnsafeAccess.getInt(at + FILL_QUANTITY);
    }
}
