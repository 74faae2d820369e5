package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.ScratchArena;
import dev.arenastruct.StaleStructException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the README promises across threads: stale detection holds for a use that happens-after the
 * reset or the end of the scope (a join, an executor hand-off); a {@code BumpArena}'s memory is
 * confined to its thread. (A use that races with the reset is not detected: nothing here tests that.)
 */
class CrossThreadTest {

    @Test
    void aScratchStructHandedToAnotherThreadAfterItsScopeClosedIsStaleThere() throws Exception {
        ScratchArena scratch = ScratchArena.withDefaults();
        TradeEventFlyweight kept;
        try (BumpArena.Scope scope = scratch.open()) {
            kept = TradeEventFlyweight.allocate(scope.arena()).id(7);
        }
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            TradeEventFlyweight handedOver = kept;
            Future<Long> read = other.submit(() -> handedOver.id()); // submit() happens-after the scope closed
            ExecutionException e = assertThrows(ExecutionException.class, read::get);
            assertInstanceOf(StaleStructException.class, e.getCause());
        }
        scratch.release();
    }

    @Test
    void aScratchStructReadByAnotherThreadWhileTheScopeIsOpenAndJoinedBeforeItClosesIsValid() throws Exception {
        ScratchArena scratch = ScratchArena.withDefaults();
        try (BumpArena.Scope scope = scratch.open(); ExecutorService other = Executors.newSingleThreadExecutor()) {
            TradeEventFlyweight event = TradeEventFlyweight.allocate(scope.arena()).id(7).quantity(3);
            assertEquals(21L, other.submit(() -> event.id() * event.quantity()).get()); // get() before the scope closes
        }
        scratch.release();
    }

    @Test
    void aConcurrentArenaStructUsedByAThreadStartedAfterTheResetIsStale() throws InterruptedException {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(1024)) {
            TradeEventFlyweight[] made = new TradeEventFlyweight[1];
            Thread writer = Thread.ofPlatform().start(() -> made[0] = TradeEventFlyweight.allocate(arena).id(1));
            writer.join();
            arena.reset(); // after the join, as the README says
            Throwable[] seen = new Throwable[1];
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    made[0].id();
                } catch (Throwable t) {
                    seen[0] = t;
                }
            });
            reader.join();
            assertInstanceOf(StaleStructException.class, seen[0]);
        }
    }

    @Test
    void aBumpArenaStructUsedFromAnotherThreadThrowsWrongThreadException() throws Exception {
        try (BumpArena arena = BumpArena.ofCapacity(1024); ExecutorService other = Executors.newSingleThreadExecutor()) {
            TradeEventFlyweight event = TradeEventFlyweight.allocate(arena).id(1);
            ExecutionException e = assertThrows(ExecutionException.class, () -> other.submit(() -> event.id()).get());
            assertInstanceOf(WrongThreadException.class, e.getCause());
        }
    }
}
