package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.samples.AstSample;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5's two variants do the same work: for every program, in the order the benchmark runs
 * them, the arena and the heap variant compute the same result, and the arena variant frees the
 * previous file's tree before parsing the next. Both are driven through the benchmark methods
 * themselves, a round and a half of the program list; no timing here.
 */
class AstBenchAgreeTest {
    @Test
    void arenaAndHeapComputeTheSameResultForEveryProgram() {
        // one instance per variant, as in the benchmark's forks: each walks the programs from the first
        AstBench arenaBench = new AstBench();
        AstBench heapBench = new AstBench();
        arenaBench.prepare();
        heapBench.prepare();
        try {
            String[] programs = AstBench.programs();
            Set<Long> distinct = new HashSet<>();
            for (int call = 0; call < AstBench.FILES + AstBench.FILES / 2; call++) {
                String source = programs[call % AstBench.FILES];
                long arena = arenaBench.arena();
                long heap = heapBench.heap();
                assertEquals(heap, arena, "program " + call % AstBench.FILES);
                distinct.add(heap);
                // the reused arena holds exactly this file's tree: the previous one was reset away
                try (BumpArena fresh = AstSample.newArena(AstBench.FILE_CHARS)) {
                    AstSample.parseAndEvaluateArena(source, fresh);
                    assertEquals(fresh.allocatedBytes(), arenaBench.arenaForTest().allocatedBytes(),
                            "arena bytes after program " + call % AstBench.FILES);
                }
                assertTrue(source.length() >= AstBench.FILE_CHARS, "program length " + source.length());
            }
            // different programs, not one program N times (whose repetition a CPU could learn)
            assertEquals(AstBench.FILES, distinct.size(), "distinct results " + distinct);
        } finally {
            arenaBench.tearDown();
            heapBench.tearDown();
        }
    }

    @Test
    void releaseTimesTheResetOfAParsedTree() {
        AstBench.Release release = new AstBench.Release();
        release.prepare();
        try {
            for (int call = 0; call < 3; call++) {
                release.parse();
                long parsed = release.arenaForTest().allocatedBytes();
                assertNotEquals(0, parsed, "the setup left no tree to release");
                assertEquals(parsed, release.control(), "control must not release anything");
                assertEquals(0, release.reset());
                release.empty();
            }
        } finally {
            release.tearDown();
        }
    }
}
