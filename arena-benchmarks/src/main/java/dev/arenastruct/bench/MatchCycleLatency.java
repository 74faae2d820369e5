package dev.arenastruct.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Scenario 4, a plain {@code main} (not JMH): the latency of every {@link MatchCycle} over many
 * cycles, as HdrHistogram percentiles, with the collections the garbage collector ran meanwhile
 * and the bytes the cycle allocated.
 *
 * <pre>
 * java -Xms256m -Xmx256m -cp benchmarks.jar dev.arenastruct.bench.MatchCycleLatency [--cycles N] [--warmup N] [variant...]
 * </pre>
 *
 * <p>Each variant runs in a JVM of its own, started with this JVM's flags, like a JMH fork: its
 * JIT profile, heap and GC counters then belong to it alone. Each cycle is timed on its own with
 * {@code System.nanoTime()}, whose own cost (some tens of ns) is in every sample.
 */
public final class MatchCycleLatency {
    private static final String CHILD = "--in-this-jvm";

    private MatchCycleLatency() {
    }

    /** Runs the named variants (all by default), each in a child JVM, and prints one row per variant. */
    public static void main(String[] args) throws IOException, InterruptedException {
        long cycles = 10_000_000;
        // Untimed cycles first: fewer than about a million leave C2 still compiling (and the
        // arena variants still allocating) in the timed part.
        long warmup = 2_000_000;
        boolean child = false;
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cycles" -> cycles = Long.parseLong(args[++i].replace("_", ""));
                case "--warmup" -> warmup = Long.parseLong(args[++i].replace("_", ""));
                case CHILD -> child = true;
                default -> variants.add(args[i]);
            }
        }
        if (variants.isEmpty()) {
            variants.addAll(MatchCycle.VARIANTS);
        }
        if (child) {
            for (String variant : variants) {
                System.out.println(measure(variant, cycles, warmup));
            }
            return;
        }
        System.out.printf("Scenario 4: %,d timed match cycles per variant after %,d untimed (%d fills each), JDK %s%n",
                cycles, warmup, MatchCycle.FILLS, Runtime.version());
        System.out.println(Row.HEADER);
        for (String variant : variants) {
            int exit = fork(variant, cycles, warmup);
            if (exit != 0) {
                throw new IllegalStateException("variant " + variant + " exited with " + exit);
            }
        }
    }

    /** Runs one variant in this JVM; visible to the test, which runs a few cycles of each. */
    static Row measure(String variant, long cycles, long warmup) {
        try (MatchCycle cycle = MatchCycle.create(variant)) {
            double checksum = 0;
            for (long c = 0; c < warmup; c++) {
                checksum += cycle.run(c);
            }
            // Allocated up front and sized for any latency up to 10 s: recording never allocates.
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            long allocated = Allocation.currentThreadBytes();
            for (long c = 0; c < cycles; c++) {
                long start = System.nanoTime();
                double vwap = cycle.run(c);
                long end = System.nanoTime();
                histogram.recordValue(end - start);
                checksum += vwap;
            }
            long bytes = Allocation.currentThreadBytes() - allocated;
            return new Row(variant, histogram, gcCount() - gcCount, gcMillis() - gcMillis,
                    cycles == 0 ? 0 : (double) bytes / cycles, checksum);
        }
    }

    private static int fork(String variant, long cycles, long warmup) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (variant.endsWith("Unchecked")) {
            command.add(BenchFlags.STALE_CHECKS_OFF);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MatchCycleLatency.class.getName(),
                CHILD, "--cycles", Long.toString(cycles), "--warmup", Long.toString(warmup), variant));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** One variant's results. */
    record Row(String variant, Histogram histogram, long gcCount, long gcMillis, double bytesPerCycle,
            double checksum) {
        static final String HEADER = String.format("%-15s %8s %8s %8s %8s %10s %6s %8s %10s  %s",
                "variant", "p50 ns", "p90 ns", "p99 ns", "p99.9 ns", "max ns", "GCs", "GC ms", "B/cycle", "checksum");

        @Override
        public String toString() {
            return String.format("%-15s %8d %8d %8d %8d %10d %6d %8d %10.1f  %.6e", variant,
                    histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                    histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9),
                    histogram.getMaxValue(), gcCount, gcMillis, bytesPerCycle, checksum);
        }
    }
}
