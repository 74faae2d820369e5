package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.TRADE_ID;
import static dev.arenastruct.bench.CLayout.TRADE_PRICE;
import static dev.arenastruct.bench.CLayout.TRADE_QUANTITY;
import static dev.arenastruct.bench.CLayout.TRADE_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StructArray;
import dev.arenastruct.bench.Heap.TradeEventRecord;
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
 * A struct as a value (issue 13): copying {@link #COUNT} {@link TradeEvent}s one by one, comparing
 * them, promoting them into another arena and turning them into heap values, each against the
 * hand-written code that does the same. The score is per struct.
 */
public class CopyBench {
    /** Structs per invocation. */
    public static final int COUNT = 1024;

    /** Source structs written once, a target array, and the blocks the baselines copy between. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public abstract static class Structs {
        BumpArena arena;
        BumpArena promoted;
        StructArray<TradeEventFlyweight> sources;
        StructArray<TradeEventFlyweight> targets;
        MemorySegment sourceBlock;
        MemorySegment targetBlock;
        final TradeEventFlyweight source = new TradeEventFlyweight();
        final TradeEventFlyweight target = new TradeEventFlyweight();

        /** Writes the sources; targets start as copies, so equality runs to the end of each struct. */
        @Setup
        public void setUp() {
            arena = BumpArena.ofCapacity(2 * COUNT * TRADE_SIZE);
            promoted = BumpArena.ofCapacity(COUNT * TRADE_SIZE);
            Inputs.Trades in = Inputs.Trades.generate(COUNT);
            sources = TradeEventFlyweight.allocateStructs(arena, COUNT);
            targets = TradeEventFlyweight.allocateStructs(arena, COUNT);
            for (int i = 0; i < COUNT; i++) {
                source.wrapElement(sources, i).id(in.ids()[i]).price(in.prices()[i]).quantity(in.quantities()[i]);
                target.wrapElement(targets, i).copyFrom(source);
            }
            sourceBlock = sources.segment();
            targetBlock = targets.segment();
        }

        /** Frees the arenas. */
        @TearDown
        public void close() {
            arena.close();
            promoted.close();
        }
    }

    /** {@code target.copyFrom(source)} per struct, against one {@code MemorySegment.copy} and {@code Unsafe.copyMemory}. */
    public static class Copy extends Structs {
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment flyweight() {
            for (int i = 0; i < COUNT; i++) {
                target.wrapElement(targets, i).copyFrom(source.wrapElement(sources, i));
            }
            return targetBlock;
        }

        /** {@link #flyweight} with the two flyweights created in the method. */
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment flyweightLocal() {
            TradeEventFlyweight target = new TradeEventFlyweight();
            TradeEventFlyweight source = new TradeEventFlyweight();
            for (int i = 0; i < COUNT; i++) {
                target.wrapElement(targets, i).copyFrom(source.wrapElement(sources, i));
            }
            return targetBlock;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment ffm() {
            for (int i = 0; i < COUNT; i++) {
                MemorySegment.copy(sourceBlock, i * TRADE_SIZE, targetBlock, i * TRADE_SIZE, TRADE_SIZE);
            }
            return targetBlock;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment unsafe() {
            long from = sourceBlock.address();
            long to = targetBlock.address();
            for (int i = 0; i < COUNT; i++) {
                UnsafeAccess.copyMemory(from + i * TRADE_SIZE, to + i * TRADE_SIZE, TRADE_SIZE);
            }
            return targetBlock;
        }
    }

    /** {@code contentEquals} per pair of equal structs, against {@code MemorySegment.mismatch} over the fields' bytes. */
    public static class ContentEquals extends Structs {
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int flyweight() {
            int equal = 0;
            for (int i = 0; i < COUNT; i++) {
                equal += target.wrapElement(targets, i).contentEquals(source.wrapElement(sources, i)) ? 1 : 0;
            }
            return equal;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int ffm() {
            int equal = 0;
            for (int i = 0; i < COUNT; i++) {
                long at = i * TRADE_SIZE;
                // The fields' 20 bytes: the last 4 are padding.
                equal += MemorySegment.mismatch(targetBlock, at, at + 20, sourceBlock, at, at + 20) < 0 ? 1 : 0;
            }
            return equal;
        }
    }

    /** Promote every struct into another arena: {@code copyInto(arena)} against a bump and a copy by hand. */
    public static class Promote extends Structs {
        long cursor;

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public long flyweight() {
            BumpArena into = promoted;
            into.reset();
            for (int i = 0; i < COUNT; i++) {
                source.wrapElement(sources, i).copyInto(into);
            }
            return into.allocatedBytes();
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public long ffm() {
            MemorySegment into = targetBlock;
            long capacity = into.byteSize();
            cursor = 0;
            for (int i = 0; i < COUNT; i++) {
                long at = cursor;
                if (at + TRADE_SIZE > capacity) {
                    throw new IllegalStateException("full");
                }
                cursor = at + TRADE_SIZE;
                MemorySegment.copy(sourceBlock, i * TRADE_SIZE, into, at, TRADE_SIZE);
            }
            return cursor;
        }
    }

    /** A heap value per struct: {@code toValue()} against a record made from FFM reads. */
    public static class ToValue extends Structs {
        final Object[] kept = new Object[COUNT];

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public Object[] flyweight() {
            for (int i = 0; i < COUNT; i++) {
                kept[i] = source.wrapElement(sources, i).toValue();
            }
            return kept;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public Object[] ffm() {
            for (int i = 0; i < COUNT; i++) {
                long at = i * TRADE_SIZE;
                kept[i] = new TradeEventRecord(sourceBlock.get(JAVA_LONG, at + TRADE_ID),
                        sourceBlock.get(JAVA_DOUBLE, at + TRADE_PRICE), sourceBlock.get(JAVA_INT, at + TRADE_QUANTITY));
            }
            return kept;
        }
    }
}
