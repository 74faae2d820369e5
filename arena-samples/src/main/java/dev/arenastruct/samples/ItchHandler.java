package dev.arenastruct.samples;

/**
 * What a TotalView-ITCH decoder hands on, message by message, as primitives: the seam between the
 * decoders ({@link ItchFfmDecoder}, hand-written; {@link ItchFlyweightDecoder}, generated
 * flyweights) and what applies the messages ({@link ItchBook}), so that two decoders feeding two
 * books can be checked to agree. Prices have 4 implied decimals; shares and prices are the wire's
 * unsigned 32-bit values; {@code side} is {@code 'B'} or {@code 'S'}; {@code stock} is the 8 stock
 * bytes as one big-endian {@code long} (ASCII, space padded), so no {@code String} is made.
 */
public interface ItchHandler {
    /** System Event {@code 'S'}: {@code eventCode} is one of {@code O S Q M E C}. */
    void systemEvent(int stockLocate, long timestamp, byte eventCode);

    /** Add Order {@code 'A'}: a new order rests on the book. */
    void addOrder(int stockLocate, long timestamp, long orderReferenceNumber, byte side, long shares, long stock, long price);

    /** Order Executed {@code 'E'}: part or all of a resting order traded at its price. */
    void orderExecuted(int stockLocate, long timestamp, long orderReferenceNumber, long executedShares, long matchNumber);

    /** Order Cancel {@code 'X'}: part of a resting order was cancelled. */
    void orderCancel(int stockLocate, long timestamp, long orderReferenceNumber, long cancelledShares);

    /** Order Delete {@code 'D'}: a resting order left the book. */
    void orderDelete(int stockLocate, long timestamp, long orderReferenceNumber);

    /** Order Replace {@code 'U'}: a resting order left the book and a new one, on its side, took its place. */
    void orderReplace(int stockLocate, long timestamp, long originalOrderReferenceNumber, long newOrderReferenceNumber,
            long shares, long price);

    /** Trade (non-cross) {@code 'P'}: a non-displayed order traded. */
    void trade(int stockLocate, long timestamp, long orderReferenceNumber, byte side, long shares, long stock, long price,
            long matchNumber);
}
