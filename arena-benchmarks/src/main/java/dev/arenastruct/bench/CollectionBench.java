package dev.arenastruct.bench;

import dev.arenastruct.ArenaStringBuilder;
import dev.arenastruct.BumpArena;
import dev.arenastruct.LongList;
import dev.arenastruct.StructList;
import dev.arenastruct.bench.Heap.TradeEventRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 9: collecting an unknown number of items, the parser's and the request handler's
 * problem. Each operation starts empty and appends {@code count} items, growing as it goes from
 * {@value #FIRST_CAPACITY}, then reads the last one back; the arena variants reset their arena
 * first, the heap ones drop what the previous operation built (the garbage collector's work,
 * which {@code -prof gc} shows as B/op and GC/op).
 *
 * <ul>
 *   <li>{@link Structs}: {@link TradeEventFlyweight}s appended to a {@link StructList} through one
 *       reused flyweight ({@code structList}; {@code structListCleared} keeps one list and clears it,
 *       the steady state of a reused buffer) against {@code new} records in an {@code ArrayList}
 *       ({@code heap}, the baseline) and in an array sized in advance ({@code heapArray}, which
 *       needs the count up front).</li>
 *   <li>{@link Longs}: a {@link LongList} against a {@code long[]} that doubles when full
 *       ({@code heap}, the baseline), one sized in advance ({@code presizedArray}) and an
 *       {@code ArrayList<Long>} ({@code boxedList}).</li>
 *   <li>{@link Text}: a line of numbers and text built with an {@link ArenaStringBuilder} against a
 *       {@code StringBuilder} and its {@code toString()} ({@code heap}).</li>
 * </ul>
 */
public class CollectionBench {
    /** The capacity every growable variant starts with: small, so that growth is part of what is measured. */
    static final int FIRST_CAPACITY = 16;

    private CollectionBench() {
    }

    /** Appending structs: see {@link CollectionBench}. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public static class Structs {
        /** Items appended per operation. */
        @Param({"1000"})
        public int count;

        BumpArena arena;
        private StructList<TradeEventFlyweight> kept;
        private final TradeEventFlyweight trade = new TradeEventFlyweight();

        /** An arena with room for the list at every size it passes through. */
        @Setup(Level.Trial)
        public void setUp() {
            arena = BumpArena.ofCapacity(4L * count * TradeEventFlyweight.BYTE_SIZE + 4096);
            kept = null;
        }

        /** Frees the arena. */
        @TearDown(Level.Trial)
        public void close() {
            arena.close();
        }

        /** A new list in the reset arena, grown in place from {@value #FIRST_CAPACITY}; returns the last id plus the size. */
        @Benchmark
        public long structList() {
            arena.reset();
            StructList<TradeEventFlyweight> list = TradeEventFlyweight.allocateList(arena, FIRST_CAPACITY);
            for (int i = 0; i < count; i++) {
                trade.wrapNew(list).id(i).price(i * 0.5).quantity(i);
            }
            return trade.wrapElement(list, count - 1).id() + list.size();
        }

        /** One list kept across operations and cleared: its storage is reused, no growth after the first. */
        @Benchmark
        public long structListCleared() {
            if (kept == null || kept.isStale()) {
                arena.reset();
                kept = TradeEventFlyweight.allocateList(arena, FIRST_CAPACITY);
            }
            kept.clear();
            for (int i = 0; i < count; i++) {
                trade.wrapNew(kept).id(i).price(i * 0.5).quantity(i);
            }
            return trade.wrapElement(kept, count - 1).id() + kept.size();
        }

        /** Baseline: records in an {@code ArrayList} that starts at {@value #FIRST_CAPACITY}. */
        @Benchmark
        public long heap() {
            List<TradeEventRecord> list = new ArrayList<>(FIRST_CAPACITY);
            for (int i = 0; i < count; i++) {
                list.add(new TradeEventRecord(i, i * 0.5, i));
            }
            return list.get(count - 1).id() + list.size();
        }

        /** Records in an array of the final size: no growth, but the count must be known first. */
        @Benchmark
        public long heapArray() {
            TradeEventRecord[] array = new TradeEventRecord[count];
            for (int i = 0; i < count; i++) {
                array[i] = new TradeEventRecord(i, i * 0.5, i);
            }
            return array[count - 1].id() + array.length;
        }
    }

    /** Appending longs: see {@link CollectionBench}. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public static class Longs {
        /** Items appended per operation. */
        @Param({"1000"})
        public int count;

        BumpArena arena;

        /** An arena with room for the list at every size it passes through. */
        @Setup(Level.Trial)
        public void setUp() {
            arena = BumpArena.ofCapacity(4L * count * Long.BYTES + 4096);
        }

        /** Frees the arena. */
        @TearDown(Level.Trial)
        public void close() {
            arena.close();
        }

        /** A new list in the reset arena, grown in place from {@value #FIRST_CAPACITY}; returns the last value plus the size. */
        @Benchmark
        public long longList() {
            arena.reset();
            LongList list = LongList.allocate(arena, FIRST_CAPACITY);
            for (int i = 0; i < count; i++) {
                list.add(i * 3L);
            }
            return list.get(count - 1) + list.size();
        }

        /** Baseline: a {@code long[]} that doubles when full, as {@code ArrayList} grows its array. */
        @Benchmark
        public long heap() {
            long[] array = new long[FIRST_CAPACITY];
            int size = 0;
            for (int i = 0; i < count; i++) {
                if (size == array.length) {
                    array = Arrays.copyOf(array, size * 2);
                }
                array[size++] = i * 3L;
            }
            return array[size - 1] + size;
        }

        /** A {@code long[]} of the final size: no growth, but the count must be known first. */
        @Benchmark
        public long presizedArray() {
            long[] array = new long[count];
            for (int i = 0; i < count; i++) {
                array[i] = i * 3L;
            }
            return array[count - 1] + array.length;
        }

        /** An {@code ArrayList<Long>}: a box per value past the small-value cache. */
        @Benchmark
        public long boxedList() {
            List<Long> list = new ArrayList<>(FIRST_CAPACITY);
            for (int i = 0; i < count; i++) {
                list.add(i * 3L);
            }
            return list.get(count - 1) + list.size();
        }
    }

    /** Building text: see {@link CollectionBench}. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
    public static class Text {
        BumpArena arena;
        long id = 1_234_567;
        double price = 101.25;

        /** A small arena, reset each operation. */
        @Setup(Level.Trial)
        public void setUp() {
            arena = BumpArena.ofCapacity(4096);
        }

        /** Frees the arena. */
        @TearDown(Level.Trial)
        public void close() {
            arena.close();
        }

        /** The line in an arena builder, then an {@code ArenaString} of it; returns its hash. */
        @Benchmark
        public int arena() {
            arena.reset();
            ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 32);
            text.append("order id=").append(id).append(" price=").append(price).append(" qty=").append(250)
                    .append(" side=BID");
            return text.toArenaString().hashCode();
        }

        /** Baseline: the line in a {@code StringBuilder}, then its {@code String}; returns its hash. */
        @Benchmark
        public int heap() {
            StringBuilder text = new StringBuilder(32);
            text.append("order id=").append(id).append(" price=").append(price).append(" qty=").append(250)
                    .append(" side=BID");
            return text.toString().hashCode();
        }
    }
}
