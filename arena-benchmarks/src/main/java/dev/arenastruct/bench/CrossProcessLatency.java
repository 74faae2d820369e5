package dev.arenastruct.bench;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.MappedArena;
import dev.arenastruct.StructArray;
import dev.arenastruct.samples.TickFeedFlyweight;
import dev.arenastruct.samples.TickFlyweight;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The latency of a market-data tick from a writer JVM to a reader JVM through a {@link MappedArena}
 * file, as HdrHistogram percentiles: the writer stamps each tick with {@code System.nanoTime()}
 * (one monotonic clock for every process on the machine), fills it and publishes it with a release
 * write of its sequence; the reader spins on an acquire read of the sequence and records its own
 * {@code nanoTime()} minus the stamp. A plain {@code main}, not JMH: two processes are the point.
 *
 * <pre>
 * java -cp benchmarks.jar dev.arenastruct.bench.CrossProcessLatency [--ticks N] [--warmup N]
 *     [--interval-micros U] [--dir DIR] [variant...]
 * </pre>
 *
 * <p>Variants: {@code flyweight} (the generated {@code TickFlyweight}: stale-checked setters, then
 * {@code sequenceRelease}) and {@code handWritten} (the floor: the same layout through var handles
 * on the mapped segment, nothing checked). This JVM is the writer; each variant gets a fresh file
 * and a reader JVM started with this JVM's flags, and the writer waits until the reader has mapped
 * the file (it increments a counter in it). The file goes to {@code /dev/shm} where there is one:
 * a tmpfs is never written back to a disk, whose flushes would show as latency.
 */
public final class CrossProcessLatency {
    static final List<String> VARIANTS = List.of("flyweight", "handWritten");
    private static final String READER = "--reader";
    private static final long TICKS_OFFSET = TickFeedFlyweight.BYTE_SIZE;
    private static final VarHandle LONG = JAVA_LONG.varHandle();

    private CrossProcessLatency() {
    }

    /** Runs the named variants (all by default) and prints one row per variant. */
    public static void main(String[] args) throws IOException, InterruptedException {
        long ticks = 1_000_000;
        long warmup = 200_000; // untimed: both JVMs compile their loops meanwhile
        long intervalNanos = 2_000;
        Path dir = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ticks" -> ticks = Long.parseLong(args[++i].replace("_", ""));
                case "--warmup" -> warmup = Long.parseLong(args[++i].replace("_", ""));
                case "--interval-micros" -> intervalNanos = Long.parseLong(args[++i]) * 1000;
                case "--dir" -> dir = Path.of(args[++i]);
                case READER -> {
                    System.out.println(read(args[i + 1], Path.of(args[i + 2]), Long.parseLong(args[i + 3])));
                    return;
                }
                default -> variants.add(args[i]);
            }
        }
        if (variants.isEmpty()) {
            variants.addAll(VARIANTS);
        }
        System.out.printf("Cross-process latency: %,d timed ticks after %,d untimed, one every %d ns, files in %s, JDK %s%n",
                ticks, warmup, intervalNanos, dir, Runtime.version());
        System.out.println(Row.HEADER);
        for (String variant : variants) {
            run(variant, dir, ticks, warmup, intervalNanos);
        }
    }

    /** Writes one variant's ticks here while a reader JVM reads them; prints and returns the reader's row. */
    static String run(String variant, Path dir, long ticks, long warmup, long intervalNanos) throws IOException,
            InterruptedException {
        if (!VARIANTS.contains(variant)) {
            throw new IllegalArgumentException("unknown variant " + variant + "; known: " + VARIANTS);
        }
        long count = warmup + ticks;
        Path file = dir.resolve("cross-process-latency-" + ProcessHandle.current().pid() + ".arena");
        try (MappedArena arena = MappedArena.create(file, TICKS_OFFSET + count * TickFlyweight.BYTE_SIZE)) {
            TickFeedFlyweight feed = TickFeedFlyweight.allocate(arena);
            StructArray<TickFlyweight> array = TickFlyweight.allocateStructs(arena, count);
            feed.tickBytes((int) TickFlyweight.BYTE_SIZE).tickCountRelease(count);
            Process reader = fork(variant, file, warmup);
            while (feed.readersAcquire() == 0 && reader.isAlive()) {
                Thread.sleep(1);
            }
            if (variant.equals("flyweight")) {
                writeFlyweights(array, intervalNanos);
            } else {
                writeHandWritten(array.segment(), count, intervalNanos);
            }
            String row = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = reader.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the reader of variant " + variant + " exited with " + exit);
            }
            System.out.println(row);
            return row;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Through the generated API: a stale-checked {@code StructArray} element per tick. */
    private static void writeFlyweights(StructArray<TickFlyweight> ticks, long intervalNanos) {
        TickFlyweight tick = new TickFlyweight();
        long next = System.nanoTime();
        for (long i = 0; i < ticks.count(); i++) {
            next = pace(next, intervalNanos);
            long now = System.nanoTime();
            tick.wrapElement(ticks, i).timestampNanos(now).price(price(i)).quantity((int) i).checksum(now ^ i);
            tick.sequenceRelease(i + 1);
        }
    }

    /** The same stores by hand: offsets 0 sequence, 8 timestamp, 16 price, 24 quantity, 32 checksum (the C layout). */
    private static void writeHandWritten(MemorySegment memory, long count, long intervalNanos) {
        long next = System.nanoTime();
        for (long i = 0; i < count; i++) {
            next = pace(next, intervalNanos);
            long at = i * 40;
            long now = System.nanoTime();
            memory.set(JAVA_LONG, at + 8, now);
            memory.set(JAVA_LONG, at + 16, price(i));
            memory.set(JAVA_INT, at + 24, (int) i);
            memory.set(JAVA_LONG, at + 32, now ^ i);
            LONG.setRelease(memory, at, i + 1);
        }
    }

    private static long pace(long next, long intervalNanos) {
        long due = next + intervalNanos;
        while (System.nanoTime() < due) {
            Thread.onSpinWait(); // a tick every interval, without a sleep's jitter
        }
        return due;
    }

    private static long price(long i) {
        return 10_000 + i % 1000;
    }

    /** The reader JVM: follows every tick, times those after {@code warmup}, checks each one. */
    static Row read(String variant, Path file, long warmup) throws IOException {
        try (MappedArena arena = MappedArena.open(file)) {
            TickFeedFlyweight feed = new TickFeedFlyweight().wrap(arena.segment(), 0);
            long count = feed.tickCountAcquire();
            MemorySegment memory = arena.segment().asSlice(TICKS_OFFSET, count * TickFlyweight.BYTE_SIZE);
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3); // recording never allocates
            boolean flyweight = variant.equals("flyweight");
            TickFlyweight tick = new TickFlyweight();
            long bad = 0;
            long gcs = 0;
            feed.getAndAddReaders(1); // the writer starts now
            for (long i = 0; i < count; i++) {
                if (i == warmup) {
                    gcs = gcCount();
                }
                long at = i * 40;
                long stamp;
                long checksum;
                if (flyweight) {
                    tick.wrapElement(memory, i);
                    while (tick.sequenceAcquire() != i + 1) {
                        Thread.onSpinWait();
                    }
                    stamp = tick.timestampNanos();
                    checksum = tick.checksum() ^ tick.quantity() ^ (tick.price() - price(i));
                } else {
                    while ((long) LONG.getAcquire(memory, at) != i + 1) {
                        Thread.onSpinWait();
                    }
                    stamp = memory.get(JAVA_LONG, at + 8);
                    checksum = memory.get(JAVA_LONG, at + 32) ^ memory.get(JAVA_INT, at + 24)
                            ^ (memory.get(JAVA_LONG, at + 16) - price(i));
                }
                long latency = System.nanoTime() - stamp;
                bad += checksum == (stamp ^ i ^ (int) i) ? 0 : 1;
                if (i >= warmup) {
                    histogram.recordValue(Math.max(0, latency));
                }
            }
            return new Row(variant, histogram, gcCount() - gcs, bad);
        }
    }

    private static Process fork(String variant, Path file, long warmup) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrossProcessLatency.class.getName(),
                READER, variant, file.toString(), Long.toString(warmup)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /** One variant's results, as the reader measured them. */
    record Row(String variant, Histogram histogram, long readerGcs, long badTicks) {
        static final String HEADER = String.format("%-12s %8s %8s %8s %8s %8s %10s %6s %6s", "variant", "ticks",
                "p50 ns", "p90 ns", "p99 ns", "p99.9 ns", "max ns", "GCs", "bad");

        @Override
        public String toString() {
            return String.format("%-12s %8d %8d %8d %8d %8d %10d %6d %6d", variant, histogram.getTotalCount(),
                    histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                    histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue(),
                    readerGcs, badTicks);
        }
    }
}
