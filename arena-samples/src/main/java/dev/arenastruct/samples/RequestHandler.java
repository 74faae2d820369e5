package dev.arenastruct.samples;

import dev.arenastruct.ArenaStats;
import dev.arenastruct.ArenaString;
import dev.arenastruct.ArenaStringBuilder;
import dev.arenastruct.BumpArena;
import dev.arenastruct.ScratchArena;
import dev.arenastruct.StructArray;
import java.lang.foreign.MemorySegment;
import java.nio.CharBuffer;

/**
 * Answers text requests such as
 * <pre>
 * GET /orders?symbol=ABC&amp;limit=10 HTTP/1.1
 * X-Client: c-17
 * </pre>
 * (lines end with {@code \n}) keeping all parsing state in a per-thread scratch arena. Each
 * {@link #handle} opens a scope, copies the request in as an {@link ArenaString}, parses it into a
 * {@link RequestLine} struct and an array of {@link Header} structs, builds the response text in
 * the arena with an {@link ArenaStringBuilder} (numbers and {@code @Text} fields appended without a
 * {@code String} in between), and copies it out to a heap {@code String} before the scope closes and the memory is free for the thread's next
 * request. One handler serves any number of threads; each thread gets an arena of its own.
 *
 * <p>Routes: {@code GET /orders?symbol=S&limit=N} (N in 1..{@value #MAX_LIMIT}) sums the notional of
 * N orders that {@link #notional} builds in a nested scope; {@code GET /quote?symbol=S} prices a
 * quote. Other paths get 404, other methods 405, a bad query 400. Each response ends with the
 * request's {@code X-Client} header.
 */
public final class RequestHandler {
    /** The largest {@code limit} accepted: 100 orders of 24 bytes. */
    public static final int MAX_LIMIT = 100;
    /** Room the response text starts with; a longer one grows in place, as it is the scope's last allocation. */
    static final int RESPONSE_BYTES = 64;
    private static final HttpMethod[] METHODS = HttpMethod.values(); // values() copies the array each call

    private final ScratchArena scratch;

    /** A handler whose threads get scratch arenas with a first block of {@code blockSize} bytes. */
    public RequestHandler(long blockSize) {
        this.scratch = ScratchArena.of(BumpArena.builder().blockSize(blockSize));
    }

    /** Handles one request on the calling thread's scratch arena and returns the response. */
    public String handle(String request) {
        try (BumpArena.Scope scope = scratch.open()) {
            BumpArena arena = scope.arena();
            ArenaString raw = ArenaString.copyOf(arena, request); // as a server holds the bytes it read
            RequestLineFlyweight line = parseRequestLine(arena, raw);
            StructArray<HeaderFlyweight> headers = parseHeaders(arena, raw);
            ArenaStringBuilder response = ArenaStringBuilder.allocate(arena, RESPONSE_BYTES);
            respond(line, response);
            appendClient(headers, response.append(" client="));
            return response.toString(); // the one copy that outlives the scope; the rest is freed by close()
        } catch (IllegalArgumentException e) { // a value longer than its @Text field
            return "400 " + e.getMessage();
        }
    }

    /** The calling thread's scratch arena statistics, read in a scope of its own. */
    public ArenaStats scratchStats() {
        try (BumpArena.Scope scope = scratch.open()) {
            return scope.arena().stats();
        }
    }

    /** Returns the calling thread's scratch memory now, rather than when the thread ends. */
    public void release() {
        scratch.release();
    }

    ScratchArena scratch() {
        return scratch;
    }

    /** Parses the first line of {@code raw} into a struct in {@code arena}. */
    static RequestLineFlyweight parseRequestLine(BumpArena arena, CharSequence raw) {
        int end = indexOf(raw, '\n', 0, raw.length());
        int methodEnd = indexOf(raw, ' ', 0, end);
        int target = Math.min(methodEnd + 1, end);
        int targetEnd = indexOf(raw, ' ', target, end);
        int queryStart = indexOf(raw, '?', target, targetEnd);
        RequestLineFlyweight line = RequestLineFlyweight.allocate(arena).method(method(raw, 0, methodEnd))
                .path(CharBuffer.wrap(raw, target, queryStart)); // a view: the text field copies the chars
        for (int param = queryStart + 1; param < targetEnd; ) {
            int paramEnd = indexOf(raw, '&', param, targetEnd);
            int equals = indexOf(raw, '=', param, paramEnd);
            int value = Math.min(equals + 1, paramEnd);
            if (regionEquals(raw, param, equals, "symbol")) {
                line.symbol(CharBuffer.wrap(raw, value, paramEnd));
            } else if (regionEquals(raw, param, equals, "limit")) {
                line.limit(parseLimit(raw, value, paramEnd));
            }
            param = paramEnd + 1;
        }
        return line;
    }

    /** Parses the header lines after the first line, up to a blank line, into a struct array in {@code arena}. */
    static StructArray<HeaderFlyweight> parseHeaders(BumpArena arena, CharSequence raw) {
        int start = indexOf(raw, '\n', 0, raw.length()) + 1;
        int count = 0;
        for (int at = start; at < raw.length() && raw.charAt(at) != '\n'; count++) {
            at = indexOf(raw, '\n', at, raw.length()) + 1;
        }
        StructArray<HeaderFlyweight> headers = HeaderFlyweight.allocateStructs(arena, count);
        HeaderFlyweight header = new HeaderFlyweight(); // one flyweight visits every element
        for (int i = 0, at = start; i < count; i++) {
            int end = indexOf(raw, '\n', at, raw.length());
            int colon = indexOf(raw, ':', at, end);
            int value = Math.min(colon + 1, end);
            while (value < end && raw.charAt(value) == ' ') {
                value++;
            }
            header.wrapElement(headers, i).name(CharBuffer.wrap(raw, at, colon))
                    .value(CharBuffer.wrap(raw, value, end));
            at = end + 1;
        }
        return headers;
    }

    private void respond(RequestLineFlyweight line, ArenaStringBuilder out) {
        if (line.method() != HttpMethod.GET) {
            out.append("405 ").append(line.method().name());
        } else if (!line.pathEquals("/orders") && !line.pathEquals("/quote")) {
            out.append("404 ").appendUtf8(line.segment(), RequestLineFlyweight.PATH_OFFSET, line.pathByteLength());
        } else if (line.symbolByteLength() == 0) {
            out.append("400 symbol missing");
        } else if (line.pathEquals("/quote")) {
            long mid = priceTicks(line);
            appendSymbol(out.append("200 quote "), line).append(" bid=").append(mid - 1).append(" ask=").append(mid + 1);
        } else if (line.limit() < 1 || line.limit() > MAX_LIMIT) {
            out.append("400 limit must be 1..").append(MAX_LIMIT);
        } else {
            long notional = notional(line); // before appending: its nested scope must close before the text grows
            appendSymbol(out.append("200 orders "), line).append(" limit=").append(line.limit())
                    .append(" notional=").append(notional);
        }
    }

    /** Appends the {@code @Text} field {@code symbol}: its UTF-8 bytes, decoded, with no String in between. */
    private static ArenaStringBuilder appendSymbol(ArenaStringBuilder out, RequestLineFlyweight line) {
        return out.appendUtf8(line.segment(), RequestLineFlyweight.SYMBOL_OFFSET, line.symbolByteLength());
    }

    /**
     * Sums price times quantity over {@code line.limit()} orders made up for the symbol. The order
     * array lives in a nested scratch scope: it is freed when this returns, while the caller's
     * structs, in the enclosing scope, stay valid.
     */
    long notional(RequestLineFlyweight line) {
        long base = priceTicks(line);
        try (BumpArena.Scope nested = scratch.open()) {
            MemorySegment orders = OrderFlyweight.allocateArray(nested.arena(), line.limit());
            for (int i = 0; i < line.limit(); i++) {
                long at = i * OrderFlyweight.BYTE_SIZE;
                OrderFlyweight.id(orders, at, i);
                OrderFlyweight.priceTicks(orders, at, base + i % 5);
                OrderFlyweight.quantity(orders, at, 100 + i);
                OrderFlyweight.side(orders, at, i % 2 == 0 ? Side.BID : Side.ASK);
            }
            long total = 0;
            for (long at = 0; at < orders.byteSize(); at += OrderFlyweight.BYTE_SIZE) {
                total += OrderFlyweight.priceTicks(orders, at) * OrderFlyweight.quantity(orders, at);
            }
            return total;
        }
    }

    /** A made-up price for the symbol: 10000 plus the sum of its UTF-8 bytes. */
    static long priceTicks(RequestLineFlyweight line) {
        long sum = 10_000;
        for (int i = 0; i < line.symbolByteLength(); i++) {
            sum += Byte.toUnsignedInt(line.symbol(i));
        }
        return sum;
    }

    private static void appendClient(StructArray<HeaderFlyweight> headers, ArenaStringBuilder out) {
        HeaderFlyweight header = new HeaderFlyweight();
        for (long i = 0; i < headers.count(); i++) {
            if (header.wrapElement(headers, i).nameEquals("X-Client")) {
                out.appendUtf8(header.segment(), HeaderFlyweight.VALUE_OFFSET, header.valueByteLength());
                return;
            }
        }
        out.append('-');
    }

    private static HttpMethod method(CharSequence raw, int start, int end) {
        for (HttpMethod method : METHODS) {
            if (regionEquals(raw, start, end, method.name())) {
                return method;
            }
        }
        return HttpMethod.OTHER;
    }

    /** The limit's digits as a number, or -1 if they are not 1 to 9 digits. */
    private static int parseLimit(CharSequence raw, int start, int end) {
        if (end == start || end - start > 9) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The index of {@code c} in {@code [from, to)}, or {@code to}: the end of the field it ends. */
    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static boolean regionEquals(CharSequence s, int start, int end, String token) {
        if (end - start != token.length()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (s.charAt(start + i) != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
