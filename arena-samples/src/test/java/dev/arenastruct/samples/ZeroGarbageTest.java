package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StructArray;
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

    @Test
    void aReusedFlyweightAllocatingWithWrapNewCreatesNoGarbageOnceCompiled() {
        try (BumpArena arena = BumpArena.ofCapacity(64 * TradeEventFlyweight.BYTE_SIZE)) {
            TradeEventFlyweight t = new TradeEventFlyweight();
            Runnable batch = () -> {
                arena.reset();
                for (int i = 0; i < 64; i++) {
                    t.wrapNew(arena).id(i).price(i).quantity(i);
                }
            };
            long perBatch = bytesPerCycleOnceCompiled(batch);
            assertTrue(perBatch == 0, "wrapNew allocated " + perBatch + " bytes per batch of 64 structs");
        }
    }

    @Test
    void aReusedFlyweightWalkingAStructArrayCreatesNoGarbageOnceCompiled() {
        try (BumpArena arena = BumpArena.ofCapacity(64 * TradeEventFlyweight.BYTE_SIZE)) {
            StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 64);
            TradeEventFlyweight t = new TradeEventFlyweight();
            long[] sum = new long[1];
            Runnable walk = () -> {
                for (int i = 0; i < trades.count(); i++) {
                    sum[0] += t.wrapElement(trades, i).quantity(i).quantity();
                }
            };
            long perWalk = bytesPerCycleOnceCompiled(walk);
            assertTrue(perWalk == 0, "wrapElement(StructArray) allocated " + perWalk + " bytes per walk of 64 structs");
        }
    }

    /**
     * Bytes per cycle once the JIT has compiled it: slices that do not escape exist in the
     * interpreter, not in compiled code. Measures rounds until one allocates nothing or the
     * rounds run out (then it returns the last round's figure).
     */
    private long bytesPerCycleOnceCompiled(Runnable cycle) {
        long perCycle = Long.MAX_VALUE;
        for (int round = 0; round < 50 && perCycle != 0; round++) {
            perCycle = bytesPerCycle(cycle);
        }
        return perCycle;
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
