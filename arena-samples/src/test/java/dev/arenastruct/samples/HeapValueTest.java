package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generated heap value records: {@code toValue()}, {@code copyFrom(value)}, and the record itself. */
class HeapValueTest {
    private static final long SEED = new Random().nextLong();

    @Test
    void everyFieldKindRoundTripsThroughAValueAndBack() {
        Random random = new Random(SEED);
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (int round = 0; round < 100; round++) {
                KindsFlyweight struct = ValueMethodsTest.fill(KindsFlyweight.allocate(arena), random);
                KindsValue value = struct.toValue();
                String context = "seed=" + SEED + " round=" + round;
                assertEquals(struct.toString(), value.toString(), "a value prints as its struct; " + context);
                KindsFlyweight back = KindsFlyweight.allocate(arena).copyFrom(value);
                assertTrue(back.contentEquals(struct), context);
                assertEquals(value, back.toValue(), context);
                assertEquals(value.hashCode(), back.toValue().hashCode(), context);
                for (int i = 0; i < KindsFlyweight.CODE_LENGTH; i++) {
                    assertEquals(struct.code(i), value.code(i), "the value's text bytes are the struct's; " + context);
                }
                for (int i = 0; i < KindsFlyweight.PRICES_LENGTH; i++) {
                    assertEquals(struct.prices(i).mantissa(), value.prices(i).mantissa(), context);
                    assertEquals(struct.sides(i), value.sides(i), context);
                }
                assertEquals(struct.longs(2), value.longs(2), context);
                assertEquals(struct.price().exponent(), value.price().exponent(), context);
            }
        }
    }

    @Test
    void everyScalarKindRoundTripsAtItsEdges() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            AllPrimitivesValue min = new AllPrimitivesValue(Byte.MIN_VALUE, false, Short.MIN_VALUE, Character.MIN_VALUE,
                    Integer.MIN_VALUE, -Float.MAX_VALUE, Long.MIN_VALUE, Double.NEGATIVE_INFINITY, (byte) -1);
            AllPrimitivesValue max = new AllPrimitivesValue(Byte.MAX_VALUE, true, Short.MAX_VALUE, Character.MAX_VALUE,
                    Integer.MAX_VALUE, Float.NaN, Long.MAX_VALUE, Double.MIN_VALUE, Byte.MAX_VALUE);
            for (AllPrimitivesValue value : new AllPrimitivesValue[] {min, max}) {
                AllPrimitivesFlyweight struct = AllPrimitivesFlyweight.allocate(arena).copyFrom(value);
                assertEquals(value, struct.toValue());
                assertEquals(value.toString(), struct.toString());
            }
            assertNotEquals(min, max);
        }
    }

    @Test
    void aValueOutlivesItsArenaAndIsTheInterface() {
        TradeEventValue kept;
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            kept = TradeEventFlyweight.allocate(arena).id(7).price(101.5).quantity(3).toValue();
        }
        TradeEvent asInterface = kept;
        assertEquals(101.5, asInterface.price());
        assertEquals(new TradeEventValue(7, 101.5, 3), kept);
        assertNotEquals(new TradeEventValue(7, 101.5, 4), kept);
        assertEquals("TradeEvent[id=7, price=101.5, quantity=3]", kept.toString());
    }

    @Test
    void arraysAreCopiedInAndOutSoTheValueStaysImmutable() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            KindsValue value = ValueMethodsTest.fill(KindsFlyweight.allocate(arena), new Random(SEED)).toValue();
            long[] longs = value.longs();
            long before = longs[0];
            longs[0] = before + 1;
            assertEquals(before, value.longs(0), "the accessor returned a copy");
            assertNotSame(value.longs(), value.longs());
            long[] given = {1, 2, 3};
            KindsValue made = new KindsValue(value.bytes(), value.flags(), value.shorts(), value.chars(), value.ints(),
                    value.floats(), given, value.doubles(), value.side(), value.sides(), value.price(), value.prices(),
                    value.code());
            given[0] = 99;
            assertArrayEquals(new long[] {1, 2, 3}, made.longs(), "the constructor copied the array");
        }
    }

    @Test
    void aValueIsCheckedWhenItIsMadeSoWritingItBackCannotFail() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            KindsValue v = ValueMethodsTest.fill(KindsFlyweight.allocate(arena), new Random(SEED)).toValue();
            IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> new KindsValue(
                    new byte[2], v.flags(), v.shorts(), v.chars(), v.ints(), v.floats(), v.longs(), v.doubles(), v.side(),
                    v.sides(), v.price(), v.prices(), v.code()));
            assertEquals("bytes must have exactly 3 elements, as its @Array declares, but has 2", length.getMessage());
            IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> new KindsValue(
                    v.bytes(), v.flags(), v.shorts(), v.chars(), v.ints(), v.floats(), v.longs(), v.doubles(), v.side(),
                    v.sides(), v.price(), v.prices(), "toolong"));
            assertTrue(text.getMessage().startsWith("text field 'code' holds at most 6 bytes of UTF-8"), text.getMessage());
            NullPointerException side = assertThrows(NullPointerException.class, () -> new KindsValue(
                    v.bytes(), v.flags(), v.shorts(), v.chars(), v.ints(), v.floats(), v.longs(), v.doubles(), null,
                    v.sides(), v.price(), v.prices(), v.code()));
            assertEquals("side", side.getMessage());
            NullPointerException element = assertThrows(NullPointerException.class, () -> new KindsValue(
                    v.bytes(), v.flags(), v.shorts(), v.chars(), v.ints(), v.floats(), v.longs(), v.doubles(), v.side(),
                    new Side[] {Side.BID, null}, v.price(), v.prices(), v.code()));
            assertEquals("sides[1] is null", element.getMessage());
        }
    }

    @Test
    void copyFromAValueOnAStaleFlyweightThrows() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight t = TradeEventFlyweight.allocate(arena);
            arena.reset();
            assertThrows(StaleStructException.class, () -> t.copyFrom(new TradeEventValue(1, 2, 3)));
            TradeEventFlyweight fresh = TradeEventFlyweight.allocate(arena);
            assertSame(fresh, fresh.copyFrom(new TradeEventValue(1, 2, 3)));
            assertEquals("TradeEvent[id=1, price=2.0, quantity=3]", fresh.toString());
        }
    }
}
