package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrentArenaSampleTest {
    private static final List<String> EXPECTED = List.of(
            "2 threads allocated 20000 TradeEvent structs (24 bytes each) from one ConcurrentArena of 480000 bytes",
            "  thread 0: 10000 events, ids 0..9999, 10000 intact",
            "  thread 1: 10000 events, ids 1000000..1009999, 10000 intact",
            "  checksum 313100210000 (as expected)",
            "  ArenaStats[allocatedBytes=480000, paddingBytes=0, capacity=480000, highWaterMark=480000, "
                    + "blockCount=1, limit=480000]",
            "  full: tryAllocate returns null",
            "  after reset: an event from before throws StaleStructException");

    @Test
    void twoThreadsFillTheArenaExactlyAndEveryEventReadsBackIntact() throws InterruptedException {
        assertEquals(EXPECTED, run());
    }

    @Test
    void theOutputIsTheSameHoweverTheThreadsInterleave() throws InterruptedException {
        for (int run = 0; run < 20; run++) {
            assertEquals(EXPECTED, run(), "run " + run);
        }
    }

    private static List<String> run() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConcurrentArenaSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
