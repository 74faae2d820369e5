package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.internal.Flyweights;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void closingAScopeFreesWhatWasAllocatedInsideIt() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            arena.allocate(16, 8);
            long inside;
            try (BumpArena.Scope scope = arena.openScope()) {
                assertSame(arena, scope.arena());
                inside = arena.allocate(100, 8).address();
                assertEquals(116, arena.allocatedBytes());
            }
            assertEquals(16, arena.allocatedBytes());
            assertEquals(inside, arena.allocate(100, 8).address(), "the scope's memory is handed out again");
        }
    }

    @Test
    void scopesNestLastInFirstOut() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            try (BumpArena.Scope outer = arena.openScope()) {
                arena.allocate(10, 1);
                try (BumpArena.Scope inner = arena.openScope()) {
                    arena.allocate(20, 1);
                    assertEquals(2, arena.lifetime().depth());
                }
                assertEquals(10, arena.allocatedBytes());
                assertEquals(1, arena.lifetime().depth());
            }
            assertEquals(0, arena.allocatedBytes());
            assertEquals(0, arena.lifetime().depth());
        }
    }

    @Test
    void scopeMemoryGoesStaleWhileMemoryFromBeforeStaysValid() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            Lifetime outer = arena.lifetime();
            long outerGeneration = outer.generation();
            Lifetime inner;
            long innerGeneration;
            try (BumpArena.Scope scope = arena.openScope()) {
                inner = arena.lifetime();
                innerGeneration = inner.generation();
            }
            MemorySegment segment = MemorySegment.ofArray(new byte[8]);
            assertSame(segment, Flyweights.live(segment, outer, outerGeneration, "Outer"));
            StaleStructException e = assertThrows(StaleStructException.class,
                    () -> Flyweights.live(segment, inner, innerGeneration, "Inner"));
            assertEquals("Inner is stale: its memory was reclaimed by rewinding its scope (depth 1) after it was"
                    + " allocated (allocated in generation 0 of BumpArena scope depth 1, now generation 1);"
                    + " do not keep flyweights across a reset, allocate or wrap them again", e.getMessage());
        }
    }

    @Test
    void aReusedScopeDepthDoesNotRevivePreviousScopes() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            Lifetime first;
            long firstGeneration;
            try (BumpArena.Scope scope = arena.openScope()) {
                first = arena.lifetime();
                firstGeneration = first.generation();
            }
            try (BumpArena.Scope scope = arena.openScope()) {
                assertSame(first, arena.lifetime(), "depth objects are reused: no garbage per scope");
                assertTrue(first.generation() != firstGeneration, "but a new generation");
            }
        }
    }

    @Test
    void resetEndsEveryLifetimeAndOpenScope() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            Lifetime top = arena.lifetime();
            long topGeneration = top.generation();
            BumpArena.Scope scope = arena.openScope();
            arena.reset();
            assertThrows(StaleStructException.class, () -> Flyweights.live(MemorySegment.NULL, top, topGeneration, "T"));
            IllegalStateException e = assertThrows(IllegalStateException.class, scope::close);
            assertTrue(e.getMessage().startsWith("mark at scope depth 1 already ended"), e.getMessage());
            assertEquals(0, arena.lifetime().depth());
        }
    }

    @Test
    void markAndRewindFreeEverythingAfterTheMark() {
        try (BumpArena arena = BumpArena.builder().blockSize(64).build()) {
            arena.allocate(40, 8);
            BumpArena.Mark mark = arena.mark();
            assertEquals(1, mark.depth());
            for (int i = 0; i < 20; i++) {
                arena.allocate(40, 8); // spills into later blocks
            }
            int blocks = arena.blockCount();
            arena.rewind(mark);
            assertEquals(40, arena.allocatedBytes());
            assertEquals(0, arena.paddingBytes());
            assertEquals(blocks, arena.blockCount(), "blocks stay for reuse");
            assertThrows(IllegalStateException.class, () -> arena.rewind(mark), "each mark rewinds once");
        }
    }

    @Test
    void rewindingAnOuterMarkEndsInnerMarks() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            BumpArena.Mark outer = arena.mark();
            arena.allocate(8, 8);
            BumpArena.Mark inner = arena.mark();
            arena.allocate(8, 8);
            arena.rewind(outer);
            assertEquals(0, arena.allocatedBytes());
            assertThrows(IllegalStateException.class, () -> arena.rewind(inner));
        }
    }

    @Test
    void aMarkOfAnotherArenaIsRejected() {
        try (BumpArena one = BumpArena.ofCapacity(64); BumpArena two = BumpArena.ofCapacity(64)) {
            BumpArena.Mark mark = one.mark();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> two.rewind(mark));
            assertTrue(e.getMessage().startsWith("cannot rewind BumpArena[capacity=64"), e.getMessage());
        }
    }

    @Test
    void closeEndsLifetimesWithAMessageSayingSo() {
        BumpArena arena = BumpArena.ofCapacity(64);
        Lifetime lifetime = arena.lifetime();
        long generation = lifetime.generation();
        arena.close();
        StaleStructException e = assertThrows(StaleStructException.class,
                () -> Flyweights.live(MemorySegment.NULL, lifetime, generation, "TradeEvent"));
        assertTrue(e.getMessage().startsWith("TradeEvent is stale: its memory was reclaimed by BumpArena.close()"),
                e.getMessage());
    }

    @Test
    void untrackedMemoryNeverGoesStale() {
        assertEquals(0, Lifetime.UNTRACKED.generation());
        MemorySegment segment = MemorySegment.ofArray(new long[1]);
        assertSame(segment, Flyweights.live(segment, Lifetime.UNTRACKED, 0, "X"));
    }
}
