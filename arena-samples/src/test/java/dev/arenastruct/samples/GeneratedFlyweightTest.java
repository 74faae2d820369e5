package dev.arenastruct.samples;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.BumpArena;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Runs the generated flyweights for real, over arena memory. */
class GeneratedFlyweightTest {

    @Test
    void tradeEventConstantsAreTheCLayout() {
        assertEquals(24, TradeEventFlyweight.BYTE_SIZE);
        assertEquals(8, TradeEventFlyweight.BYTE_ALIGNMENT);
        assertEquals(0, TradeEventFlyweight.ID_OFFSET);
        assertEquals(8, TradeEventFlyweight.PRICE_OFFSET);
        assertEquals(16, TradeEventFlyweight.QUANTITY_OFFSET);
    }

    @Test
    void layoutAgreesWithEveryConstant() {
        assertEquals(AllPrimitivesFlyweight.BYTE_SIZE, AllPrimitivesFlyweight.LAYOUT.byteSize());
        assertEquals(AllPrimitivesFlyweight.BYTE_ALIGNMENT, AllPrimitivesFlyweight.LAYOUT.byteAlignment());
        long[] offsets = {AllPrimitivesFlyweight.B_OFFSET, AllPrimitivesFlyweight.FLAG_OFFSET,
            AllPrimitivesFlyweight.S_OFFSET, AllPrimitivesFlyweight.C_OFFSET, AllPrimitivesFlyweight.I_OFFSET,
            AllPrimitivesFlyweight.F_OFFSET, AllPrimitivesFlyweight.L_OFFSET, AllPrimitivesFlyweight.D_OFFSET,
            AllPrimitivesFlyweight.TAIL_OFFSET};
        String[] names = {"b", "flag", "s", "c", "i", "f", "l", "d", "tail"};
        for (int k = 0; k < names.length; k++) {
            assertEquals(offsets[k], AllPrimitivesFlyweight.LAYOUT.byteOffset(groupElement(names[k])), names[k]);
        }
        assertEquals(40, AllPrimitivesFlyweight.BYTE_SIZE);
        assertEquals(32, AllPrimitivesFlyweight.TAIL_OFFSET);
    }

    @Test
    void everyPrimitiveRoundTripsItsExtremeValues() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            AllPrimitivesFlyweight p = AllPrimitivesFlyweight.allocate(arena);
            p.b(Byte.MIN_VALUE).flag(true).s(Short.MIN_VALUE).c(Character.MAX_VALUE).i(Integer.MIN_VALUE)
                    .f(Float.NaN).l(Long.MIN_VALUE).d(-0.0).tail(Byte.MAX_VALUE);
            assertEquals(Byte.MIN_VALUE, p.b());
            assertTrue(p.flag());
            assertEquals(Short.MIN_VALUE, p.s());
            assertEquals(Character.MAX_VALUE, p.c());
            assertEquals(Integer.MIN_VALUE, p.i());
            assertTrue(Float.isNaN(p.f()));
            assertEquals(Long.MIN_VALUE, p.l());
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(p.d()));
            assertEquals(Byte.MAX_VALUE, p.tail());

            p.b(Byte.MAX_VALUE).flag(false).s(Short.MAX_VALUE).c(Character.MIN_VALUE).i(Integer.MAX_VALUE)
                    .f(Float.NEGATIVE_INFINITY).l(Long.MAX_VALUE).d(Double.MIN_VALUE).tail(Byte.MIN_VALUE);
            assertEquals(Byte.MAX_VALUE, p.b());
            assertFalse(p.flag());
            assertEquals(Short.MAX_VALUE, p.s());
            assertEquals(Character.MIN_VALUE, p.c());
            assertEquals(Integer.MAX_VALUE, p.i());
            assertEquals(Float.NEGATIVE_INFINITY, p.f());
            assertEquals(Long.MAX_VALUE, p.l());
            assertEquals(Double.MIN_VALUE, p.d());
            assertEquals(Byte.MIN_VALUE, p.tail());
        }
    }

    @Test
    void writingOneFieldNeverTouchesItsNeighbours() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            AllPrimitivesFlyweight p = AllPrimitivesFlyweight.allocate(arena);
            p.b((byte) -1).flag(true).s((short) -1).c((char) 0xffff).i(-1).f(-1f).l(-1L).d(-1.0).tail((byte) -1);
            p.i(0);
            assertEquals((short) -1, p.s());
            assertEquals((char) 0xffff, p.c());
            assertEquals(-1f, p.f());
            p.flag(false);
            assertEquals((byte) -1, p.b());
            assertEquals((short) -1, p.s());
        }
    }

    @Test
    void valuesLandAtTheDeclaredOffsetsInNativeByteOrder() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            MemorySegment memory = arena.allocate(TradeEventFlyweight.BYTE_SIZE, TradeEventFlyweight.BYTE_ALIGNMENT);
            TradeEventFlyweight t = new TradeEventFlyweight().wrap(memory).id(7).price(2.5).quantity(-3);
            assertEquals(7L, memory.get(ValueLayout.JAVA_LONG, 0));
            assertEquals(2.5, memory.get(ValueLayout.JAVA_DOUBLE, 8));
            assertEquals(-3, memory.get(ValueLayout.JAVA_INT, 16));
            assertEquals(0, memory.get(ValueLayout.JAVA_INT, 20), "tail padding stays zero");
            assertEquals("TradeEvent[id=7, price=2.5, quantity=-3]", t.toString());
        }
    }

    @Test
    void allocateHandsOutZeroedStructsEvenAfterReset() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            TradeEventFlyweight.allocate(arena).id(99).price(9.9).quantity(9);
            arena.reset();
            TradeEventFlyweight fresh = TradeEventFlyweight.allocate(arena);
            assertEquals("TradeEvent[id=0, price=0.0, quantity=0]", fresh.toString());
        }
    }

    @Test
    void tryAllocateAllocateSegmentAndCopyIntoHandOutTheirOwnBytesOverDirtyMemory() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            arena.allocate(256).fill((byte) 0xA5);
            arena.reset();
            TradeEventFlyweight tried = TradeEventFlyweight.tryAllocate(arena);
            assertEquals("TradeEvent[id=0, price=0.0, quantity=0]", tried.toString());
            MemorySegment segment = TradeEventFlyweight.allocateSegment(arena);
            assertEquals(TradeEventFlyweight.BYTE_SIZE, segment.byteSize());
            for (long i = 0; i < segment.byteSize(); i++) {
                assertEquals(0, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i + " of allocateSegment");
            }
            tried.id(7).price(2.5).quantity(-3);
            TradeEventFlyweight copy = tried.copyInto(arena);
            assertEquals("TradeEvent[id=7, price=2.5, quantity=-3]", copy.toString());
            assertTrue(copy.contentEquals(tried));
        }
    }

    @Test
    void oneFlyweightIsReusedOverAnArrayOfStructsThroughWrap() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            int count = 10;
            MemorySegment block = arena.allocate(TradeEventFlyweight.BYTE_SIZE * count, TradeEventFlyweight.BYTE_ALIGNMENT);
            TradeEventFlyweight cursor = new TradeEventFlyweight();
            for (int k = 0; k < count; k++) {
                assertSame(cursor, cursor.wrap(block, k * TradeEventFlyweight.BYTE_SIZE).id(k).price(k * 0.5).quantity(k));
            }
            double notional = 0;
            for (int k = 0; k < count; k++) {
                notional += cursor.wrap(block, k * TradeEventFlyweight.BYTE_SIZE).notional();
            }
            assertEquals(142.5, notional); // sum of 0.5 k^2 for k < 10
        }
    }

    @Test
    void wrapRefusesMemoryTooSmallWithTheNumbersAndKeepsTheFlyweight() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment small = arena.allocate(40, 8);
            TradeEventFlyweight t = new TradeEventFlyweight().wrap(small, 8).id(5);
            IndexOutOfBoundsException outside = assertThrows(IndexOutOfBoundsException.class, () -> t.wrap(small, 24));
            assertEquals("cannot wrap TradeEvent (byteSize=24) at offset=24 of a segment with byteSize=40;"
                    + " the struct must lie wholly inside the segment", outside.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> t.wrap(small, 17));
            assertThrows(IndexOutOfBoundsException.class, () -> t.wrap(small, -1));
            assertThrows(NullPointerException.class, () -> t.wrap(null, 0));
            assertEquals(5, t.id(), "still over the struct at offset 8");
            assertEquals(5, small.get(ValueLayout.JAVA_LONG, 8));
        }
    }

    @Test
    void wrapReadsAndWritesAStructAtAnyOffsetInsideTheSegmentAndNothingOutside() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment memory = arena.allocate(64, 8);
            TradeEventFlyweight t = new TradeEventFlyweight();
            // no alignment check (as SBE's flyweights): a struct at an odd offset is slower, never unsafe
            for (long at = 0; at <= 64 - TradeEventFlyweight.BYTE_SIZE; at++) {
                memory.fill((byte) 0);
                t.wrap(memory, at).id(-at - 1).price(at + 0.25).quantity((int) at * 3);
                assertEquals(-at - 1, t.id());
                assertEquals(at + 0.25, t.price());
                assertEquals((int) at * 3, t.quantity());
                assertEquals(-at - 1, memory.get(ValueLayout.JAVA_LONG_UNALIGNED, at), "id at its offset");
                assertEquals(at + 0.25, memory.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + TradeEventFlyweight.PRICE_OFFSET));
                assertEquals(new TradeEventValue(-at - 1, at + 0.25, (int) at * 3), t.toValue());
                for (long b = 0; b < 64; b++) { // nothing before the struct or after its quantity
                    if (b < at || b >= at + TradeEventFlyweight.QUANTITY_OFFSET + 4) {
                        assertEquals(0, memory.get(ValueLayout.JAVA_BYTE, b), "byte " + b + " with the struct at " + at);
                    }
                }
            }
        }
    }

    @Test
    void staticAccessorsReadAndWriteAtAnyOffsetInsideTheSegmentAndNothingOutside() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment memory = arena.allocate(64, 8);
            // no alignment check (as SBE's accessors): a struct at an odd offset is slower, never unsafe
            for (long at : new long[] {0, 1, 3, 4, 7, 64 - TradeEventFlyweight.BYTE_SIZE}) {
                memory.fill((byte) 0);
                TradeEventFlyweight.id(memory, at, -at - 1);
                TradeEventFlyweight.price(memory, at, at + 0.25);
                TradeEventFlyweight.quantity(memory, at, (int) at * 3);
                assertEquals(-at - 1, TradeEventFlyweight.id(memory, at));
                assertEquals(at + 0.25, TradeEventFlyweight.price(memory, at));
                assertEquals((int) at * 3, TradeEventFlyweight.quantity(memory, at));
                assertEquals(-at - 1, memory.get(ValueLayout.JAVA_LONG_UNALIGNED, at), "id at its offset");
                for (long b = 0; b < 64; b++) { // nothing before the struct or after its quantity
                    if (b < at || b >= at + TradeEventFlyweight.QUANTITY_OFFSET + 4) {
                        assertEquals(0, memory.get(ValueLayout.JAVA_BYTE, b), "byte " + b + " with the struct at " + at);
                    }
                }
            }
            MemorySegment before = arena.allocate(64, 8).copyFrom(memory);
            long past = 64 - TradeEventFlyweight.QUANTITY_OFFSET - 3; // quantity's last byte one past the end
            assertThrows(IndexOutOfBoundsException.class, () -> TradeEventFlyweight.quantity(memory, past, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> TradeEventFlyweight.id(memory, -1));
            assertThrows(IndexOutOfBoundsException.class, () -> TradeEventFlyweight.id(memory, 57, 5L));
            assertEquals(-1, memory.mismatch(before), "a refused write changes nothing");
        }
    }

    @Test
    void aFlyweightNeverWrappedReadsNothing() {
        TradeEventFlyweight unwrapped = new TradeEventFlyweight();
        assertThrows(IndexOutOfBoundsException.class, unwrapped::id);
    }

    @Test
    void tryAllocateReturnsNullWhenTheArenaIsFullAndLeavesItUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(TradeEventFlyweight.BYTE_SIZE * 2)) {
            TradeEventFlyweight.allocate(arena);
            TradeEventFlyweight.allocate(arena);
            assertNull(TradeEventFlyweight.tryAllocate(arena));
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> TradeEventFlyweight.allocate(arena));
            assertEquals(24, e.requested());
            assertEquals(48, arena.allocatedBytes());
        }
    }

    @Test
    void aStructFromAClosedArenaCannotBeReadOrWritten() {
        BumpArena arena = BumpArena.ofCapacity(64);
        TradeEventFlyweight t = TradeEventFlyweight.allocate(arena).id(1);
        arena.close();
        assertThrows(IllegalStateException.class, t::id);
        assertThrows(IllegalStateException.class, () -> t.price(1.0));
    }

    @Test
    void aStructIsUsableThroughItsInterface() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            TradeEvent event = TradeEventFlyweight.allocate(arena).id(5).price(10.0).quantity(3);
            assertEquals(5, event.id());
            assertEquals(30.0, event.notional());
        }
    }
}
