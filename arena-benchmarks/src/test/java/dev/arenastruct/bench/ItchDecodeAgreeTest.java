package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenastruct.samples.ItchGenerator;
import dev.arenastruct.samples.ItchMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every variant of {@link ItchDecodeBench} and {@link ItchDecodeHandlersBench} returns the checksum of the generator's own values for
 * the same stream, so each reads every field of every message from the right place, and the ratio
 * compares like with like.
 */
class ItchDecodeAgreeTest {

    @Test
    void everyVariantFoldsTheGeneratorsValues() {
        List<ItchMessage> messages = new ArrayList<>();
        ItchGenerator.generate(ItchDecodeBench.SEED, ItchDecodeBench.MESSAGES, messages::add);
        long expected = 0;
        for (ItchMessage message : messages) {
            expected += fold(message);
        }
        ItchDecodeBench bench = new ItchDecodeBench();
        bench.setUp();
        try {
            assertEquals(expected, bench.flyweight(), "flyweight");
            assertEquals(expected, bench.flyweightHeader(), "flyweightHeader");
            assertEquals(expected, bench.flyweightStatic(), "flyweightStatic");
            assertEquals(expected, bench.ffm(), "ffm");
            assertEquals(expected, bench.unsafe(), "unsafe");
            assertEquals(expected, bench.sbe(), "sbe");
        } finally {
            bench.tearDown();
        }
        ItchDecodeHandlersBench handlers = new ItchDecodeHandlersBench();
        handlers.setUp();
        try {
            assertEquals(expected, handlers.flyweight(), "handlers flyweight");
            assertEquals(expected, handlers.ffm(), "handlers ffm");
            assertEquals(expected, handlers.unsafe(), "handlers unsafe");
            assertEquals(expected, handlers.sbe(), "handlers sbe");
        } finally {
            handlers.tearDown();
        }
    }

    /** {@link ItchDecodeBench#fold} of a message's values, fields in wire order. */
    private static long fold(ItchMessage message) {
        byte t = message.type();
        int l = message.stockLocate();
        int k = message.trackingNumber();
        long ts = message.timestamp();
        return switch (message) {
            case ItchMessage.SystemEvent e -> ItchDecodeBench.fold(t, l, k, ts, e.eventCode(), 0, 0, 0, 0, 0);
            case ItchMessage.AddOrder a -> ItchDecodeBench.fold(t, l, k, ts, a.orderReferenceNumber(), a.side(), a.shares(),
                    stock(a.stock()), a.price(), 0);
            case ItchMessage.OrderExecuted e -> ItchDecodeBench.fold(t, l, k, ts, e.orderReferenceNumber(), e.executedShares(),
                    e.matchNumber(), 0, 0, 0);
            case ItchMessage.OrderCancel c -> ItchDecodeBench.fold(t, l, k, ts, c.orderReferenceNumber(), c.cancelledShares(),
                    0, 0, 0, 0);
            case ItchMessage.OrderDelete d -> ItchDecodeBench.fold(t, l, k, ts, d.orderReferenceNumber(), 0, 0, 0, 0, 0);
            case ItchMessage.OrderReplace u -> ItchDecodeBench.fold(t, l, k, ts, u.originalOrderReferenceNumber(),
                    u.newOrderReferenceNumber(), u.shares(), u.price(), 0, 0);
            case ItchMessage.Trade p -> ItchDecodeBench.fold(t, l, k, ts, p.orderReferenceNumber(), p.side(), p.shares(),
                    stock(p.stock()), p.price(), p.matchNumber());
        };
    }

    /** The symbol padded with spaces to 8 ASCII bytes, as one big-endian long. */
    private static long stock(String symbol) {
        String padded = (symbol + "        ").substring(0, 8);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | padded.charAt(i);
        }
        return bits;
    }
}
