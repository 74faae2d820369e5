package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import org.junit.jupiter.api.Test;

/** {@code wrapNew(arena)}: what {@code allocate(arena)} does, into a reused flyweight. */
class WrapNewTest {

    @Test
    void eachCallAllocatesTheNextZeroedStructAndRepointsTheSameFlyweight() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight first = TradeEventFlyweight.allocate(arena).id(1).price(1.5).quantity(2);
            TradeEventFlyweight reused = new TradeEventFlyweight();
            assertSame(reused, reused.wrapNew(arena));
            assertEquals("TradeEvent[id=0, price=0.0, quantity=0]", reused.toString());
            reused.id(2).price(2.5).quantity(3);
            assertEquals(2 * TradeEventFlyweight.BYTE_SIZE, arena.allocatedBytes());
            assertEquals("TradeEvent[id=1, price=1.5, quantity=2]", first.toString(), "the next struct, not the same");
            reused.wrapNew(arena).id(3);
            assertEquals(3 * TradeEventFlyweight.BYTE_SIZE, arena.allocatedBytes());
        }
    }

    @Test
    void nestedViewsFollowTheFlyweightToItsNewStruct() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            LevelFlyweight level = new LevelFlyweight();
            level.wrapNew(arena).price().mantissa(1);
            LevelFlyweight kept = LevelFlyweight.allocate(arena);
            kept.price().mantissa(99);
            level.wrapNew(arena).price().mantissa(2);
            assertEquals(2, level.price().mantissa());
            assertEquals(99, kept.price().mantissa());
        }
    }

    @Test
    void itIsStaleCheckedLikeAllocate() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight t = new TradeEventFlyweight().wrapNew(arena).id(7);
            arena.reset();
            assertThrows(StaleStructException.class, t::id);
            assertEquals(8, t.wrapNew(arena).id(8).id(), "pointed at new memory, it is live again");
        }
    }

    @Test
    void whenTheArenaIsFullTheFlyweightAndTheArenaStayAsTheyWere() {
        try (BumpArena arena = BumpArena.ofCapacity(32)) {
            TradeEventFlyweight t = new TradeEventFlyweight().wrapNew(arena).id(5);
            long remaining = arena.remaining();
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> t.wrapNew(arena));
            assertEquals("BumpArena exhausted: requested=24 alignment=8 remaining=8 capacity=32; create the arena "
                    + "with a larger capacity, or reset() it between batches", e.getMessage());
            assertEquals(5, t.id(), "still the old struct");
            assertEquals(remaining, arena.remaining());
        }
    }

    @Test
    void allocateAndTryAllocateReturnDistinctFlyweightsOverDistinctStructs() {
        try (BumpArena arena = BumpArena.ofCapacity(48)) {
            TradeEventFlyweight a = TradeEventFlyweight.allocate(arena).id(1);
            TradeEventFlyweight b = TradeEventFlyweight.tryAllocate(arena);
            assertNotSame(a, b);
            b.id(2);
            assertEquals(1, a.id());
            assertEquals(null, TradeEventFlyweight.tryAllocate(arena), "full: null, no exception");
        }
    }
}
