package dev.arenastruct.bench;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Enum and text fields over 1024 {@link Quote}s through one reused flyweight, one group per
 * field operation, each {@code flyweight} against its hand-written {@code ffm} floor: read every
 * side ({@link EnumRead}: the generated getter checks the ordinal, the floor does not), write every
 * symbol from a String ({@link TextWrite}: the floor is a byte loop that zero-pads, with no UTF-8,
 * length or NUL checks), compare every symbol with one ({@link TextEquals}: a byte compare); and
 * write a long text field that is mostly padding ({@link LongTextWrite}).
 */
public class TextEnumBench {
    static final int COUNT = 1024;
    private static final long SIDE = QuoteFlyweight.SIDE_OFFSET;
    private static final long SYMBOL = QuoteFlyweight.SYMBOL_OFFSET;
    private static final Quote.Side[] SIDES = Quote.Side.values();
    private static final String[] SYMBOLS = {"AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "TSLA", "META", "BRK.B"};

    /** The quotes, filled once per trial, and the reused flyweight. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2)
    public abstract static class Quotes {
        Arena arena;
        MemorySegment quotes;
        final QuoteFlyweight quote = new QuoteFlyweight();

        @Setup(Level.Trial)
        public void setUp() {
            arena = Arena.ofConfined();
            quotes = arena.allocate(QuoteFlyweight.BYTE_SIZE * COUNT, QuoteFlyweight.BYTE_ALIGNMENT);
            for (int i = 0; i < COUNT; i++) {
                quote.wrapElement(quotes, i).id(i).side(SIDES[i & 1]).symbol(SYMBOLS[i & 7]);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }
    }

    /** {@code side()} of every quote: the number of asks. */
    public static class EnumRead extends Quotes {
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int flyweight() {
            int asks = 0;
            for (int i = 0; i < COUNT; i++) {
                asks += quote.wrapElement(quotes, i).side().ordinal();
            }
            return asks;
        }

        /** {@link #flyweight} with the flyweight created in the method. */
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int flyweightLocal() {
            QuoteFlyweight quote = new QuoteFlyweight();
            int asks = 0;
            for (int i = 0; i < COUNT; i++) {
                asks += quote.wrapElement(quotes, i).side().ordinal();
            }
            return asks;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int ffm() {
            int asks = 0;
            for (int i = 0; i < COUNT; i++) {
                asks += SIDES[Byte.toUnsignedInt(quotes.get(JAVA_BYTE, i * QuoteFlyweight.BYTE_SIZE + SIDE))].ordinal();
            }
            return asks;
        }
    }

    /** {@code symbol(String)} on every quote. */
    public static class TextWrite extends Quotes {
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment flyweight() {
            for (int i = 0; i < COUNT; i++) {
                quote.wrapElement(quotes, i).symbol(SYMBOLS[i & 7]);
            }
            return quotes;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment ffm() {
            for (int i = 0; i < COUNT; i++) {
                long at = i * QuoteFlyweight.BYTE_SIZE + SYMBOL;
                String symbol = SYMBOLS[i & 7];
                int n = symbol.length();
                for (int k = 0; k < n; k++) {
                    quotes.set(JAVA_BYTE, at + k, (byte) symbol.charAt(k));
                }
                for (int k = n; k < QuoteFlyweight.SYMBOL_LENGTH; k++) {
                    quotes.set(JAVA_BYTE, at + k, (byte) 0);
                }
            }
            return quotes;
        }
    }

    /**
     * {@code text(String)} on every one of 1024 {@link Note}s: a 56-byte field given 2 to 32 bytes,
     * so most of the write is padding (the floor writes the chars in a byte loop and pads with
     * {@code MemorySegment.fill}, as hand-written code would).
     */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 2)
    public static class LongTextWrite {
        static final String[] TEXTS = {"ok", "filled", "partially filled", "cancelled by the user",
            "rejected: price outside the band", "expired", "rejected: unknown instrument", "halted"};
        private static final long TEXT = NoteFlyweight.TEXT_OFFSET;
        Arena arena;
        MemorySegment notes;
        final NoteFlyweight note = new NoteFlyweight();

        @Setup(Level.Trial)
        public void setUp() {
            arena = Arena.ofConfined();
            notes = arena.allocate(NoteFlyweight.BYTE_SIZE * COUNT, NoteFlyweight.BYTE_ALIGNMENT);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment flyweight() {
            for (int i = 0; i < COUNT; i++) {
                note.wrapElement(notes, i).text(TEXTS[i & 7]);
            }
            return notes;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public MemorySegment ffm() {
            for (int i = 0; i < COUNT; i++) {
                long at = i * NoteFlyweight.BYTE_SIZE + TEXT;
                String text = TEXTS[i & 7];
                int n = text.length();
                for (int k = 0; k < n; k++) {
                    notes.set(JAVA_BYTE, at + k, (byte) text.charAt(k));
                }
                notes.asSlice(at + n, NoteFlyweight.TEXT_LENGTH - n).fill((byte) 0);
            }
            return notes;
        }
    }

    /** {@code symbolEquals("NVDA")} on every quote: the number of matches. */
    public static class TextEquals extends Quotes {
        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int flyweight() {
            int matches = 0;
            for (int i = 0; i < COUNT; i++) {
                matches += quote.wrapElement(quotes, i).symbolEquals("NVDA") ? 1 : 0;
            }
            return matches;
        }

        @Benchmark
        @OperationsPerInvocation(COUNT)
        public int ffm() {
            int matches = 0;
            for (int i = 0; i < COUNT; i++) {
                matches += asciiEquals(quotes, i * QuoteFlyweight.BYTE_SIZE + SYMBOL, "NVDA") ? 1 : 0;
            }
            return matches;
        }

        private static boolean asciiEquals(MemorySegment s, long at, String value) {
            int n = value.length();
            for (int k = 0; k < n; k++) {
                if (s.get(JAVA_BYTE, at + k) != value.charAt(k)) {
                    return false;
                }
            }
            return n == QuoteFlyweight.SYMBOL_LENGTH || s.get(JAVA_BYTE, at + n) == 0;
        }
    }
}
