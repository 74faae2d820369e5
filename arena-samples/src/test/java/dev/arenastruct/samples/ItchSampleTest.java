package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wire-format flyweights against what the generator wrote: every field of every message read
 * back, the book they feed equal to the hand-written FFM decoder's book, messages built with the
 * setters byte-identical to the generator's, and the sample's output.
 */
class ItchSampleTest {

    @Test
    void theFlyweightDecodedBookEqualsTheFfmDecodedBook() {
        ItchStream day = ItchGenerator.generate(99, 300_000);
        try (BumpArena arena = BumpArena.ofCapacity(64L << 20)) {
            ItchBook byFlyweights = ItchBook.forStream(arena, day);
            ItchBook byFfm = ItchBook.forStream(arena, day);
            assertEquals(day.messageCount(), new ItchFlyweightDecoder().decode(day.bytes(), byFlyweights));
            assertEquals(day.messageCount(), ItchFfmDecoder.decode(day.bytes(), byFfm));
            ItchBookSummary summary = byFlyweights.summary();
            assertEquals(byFfm.summary(), summary);
            assertEquals(day.messageCount(), summary.messages());
        }
    }

    @Test
    void brokenStreamsAreRefusedAsTheFfmDecoderRefusesThem() {
        ItchMessage.AddOrder add = new ItchMessage.AddOrder(1, 0, 1, ItchGenerator.FIRST_ORDER_REFERENCE, (byte) 'B', 100,
                "AAPL", 1_894_900);
        MemorySegment whole = ItchReference.stream(List.of(add));
        MemorySegment unknownThenShort = MemorySegment.ofArray(new byte[] {0, 3, 'Z', 1, 2, 0, 1, 'A'});
        for (MemorySegment broken : List.of(whole.asSlice(0, 30), whole.asSlice(0, 1), unknownThenShort)) {
            try (BumpArena arena = BumpArena.ofCapacity(4096)) {
                ItchBook book = new ItchBook(arena, ItchGenerator.FIRST_ORDER_REFERENCE, 1, 1);
                IllegalArgumentException ffm = assertThrows(IllegalArgumentException.class,
                        () -> ItchFfmDecoder.decode(broken, book));
                IllegalArgumentException flyweights = assertThrows(IllegalArgumentException.class,
                        () -> new ItchFlyweightDecoder().decode(broken, book));
                assertEquals(ffm.getMessage(), flyweights.getMessage());
            }
        }
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            ItchBook book = new ItchBook(arena, ItchGenerator.FIRST_ORDER_REFERENCE, 1, 1);
            assertEquals(1, new ItchFlyweightDecoder().decode(unknownThenShort.asSlice(0, 5), book)); // the 'Z' is skipped
            assertEquals(0, book.summary().messages());
        }
    }

    @Test
    void everyFieldOfEveryMessageReadsBackAsGenerated() {
        List<ItchMessage> generated = new ArrayList<>();
        ItchStream day = ItchGenerator.generate(5, 40_000, generated::add);
        MemorySegment s = day.bytes();
        List<ItchMessage> decoded = new ArrayList<>();
        ItchFrameFlyweight frame = new ItchFrameFlyweight();
        for (long at = 0; at < s.byteSize(); at += 2 + frame.messageLength()) {
            frame.wrap(s, at);
            decoded.add(read(s, at + 2, frame.messageType()));
        }
        assertEquals(generated, decoded);
    }

    @Test
    void spotChecksOfTheFirstMessages() {
        List<ItchMessage> generated = new ArrayList<>();
        ItchStream day = ItchGenerator.generate(5, 1_000, generated::add);
        MemorySegment s = day.bytes();
        ItchSystemEventFlyweight open = new ItchSystemEventFlyweight().wrap(s, 2);
        assertEquals('S', open.messageType());
        assertEquals(ItchEventCode.START_OF_MESSAGES, open.eventCode());
        assertEquals(0, open.stockLocate());
        assertEquals(generated.getFirst().timestamp(), open.timestamp());
        long third = 2 * (2 + ItchSystemEventFlyweight.BYTE_SIZE) + 2;
        ItchSystemEventFlyweight marketOpen = new ItchSystemEventFlyweight().wrap(s, third);
        assertEquals(ItchEventCode.START_OF_MARKET_HOURS, marketOpen.eventCode());
        assertEquals((9 * 3600 + 30 * 60) * 1_000_000_000L, marketOpen.timestamp()); // 09:30, above 2^32
        ItchMessage.AddOrder first = (ItchMessage.AddOrder) generated.get(3);
        long at = third + ItchSystemEventFlyweight.BYTE_SIZE + 2;
        ItchAddOrderFlyweight add = new ItchAddOrderFlyweight().wrap(s, at);
        assertEquals(ItchGenerator.FIRST_ORDER_REFERENCE, add.orderReferenceNumber());
        assertEquals(first.stock(), add.stockAsString());
        assertTrue(add.stockEquals(first.stock()));
        assertFalse(add.stockEquals(first.stock() + "X"));
        assertEquals(first.price(), ItchAddOrderFlyweight.price(s, at));
        assertEquals(first.price(), Integer.toUnsignedLong(s.get(ItchMessage.U32, at + ItchAddOrderFlyweight.PRICE_OFFSET)));
        assertEquals(first.side() == 'B' ? ItchSide.BUY : ItchSide.SELL, add.side());
        assertEquals(first.trackingNumber(), add.trackingNumber());
    }

    @Test
    void messagesWrittenWithTheSettersAreTheGeneratorsBytes() {
        ItchMessage.AddOrder add = new ItchMessage.AddOrder(8, 0xFEDC, 0xFEDC_BA98_7654L, 0x0123_4567_89AB_CDEFL, (byte) 'S',
                0xF0E1_D2C3L, "GOOGL", 0xE1D2_C3B4L);
        ItchMessage.Trade trade = new ItchMessage.Trade(3, 65_535, 57_600_000_000_000L, 0, (byte) 'B', 4_000_000_000L, "AMD",
                4_294_967_295L, Long.MAX_VALUE);
        ItchMessage.SystemEvent close = new ItchMessage.SystemEvent(0, 32_768, 72_300_000_000_000L, (byte) 'C');
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            ItchAddOrderFlyweight a = ItchAddOrderFlyweight.allocate(arena).messageType((byte) 'A').stockLocate(8)
                    .trackingNumber(0xFEDC).timestamp(0xFEDC_BA98_7654L).orderReferenceNumber(0x0123_4567_89AB_CDEFL)
                    .side(ItchSide.SELL).shares(0xF0E1_D2C3L).stock("GOOGL").price(0xE1D2_C3B4L);
            assertArrayEquals(bytes(add), a.segment().toArray(ValueLayout.JAVA_BYTE));
            ItchTradeFlyweight p = ItchTradeFlyweight.allocate(arena).messageType((byte) 'P').stockLocate(3)
                    .trackingNumber(65_535).timestamp(57_600_000_000_000L).orderReferenceNumber(0).side(ItchSide.BUY)
                    .shares(4_000_000_000L).stock("AMD").price(4_294_967_295L).matchNumber(Long.MAX_VALUE);
            assertArrayEquals(bytes(trade), p.segment().toArray(ValueLayout.JAVA_BYTE));
            ItchSystemEventFlyweight e = ItchSystemEventFlyweight.allocate(arena).messageType((byte) 'S').stockLocate(0)
                    .trackingNumber(32_768).timestamp(72_300_000_000_000L).eventCode(ItchEventCode.END_OF_MESSAGES);
            assertArrayEquals(bytes(close), e.segment().toArray(ValueLayout.JAVA_BYTE));
            assertEquals(add, read(a.segment(), 0, (byte) 'A'));
            assertEquals(trade, read(p.segment(), 0, (byte) 'P'));
        }
    }

    @Test
    void theSettersRewriteTheGeneratorsStreamByteForByte() {
        List<ItchMessage> generated = new ArrayList<>();
        ItchStream day = ItchGenerator.generate(8, 20_000, generated::add);
        MemorySegment copy = MemorySegment.ofArray(new byte[Math.toIntExact(day.bytes().byteSize())]);
        long at = 0;
        for (ItchMessage message : generated) {
            ItchFrameFlyweight frame = new ItchFrameFlyweight().wrap(copy, at).messageLength(message.length());
            ItchFlyweights.write(message, copy, at + 2);
            assertEquals(message.type(), frame.messageType());
            at += 2 + message.length();
        }
        assertArrayEquals(day.bytes().toArray(ValueLayout.JAVA_BYTE), copy.toArray(ValueLayout.JAVA_BYTE));
    }

    @Test
    void valuesOutsideTheWireRangeAreRefused() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            ItchAddOrderFlyweight a = ItchAddOrderFlyweight.allocate(arena);
            assertThrows(IllegalArgumentException.class, () -> a.stockLocate(65_536));
            assertThrows(IllegalArgumentException.class, () -> a.stockLocate(-1));
            assertThrows(IllegalArgumentException.class, () -> a.timestamp(1L << 48));
            assertThrows(IllegalArgumentException.class, () -> a.shares(1L << 32));
            assertThrows(IllegalArgumentException.class, () -> a.stock("TOOLONGSYM"));
            assertArrayEquals(new byte[(int) ItchAddOrderFlyweight.BYTE_SIZE], a.segment().toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void theStructsAreTheMessageLengths() {
        assertEquals(List.of(ItchMessage.SYSTEM_EVENT_LENGTH, ItchMessage.ADD_ORDER_LENGTH, ItchMessage.ORDER_EXECUTED_LENGTH,
                ItchMessage.ORDER_CANCEL_LENGTH, ItchMessage.ORDER_DELETE_LENGTH, ItchMessage.ORDER_REPLACE_LENGTH,
                ItchMessage.TRADE_LENGTH, 3), List.of(ItchSystemEventFlyweight.BYTE_SIZE, ItchAddOrderFlyweight.BYTE_SIZE,
                ItchOrderExecutedFlyweight.BYTE_SIZE, ItchOrderCancelFlyweight.BYTE_SIZE, ItchOrderDeleteFlyweight.BYTE_SIZE,
                ItchOrderReplaceFlyweight.BYTE_SIZE, ItchTradeFlyweight.BYTE_SIZE, ItchFrameFlyweight.BYTE_SIZE).stream()
                .map(Number::intValue).toList());
    }

    @Test
    void theSamplePrintsTheBookOfTheDay() {
        List<ItchMessage> generated = new ArrayList<>();
        ItchGenerator.generate(31, 50_000, generated::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ItchSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 31, 50_000);
        ItchStream day = ItchGenerator.generate(31, 50_000);
        ItchMessage.AddOrder first = (ItchMessage.AddOrder) generated.get(3);
        String expected = "ITCH 5.0, seed 31: 50000 messages, " + day.bytes().byteSize() + " bytes\n"
                + ItchReference.summary(generated, day.symbols()).format()
                + "first add: " + (first.side() == 'B' ? "BUY" : "SELL") + " " + first.shares() + " " + first.stock() + " @ "
                + ItchBookSummary.price(first.price()) + ", order " + first.orderReferenceNumber() + ", is AAPL: "
                + first.stock().equals("AAPL") + "\n";
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private static byte[] bytes(ItchMessage message) {
        MemorySegment out = MemorySegment.ofArray(new byte[message.length()]);
        message.encode(out, 0);
        return out.toArray(ValueLayout.JAVA_BYTE);
    }

    private static ItchMessage read(MemorySegment s, long at, byte type) {
        return ItchFlyweights.read(s, at, type);
    }
}
