package dev.arenastruct.bench;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.nio.ByteOrder.BIG_ENDIAN;

import dev.arenastruct.bench.sbe.itch.AddOrderDecoder;
import dev.arenastruct.bench.sbe.itch.OrderCancelDecoder;
import dev.arenastruct.bench.sbe.itch.OrderDeleteDecoder;
import dev.arenastruct.bench.sbe.itch.OrderExecutedDecoder;
import dev.arenastruct.bench.sbe.itch.OrderReplaceDecoder;
import dev.arenastruct.bench.sbe.itch.SystemEventDecoder;
import dev.arenastruct.bench.sbe.itch.TimestampDecoder;
import dev.arenastruct.bench.sbe.itch.TradeDecoder;
import dev.arenastruct.samples.ItchAddOrderFlyweight;
import dev.arenastruct.samples.ItchFrameFlyweight;
import dev.arenastruct.samples.ItchHeaderFlyweight;
import dev.arenastruct.samples.ItchOrderCancelFlyweight;
import dev.arenastruct.samples.ItchOrderDeleteFlyweight;
import dev.arenastruct.samples.ItchOrderExecutedFlyweight;
import dev.arenastruct.samples.ItchOrderReplaceFlyweight;
import dev.arenastruct.samples.ItchSystemEventFlyweight;
import dev.arenastruct.samples.ItchTradeFlyweight;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 8, a wire format: a NASDAQ TotalView-ITCH 5.0 stream of {@link #MESSAGES} messages
 * (the samples' {@link ItchGenerator}, seed {@link #SEED}; length-prefixed, packed, big-endian,
 * 6-byte timestamps; declared for the generated code as the samples' {@code ItchAddOrder} and its
 * siblings, {@code @ArenaStruct(packed = true, endian = Endian.BIG)}) in a plain {@code Arena.ofConfined()} segment, as a feed handler finds it in
 * its receive buffer. Each method walks the whole stream by its length prefixes, switches on the
 * type byte, reads every field of every message and folds them into a checksum (see
 * {@link #fold}); all return the same checksum (the unit test checks it against the generator's
 * own values). The score is per message: 10^9 / score is messages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class ItchDecodeBench extends ItchStreamState {
    /** Messages in the stream (about 3.2 MB). */
    public static final int MESSAGES = 100_000;

    /** The generator's seed. */
    public static final long SEED = 14;

    static final ValueLayout.OfShort U16 = JAVA_SHORT_UNALIGNED.withOrder(BIG_ENDIAN);
    static final ValueLayout.OfInt U32 = JAVA_INT_UNALIGNED.withOrder(BIG_ENDIAN);
    static final ValueLayout.OfLong U64 = JAVA_LONG_UNALIGNED.withOrder(BIG_ENDIAN);
    private static final boolean NATIVE_BIG_ENDIAN = ByteOrder.nativeOrder() == BIG_ENDIAN;

    /**
     * One message's share of the checksum: the header fields and up to six more, in wire order,
     * each times its own odd constant, so that a field read from the wrong offset or swapped with
     * another changes the sum. Side and event codes count as their ASCII byte, the stock as its
     * 8 bytes in one big-endian {@code long}; absent fields are 0.
     */
    static long fold(byte type, int locate, int tracking, long timestamp, long f1, long f2, long f3, long f4, long f5,
            long f6) {
        return type + 3L * locate + 5L * tracking + 7 * timestamp + 11 * f1 + 13 * f2 + 17 * f3 + 19 * f4 + 23 * f5
                + 29 * f6;
    }

    /**
     * Generated wire-format flyweights: the frame's length and type through one reused
     * {@code ItchFrameFlyweight}, then one reused flyweight per message type, {@code wrap(segment,
     * offset)} per message and its getters (unsigned, big-endian, the 6-byte timestamp and the coded
     * side generated); the stock through {@code stockAsLong()}, one 8-byte read as {@link #ffm} does.
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long flyweight() {
        MemorySegment s = stream;
        long size = s.byteSize();
        ItchFrameFlyweight frame = this.frame;
        long sum = 0;
        for (long at = 0; at < size; ) {
            frame.wrap(s, at);
            int length = frame.messageLength();
            byte type = frame.messageType();
            long m = at + 2;
            sum += switch (type) {
                case 'S' -> {
                    ItchSystemEventFlyweight f = systemEvent.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.eventCode().code(), 0,
                            0, 0, 0, 0);
                }
                case 'A' -> {
                    ItchAddOrderFlyweight f = addOrder.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                            f.side().code(), f.shares(), f.stockAsLong(), f.price(), 0);
                }
                case 'E' -> {
                    ItchOrderExecutedFlyweight f = orderExecuted.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                            f.executedShares(), f.matchNumber(), 0, 0, 0);
                }
                case 'X' -> {
                    ItchOrderCancelFlyweight f = orderCancel.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                            f.cancelledShares(), 0, 0, 0, 0);
                }
                case 'D' -> {
                    ItchOrderDeleteFlyweight f = orderDelete.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                            0, 0, 0, 0, 0);
                }
                case 'U' -> {
                    ItchOrderReplaceFlyweight f = orderReplace.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(),
                            f.originalOrderReferenceNumber(), f.newOrderReferenceNumber(), f.shares(), f.price(), 0, 0);
                }
                case 'P' -> {
                    ItchTradeFlyweight f = trade.wrap(s, m);
                    yield fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                            f.side().code(), f.shares(), f.stockAsLong(), f.price(), f.matchNumber());
                }
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    /**
     * Generated wire-format flyweights in the shape of the hand-written decoder: the length prefix
     * and the shared header through one reused {@code ItchHeaderFlyweight}, read once per message,
     * then only the message's own fields through the flyweight of its type. {@link #flyweight}
     * reads the header through each type's flyweight instead: seven times the getter calls in one
     * loop, past C2's NodeCountInliningCutoff, so five types' getters stay calls (see the README).
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long flyweightHeader() {
        MemorySegment s = stream;
        long size = s.byteSize();
        ItchHeaderFlyweight h = this.header;
        long sum = 0;
        for (long at = 0; at < size; ) {
            h.wrap(s, at);
            int length = h.messageLength();
            byte type = h.messageType();
            int locate = h.stockLocate();
            int tracking = h.trackingNumber();
            long timestamp = h.timestamp();
            long m = at + 2;
            sum += switch (type) {
                case 'S' -> fold(type, locate, tracking, timestamp, systemEvent.wrap(s, m).eventCode().code(), 0, 0, 0, 0, 0);
                case 'A' -> {
                    ItchAddOrderFlyweight f = addOrder.wrap(s, m);
                    yield fold(type, locate, tracking, timestamp, f.orderReferenceNumber(), f.side().code(), f.shares(),
                            f.stockAsLong(), f.price(), 0);
                }
                case 'E' -> {
                    ItchOrderExecutedFlyweight f = orderExecuted.wrap(s, m);
                    yield fold(type, locate, tracking, timestamp, f.orderReferenceNumber(), f.executedShares(),
                            f.matchNumber(), 0, 0, 0);
                }
                case 'X' -> {
                    ItchOrderCancelFlyweight f = orderCancel.wrap(s, m);
                    yield fold(type, locate, tracking, timestamp, f.orderReferenceNumber(), f.cancelledShares(), 0, 0, 0, 0);
                }
                case 'D' -> fold(type, locate, tracking, timestamp, orderDelete.wrap(s, m).orderReferenceNumber(), 0, 0, 0, 0, 0);
                case 'U' -> {
                    ItchOrderReplaceFlyweight f = orderReplace.wrap(s, m);
                    yield fold(type, locate, tracking, timestamp, f.originalOrderReferenceNumber(),
                            f.newOrderReferenceNumber(), f.shares(), f.price(), 0, 0);
                }
                case 'P' -> {
                    ItchTradeFlyweight f = trade.wrap(s, m);
                    yield fold(type, locate, tracking, timestamp, f.orderReferenceNumber(), f.side().code(), f.shares(),
                            f.stockAsLong(), f.price(), f.matchNumber());
                }
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    /**
     * The generated static accessors ({@code ItchAddOrderFlyweight.price(segment, offset)}): the
     * same reads without flyweights, so without a per-access liveness check or flyweight state;
     * the shape of {@link #flyweightHeader}.
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long flyweightStatic() {
        MemorySegment s = stream;
        long size = s.byteSize();
        long sum = 0;
        for (long at = 0; at < size; ) {
            int length = ItchHeaderFlyweight.messageLength(s, at);
            byte type = ItchHeaderFlyweight.messageType(s, at);
            int locate = ItchHeaderFlyweight.stockLocate(s, at);
            int tracking = ItchHeaderFlyweight.trackingNumber(s, at);
            long timestamp = ItchHeaderFlyweight.timestamp(s, at);
            long m = at + 2;
            sum += switch (type) {
                case 'S' -> fold(type, locate, tracking, timestamp, ItchSystemEventFlyweight.eventCode(s, m).code(), 0, 0, 0,
                        0, 0);
                case 'A' -> fold(type, locate, tracking, timestamp, ItchAddOrderFlyweight.orderReferenceNumber(s, m),
                        ItchAddOrderFlyweight.side(s, m).code(), ItchAddOrderFlyweight.shares(s, m),
                        ItchAddOrderFlyweight.stockAsLong(s, m), ItchAddOrderFlyweight.price(s, m), 0);
                case 'E' -> fold(type, locate, tracking, timestamp, ItchOrderExecutedFlyweight.orderReferenceNumber(s, m),
                        ItchOrderExecutedFlyweight.executedShares(s, m), ItchOrderExecutedFlyweight.matchNumber(s, m), 0, 0,
                        0);
                case 'X' -> fold(type, locate, tracking, timestamp, ItchOrderCancelFlyweight.orderReferenceNumber(s, m),
                        ItchOrderCancelFlyweight.cancelledShares(s, m), 0, 0, 0, 0);
                case 'D' -> fold(type, locate, tracking, timestamp, ItchOrderDeleteFlyweight.orderReferenceNumber(s, m), 0, 0,
                        0, 0, 0);
                case 'U' -> fold(type, locate, tracking, timestamp,
                        ItchOrderReplaceFlyweight.originalOrderReferenceNumber(s, m),
                        ItchOrderReplaceFlyweight.newOrderReferenceNumber(s, m), ItchOrderReplaceFlyweight.shares(s, m),
                        ItchOrderReplaceFlyweight.price(s, m), 0, 0);
                case 'P' -> fold(type, locate, tracking, timestamp, ItchTradeFlyweight.orderReferenceNumber(s, m),
                        ItchTradeFlyweight.side(s, m).code(), ItchTradeFlyweight.shares(s, m),
                        ItchTradeFlyweight.stockAsLong(s, m), ItchTradeFlyweight.price(s, m),
                        ItchTradeFlyweight.matchNumber(s, m));
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    /** Hand-written FFM: big-endian unaligned {@code ValueLayout}s at the specification's offsets. The baseline. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long ffm() {
        MemorySegment s = stream;
        long size = s.byteSize();
        long sum = 0;
        for (long at = 0; at < size; ) {
            int length = Short.toUnsignedInt(s.get(U16, at));
            long m = at + 2;
            byte type = s.get(JAVA_BYTE, m);
            int locate = Short.toUnsignedInt(s.get(U16, m + 1));
            int tracking = Short.toUnsignedInt(s.get(U16, m + 3));
            long timestamp = (long) Short.toUnsignedInt(s.get(U16, m + 5)) << 32 | Integer.toUnsignedLong(s.get(U32, m + 7));
            sum += switch (type) {
                case 'S' -> fold(type, locate, tracking, timestamp, s.get(JAVA_BYTE, m + 11), 0, 0, 0, 0, 0);
                case 'A' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11), s.get(JAVA_BYTE, m + 19),
                        Integer.toUnsignedLong(s.get(U32, m + 20)), s.get(U64, m + 24),
                        Integer.toUnsignedLong(s.get(U32, m + 32)), 0);
                case 'E' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11),
                        Integer.toUnsignedLong(s.get(U32, m + 19)), s.get(U64, m + 23), 0, 0, 0);
                case 'X' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11),
                        Integer.toUnsignedLong(s.get(U32, m + 19)), 0, 0, 0, 0);
                case 'D' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11), 0, 0, 0, 0, 0);
                case 'U' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11), s.get(U64, m + 19),
                        Integer.toUnsignedLong(s.get(U32, m + 27)), Integer.toUnsignedLong(s.get(U32, m + 31)), 0, 0);
                case 'P' -> fold(type, locate, tracking, timestamp, s.get(U64, m + 11), s.get(JAVA_BYTE, m + 19),
                        Integer.toUnsignedLong(s.get(U32, m + 20)), s.get(U64, m + 24),
                        Integer.toUnsignedLong(s.get(U32, m + 32)), s.get(U64, m + 36));
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses, bytes swapped to big-endian: no bounds checks. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long unsafe() {
        long base = address;
        long end = base + stream.byteSize();
        long sum = 0;
        for (long at = base; at < end; ) {
            int length = Short.toUnsignedInt(u16(at));
            long m = at + 2;
            byte type = UnsafeAccess.getByte(m);
            int locate = Short.toUnsignedInt(u16(m + 1));
            int tracking = Short.toUnsignedInt(u16(m + 3));
            long timestamp = (long) Short.toUnsignedInt(u16(m + 5)) << 32 | Integer.toUnsignedLong(u32(m + 7));
            sum += switch (type) {
                case 'S' -> fold(type, locate, tracking, timestamp, UnsafeAccess.getByte(m + 11), 0, 0, 0, 0, 0);
                case 'A' -> fold(type, locate, tracking, timestamp, u64(m + 11), UnsafeAccess.getByte(m + 19),
                        Integer.toUnsignedLong(u32(m + 20)), u64(m + 24), Integer.toUnsignedLong(u32(m + 32)), 0);
                case 'E' -> fold(type, locate, tracking, timestamp, u64(m + 11), Integer.toUnsignedLong(u32(m + 19)),
                        u64(m + 23), 0, 0, 0);
                case 'X' -> fold(type, locate, tracking, timestamp, u64(m + 11), Integer.toUnsignedLong(u32(m + 19)), 0, 0,
                        0, 0);
                case 'D' -> fold(type, locate, tracking, timestamp, u64(m + 11), 0, 0, 0, 0, 0);
                case 'U' -> fold(type, locate, tracking, timestamp, u64(m + 11), u64(m + 19),
                        Integer.toUnsignedLong(u32(m + 27)), Integer.toUnsignedLong(u32(m + 31)), 0, 0);
                case 'P' -> fold(type, locate, tracking, timestamp, u64(m + 11), UnsafeAccess.getByte(m + 19),
                        Integer.toUnsignedLong(u32(m + 20)), u64(m + 24), Integer.toUnsignedLong(u32(m + 32)), u64(m + 36));
                default -> throw unknown(type, at - base);
            };
            at = m + length;
        }
        return sum;
    }

    /**
     * SBE: the sbe-tool decoder of the message's type wrapped at each message (body only, no SBE
     * header) over an Agrona buffer on the same memory; the type byte read from the buffer first.
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long sbe() {
        UnsafeBuffer b = buffer;
        int size = b.capacity();
        long sum = 0;
        for (int at = 0; at < size; ) {
            int length = Short.toUnsignedInt(b.getShort(at, BIG_ENDIAN));
            int m = at + 2;
            byte type = b.getByte(m);
            sum += switch (type) {
                case 'S' -> {
                    SystemEventDecoder d = sbeSystemEvent.wrap(b, m, SystemEventDecoder.BLOCK_LENGTH,
                            SystemEventDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.eventCode().value(), 0, 0, 0, 0, 0);
                }
                case 'A' -> {
                    AddOrderDecoder d = sbeAddOrder.wrap(b, m, AddOrderDecoder.BLOCK_LENGTH, AddOrderDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.orderReferenceNumber(), d.side().value(), d.shares(), stock(d), d.price(), 0);
                }
                case 'E' -> {
                    OrderExecutedDecoder d = sbeOrderExecuted.wrap(b, m, OrderExecutedDecoder.BLOCK_LENGTH,
                            OrderExecutedDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.orderReferenceNumber(), d.executedShares(), d.matchNumber(), 0, 0, 0);
                }
                case 'X' -> {
                    OrderCancelDecoder d = sbeOrderCancel.wrap(b, m, OrderCancelDecoder.BLOCK_LENGTH,
                            OrderCancelDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.orderReferenceNumber(), d.cancelledShares(), 0, 0, 0, 0);
                }
                case 'D' -> {
                    OrderDeleteDecoder d = sbeOrderDelete.wrap(b, m, OrderDeleteDecoder.BLOCK_LENGTH,
                            OrderDeleteDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.orderReferenceNumber(), 0, 0, 0, 0, 0);
                }
                case 'U' -> {
                    OrderReplaceDecoder d = sbeOrderReplace.wrap(b, m, OrderReplaceDecoder.BLOCK_LENGTH,
                            OrderReplaceDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.originalOrderReferenceNumber(), d.newOrderReferenceNumber(), d.shares(), d.price(), 0, 0);
                }
                case 'P' -> {
                    TradeDecoder d = sbeTrade.wrap(b, m, TradeDecoder.BLOCK_LENGTH, TradeDecoder.SCHEMA_VERSION);
                    yield fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                            d.orderReferenceNumber(), d.side().value(), d.shares(), stock(d), d.price(), d.matchNumber());
                }
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    // The stock's 8 chars as one big-endian long, through the per-char accessor. In a method of
    // its own: a loop inside the switch expression (with the sum on the operand stack) cannot be
    // compiled on stack replacement, and each invocation is one long loop that only OSR compiles.
    static long stock(AddOrderDecoder d) {
        long stock = 0;
        for (int i = 0; i < AddOrderDecoder.stockLength(); i++) {
            stock = stock << 8 | (d.stock(i) & 0xff);
        }
        return stock;
    }

    static long stock(TradeDecoder d) {
        long stock = 0;
        for (int i = 0; i < TradeDecoder.stockLength(); i++) {
            stock = stock << 8 | (d.stock(i) & 0xff);
        }
        return stock;
    }

    static long timestamp(TimestampDecoder t) {
        return (long) t.high() << 32 | t.low();
    }

    static short u16(long address) {
        short v = UnsafeAccess.getShort(address);
        return NATIVE_BIG_ENDIAN ? v : Short.reverseBytes(v);
    }

    static int u32(long address) {
        int v = UnsafeAccess.getInt(address);
        return NATIVE_BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    static long u64(long address) {
        long v = UnsafeAccess.getLong(address);
        return NATIVE_BIG_ENDIAN ? v : Long.reverseBytes(v);
    }

    static IllegalStateException unknown(byte type, long offset) {
        return new IllegalStateException("message type " + type + " at offset " + offset + " is none of S A E X D U P");
    }
}
