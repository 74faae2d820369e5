package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class FlyweightsTest {

    @Test
    void acceptsAStructThatFitsAtAnAlignedOffset() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(48, 8);
            assertDoesNotThrow(() -> Flyweights.checkWrap(segment, 0, 24, 8, "TradeEvent"));
            assertDoesNotThrow(() -> Flyweights.checkWrap(segment, 24, 24, 8, "TradeEvent"));
        }
    }

    @Test
    void rejectsAStructThatRunsPastTheSegmentWithTheNumbers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(40, 8);
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkWrap(segment, 24, 24, 8, "TradeEvent"));
            assertEquals("cannot wrap TradeEvent (byteSize=24) at offset=24 of a segment with byteSize=40;"
                    + " the struct must lie wholly inside the segment", e.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkWrap(segment, -8, 24, 8, "T"));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkWrap(segment, Long.MAX_VALUE, 24, 8, "T"));
        }
    }

    @Test
    void rejectsAMisalignedOffset() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(64, 8);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Flyweights.checkWrap(segment, 4, 24, 8, "TradeEvent"));
            assertEquals("cannot wrap TradeEvent at offset=4: address=0x" + Long.toHexString(segment.address() + 4)
                    + " is not a multiple of byteAlignment=8; allocate it from a BumpArena or align the offset",
                    e.getMessage());
        }
    }

    @Test
    void rejectsANullSegment() {
        assertThrows(NullPointerException.class, () -> Flyweights.checkWrap(null, 0, 8, 8, "T"));
    }
}
