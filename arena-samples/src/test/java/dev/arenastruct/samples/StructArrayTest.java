package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.StaleStructException;
import dev.arenastruct.StructArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/**
 * {@code allocateStructs} and {@code wrapElement(StructArray, long)}: a struct array that carries
 * the arena's lifetime, walked by one reused flyweight.
 */
class StructArrayTest {

    /** Arrays on both sides of the zeroing's switch from inline stores to a bulk fill (128 bytes), over dirty memory. */
    @Test
    void allocateStructsZeroesEveryByteOverMemoryUsedBefore() {
        for (int count : new int[] {1, 5, 6, 100}) {
            try (BumpArena arena = BumpArena.ofCapacity(8192)) {
                arena.allocate(8192).fill((byte) 0xA5);
                arena.reset();
                MemorySegment bytes = TradeEventFlyweight.allocateStructs(arena, count).segment();
                assertEquals(count * TradeEventFlyweight.BYTE_SIZE, bytes.byteSize());
                for (long i = 0; i < bytes.byteSize(); i++) {
                    assertEquals(0, bytes.get(ValueLayout.JAVA_BYTE, i), "byte " + i + " of " + count + " structs");
                }
            }
        }
    }

    @Test
    void oneReusedFlyweightWritesAndReadsEveryElementInPlace() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 10);
            assertEquals(10, trades.count());
            assertEquals(10 * TradeEventFlyweight.BYTE_SIZE, trades.byteSize());
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (int i = 0; i < trades.count(); i++) {
                assertEquals(0, t.wrapElement(trades, i).id(), "allocated zeroed");
                t.id(i).price(100.0 + i).quantity(i * 10);
            }
            MemorySegment bytes = trades.segment();
            assertEquals(trades.byteSize(), bytes.byteSize());
            for (int i = 0; i < 10; i++) {
                assertEquals(i, TradeEventFlyweight.id(bytes, i * TradeEventFlyweight.BYTE_SIZE), "the same memory");
                assertEquals(100.0 + i, t.wrapElement(trades, i).price());
                assertEquals(i * 10, t.quantity());
            }
            assertEquals("TradeEvent[id=3, price=103.0, quantity=30]", t.wrapElement(trades, 3).toString());
        }
    }

    @Test
    void elementsLieBackToBackAtTheStructsAlignment() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            arena.allocate(3, 1); // misalign the next allocation
            StructArray<LevelFlyweight> levels = LevelFlyweight.allocateStructs(arena, 4);
            assertEquals(0, levels.segment().address() % LevelFlyweight.BYTE_ALIGNMENT);
            LevelFlyweight level = new LevelFlyweight();
            level.wrapElement(levels, 2).price().mantissa(7).exponent((byte) -2);
            level.quantity(5).orders(1);
            MemorySegment at2 = levels.segment().asSlice(2 * LevelFlyweight.BYTE_SIZE, LevelFlyweight.BYTE_SIZE);
            assertEquals("Level[price=Price[mantissa=7, exponent=-2], quantity=5, orders=1]",
                    new LevelFlyweight().wrap(at2).toString());
        }
    }

    @Test
    void anIndexOutsideTheArrayThrowsWithTheIndexAndTheCount() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 3);
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (long index : new long[] {3, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                        () -> t.wrapElement(trades, index));
                assertEquals("index " + index + " is out of bounds for StructArray[3 TradeEvent structs, byteSize=72]",
                        e.getMessage());
            }
            NullPointerException none = assertThrows(NullPointerException.class, () -> t.wrapElement(
                    (StructArray<TradeEventFlyweight>) null, 0));
            assertEquals("array", none.getMessage());
        }
    }

    @Test
    void theArrayAndFlyweightsPointedIntoItGoStaleAfterAReset() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 4);
            TradeEventFlyweight t = new TradeEventFlyweight().wrapElement(trades, 1).id(11);
            assertFalse(trades.isStale());
            arena.reset();
            TradeEventFlyweight.allocateStructs(arena, 4); // the same memory, next batch
            assertTrue(trades.isStale());
            assertThrows(StaleStructException.class, t::id, "a flyweight keeps the array's lifetime");
            StaleStructException e = assertThrows(StaleStructException.class, () -> t.wrapElement(trades, 0));
            assertTrue(e.getMessage().startsWith("StructArray of TradeEvent is stale: its memory was reclaimed by "
                    + "BumpArena.reset()"), e.getMessage());
            assertThrows(StaleStructException.class, trades::segment);
            assertEquals("StructArray[4 TradeEvent structs, byteSize=96, stale]", trades.toString());
        }
    }

    @Test
    void anArrayAllocatedInAScopeGoesStaleWhenTheScopeClosesAndOneBeforeItDoesNot() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructArray<TradeEventFlyweight> outer = TradeEventFlyweight.allocateStructs(arena, 2);
            StructArray<TradeEventFlyweight> inner;
            try (BumpArena.Scope scope = arena.openScope()) {
                inner = TradeEventFlyweight.allocateStructs(arena, 2);
            }
            TradeEventFlyweight t = new TradeEventFlyweight();
            assertThrows(StaleStructException.class, () -> t.wrapElement(inner, 0));
            assertEquals(5, t.wrapElement(outer, 1).id(5).id());
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aFlyweightOfAnotherStructIsRefusedEvenThroughRawTypes() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructArray levels = LevelFlyweight.allocateStructs(arena, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new TradeEventFlyweight().wrapElement((StructArray<TradeEventFlyweight>) levels, 0));
            assertEquals("a TradeEventFlyweight cannot point into StructArray[2 Level structs, byteSize=64]: use a "
                    + "LevelFlyweight", e.getMessage());
        }
    }

    @Test
    void badCountsAreRefusedAndLeaveTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            arena.allocate(8, 8);
            long remaining = arena.remaining();
            IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                    () -> TradeEventFlyweight.allocateStructs(arena, -1));
            assertEquals("count must not be negative: count=-1", negative.getMessage());
            IllegalArgumentException overflow = assertThrows(IllegalArgumentException.class,
                    () -> TradeEventFlyweight.allocateStructs(arena, Long.MAX_VALUE / 8));
            assertEquals((Long.MAX_VALUE / 8) + " TradeEvent structs of byteSize=24 overflow a long",
                    overflow.getMessage());
            ArenaExhaustedException exhausted = assertThrows(ArenaExhaustedException.class,
                    () -> TradeEventFlyweight.allocateStructs(arena, 11));
            assertTrue(exhausted.getMessage().contains("requested=264"), exhausted.getMessage());
            assertEquals(remaining, arena.remaining());
            assertEquals(0, TradeEventFlyweight.allocateStructs(arena, 0).count());
            assertEquals(10, TradeEventFlyweight.allocateStructs(arena, 10).count(), "what fits still fits");
        }
    }

    @Test
    void anArrayLargerThanABlockGetsABlockOfItsOwnInAGrowableArena() {
        try (BumpArena arena = BumpArena.builder().blockSize(256).build()) {
            TradeEventFlyweight first = TradeEventFlyweight.allocate(arena).id(1);
            StructArray<TradeEventFlyweight> big = TradeEventFlyweight.allocateStructs(arena, 100);
            assertTrue(arena.blockCount() >= 2);
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (int i = 0; i < 100; i++) {
                t.wrapElement(big, i).id(1000 + i);
            }
            TradeEventFlyweight after = TradeEventFlyweight.allocate(arena).id(2);
            assertEquals(1, first.id());
            assertEquals(2, after.id());
            assertEquals(1099, t.wrapElement(big, 99).id());
        }
    }

    @Test
    void aConcurrentArenaHandsOutStructArraysToo() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(4096)) {
            StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 3);
            TradeEventFlyweight t = new TradeEventFlyweight().wrapElement(trades, 2).quantity(9);
            assertEquals(9, trades.segment().get(ValueLayout.JAVA_INT,
                    2 * TradeEventFlyweight.BYTE_SIZE + TradeEventFlyweight.QUANTITY_OFFSET));
            arena.reset();
            assertThrows(StaleStructException.class, t::quantity);
        }
    }
}
