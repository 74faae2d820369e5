package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.arenastruct.BumpArena;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A match loop resets its arena once per cycle: if that allocated on the heap, the loop would
 * collect garbage forever. Measured with the thread's allocation counter, not a timer.
 */
class ZeroGarbageTest {
    private static final int CYCLES = 10_000;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void resetAllocatesNothingOnTheHeap() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            long perCycle = bytesPerCycle(() -> arena.reset());
            assertTrue(perCycle == 0, "reset() allocated " + perCycle + " bytes per call");
        }
    }

    @Test
    void rewindingAScopeDepthAlreadyUsedAllocatesOnlyTheMark() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            long perCycle = bytesPerCycle(() -> arena.rewind(arena.mark()));
            // The Mark object itself (no escape analysis in the interpreter); ending a lifetime adds nothing.
            assertTrue(perCycle <= 64, "mark()+rewind() allocated " + perCycle + " bytes per call");
        }
    }

    private long bytesPerCycle(Runnable cycle) {
        for (int i = 0; i < CYCLES; i++) {
            cycle.run(); // warm up: depth objects exist, code is compiled
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CYCLES; i++) {
            cycle.run();
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / CYCLES;
    }
}
