package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaStats;
import dev.arenastruct.ArenaString;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestHandlerSampleTest {

    private final RequestHandler handler = new RequestHandler(RequestHandlerSample.BLOCK_SIZE);

    @AfterEach
    void releaseTheTestThreadsArena() {
        handler.release();
    }

    /** The notional the handler computes, worked out independently: prices base..base+4, quantities 100.. */
    private static long expectedNotional(String symbol, int limit) {
        long base = 10_000;
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            base += Byte.toUnsignedInt(b);
        }
        long total = 0;
        for (int i = 0; i < limit; i++) {
            total += (base + i % 5) * (100 + i);
        }
        return total;
    }

    private static String get(String target, String client) {
        String clientHeader = client == null ? "" : "X-Client: " + client + "\n";
        return "GET " + target + " HTTP/1.1\nAccept: text/plain\n" + clientHeader + "\n";
    }

    private static String run(int requests) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RequestHandlerSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), requests);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersEveryRouteAndEndsWithTheClientHeader() {
        assertEquals("200 orders MSFT limit=2 notional=" + expectedNotional("MSFT", 2) + " client=c-1",
                handler.handle(get("/orders?symbol=MSFT&limit=2", "c-1")));
        assertEquals("200 orders ÄÖÜ limit=100 notional=" + expectedNotional("ÄÖÜ", 100) + " client=ü",
                handler.handle(get("/orders?limit=100&symbol=ÄÖÜ", "ü")), "UTF-8 in the query and the header");
        long mid = 10_000 + 'A' + 'B' + 'C';
        assertEquals("200 quote ABC bid=" + (mid - 1) + " ask=" + (mid + 1) + " client=c-9",
                handler.handle(get("/quote?symbol=ABC", "c-9")));
        assertEquals("404 /missing client=-", handler.handle(get("/missing?symbol=ABC", null)));
        assertEquals("405 DELETE client=x", handler.handle("DELETE /orders HTTP/1.1\nX-Client: x\n\n"));
        assertEquals("405 OTHER client=-", handler.handle("BREW /pot HTTP/1.1\n"));
        assertEquals("400 symbol missing client=-", handler.handle(get("/orders?limit=5", null)));
        for (String limit : List.of("0", "101", "many", "", "1234567890")) {
            assertEquals("400 limit must be 1..100 client=-",
                    handler.handle(get("/orders?symbol=A&limit=" + limit, null)), limit);
        }
        assertEquals("200 orders A limit=1 notional=" + expectedNotional("A", 1) + " client=-",
                handler.handle("GET /orders?symbol=A&limit=1"), "no headers, no newline at all");
    }

    @Test
    void answersAValueTooLongForItsTextFieldWith400() {
        String response = handler.handle(get("/orders?symbol=TOOLONGSYMBOL&limit=1", "c"));
        assertTrue(response.startsWith("400 text field 'symbol' holds at most 8 bytes of UTF-8"), response);
        assertEquals("200 orders AAPL limit=1 notional=" + expectedNotional("AAPL", 1) + " client=c",
                handler.handle(get("/orders?symbol=AAPL&limit=1", "c")), "the failed request's scope was closed");
    }

    @Test
    void runHandlesTheRequestsOnTwoThreadsAsOneThreadWould() throws InterruptedException {
        int requests = RequestHandlerSample.REQUESTS;
        Map<String, Integer> statuses = new TreeMap<>();
        long checksum = 0;
        for (int k = 0; k < requests; k++) {
            String response = handler.handle(RequestHandlerSample.request(k));
            statuses.merge(response.substring(0, 3), 1, Integer::sum);
            checksum += response.hashCode();
            // The status by the generator's rules, not by the handler's answer.
            String expected = k % 31 == 0 ? "405" : k % 10 == 9 ? "404" : k % 10 != 7 && k % 97 == 0 ? "400" : "200";
            assertEquals(expected, response.substring(0, 3), RequestHandlerSample.request(k));
        }

        List<String> lines = run(requests).lines().toList();
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertEquals(List.of(
                "POST /orders?symbol=AAPL&limit=many HTTP/1.1 -> 405 POST client=c-0",
                "GET /orders?symbol=MSFT&limit=2 HTTP/1.1 -> 200 orders MSFT limit=2 notional="
                        + expectedNotional("MSFT", 2) + " client=c-1",
                "GET /orders?symbol=ABC&limit=3 HTTP/1.1 -> 200 orders ABC limit=3 notional="
                        + expectedNotional("ABC", 3) + " client=c-2",
                "handled 10000 requests on 2 threads: " + statuses + ", response checksum " + checksum),
                lines.subList(0, 4));
        Pattern worker = Pattern.compile("handler-(\\d): 5000 requests, scratch arena (\\d+) bytes in (\\d+) blocks"
                + " after 100, (\\d+) bytes in (\\d+) blocks after all; high-water (\\d+) bytes");
        for (int i = 0; i < 2; i++) {
            Matcher m = worker.matcher(lines.get(4 + i));
            assertTrue(m.matches(), lines.get(4 + i));
            assertEquals(String.valueOf(i), m.group(1), "one thread, and so one arena, per worker");
            assertEquals(m.group(2), m.group(4), "capacity stops growing after the first requests");
            assertEquals(m.group(3), m.group(5), "no block is added after the first requests");
            assertTrue(Long.parseLong(m.group(6)) <= Long.parseLong(m.group(4)), lines.get(4 + i));
        }
    }

    @Test
    void printsTheSameSummaryOnEveryRun() throws InterruptedException {
        assertEquals(run(2_000), run(2_000));
    }

    @Test
    void theScratchArenaStopsGrowingAfterTheFirstRequests() {
        for (int k = 0; k < RequestHandlerSample.WARM_UP; k++) {
            handler.handle(RequestHandlerSample.request(k));
        }
        ArenaStats warm = handler.scratchStats();
        for (int k = RequestHandlerSample.WARM_UP; k < RequestHandlerSample.REQUESTS; k++) {
            handler.handle(RequestHandlerSample.request(k));
        }
        ArenaStats end = handler.scratchStats();
        assertTrue(warm.capacity() > RequestHandlerSample.BLOCK_SIZE, "it grew to fit 100 orders: " + warm);
        assertEquals(warm.capacity(), end.capacity());
        assertEquals(warm.blockCount(), end.blockCount());
        assertEquals(warm.highWaterMark(), end.highWaterMark(), "the largest request came early");
        // The largest request: about 200 bytes of text and structs, the rest of the first block, 100 orders.
        assertTrue(end.highWaterMark() <= RequestHandlerSample.BLOCK_SIZE + 100 * OrderFlyweight.BYTE_SIZE, "" + end);
        assertEquals(0, end.allocatedBytes(), "everything was freed when the last scope closed");
    }

    @Test
    void aStructOrStringKeptPastItsRequestScopeIsStale() {
        RequestLineFlyweight line;
        ArenaString raw;
        try (BumpArena.Scope scope = handler.scratch().open()) {
            raw = ArenaString.copyOf(scope.arena(), "GET /orders?symbol=ABC&limit=3 HTTP/1.1\n");
            line = RequestHandler.parseRequestLine(scope.arena(), raw);
            assertEquals(3, line.limit());
            assertTrue(line.symbolEquals("ABC"));
        }
        StaleStructException e = assertThrows(StaleStructException.class, line::limit);
        assertTrue(e.getMessage().startsWith("RequestLine is stale: its memory was reclaimed by rewinding its scope"),
                e.getMessage());
        e = assertThrows(StaleStructException.class, raw::toString);
        assertTrue(e.getMessage().startsWith("ArenaString is stale"), e.getMessage());
    }

    @Test
    void theNestedScopeFreesItsOrdersWhileTheRequestLineStaysValid() {
        try (BumpArena.Scope scope = handler.scratch().open()) {
            RequestLineFlyweight line = RequestHandler.parseRequestLine(scope.arena(),
                    "GET /orders?symbol=XYZ&limit=50 HTTP/1.1\n");
            long allocated = scope.arena().allocatedBytes();
            assertEquals(expectedNotional("XYZ", 50), handler.notional(line));
            assertEquals(allocated, scope.arena().allocatedBytes(), "the 50 orders were freed");
            assertEquals(expectedNotional("XYZ", 50), handler.notional(line), "and the memory reused");
            assertEquals(50, line.limit());
            assertTrue(line.pathEquals("/orders"));
        }
    }
}
