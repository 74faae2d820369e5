package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookSampleTest {

    @Test
    void readsBackEveryTickAndScansTheOrderArray() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OrderBookSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // bid depth: 100 * (1 + ... + 10); bid quantity: orders with i % 3 != 0, quantity 1 + i % 100
        long bidQuantity = 0;
        for (int i = 0; i < 1000; i++) {
            bidQuantity += i % 3 == 0 ? 0 : 1 + i % 100;
        }
        assertEquals(List.of(
                "tick 0: AAPL seq=1000 bid=189.5 ask=189.52 spread=2 ticks, bid depth=5500, last trade BID",
                "tick 1: AAPL seq=1001 bid=189.49 ask=189.52 spread=3 ticks, bid depth=5500, last trade ASK",
                "tick 2: AAPL seq=1002 bid=189.48 ask=189.52 spread=4 ticks, bid depth=5500, last trade BID",
                "is AAPL: true, snapshot 704 bytes aligned to 64",
                "1000 orders in 24000 bytes, bid quantity " + bidQuantity),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
