package dev.arenastruct.samples;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * A generated TotalView-ITCH 5.0 stream, as NASDAQ's sample files hold one: each message preceded
 * by its length as a 2-byte big-endian integer.
 *
 * @param bytes the stream, exactly as long as its messages and their prefixes
 * @param messageCount how many messages it holds
 * @param firstOrderReference the reference number of the first order added; later ones count up from it
 * @param orderReferences how many order reference numbers the stream uses, all of
 *     {@code firstOrderReference} to {@code firstOrderReference + orderReferences - 1}
 * @param symbols the stocks, in stock locate order: locate 1 is {@code symbols.get(0)}
 */
public record ItchStream(MemorySegment bytes, int messageCount, long firstOrderReference, long orderReferences,
        List<String> symbols) {
    /** Bytes of the length prefix before each message. */
    public static final int PREFIX_LENGTH = 2;

    /** Copies the list of symbols, so the record cannot change under its reader. */
    public ItchStream {
        symbols = List.copyOf(symbols);
    }
}
