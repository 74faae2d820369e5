package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeEventSampleTest {

    @Test
    void fiveBatchesEachResetAndPrintTheModifiedAndTheUntouchedTrade() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TradeEventSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> expected = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            expected.add("Processing batch #" + batch);
            expected.add("  generated trade: TradeEvent[id=1, price=101.0, quantity=50] notional=5050.0");
            expected.add("  generated trade: TradeEvent[id=2, price=100.5, quantity=10] notional=1005.0");
            // Two 24-byte structs: reset() really rewinds, or this would grow batch by batch.
            expected.add("  arena: 48 of 1048576 bytes used");
        }
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
