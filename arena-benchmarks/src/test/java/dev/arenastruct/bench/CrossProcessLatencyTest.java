package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.samples.TickFlyweight;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few thousand ticks of each variant through a real reader JVM: every tick arrives intact, and is timed after the warm-up. */
class CrossProcessLatencyTest {
    @TempDir
    Path dir;

    @Test
    void everyVariantDeliversEveryTickIntactToTheReaderJvm() throws Exception {
        for (String variant : CrossProcessLatency.VARIANTS) {
            String row = CrossProcessLatency.run(variant, dir, 3000, 1000, 0);
            String[] columns = row.trim().split("\\s+");
            assertEquals(variant, columns[0], row);
            assertEquals("3000", columns[1], "timed ticks: " + row);
            assertEquals("0", columns[columns.length - 1], "bad ticks: " + row);
            assertTrue(Long.parseLong(columns[2]) <= Long.parseLong(columns[4]), "p50 <= p99: " + row);
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "each run deletes its file");
        }
    }

    @Test
    void theHandWrittenOffsetsAreTheGeneratedLayout() {
        assertEquals(0, TickFlyweight.SEQUENCE_OFFSET);
        assertEquals(8, TickFlyweight.TIMESTAMP_NANOS_OFFSET);
        assertEquals(16, TickFlyweight.PRICE_OFFSET);
        assertEquals(24, TickFlyweight.QUANTITY_OFFSET);
        assertEquals(32, TickFlyweight.CHECKSUM_OFFSET);
        assertEquals(40, TickFlyweight.BYTE_SIZE);
    }

    @Test
    void anUnknownVariantIsRefusedBeforeAnythingStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossProcessLatency.run("nope", dir, 1, 0, 0));
        assertTrue(e.getMessage().contains("unknown variant nope"), e.getMessage());
    }
}
