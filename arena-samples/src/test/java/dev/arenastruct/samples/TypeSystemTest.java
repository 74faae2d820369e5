package dev.arenastruct.samples;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nested structs, arrays, enums, text and struct arrays, run for real. */
class TypeSystemTest {
    private BumpArena arena;

    @BeforeEach
    void open() {
        arena = BumpArena.ofCapacity(1 << 16);
    }

    @AfterEach
    void close() {
        arena.close();
    }

    @Test
    void primitiveArraysRoundTripTheirExtremes() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        k.bytes(0, Byte.MIN_VALUE).bytes(2, Byte.MAX_VALUE).flags(1, true)
                .shorts(0, Short.MIN_VALUE).shorts(2, Short.MAX_VALUE).chars(0, Character.MAX_VALUE)
                .ints(0, Integer.MIN_VALUE).ints(2, Integer.MAX_VALUE)
                .floats(0, Float.NaN).floats(1, -0.0f).floats(2, Float.MAX_VALUE)
                .longs(0, Long.MIN_VALUE).longs(2, Long.MAX_VALUE)
                .doubles(0, Double.NaN).doubles(1, -0.0).doubles(2, Double.NEGATIVE_INFINITY);
        assertEquals(Byte.MIN_VALUE, k.bytes(0));
        assertEquals(0, k.bytes(1));
        assertEquals(Byte.MAX_VALUE, k.bytes(2));
        assertFalse(k.flags(0));
        assertTrue(k.flags(1));
        assertEquals(Short.MIN_VALUE, k.shorts(0));
        assertEquals(Short.MAX_VALUE, k.shorts(2));
        assertEquals(Character.MAX_VALUE, k.chars(0));
        assertEquals(Integer.MIN_VALUE, k.ints(0));
        assertEquals(Integer.MAX_VALUE, k.ints(2));
        assertTrue(Float.isNaN(k.floats(0)));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(k.floats(1)));
        assertEquals(Float.MAX_VALUE, k.floats(2));
        assertEquals(Long.MIN_VALUE, k.longs(0));
        assertEquals(Long.MAX_VALUE, k.longs(2));
        assertTrue(Double.isNaN(k.doubles(0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(k.doubles(1)));
        assertEquals(Double.NEGATIVE_INFINITY, k.doubles(2));
    }

    @Test
    void arrayIndexOutOfBoundsNamesTheFieldAndLength() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> k.longs(3));
        assertEquals("index 3 is out of bounds for array field 'longs' of length 3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> k.longs(-1, 5L));
        assertThrows(IndexOutOfBoundsException.class, () -> k.prices(2));
        assertThrows(IndexOutOfBoundsException.class, () -> k.code(6));
    }

    @Test
    void bulkCopiesInAndOutOfPrimitiveArrays() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        k.longs(new long[] {7, 8, 9}).doubles(new double[] {1.5});
        assertArrayEquals(new long[] {7, 8, 9}, k.longsTo(new long[3]));
        assertArrayEquals(new double[] {1.5, 0, 0}, k.doublesTo(new double[3]), "a shorter source leaves the rest");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.ints(new int[4]));
        assertEquals("cannot copy 4 values into array field 'ints' of length 3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> k.intsTo(new int[2]));
    }

    @Test
    void enumsRoundTripEveryConstantAndStartAtTheFirst() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        assertEquals(Side.BID, k.side(), "zeroed memory is ordinal 0");
        for (Side side : Side.values()) {
            k.side(side).sides(1, side);
            assertEquals(side, k.side());
            assertEquals(side, k.sides(1));
        }
        assertEquals(Side.BID, k.sides(0));
        assertEquals(1, KindsFlyweight.LAYOUT.select(groupElement("side")).byteSize());
    }

    @Test
    void nestedStructsAreViewsInPlaceReusedOnEveryCall() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        k.price().mantissa(Long.MAX_VALUE).exponent(Byte.MIN_VALUE);
        k.prices(1).mantissa(-42).exponent((byte) -2);
        assertEquals(Long.MAX_VALUE, k.price().mantissa());
        assertEquals(Byte.MIN_VALUE, k.price().exponent());
        assertEquals(0, k.prices(0).mantissa());
        assertEquals(-42, k.prices(1).mantissa());
        assertSame(k.prices(0), k.prices(1), "one view per field, re-pointed: no allocation per call");
        assertSame(k.price(), k.price());
        assertEquals("Price[mantissa=-42, exponent=-2]", k.prices(1).toString());
    }

    @Test
    void textSetsComparesAppendsAndRejectsWhatDoesNotFit() {
        KindsFlyweight k = KindsFlyweight.allocate(arena);
        k.code("AAPL");
        assertTrue(k.codeEquals("AAPL"));
        assertFalse(k.codeEquals("AAP"));
        assertTrue(k.codeCompareTo("AAPM") < 0);
        assertEquals(4, k.codeByteLength());
        assertEquals("AAPL", k.codeAsString());
        assertEquals("x=AAPL", k.appendCode(new StringBuilder("x=")).toString());
        assertEquals('A', k.code(0));
        assertEquals(0, k.code(4), "zero padded");
    }

    @Test
    void textThatDoesNotFitIsRejectedWithTheNumbers() {
        KindsFlyweight k = KindsFlyweight.allocate(arena).code("AB");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.code("Zürich"));
        assertEquals("text field 'code' holds at most 6 bytes of UTF-8, but \"Zürich\" needs 7; shorten the value"
                + " or declare @Text(length = 7) or more", e.getMessage());
        assertEquals("AB", k.codeAsString());
        k.code("Zürch");
        assertEquals(6, k.codeByteLength());
        assertEquals("Zürch", k.codeAsString());
    }

    @Test
    void toStringShowsArraysNestedStructsEnumsAndText() {
        KindsFlyweight k = KindsFlyweight.allocate(arena).code("EUR").side(Side.ASK);
        k.longs(1, 5);
        String text = k.toString();
        assertTrue(text.startsWith("Kinds[bytes=[0, 0, 0], flags=[false, false, false], "), text);
        assertTrue(text.contains("longs=[0, 5, 0]"), text);
        assertTrue(text.contains("side=ASK, sides=[BID, BID], price=Price[mantissa=0, exponent=0], "), text);
        assertTrue(text.endsWith("code=EUR]"), text);
    }

    @Test
    void structArraysAreContiguousAndReadableWithOneFlyweightOrNone() {
        MemorySegment orders = OrderFlyweight.allocateArray(arena, 100);
        assertEquals(100 * OrderFlyweight.BYTE_SIZE, orders.byteSize());
        OrderFlyweight cursor = new OrderFlyweight();
        for (int i = 0; i < 100; i++) {
            assertSame(cursor, cursor.wrapElement(orders, i).id(i).quantity(i * 2).side(i % 2 == 0 ? Side.BID : Side.ASK));
        }
        long sum = 0;
        for (long at = 0; at < orders.byteSize(); at += OrderFlyweight.BYTE_SIZE) {
            sum += OrderFlyweight.quantity(orders, at);
        }
        assertEquals(9900, sum);
        assertEquals(Side.ASK, OrderFlyweight.side(orders, 99 * OrderFlyweight.BYTE_SIZE));
        OrderFlyweight.id(orders, 5 * OrderFlyweight.BYTE_SIZE, -1);
        assertEquals(-1, cursor.wrapElement(orders, 5).id());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> cursor.wrapElement(orders, 100));
        assertEquals("index 100 is out of bounds for an array of 100 Order structs (segment byteSize=2400)", e.getMessage());
    }

    @Test
    void wrapElementRejectsAMisalignedArrayAndKeepsTheFlyweight() {
        MemorySegment orders = OrderFlyweight.allocateArray(arena, 3);
        OrderFlyweight cursor = new OrderFlyweight().wrapElement(orders, 1).id(7);
        MemorySegment shifted = orders.asSlice(1); // no longer a multiple of the struct's alignment
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cursor.wrapElement(shifted, 0));
        assertTrue(e.getMessage().contains("as an array of Order structs: it is not a multiple of byteAlignment="
                + OrderFlyweight.BYTE_ALIGNMENT), e.getMessage());
        assertEquals(7, cursor.id(), "a rejected wrapElement leaves the flyweight where it was");
    }

    @Test
    void structArrayCountsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> OrderFlyweight.allocateArray(arena, -1));
        assertThrows(IllegalArgumentException.class, () -> OrderFlyweight.allocateArray(arena, Long.MAX_VALUE / 8));
        assertEquals(0, OrderFlyweight.allocateArray(arena, 0).byteSize());
        assertEquals(0, arena.allocatedBytes());
    }

    @Test
    void cacheLineAlignedStructsAreAllocatedOnACacheLine() {
        arena.allocate(1, 1);
        BookSnapshotFlyweight.allocate(arena);
        MemorySegment books = BookSnapshotFlyweight.allocateArray(arena, 3);
        assertEquals(0, books.address() % 64);
        assertEquals(704, BookSnapshotFlyweight.BYTE_SIZE);
        assertEquals(64, BookSnapshotFlyweight.LAYOUT.byteAlignment());
    }

    @Test
    void compactOrderRemovesInteriorPaddingAndKeepsDeclaredOrderInToString() {
        assertEquals(24, CompactFlyweight.BYTE_SIZE);
        assertEquals(Map.of("price", 0L, "id", 8L, "count", 16L, "flag", 18L), Map.of(
                "price", CompactFlyweight.PRICE_OFFSET, "id", CompactFlyweight.ID_OFFSET,
                "count", CompactFlyweight.COUNT_OFFSET, "flag", CompactFlyweight.FLAG_OFFSET));
        CompactFlyweight c = CompactFlyweight.allocate(arena).flag((byte) 1).price(2.5).count((short) 3).id(4);
        assertEquals("Compact[flag=1, price=2.5, count=3, id=4]", c.toString());
    }

    @Test
    void everyLayoutAgreesWithItsOffsetConstants() {
        assertLayout(CompactFlyweight.LAYOUT, CompactFlyweight.BYTE_SIZE, Map.of("price", CompactFlyweight.PRICE_OFFSET,
                "id", CompactFlyweight.ID_OFFSET, "count", CompactFlyweight.COUNT_OFFSET, "flag", CompactFlyweight.FLAG_OFFSET));
        assertLayout(BookSnapshotFlyweight.LAYOUT, BookSnapshotFlyweight.BYTE_SIZE, Map.of(
                "symbol", BookSnapshotFlyweight.SYMBOL_OFFSET, "sequence", BookSnapshotFlyweight.SEQUENCE_OFFSET,
                "lastTradeSide", BookSnapshotFlyweight.LAST_TRADE_SIDE_OFFSET, "bids", BookSnapshotFlyweight.BIDS_OFFSET,
                "asks", BookSnapshotFlyweight.ASKS_OFFSET));
        assertLayout(LevelFlyweight.LAYOUT, LevelFlyweight.BYTE_SIZE, Map.of("price", LevelFlyweight.PRICE_OFFSET,
                "quantity", LevelFlyweight.QUANTITY_OFFSET, "orders", LevelFlyweight.ORDERS_OFFSET));
        assertLayout(KindsFlyweight.LAYOUT, KindsFlyweight.BYTE_SIZE, Map.of("doubles", KindsFlyweight.DOUBLES_OFFSET,
                "side", KindsFlyweight.SIDE_OFFSET, "price", KindsFlyweight.PRICE_OFFSET,
                "prices", KindsFlyweight.PRICES_OFFSET, "code", KindsFlyweight.CODE_OFFSET));
    }

    private static void assertLayout(StructLayout layout, long byteSize, Map<String, Long> offsets) {
        assertEquals(byteSize, layout.byteSize());
        offsets.forEach((name, offset) -> assertEquals(offset, layout.byteOffset(groupElement(name)), name));
    }
}
