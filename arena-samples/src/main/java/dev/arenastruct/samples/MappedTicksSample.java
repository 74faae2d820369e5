package dev.arenastruct.samples;

import dev.arenastruct.MappedArena;
import dev.arenastruct.MappedArenaFormatException;
import dev.arenastruct.StructArray;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Market-data ticks from one JVM to another through a memory-mapped file ({@link MappedArena}).
 * The writer creates the file, allocates a {@link TickFeed} and then all its {@link Tick}s in one
 * array, and fills them one after the other, publishing each by a release write of its sequence
 * number. The reader, another process, maps the same file and follows: it acquires each tick's
 * sequence, waits until it is the one it expects, then trusts the rest of the tick and checks its
 * checksum. {@code check} reads what a writer left, for instance after it was killed.
 *
 * <pre>
 * writer FILE COUNT [--interval-micros U] [--await-reader] [--stall-after K]
 * reader FILE
 * check FILE
 * </pre>
 * {@code --interval-micros} paces the writer, {@code --await-reader} makes it wait until a reader
 * has mapped the file (through a counter in the file: the reader writes to the writer too), and
 * {@code --stall-after K} makes it publish K ticks, half-write the next one and wait to be killed.
 * The reader reports the latency from the writer's {@code System.nanoTime()} in a tick to its own
 * when it acquires the tick: one monotonic clock for every process on the machine.
 */
public final class MappedTicksSample {
    /** Where the ticks start in the data area: right after the {@code TickFeed} at offset 0. */
    static final long TICKS_OFFSET = TickFeedFlyweight.BYTE_SIZE;

    private MappedTicksSample() {
    }

    /** Runs one side; a file that is not a tick feed prints the reason and exits with status 1. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || !args[0].matches("writer|reader|check") || (args[0].equals("writer") && args.length < 3)) {
            System.err.println("usage: writer FILE COUNT [--interval-micros U] [--await-reader] [--stall-after K]"
                    + " | reader FILE | check FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "writer" -> write(file, Long.parseLong(args[2]), Options.parse(args), System.out);
                case "reader" -> read(file, System.out);
                default -> System.out.println("check: " + check(file));
            }
        } catch (MappedArenaFormatException | IllegalArgumentException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(1);
        } catch (NoSuchFileException e) { // check of a file that is not there
            System.err.println(args[0] + ": " + file + ": no such file");
            System.exit(1);
        }
    }

    /** The writer's options after {@code writer FILE COUNT}; -1 for no stall. */
    record Options(long intervalNanos, boolean awaitReader, long stallAfter) {
        static final Options NONE = new Options(0, false, -1);

        static Options parse(String[] args) {
            Options options = NONE;
            for (int i = 3; i < args.length; i++) {
                options = switch (args[i]) {
                    case "--interval-micros" -> new Options(Long.parseLong(args[++i]) * 1000, options.awaitReader,
                            options.stallAfter);
                    case "--await-reader" -> new Options(options.intervalNanos, true, options.stallAfter);
                    case "--stall-after" -> new Options(options.intervalNanos, options.awaitReader,
                            Long.parseLong(args[++i]));
                    default -> throw new IllegalArgumentException("unknown writer option " + args[i]);
                };
            }
            return options;
        }
    }

    /** Creates {@code file} with room for {@code count} ticks and publishes them one by one. */
    static void write(Path file, long count, Options options, PrintStream out) throws IOException,
            InterruptedException {
        if (count < 1 || count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("count must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + count);
        }
        long capacity = TICKS_OFFSET + count * TickFlyweight.BYTE_SIZE;
        try (MappedArena arena = MappedArena.create(file, capacity)) {
            TickFeedFlyweight feed = TickFeedFlyweight.allocate(arena);
            StructArray<TickFlyweight> ticks = TickFlyweight.allocateStructs(arena, count);
            if (ticks.segment().address() - arena.segment().address() != TICKS_OFFSET) {
                throw new IllegalStateException("the ticks are not where readers look for them: " + ticks);
            }
            feed.tickBytes((int) TickFlyweight.BYTE_SIZE).tickCountRelease(count);
            out.println("writer: created " + file + " for " + count + " ticks (" + capacity + " bytes after the header)");
            while (options.awaitReader() && feed.readersAcquire() == 0) {
                Thread.sleep(1); // the reader JVM is starting: no hurry, and the core is better left to it
            }
            TickFlyweight tick = new TickFlyweight();
            long priceSum = 0;
            long next = System.nanoTime();
            for (long sequence = 1; sequence <= count; sequence++) {
                tick.wrapElement(ticks, sequence - 1);
                if (sequence - 1 == options.stallAfter()) {
                    stall(tick, sequence, out);
                }
                next += options.intervalNanos();
                while (System.nanoTime() < next) {
                    Thread.onSpinWait(); // a paced feed: a tick every interval, without a sleep's jitter
                }
                long price = price(sequence);
                int quantity = quantity(sequence);
                long now = System.nanoTime();
                tick.timestampNanos(now).price(price).quantity(quantity).checksum(checksum(sequence, now, price, quantity));
                tick.sequenceRelease(sequence); // last: a reader that sees it sees every field above
                priceSum += price;
            }
            out.println("writer: published " + count + " ticks, last sequence " + count + ", sum of prices " + priceSum);
        }
    }

    /** Half-writes the tick with {@code sequence} (fields, no publication) and waits to be killed. */
    private static void stall(TickFlyweight tick, long sequence, PrintStream out) throws InterruptedException {
        tick.price(price(sequence)).quantity(quantity(sequence));
        out.println("writer: published " + (sequence - 1) + " ticks; tick " + sequence
                + " is half-written; waiting to be killed");
        out.flush();
        while (true) {
            Thread.sleep(1000);
        }
    }

    /**
     * Follows the ticks in {@code file} as a writer publishes them, until the last, and prints a
     * summary. Waits for the file to appear, so the two sides can be started in either order (the
     * writer renames a complete file into place: there is no half-created file to misread).
     */
    static void read(Path file, PrintStream out) throws IOException, InterruptedException {
        while (Files.notExists(file)) {
            Thread.sleep(10);
        }
        try (MappedArena arena = MappedArena.open(file)) {
            long count = tickCount(arena, true);
            new TickFeedFlyweight().wrap(arena.segment(), 0).getAndAddReaders(1);
            out.println("reader: following " + file + " for " + count + " ticks");
            MemorySegment ticks = arena.segment().asSlice(TICKS_OFFSET, count * TickFlyweight.BYTE_SIZE);
            TickFlyweight tick = new TickFlyweight();
            long[] latencies = new long[(int) count];
            long priceSum = 0;
            long bad = 0;
            for (int i = 0; i < count; i++) {
                tick.wrapElement(ticks, i);
                while (tick.sequenceAcquire() != i + 1) {
                    Thread.onSpinWait();
                }
                latencies[i] = System.nanoTime() - tick.timestampNanos();
                bad += intact(tick) ? 0 : 1;
                priceSum += tick.price();
            }
            out.println("reader: received " + count + " ticks, last sequence " + count + ", sum of prices " + priceSum
                    + ", " + (bad == 0 ? "checksums ok" : bad + " bad checksums"));
            // The second half only: the first ticks measure both JVMs' warm-up (interpreter, JIT compiles).
            long[] measured = Arrays.copyOfRange(latencies, (int) count / 2, (int) count);
            Arrays.sort(measured);
            int n = measured.length;
            out.println("reader: writer-to-reader latency over the last " + n + " ticks: p50=" + measured[n / 2]
                    + " ns p99=" + measured[(int) Math.min(n - 1, n * 99L / 100)] + " ns max=" + measured[n - 1] + " ns");
        }
    }

    /** What a reader can trust in {@code file} now, without waiting: the ticks published so far, in order. */
    static Summary check(Path file) throws IOException {
        try (MappedArena arena = MappedArena.open(file)) {
            long count = tickCount(arena, false);
            MemorySegment ticks = arena.segment().asSlice(TICKS_OFFSET, count * TickFlyweight.BYTE_SIZE);
            TickFlyweight tick = new TickFlyweight();
            long published = 0;
            long priceSum = 0;
            long bad = 0;
            while (published < count && tick.wrapElement(ticks, published).sequenceAcquire() == published + 1) {
                bad += intact(tick) ? 0 : 1;
                priceSum += tick.price();
                published++;
            }
            boolean halfWritten = published < count // the loop left the flyweight on the first unpublished tick
                    && (tick.price() != 0 || tick.quantity() != 0 || tick.checksum() != 0);
            return new Summary(count, published, priceSum, bad, halfWritten);
        }
    }

    /**
     * What {@link #check} found: {@code published} ticks in sequence, their price sum and how many
     * failed their checksum, and whether the tick after them holds fields without a sequence.
     */
    record Summary(long capacity, long published, long priceSum, long badChecksums, boolean nextHalfWritten) {
        @Override
        public String toString() {
            return published + " of " + capacity + " ticks published, sum of prices " + priceSum + ", "
                    + (badChecksums == 0 ? "checksums ok" : badChecksums + " bad checksums")
                    + (nextHalfWritten ? "; tick " + (published + 1) + " is half-written and unpublished: ignored" : "");
        }
    }

    /** The feed's tick count, waiting for the writer to publish it if {@code wait}. */
    private static long tickCount(MappedArena arena, boolean wait) {
        TickFeedFlyweight feed = new TickFeedFlyweight().wrap(arena.segment(), 0);
        long count = feed.tickCountAcquire();
        while (wait && count == 0) {
            Thread.onSpinWait();
            count = feed.tickCountAcquire();
        }
        if (count == 0) {
            return 0; // the writer died before it published the feed: nothing to trust
        }
        if (feed.tickBytes() != TickFlyweight.BYTE_SIZE
                || TICKS_OFFSET + count * TickFlyweight.BYTE_SIZE > arena.capacity() || count < 0) {
            throw new IllegalArgumentException(arena.file() + " is not a tick feed of this reader's ticks: tickBytes="
                    + feed.tickBytes() + " tickCount=" + count + " capacity=" + arena.capacity() + " (expected tickBytes="
                    + TickFlyweight.BYTE_SIZE + " and ticks that fit the capacity)");
        }
        return count;
    }

    private static boolean intact(TickFlyweight tick) {
        return tick.checksum() == checksum(tick.sequence(), tick.timestampNanos(), tick.price(), tick.quantity());
    }

    /** The price of tick {@code sequence}: deterministic, so a test can sum what should arrive. */
    static long price(long sequence) {
        return 10_000 + sequence * 7919 % 1000;
    }

    /** The quantity of tick {@code sequence}. */
    static int quantity(long sequence) {
        return 1 + (int) (sequence % 100);
    }

    /** Mixes every field, so a tick with one field from another write fails the comparison. */
    static long checksum(long sequence, long timestampNanos, long price, int quantity) {
        long h = sequence * 0x9E3779B97F4A7C15L;
        h = (h ^ timestampNanos) * 0xBF58476D1CE4E5B9L;
        h = (h ^ price) * 0x94D049BB133111EBL;
        h ^= quantity;
        return h ^ (h >>> 31);
    }
}
