package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.StaleStructException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A flyweight whose memory was reclaimed refuses every access instead of reading the next batch. */
class StaleFlyweightTest {

    @Test
    void afterResetEveryAccessThrowsNamingTheStruct() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight old = TradeEventFlyweight.allocate(arena).id(1).price(100.0).quantity(50);
            arena.reset();
            TradeEventFlyweight.allocate(arena).id(2).price(200.0).quantity(60); // same memory, next batch
            StaleStructException e = assertThrows(StaleStructException.class, old::price);
            assertEquals("TradeEvent is stale: its memory was reclaimed by BumpArena.reset() after it was allocated"
                    + " (allocated in generation 0 of BumpArena scope depth 0, now generation 1);"
                    + " do not keep flyweights across a reset, allocate or wrap them again", e.getMessage());
            assertThrows(StaleStructException.class, () -> old.id(3));
            assertThrows(StaleStructException.class, old::toString);
            assertThrows(StaleStructException.class, old::notional, "default methods read through the getters");
        }
    }

    @Test
    void aFreshFlyweightAfterTheResetWorks() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight.allocate(arena).id(1);
            arena.reset();
            TradeEventFlyweight fresh = TradeEventFlyweight.allocate(arena).id(2);
            assertEquals(2, fresh.id());
        }
    }

    @Test
    void aClosedScopeMakesItsStructsStaleButNotEarlierOnes() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TradeEventFlyweight before = TradeEventFlyweight.allocate(arena).id(1);
            TradeEventFlyweight inside;
            try (BumpArena.Scope scope = arena.openScope()) {
                inside = TradeEventFlyweight.allocate(arena).id(2);
                assertEquals(2, inside.id());
            }
            assertEquals(1, before.id());
            StaleStructException e = assertThrows(StaleStructException.class, inside::id);
            assertTrue(e.getMessage().contains("reclaimed by rewinding its scope (depth 1)"), e.getMessage());
            TradeEventFlyweight after = TradeEventFlyweight.allocate(arena).id(3);
            assertEquals(3, after.id(), "allocated at depth 0 again, valid");
        }
    }

    @Test
    void nestedViewsGoStaleWithTheirStruct() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            LevelFlyweight level = LevelFlyweight.allocate(arena).quantity(10);
            PriceFlyweight price = level.price().mantissa(12345).exponent((byte) -2);
            BookSnapshotFlyweight book = BookSnapshotFlyweight.allocate(arena).symbol("AAPL");
            LevelFlyweight bid = book.bids(0);
            arena.reset();
            assertThrows(StaleStructException.class, price::mantissa, "a view kept across the reset");
            assertThrows(StaleStructException.class, level::price, "asking a stale struct for a view");
            assertThrows(StaleStructException.class, bid::quantity);
            assertThrows(StaleStructException.class, () -> book.bids(1));
            assertThrows(StaleStructException.class, book::symbolAsString, "text helpers check too");
            assertThrows(StaleStructException.class, () -> book.symbol(0));
            assertThrows(StaleStructException.class, book::lastTradeSide);
        }
    }

    @Test
    void arrayAndBulkAccessorsCheck() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            AllPrimitivesFlyweight all = AllPrimitivesFlyweight.allocate(arena);
            arena.reset();
            assertThrows(StaleStructException.class, all::toString);
        }
    }

    @Test
    void afterCloseAccessThrowsAndSaysClosed() {
        BumpArena arena = BumpArena.ofCapacity(1024);
        TradeEventFlyweight event = TradeEventFlyweight.allocate(arena).id(1);
        arena.close();
        StaleStructException e = assertThrows(StaleStructException.class, event::id);
        assertTrue(e.getMessage().contains("reclaimed by BumpArena.close()"), e.getMessage());
    }

    @Test
    void wrappedSegmentsAreNotTrackedButFfmStillChecksThatTheyAreAlive() {
        BumpArena arena = BumpArena.ofCapacity(1024);
        MemorySegment memory = TradeEventFlyweight.allocateArray(arena, 1);
        TradeEventFlyweight event = new TradeEventFlyweight().wrap(memory).id(9);
        arena.reset();
        assertEquals(9, event.id(), "a wrapped raw segment is plain memory: a reset is not seen through it");
        arena.close();
        assertThrows(IllegalStateException.class, event::id, "but freed memory is never read");
    }

    @Test
    void concurrentArenaFlyweightsGoStaleOnItsReset() {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1024)) {
            TradeEventFlyweight event = TradeEventFlyweight.allocate(arena).id(5);
            assertEquals(5, event.id());
            arena.reset();
            StaleStructException e = assertThrows(StaleStructException.class, event::id);
            assertTrue(e.getMessage().contains("ConcurrentArena.reset()"), e.getMessage());
        }
    }

    @Test
    void withChecksOffTheStaleReadIsNotDetected() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Ddev.arenastruct.staleChecks=false",
                "-cp", System.getProperty("java.class.path"), UncheckedStaleRead.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertEquals(0, process.exitValue(), output);
        assertEquals("id=2", output, "unchecked: the stale flyweight reads the next batch's data, as hand-written code would");
    }

    /** Run in a child JVM with checks off: reads through a stale flyweight. */
    static final class UncheckedStaleRead {
        public static void main(String[] args) {
            try (BumpArena arena = BumpArena.ofCapacity(1024)) {
                TradeEventFlyweight old = TradeEventFlyweight.allocate(arena).id(1);
                arena.reset();
                TradeEventFlyweight.allocate(arena).id(2);
                System.out.println("id=" + old.id());
            }
        }
    }
}
