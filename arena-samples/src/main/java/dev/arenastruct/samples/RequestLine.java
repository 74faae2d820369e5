package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/**
 * The parsed first line of a request such as {@code GET /orders?symbol=ABC&limit=10 HTTP/1.1}:
 * 48 bytes, allocated per request in a scratch arena.
 */
@ArenaStruct
public interface RequestLine {
    /** The method, one byte. */
    HttpMethod method();

    /** The path without the query, such as {@code /orders}: 32 bytes of UTF-8, zero padded. */
    @Text(length = 32)
    byte path(int index);

    /** The {@code symbol} query parameter: 8 bytes of UTF-8, empty if absent. */
    @Text(length = 8)
    byte symbol(int index);

    /** The {@code limit} query parameter; 0 if absent, -1 if not a number. */
    int limit();
}
