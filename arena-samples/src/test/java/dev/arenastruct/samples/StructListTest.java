package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.StaleStructException;
import dev.arenastruct.StructList;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * {@code allocateList}, {@code wrapNew(list)}, {@code append(list)} and
 * {@code wrapElement(list, index)}: a growable list of structs in an arena, walked by one reused
 * flyweight, that grows in place or moves and carries the arena's lifetime.
 */
class StructListTest {
    private static final long TRADE = TradeEventFlyweight.BYTE_SIZE;

    @Test
    void appendsZeroedElementsAndVisitsThemWithOneFlyweight() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 2);
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (int i = 0; i < 10; i++) {
                assertEquals(0, t.wrapNew(trades).id(), "appended zeroed");
                t.id(i).price(100.0 + i).quantity(i * 10);
            }
            TradeEventFlyweight.append(trades).id(99);
            assertEquals(11, trades.size());
            for (int i = 0; i < 10; i++) {
                assertEquals(100.0 + i, t.wrapElement(trades, i).price());
                assertEquals(i * 10, t.quantity());
            }
            assertEquals("TradeEvent[id=99, price=0.0, quantity=0]", t.wrapElement(trades, 10).toString());
            MemorySegment bytes = trades.segment();
            assertEquals(11 * TRADE, bytes.byteSize());
            assertEquals(7, TradeEventFlyweight.id(bytes, 7 * TRADE), "the same memory, back to back");
        }
    }

    @Test
    void growsInPlaceWhileItIsTheLastAllocationAndMovesOtherwise() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 1);
            TradeEventFlyweight t = new TradeEventFlyweight();
            t.wrapNew(trades).id(1);
            long address = trades.segment().address();
            for (int i = 2; i <= 8; i++) {
                t.wrapNew(trades).id(i);
            }
            assertEquals(address, trades.segment().address(), "grown in place");
            assertEquals(8 * TRADE, arena.allocatedBytes());
            TradeEventFlyweight other = TradeEventFlyweight.allocate(arena);
            t.wrapNew(trades).id(9);
            assertNotEquals(address, trades.segment().address(), "moved past the other allocation");
            assertEquals(8 * TRADE + TRADE + 16 * TRADE, arena.allocatedBytes(), "old storage abandoned");
            for (int i = 0; i < 9; i++) {
                assertEquals(i + 1, t.wrapElement(trades, i).id());
            }
            assertEquals(0, other.id(), "the other struct was not touched");
        }
    }

    @Test
    void growsAcrossTheBlocksOfAGrowableArena() {
        try (BumpArena arena = BumpArena.builder().blockSize(1024).build()) {
            StructList<LevelFlyweight> levels = LevelFlyweight.allocateList(arena, 4);
            LevelFlyweight level = new LevelFlyweight();
            for (int i = 0; i < 500; i++) {
                level.wrapNew(levels).quantity(i).price().mantissa(-i);
            }
            assertTrue(arena.blockCount() > 1, arena.toString());
            for (int i = 0; i < 500; i++) {
                level.wrapElement(levels, i);
                assertEquals(i, level.quantity());
                assertEquals(-i, level.price().mantissa());
            }
        }
    }

    @Test
    void aFailedGrowthLeavesTheListAsItWasAndUsable() {
        try (BumpArena arena = BumpArena.ofCapacity(4 * TRADE + 32)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 4);
            arena.allocate(16, 8);
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (int i = 0; i < 4; i++) {
                t.wrapNew(trades).id(i);
            }
            ArenaExhaustedException e = assertThrows(ArenaExhaustedException.class, () -> t.wrapNew(trades));
            assertTrue(e.getMessage().startsWith("StructList of TradeEvent cannot grow from capacity=4 (size=4, "
                    + 4 * TRADE + " bytes) to 5 elements (" + 5 * TRADE + " bytes"), e.getMessage());
            assertTrue(e.getMessage().contains("requested=" + 5 * TRADE + " alignment=8 remaining=16"), e.getMessage());
            assertEquals(3, t.id(), "the flyweight still points at the last element");
            assertEquals(4, trades.size());
            for (int i = 0; i < 4; i++) {
                assertEquals(i, t.wrapElement(trades, i).id());
            }
            trades.clear();
            assertEquals(0, t.wrapNew(trades).id(), "a reused element is zeroed again");
            assertEquals(0, t.price());
        }
    }

    @Test
    void staleAfterAResetOrOnceItsScopeCloses() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 4);
            TradeEventFlyweight t = new TradeEventFlyweight().wrapNew(trades).id(5);
            arena.reset();
            assertThrows(StaleStructException.class, t::id);
            assertThrows(StaleStructException.class, () -> t.wrapNew(trades));
            StaleStructException e = assertThrows(StaleStructException.class, () -> t.wrapElement(trades, 0));
            assertTrue(e.getMessage().startsWith("StructList of TradeEvent is stale"), e.getMessage());

            StructList<TradeEventFlyweight> scoped;
            try (BumpArena.Scope scope = arena.openScope()) {
                scoped = TradeEventFlyweight.allocateList(scope.arena(), 1);
                TradeEventFlyweight.append(scoped).id(1);
            }
            assertThrows(StaleStructException.class, scoped::size);
        }
    }

    @Test
    void wrongIndexAndWrongTypeAreRefused() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 4);
            TradeEventFlyweight.append(trades);
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> new TradeEventFlyweight().wrapElement(trades, 1));
            assertEquals("index 1 is out of bounds for StructList of TradeEvent of size 1", e.getMessage());
            @SuppressWarnings({"unchecked", "rawtypes"})
            StructList<LevelFlyweight> wrong = (StructList) trades;
            assertThrows(IllegalArgumentException.class, () -> new LevelFlyweight().wrapElement(wrong, 0));
            assertThrows(IllegalArgumentException.class, () -> new LevelFlyweight().wrapNew(wrong));
            assertEquals(1, trades.size());
        }
    }

    @Test
    void aListInAConcurrentArenaGrowsWhileOtherThreadsAllocate() throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1 << 20)) {
            StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 1);
            Thread other = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2000; i++) {
                    TradeEventFlyweight.allocate(arena).id(-1);
                }
            });
            TradeEventFlyweight t = new TradeEventFlyweight();
            for (int i = 0; i < 2000; i++) {
                t.wrapNew(trades).id(i).quantity(i);
            }
            other.join();
            for (int i = 0; i < 2000; i++) {
                assertEquals(i, t.wrapElement(trades, i).id(), "no element was handed to the other thread");
                assertEquals(i, t.quantity());
            }
        }
    }
}
