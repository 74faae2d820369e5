package dev.arenastruct.bench;

import dev.arenastruct.bench.sbe.itch.AddOrderDecoder;
import dev.arenastruct.bench.sbe.itch.OrderCancelDecoder;
import dev.arenastruct.bench.sbe.itch.OrderDeleteDecoder;
import dev.arenastruct.bench.sbe.itch.OrderExecutedDecoder;
import dev.arenastruct.bench.sbe.itch.OrderReplaceDecoder;
import dev.arenastruct.bench.sbe.itch.SystemEventDecoder;
import dev.arenastruct.bench.sbe.itch.TradeDecoder;
import dev.arenastruct.samples.ItchAddOrderFlyweight;
import dev.arenastruct.samples.ItchFrameFlyweight;
import dev.arenastruct.samples.ItchGenerator;
import dev.arenastruct.samples.ItchHeaderFlyweight;
import dev.arenastruct.samples.ItchOrderCancelFlyweight;
import dev.arenastruct.samples.ItchOrderDeleteFlyweight;
import dev.arenastruct.samples.ItchOrderExecutedFlyweight;
import dev.arenastruct.samples.ItchOrderReplaceFlyweight;
import dev.arenastruct.samples.ItchStream;
import dev.arenastruct.samples.ItchSystemEventFlyweight;
import dev.arenastruct.samples.ItchTradeFlyweight;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the two ITCH benchmarks share: the stream of {@link ItchDecodeBench#MESSAGES} messages
 * (seed {@link ItchDecodeBench#SEED}) in native memory, as a segment, an address and an Agrona
 * buffer over the same bytes, and one reused flyweight and one SBE decoder per message type.
 */
public abstract class ItchStreamState {
    final ItchFrameFlyweight frame = new ItchFrameFlyweight();
    final ItchHeaderFlyweight header = new ItchHeaderFlyweight();
    final ItchSystemEventFlyweight systemEvent = new ItchSystemEventFlyweight();
    final ItchAddOrderFlyweight addOrder = new ItchAddOrderFlyweight();
    final ItchOrderExecutedFlyweight orderExecuted = new ItchOrderExecutedFlyweight();
    final ItchOrderCancelFlyweight orderCancel = new ItchOrderCancelFlyweight();
    final ItchOrderDeleteFlyweight orderDelete = new ItchOrderDeleteFlyweight();
    final ItchOrderReplaceFlyweight orderReplace = new ItchOrderReplaceFlyweight();
    final ItchTradeFlyweight trade = new ItchTradeFlyweight();
    final SystemEventDecoder sbeSystemEvent = new SystemEventDecoder();
    final AddOrderDecoder sbeAddOrder = new AddOrderDecoder();
    final OrderExecutedDecoder sbeOrderExecuted = new OrderExecutedDecoder();
    final OrderCancelDecoder sbeOrderCancel = new OrderCancelDecoder();
    final OrderDeleteDecoder sbeOrderDelete = new OrderDeleteDecoder();
    final OrderReplaceDecoder sbeOrderReplace = new OrderReplaceDecoder();
    final TradeDecoder sbeTrade = new TradeDecoder();

    Arena memory;
    MemorySegment stream;
    long address;
    UnsafeBuffer buffer;

    /** Generates the stream and copies it into native memory, where every variant reads it. */
    @Setup
    public void setUp() {
        ItchStream generated = ItchGenerator.generate(ItchDecodeBench.SEED, ItchDecodeBench.MESSAGES);
        memory = Arena.ofConfined();
        stream = memory.allocate(generated.bytes().byteSize(), 8).copyFrom(generated.bytes());
        address = stream.address();
        buffer = new UnsafeBuffer(address, Math.toIntExact(stream.byteSize()));
    }

    /** Frees the stream. */
    @TearDown
    public void tearDown() {
        memory.close();
    }
}
