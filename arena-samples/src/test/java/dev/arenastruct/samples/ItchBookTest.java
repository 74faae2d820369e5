package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-written FFM decoder feeding the arena-struct book reaches the state a plain-collections
 * book reaches from the generator's own values; the book refuses messages that contradict it, and
 * the decoder refuses streams that end inside a message.
 */
class ItchBookTest {
    private static final long FIRST = ItchGenerator.FIRST_ORDER_REFERENCE;
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT");

    private final BumpArena arena = BumpArena.ofCapacity(1 << 16);

    @AfterEach
    void close() {
        arena.close();
    }

    @Test
    void theFfmDecodedBookEqualsTheReferenceBook() {
        List<ItchMessage> messages = new ArrayList<>();
        ItchStream stream = ItchGenerator.generate(2026, 200_000, messages::add);
        try (BumpArena arena = BumpArena.ofCapacity(32L << 20)) {
            ItchBook book = ItchBook.forStream(arena, stream);
            assertEquals(stream.messageCount(), ItchFfmDecoder.decode(stream.bytes(), book));
            ItchBookSummary summary = book.summary();
            assertEquals(ItchReference.summary(messages, stream.symbols()), summary);
            // the day was busy enough to test something: orders rest on both sides of every symbol
            for (ItchSymbolSummary s : summary.symbols()) {
                assertTrue(s.liveOrders() > 100 && s.trades() > 100 && s.bestBid() > 0 && s.bestBid() < s.bestAsk(),
                        s::toString);
            }
            assertEquals('C', summary.lastSystemEvent());
        }
    }

    @Test
    void anExecutionOfMoreSharesThanRestIsRefusedAndChangesNothing() {
        ItchBook book = apply(List.of(add(FIRST, 1, 'B', 300)));
        ItchBookSummary before = book.summary();
        MemorySegment execution = ItchReference.stream(List.of(new ItchMessage.OrderExecuted(1, 0, 2, FIRST, 301, 9)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ItchFfmDecoder.decode(execution, book));
        assertEquals("order " + FIRST + " has 300 shares left, not 301", e.getMessage());
        assertEquals(before, book.summary());
    }

    @Test
    void ordersThatAreNotOnTheBookAreRefused() {
        ItchBook book = apply(List.of(add(FIRST, 1, 'S', 100), new ItchMessage.OrderDelete(1, 0, 2, FIRST)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ItchFfmDecoder.decode(
                ItchReference.stream(List.of(new ItchMessage.OrderCancel(1, 0, 3, FIRST, 10))), book));
        assertEquals("order " + FIRST + " is not on the book", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> ItchFfmDecoder.decode(
                ItchReference.stream(List.of(new ItchMessage.OrderDelete(1, 0, 3, FIRST + 5))), book));
        assertEquals("order reference number " + (FIRST + 5) + " is outside the book's " + FIRST + " to " + (FIRST + 3),
                e.getMessage());
    }

    @Test
    void anotherSymbolOnAKnownLocateIsRefused() {
        ItchBook book = apply(List.of(add(FIRST, 2, 'B', 100)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ItchFfmDecoder.decode(ItchReference.stream(
                List.of(new ItchMessage.AddOrder(2, 0, 2, FIRST + 1, (byte) 'B', 100, "NVDA", 1_000_000))), book));
        assertEquals("stock locate 2 is MSFT, not NVDA", e.getMessage());
    }

    @Test
    void replaceAndPartialFillsMoveSharesAndPrices() {
        ItchBook book = apply(List.of(
                add(FIRST, 1, 'B', 500),
                add(FIRST + 1, 1, 'S', 200),
                new ItchMessage.OrderExecuted(1, 0, 3, FIRST, 120, 1),
                new ItchMessage.OrderCancel(1, 0, 4, FIRST + 1, 50),
                new ItchMessage.OrderReplace(1, 0, 5, FIRST, FIRST + 2, 1000, 1_894_000),
                new ItchMessage.Trade(1, 0, 6, 0, (byte) 'S', 77, "AAPL", 1_895_100, 2)));
        ItchSymbolSummary aapl = book.summary().symbols().getFirst();
        assertEquals(new ItchSymbolSummary(1, "AAPL", 2, 1000, 150, 1_894_000, 1_895_000 + 100, 120 + 77, 2, 1_895_100), aapl);
        assertEquals(new ItchSymbolSummary(2, "", 0, 0, 0, 0, 0, 0, 0, 0), book.summary().symbols().get(1));
    }

    @Test
    void aStreamThatEndsInsideAMessageIsRefusedAndUnknownTypesAreSkipped() {
        MemorySegment whole = ItchReference.stream(List.of(add(FIRST, 1, 'B', 100)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ItchFfmDecoder.decode(whole.asSlice(0, 30), apply(List.of())));
        assertEquals("the message at offset 0 claims 36 bytes, but the stream has 28 left", e.getMessage());
        MemorySegment unknown = MemorySegment.ofArray(new byte[] {0, 3, 'Z', 1, 2, 0, 1, 'A'}); // a 'Z', a 1-byte 'A'
        e = assertThrows(IllegalArgumentException.class, () -> ItchFfmDecoder.decode(unknown, apply(List.of())));
        assertEquals("the 'A' message at offset 5 is 1 bytes long; its layout needs 36", e.getMessage());
        assertEquals(1, ItchFfmDecoder.decode(unknown.asSlice(0, 5), apply(List.of())));
    }

    private static ItchMessage.AddOrder add(long reference, int locate, char side, long shares) {
        long price = side == 'B' ? 1_895_000 - 100 : 1_895_000 + 100;
        return new ItchMessage.AddOrder(locate, 0, 1, reference, (byte) side, shares, SYMBOLS.get(locate - 1), price);
    }

    /** A fresh book for 4 references and 2 symbols with {@code messages} applied. */
    private ItchBook apply(List<ItchMessage> messages) {
        ItchBook book = new ItchBook(arena, FIRST, 4, SYMBOLS.size());
        ItchFfmDecoder.decode(ItchReference.stream(messages), book);
        return book;
    }
}
