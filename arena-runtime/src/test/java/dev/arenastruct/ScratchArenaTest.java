package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScratchArenaTest {
    private final ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(256));

    @Test
    void aThreadGetsTheSameArenaOnEveryOpen() {
        BumpArena first;
        try (BumpArena.Scope scope = scratch.open()) {
            first = scope.arena();
            first.allocate(100, 8);
        }
        try (BumpArena.Scope scope = scratch.open()) {
            assertSame(first, scope.arena());
            assertEquals(0, scope.arena().allocatedBytes(), "closing the outermost scope reset it");
        }
    }

    @Test
    void nestedOpensAreNestedScopesOfOneArena() {
        try (BumpArena.Scope outer = scratch.open()) {
            outer.arena().allocate(10, 1);
            try (BumpArena.Scope inner = scratch.open()) {
                assertSame(outer.arena(), inner.arena());
                inner.arena().allocate(20, 1);
            }
            assertEquals(10, outer.arena().allocatedBytes(), "the inner scope freed only its own memory");
        }
    }

    @Test
    void theOutermostCloseAppliesTheRetainPolicy() {
        ScratchArena trimmed = ScratchArena.of(BumpArena.builder().blockSize(64).retain(RetainPolicy.upTo(64)));
        BumpArena arena;
        try (BumpArena.Scope scope = trimmed.open()) {
            arena = scope.arena();
            for (int i = 0; i < 20; i++) {
                arena.allocate(64, 8);
            }
        }
        assertEquals(1, arena.blockCount(), "a burst does not keep its blocks");
    }

    @Test
    void eachThreadHasItsOwnArena() throws Exception {
        BumpArena mine;
        try (BumpArena.Scope scope = scratch.open()) {
            mine = scope.arena();
        }
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<BumpArena> theirs = pool.submit(() -> {
                try (BumpArena.Scope scope = scratch.open()) {
                    return scope.arena();
                }
            });
            assertNotSame(mine, theirs.get());
        }
    }

    @Test
    void releaseDropsTheArenaAndTheNextOpenStartsAFreshOne() {
        BumpArena first;
        try (BumpArena.Scope scope = scratch.open()) {
            first = scope.arena();
        }
        scratch.release();
        assertThrows(IllegalStateException.class, () -> first.allocate(1, 1));
        try (BumpArena.Scope scope = scratch.open()) {
            assertNotSame(first, scope.arena());
        }
    }
}
