package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.TRADE_ID;
import static dev.arenastruct.bench.CLayout.TRADE_PRICE;
import static dev.arenastruct.bench.CLayout.TRADE_QUANTITY;
import static dev.arenastruct.bench.CLayout.TRADE_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.bench.sbe.TradeEventDecoder;
import java.lang.foreign.Arena;
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
 * Shape (c), decoding memory written by other code: {@link #RECORDS} {@link TradeEvent}s that
 * hand-written FFM wrote into a plain {@code Arena.ofConfined()} segment (no {@code BumpArena}, no
 * generated code), as a network buffer or a native library would leave them. Each method decodes
 * every record and sums {@code price * quantity + id}, reading all three fields; all return the
 * same sum (the unit test checks it). The score is per record.
 *
 * <p>The generated instance style must go through {@code wrap(segment, offset)} here, which checks
 * the record's bounds on every record; that per-record check, and re-pointing a flyweight held in a
 * field (a reference store per record, whose G1 barrier keeps C2 from unrolling the loop unless C2
 * moves the store out of it), are what this shape measures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class DecodeWrapBench {
    /** Records in the segment (192 KB). */
    public static final int RECORDS = 8192;

    private final TradeEventFlyweight flyweight = new TradeEventFlyweight();
    private final TradeEventDecoder decoder = new TradeEventDecoder();
    private Arena memory;
    private MemorySegment records;
    private long address;
    private UnsafeBuffer buffer;

    /** "Other code" writes the records: plain FFM stores at the C offsets into a confined FFM arena. */
    @Setup
    public void setUp() {
        Inputs.Trades in = Inputs.Trades.generate(RECORDS);
        memory = Arena.ofConfined();
        records = memory.allocate(RECORDS * TRADE_SIZE, CLayout.ALIGNMENT);
        for (int i = 0; i < RECORDS; i++) {
            long at = i * TRADE_SIZE;
            records.set(JAVA_LONG, at + TRADE_ID, in.ids()[i]);
            records.set(JAVA_DOUBLE, at + TRADE_PRICE, in.prices()[i]);
            records.set(JAVA_INT, at + TRADE_QUANTITY, in.quantities()[i]);
        }
        address = records.address();
        buffer = new UnsafeBuffer(address, Math.toIntExact(records.byteSize()));
    }

    /** Frees the segment. */
    @TearDown
    public void tearDown() {
        memory.close();
    }

    /** Generated, instance style: one reused flyweight, {@code wrap(segment, offset)} per record, getters. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double flyweight() {
        TradeEventFlyweight t = flyweight;
        MemorySegment records = this.records;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            t.wrap(records, i * TradeEventFlyweight.BYTE_SIZE);
            sum += t.price() * t.quantity() + t.id();
        }
        return sum;
    }

    /** {@link #flyweight} with the flyweight created in the method, as a parser's loop would. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double flyweightLocal() {
        TradeEventFlyweight t = new TradeEventFlyweight();
        MemorySegment records = this.records;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            t.wrap(records, i * TradeEventFlyweight.BYTE_SIZE);
            sum += t.price() * t.quantity() + t.id();
        }
        return sum;
    }

    /** Generated, static style: {@code TradeEventFlyweight.price(segment, offset)}, no flyweight. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double flyweightStatic() {
        MemorySegment records = this.records;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            long at = i * TradeEventFlyweight.BYTE_SIZE;
            sum += TradeEventFlyweight.price(records, at) * TradeEventFlyweight.quantity(records, at)
                    + TradeEventFlyweight.id(records, at);
        }
        return sum;
    }

    /** Hand-written FFM at the C offsets: the baseline. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double ffm() {
        MemorySegment records = this.records;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            long at = i * TRADE_SIZE;
            sum += records.get(JAVA_DOUBLE, at + TRADE_PRICE) * records.get(JAVA_INT, at + TRADE_QUANTITY)
                    + records.get(JAVA_LONG, at + TRADE_ID);
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses: no bounds checks. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double unsafe() {
        long base = address;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            long at = base + i * TRADE_SIZE;
            sum += UnsafeAccess.getDouble(at + TRADE_PRICE) * UnsafeAccess.getInt(at + TRADE_QUANTITY)
                    + UnsafeAccess.getLong(at + TRADE_ID);
        }
        return sum;
    }

    /** SBE: the sbe-tool decoder wrapped at each record (body only) over an Agrona buffer on the same memory. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public double sbe() {
        UnsafeBuffer buffer = this.buffer;
        TradeEventDecoder d = decoder;
        double sum = 0;
        for (int i = 0; i < RECORDS; i++) {
            d.wrap(buffer, i * TradeEventDecoder.BLOCK_LENGTH, TradeEventDecoder.BLOCK_LENGTH, TradeEventDecoder.SCHEMA_VERSION);
            sum += d.price() * d.quantity() + d.id();
        }
        return sum;
    }
}
