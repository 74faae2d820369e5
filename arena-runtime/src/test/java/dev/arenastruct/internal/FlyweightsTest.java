package dev.arenastruct.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
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
                    + " is not a multiple of byteAlignment=8, which its @Atomic fields need; allocate it from a"
                    + " BumpArena or align the offset",
                    e.getMessage());
        }
    }

    @Test
    void theBoundsOnlyCheckAcceptsAnyOffsetInsideAndRefusesTheRestWithTheNumbers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(40, 8);
            for (long offset = 0; offset <= 40 - 24; offset++) {
                long at = offset;
                assertDoesNotThrow(() -> Flyweights.checkWrap(segment, at, 24, "TradeEvent"));
            }
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkWrap(segment, 17, 24, "TradeEvent"));
            assertEquals("cannot wrap TradeEvent (byteSize=24) at offset=17 of a segment with byteSize=40;"
                    + " the struct must lie wholly inside the segment", e.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkWrap(segment, -1, 24, "T"));
            assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkWrap(segment, Long.MAX_VALUE, 24, "T"));
            assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkWrap(segment, 0, 41, "T"));
        }
    }

    @Test
    void rejectsANullSegment() {
        for (NullPointerException e : List.of(
                assertThrows(NullPointerException.class, () -> Flyweights.checkWrap(null, 0, 8, 8, "T")),
                assertThrows(NullPointerException.class, () -> Flyweights.checkWrap(null, 0, 8, "T")))) {
            assertTrue(e.getMessage().contains("\"segment\" is null"), e.getMessage());
        }
    }

    @Test
    void checkIndexReturnsAValidIndex() {
        assertEquals(0, Flyweights.checkIndex(0, 4, "prices"));
        assertEquals(3, Flyweights.checkIndex(3, 4, "prices"));
    }

    @Test
    void checkIndexRejectsMinusOneAndTheLengthWithTheNumbers() {
        IndexOutOfBoundsException below = assertThrows(IndexOutOfBoundsException.class,
                () -> Flyweights.checkIndex(-1, 4, "prices"));
        assertEquals("index -1 is out of bounds for array field 'prices' of length 4", below.getMessage());
        IndexOutOfBoundsException atLength = assertThrows(IndexOutOfBoundsException.class,
                () -> Flyweights.checkIndex(4, 4, "prices"));
        assertEquals("index 4 is out of bounds for array field 'prices' of length 4", atLength.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkIndex(0, 0, "empty"));
        assertThrows(IndexOutOfBoundsException.class, () -> Flyweights.checkIndex(Integer.MIN_VALUE, 4, "p"));
    }

    @Test
    void checkElementReturnsTheByteOffsetOfTheElement() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(3 * 24, 8);
            assertEquals(0, Flyweights.checkElement(array, 0, 24, 8, "TradeEvent"));
            assertEquals(24, Flyweights.checkElement(array, 1, 24, 8, "TradeEvent"));
            assertEquals(48, Flyweights.checkElement(array, 2, 24, 8, "TradeEvent"));
        }
    }

    @Test
    void checkElementRejectsAnIndexAtTheCountWithTheNumbers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(3 * 24, 8);
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkElement(array, 3, 24, 8, "TradeEvent"));
            assertEquals("index 3 is out of bounds for an array of 3 TradeEvent structs (segment byteSize=72)",
                    e.getMessage());
            IndexOutOfBoundsException negative = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkElement(array, -1, 24, 8, "TradeEvent"));
            assertEquals("index -1 is out of bounds for an array of 3 TradeEvent structs (segment byteSize=72)",
                    negative.getMessage());
        }
    }

    @Test
    void checkElementRejectsLongIndexesThatAnIntCastWouldBringIntoRange() {
        // The check takes the int intrinsic when the index fits an int: these must not be cast into it.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(3 * 24, 8);
            for (long index : new long[] {1L << 32, (1L << 32) + 2, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                    -(1L << 32) + 1, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L}) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                        () -> Flyweights.checkElement(array, index, 24, 8, "TradeEvent"), "index " + index);
                assertEquals("index " + index + " is out of bounds for an array of 3 TradeEvent structs (segment"
                        + " byteSize=72)", e.getMessage());
            }
        }
    }

    @Test
    void checkElementCountsWholeStructsOnlyWhenTheSizeIsNotAMultiple() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(2 * 24 + 23, 8); // 71 bytes: 2 whole structs and a partial one
            assertEquals(24, Flyweights.checkElement(array, 1, 24, 8, "TradeEvent"));
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkElement(array, 2, 24, 8, "TradeEvent"));
            assertEquals("index 2 is out of bounds for an array of 2 TradeEvent structs (segment byteSize=71)",
                    e.getMessage());
        }
    }

    @Test
    void checkElementRejectsEveryIndexOfASegmentSmallerThanOneStruct() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(23, 8);
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> Flyweights.checkElement(array, 0, 24, 8, "TradeEvent"));
            assertEquals("index 0 is out of bounds for an array of 0 TradeEvent structs (segment byteSize=23)",
                    e.getMessage());
        }
    }

    @Test
    void checkElementRejectsAMisalignedArrayWithItsAddress() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocate(3 * 24 + 4, 8).asSlice(4); // address 4 past a multiple of 8
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Flyweights.checkElement(array, 0, 24, 8, "TradeEvent"));
            assertEquals("cannot use a segment at address=0x" + Long.toHexString(array.address())
                    + " as an array of TradeEvent structs: it is not a multiple of byteAlignment=8;"
                    + " allocate it with allocateArray, or align it", e.getMessage());
            assertEquals(24, Flyweights.checkElement(array, 1, 24, 4, "Packed")); // fine for a 4-aligned struct
        }
    }

    @Test
    void arrayByteSizeMultipliesCountBySize() {
        assertEquals(0, Flyweights.arrayByteSize(0, 24, "TradeEvent"));
        assertEquals(24, Flyweights.arrayByteSize(1, 24, "TradeEvent"));
        assertEquals(240, Flyweights.arrayByteSize(10, 24, "TradeEvent"));
        long most = Long.MAX_VALUE / 24;
        assertEquals(most * 24, Flyweights.arrayByteSize(most, 24, "TradeEvent"), "largest count that fits");
    }

    @Test
    void arrayByteSizeRejectsANegativeCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Flyweights.arrayByteSize(-1, 24, "TradeEvent"));
        assertEquals("count must not be negative: count=-1", e.getMessage());
    }

    @Test
    void arrayByteSizeRejectsASizeThatOverflowsALong() {
        long tooMany = Long.MAX_VALUE / 24 + 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Flyweights.arrayByteSize(tooMany, 24, "TradeEvent"));
        assertEquals(tooMany + " TradeEvent structs of byteSize=24 overflow a long", e.getMessage());
        IllegalArgumentException max = assertThrows(IllegalArgumentException.class,
                () -> Flyweights.arrayByteSize(Long.MAX_VALUE, 2, "T"));
        assertEquals(Long.MAX_VALUE + " T structs of byteSize=2 overflow a long", max.getMessage());
    }

    @Test
    void checkBulkReturnsACountThatFits() {
        assertEquals(0, Flyweights.checkBulk(0, 4, "prices"));
        assertEquals(3, Flyweights.checkBulk(3, 4, "prices"));
        assertEquals(4, Flyweights.checkBulk(4, 4, "prices"));
    }

    @Test
    void checkBulkRejectsMoreValuesThanTheLengthWithTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Flyweights.checkBulk(5, 4, "prices"));
        assertEquals("cannot copy 5 values into array field 'prices' of length 4", e.getMessage());
    }

    @Test
    void checkOrdinalPassesEveryOrdinalAndRejectsTheRestOfTheIntRangeWithTheNumbers() {
        for (int ordinal = 0; ordinal < 3; ordinal++) {
            assertEquals(ordinal, Flyweights.checkOrdinal(ordinal, 3, "S", "f", "E"));
            assertEquals(ordinal, Flyweights.checkOrdinal(ordinal, 3, "S", "f", 4, "E"));
        }
        // int32 storage (more than 65536 constants) reads a signed int: negative values are no ordinal either
        for (int bad : new int[] {3, 255, 65_535, Integer.MAX_VALUE, -1, Integer.MIN_VALUE}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Flyweights.checkOrdinal(bad, 3, "S", "f", "Outer.E"));
            assertEquals("S.f holds " + bad + ", but enum Outer.E has 3 constants (ordinals 0..2): the memory was"
                    + " written by other code or is corrupt", e.getMessage());
            e = assertThrows(IllegalStateException.class, () -> Flyweights.checkOrdinal(bad, 3, "S", "f", 7, "E"));
            assertEquals("S.f[7] holds " + bad + ", but enum E has 3 constants (ordinals 0..2): the memory was"
                    + " written by other code or is corrupt", e.getMessage());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Flyweights.checkOrdinal(1, 1, "S", "f", "E"));
        assertEquals("S.f holds 1, but enum E has 1 constant (ordinal 0): the memory was written by other code"
                + " or is corrupt", e.getMessage());
    }
}
