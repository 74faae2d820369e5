package dev.arenastruct.bench;

import static dev.arenastruct.bench.ItchDecodeBench.U16;
import static dev.arenastruct.bench.ItchDecodeBench.U32;
import static dev.arenastruct.bench.ItchDecodeBench.U64;
import static dev.arenastruct.bench.ItchDecodeBench.fold;
import static dev.arenastruct.bench.ItchDecodeBench.stock;
import static dev.arenastruct.bench.ItchDecodeBench.timestamp;
import static dev.arenastruct.bench.ItchDecodeBench.u16;
import static dev.arenastruct.bench.ItchDecodeBench.u32;
import static dev.arenastruct.bench.ItchDecodeBench.u64;
import static dev.arenastruct.bench.ItchDecodeBench.unknown;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.ByteOrder.BIG_ENDIAN;

import dev.arenastruct.bench.sbe.itch.AddOrderDecoder;
import dev.arenastruct.bench.sbe.itch.OrderCancelDecoder;
import dev.arenastruct.bench.sbe.itch.OrderDeleteDecoder;
import dev.arenastruct.bench.sbe.itch.OrderExecutedDecoder;
import dev.arenastruct.bench.sbe.itch.OrderReplaceDecoder;
import dev.arenastruct.bench.sbe.itch.SystemEventDecoder;
import dev.arenastruct.bench.sbe.itch.TradeDecoder;
import dev.arenastruct.samples.ItchAddOrderFlyweight;
import dev.arenastruct.samples.ItchFrameFlyweight;
import dev.arenastruct.samples.ItchOrderCancelFlyweight;
import dev.arenastruct.samples.ItchOrderDeleteFlyweight;
import dev.arenastruct.samples.ItchOrderExecutedFlyweight;
import dev.arenastruct.samples.ItchOrderReplaceFlyweight;
import dev.arenastruct.samples.ItchSystemEventFlyweight;
import dev.arenastruct.samples.ItchTradeFlyweight;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 8 in a feed handler's shape: the same ITCH stream and checksum as {@link ItchDecodeBench},
 * but the loop reads only the length prefix and the type byte and hands each message to a method
 * of its type ({@code onAddOrder}, ...), which reads every field, header included. The handlers
 * are kept out of the loop ({@link CompilerControl.Mode#DONT_INLINE}), as a real handler's body
 * (an order book update) is too big to inline, so each is compiled with a budget of its own.
 *
 * <p>{@link ItchDecodeBench} is the other shape, all seven types read inside one loop: there every
 * variant's field reads together pass C2's {@code NodeCountInliningCutoff}, so its ratios rate
 * how many IR nodes a read costs more than how fast it runs once compiled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA})
public class ItchDecodeHandlersBench extends ItchStreamState {

    /**
     * Generated flyweights: the frame's length and type through one reused {@code ItchFrameFlyweight},
     * then the type's reused flyweight, {@code wrap(segment, offset)}, handed to its handler.
     */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBench.MESSAGES)
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
                case 'S' -> onSystemEvent(systemEvent.wrap(s, m));
                case 'A' -> onAddOrder(addOrder.wrap(s, m));
                case 'E' -> onOrderExecuted(orderExecuted.wrap(s, m));
                case 'X' -> onOrderCancel(orderCancel.wrap(s, m));
                case 'D' -> onOrderDelete(orderDelete.wrap(s, m));
                case 'U' -> onOrderReplace(orderReplace.wrap(s, m));
                case 'P' -> onTrade(trade.wrap(s, m));
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onSystemEvent(ItchSystemEventFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.eventCode().code(), 0, 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onAddOrder(ItchAddOrderFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                f.side().code(), f.shares(), f.stockAsLong(), f.price(), 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderExecuted(ItchOrderExecutedFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                f.executedShares(), f.matchNumber(), 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderCancel(ItchOrderCancelFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                f.cancelledShares(), 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderDelete(ItchOrderDeleteFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(), 0, 0,
                0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderReplace(ItchOrderReplaceFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.originalOrderReferenceNumber(),
                f.newOrderReferenceNumber(), f.shares(), f.price(), 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onTrade(ItchTradeFlyweight f) {
        return fold(f.messageType(), f.stockLocate(), f.trackingNumber(), f.timestamp(), f.orderReferenceNumber(),
                f.side().code(), f.shares(), f.stockAsLong(), f.price(), f.matchNumber());
    }

    /** Hand-written FFM, the baseline: the handlers take the segment and the message's offset. */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBench.MESSAGES)
    public long ffm() {
        MemorySegment s = stream;
        long size = s.byteSize();
        long sum = 0;
        for (long at = 0; at < size; ) {
            int length = Short.toUnsignedInt(s.get(U16, at));
            long m = at + 2;
            byte type = s.get(JAVA_BYTE, m);
            sum += switch (type) {
                case 'S' -> onSystemEvent(s, m);
                case 'A' -> onAddOrder(s, m);
                case 'E' -> onOrderExecuted(s, m);
                case 'X' -> onOrderCancel(s, m);
                case 'D' -> onOrderDelete(s, m);
                case 'U' -> onOrderReplace(s, m);
                case 'P' -> onTrade(s, m);
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    private static int locate(MemorySegment s, long m) {
        return Short.toUnsignedInt(s.get(U16, m + 1));
    }

    private static int tracking(MemorySegment s, long m) {
        return Short.toUnsignedInt(s.get(U16, m + 3));
    }

    private static long time(MemorySegment s, long m) {
        return (long) Short.toUnsignedInt(s.get(U16, m + 5)) << 32 | Integer.toUnsignedLong(s.get(U32, m + 7));
    }

    private static long uint(MemorySegment s, long at) {
        return Integer.toUnsignedLong(s.get(U32, at));
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onSystemEvent(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(JAVA_BYTE, m + 11), 0, 0, 0, 0,
                0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onAddOrder(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11),
                s.get(JAVA_BYTE, m + 19), uint(s, m + 20), s.get(U64, m + 24), uint(s, m + 32), 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderExecuted(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11), uint(s, m + 19),
                s.get(U64, m + 23), 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderCancel(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11), uint(s, m + 19),
                0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderDelete(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11), 0, 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderReplace(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11),
                s.get(U64, m + 19), uint(s, m + 27), uint(s, m + 31), 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onTrade(MemorySegment s, long m) {
        return fold(s.get(JAVA_BYTE, m), locate(s, m), tracking(s, m), time(s, m), s.get(U64, m + 11),
                s.get(JAVA_BYTE, m + 19), uint(s, m + 20), s.get(U64, m + 24), uint(s, m + 32), s.get(U64, m + 36));
    }

    /** {@code Unsafe} at raw addresses, the floor: the handlers take the message's address. */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBench.MESSAGES)
    public long unsafe() {
        long base = address;
        long end = base + stream.byteSize();
        long sum = 0;
        for (long at = base; at < end; ) {
            int length = Short.toUnsignedInt(u16(at));
            long m = at + 2;
            byte type = UnsafeAccess.getByte(m);
            sum += switch (type) {
                case 'S' -> onSystemEvent(m);
                case 'A' -> onAddOrder(m);
                case 'E' -> onOrderExecuted(m);
                case 'X' -> onOrderCancel(m);
                case 'D' -> onOrderDelete(m);
                case 'U' -> onOrderReplace(m);
                case 'P' -> onTrade(m);
                default -> throw unknown(type, at - base);
            };
            at = m + length;
        }
        return sum;
    }

    private static long time(long m) {
        return (long) Short.toUnsignedInt(u16(m + 5)) << 32 | Integer.toUnsignedLong(u32(m + 7));
    }

    private static long uint(long at) {
        return Integer.toUnsignedLong(u32(at));
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onSystemEvent(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                UnsafeAccess.getByte(m + 11), 0, 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onAddOrder(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), UnsafeAccess.getByte(m + 19), uint(m + 20), u64(m + 24), uint(m + 32), 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderExecuted(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), uint(m + 19), u64(m + 23), 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderCancel(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), uint(m + 19), 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderDelete(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), 0, 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderReplace(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), u64(m + 19), uint(m + 27), uint(m + 31), 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onTrade(long m) {
        return fold(UnsafeAccess.getByte(m), Short.toUnsignedInt(u16(m + 1)), Short.toUnsignedInt(u16(m + 3)), time(m),
                u64(m + 11), UnsafeAccess.getByte(m + 19), uint(m + 20), u64(m + 24), uint(m + 32), u64(m + 36));
    }

    /** SBE: the sbe-tool decoder of the message's type wrapped over an Agrona buffer, handed to its handler. */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBench.MESSAGES)
    public long sbe() {
        UnsafeBuffer b = buffer;
        int size = b.capacity();
        long sum = 0;
        for (int at = 0; at < size; ) {
            int length = Short.toUnsignedInt(b.getShort(at, BIG_ENDIAN));
            int m = at + 2;
            byte type = b.getByte(m);
            sum += switch (type) {
                case 'S' -> onSystemEvent(sbeSystemEvent.wrap(b, m, SystemEventDecoder.BLOCK_LENGTH,
                        SystemEventDecoder.SCHEMA_VERSION));
                case 'A' -> onAddOrder(sbeAddOrder.wrap(b, m, AddOrderDecoder.BLOCK_LENGTH, AddOrderDecoder.SCHEMA_VERSION));
                case 'E' -> onOrderExecuted(sbeOrderExecuted.wrap(b, m, OrderExecutedDecoder.BLOCK_LENGTH,
                        OrderExecutedDecoder.SCHEMA_VERSION));
                case 'X' -> onOrderCancel(sbeOrderCancel.wrap(b, m, OrderCancelDecoder.BLOCK_LENGTH,
                        OrderCancelDecoder.SCHEMA_VERSION));
                case 'D' -> onOrderDelete(sbeOrderDelete.wrap(b, m, OrderDeleteDecoder.BLOCK_LENGTH,
                        OrderDeleteDecoder.SCHEMA_VERSION));
                case 'U' -> onOrderReplace(sbeOrderReplace.wrap(b, m, OrderReplaceDecoder.BLOCK_LENGTH,
                        OrderReplaceDecoder.SCHEMA_VERSION));
                case 'P' -> onTrade(sbeTrade.wrap(b, m, TradeDecoder.BLOCK_LENGTH, TradeDecoder.SCHEMA_VERSION));
                default -> throw unknown(type, at);
            };
            at = m + length;
        }
        return sum;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onSystemEvent(SystemEventDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.eventCode().value(), 0,
                0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onAddOrder(AddOrderDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.orderReferenceNumber(),
                d.side().value(), d.shares(), stock(d), d.price(), 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderExecuted(OrderExecutedDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.orderReferenceNumber(),
                d.executedShares(), d.matchNumber(), 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderCancel(OrderCancelDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.orderReferenceNumber(),
                d.cancelledShares(), 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderDelete(OrderDeleteDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.orderReferenceNumber(),
                0, 0, 0, 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onOrderReplace(OrderReplaceDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()),
                d.originalOrderReferenceNumber(), d.newOrderReferenceNumber(), d.shares(), d.price(), 0, 0);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long onTrade(TradeDecoder d) {
        return fold(d.messageType(), d.stockLocate(), d.trackingNumber(), timestamp(d.timestamp()), d.orderReferenceNumber(),
                d.side().value(), d.shares(), stock(d), d.price(), d.matchNumber());
    }
}
