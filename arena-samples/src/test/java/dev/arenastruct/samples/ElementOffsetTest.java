package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** The static style reaches the elements of a struct array field without a hand-computed offset. */
class ElementOffsetTest {

    @Test
    void staticAccessorsReadWhatTheNestedViewsWroteThroughTheElementOffset() {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            MemorySegment books = BookSnapshotFlyweight.allocateArray(arena, 3);
            BookSnapshotFlyweight book = new BookSnapshotFlyweight();
            for (int b = 0; b < 3; b++) {
                book.wrapElement(books, b);
                for (int i = 0; i < BookSnapshotFlyweight.BIDS_LENGTH; i++) {
                    book.bids(i).quantity(100L * b + i).price().mantissa(b * 1000L + i);
                    book.asks(i).orders(b + i);
                }
            }
            for (int b = 0; b < 3; b++) {
                long at = b * BookSnapshotFlyweight.BYTE_SIZE;
                for (int i = 0; i < BookSnapshotFlyweight.BIDS_LENGTH; i++) {
                    long bid = BookSnapshotFlyweight.bidsOffset(at, i);
                    assertEquals(at + BookSnapshotFlyweight.BIDS_OFFSET + i * LevelFlyweight.BYTE_SIZE, bid);
                    assertEquals(100L * b + i, LevelFlyweight.quantity(books, bid));
                    assertEquals(b * 1000L + i, PriceFlyweight.mantissa(books, bid + LevelFlyweight.PRICE_OFFSET));
                    assertEquals(b + i, LevelFlyweight.orders(books, BookSnapshotFlyweight.asksOffset(at, i)));
                }
            }
        }
    }

    @Test
    void anElementOffsetOutsideTheArrayThrowsNamingTheField() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> BookSnapshotFlyweight.bidsOffset(0, BookSnapshotFlyweight.BIDS_LENGTH));
        assertEquals("index 10 is out of bounds for array field 'bids' of length 10", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> BookSnapshotFlyweight.asksOffset(0, -1));
    }
}
