package dev.arenastruct.samples;

/** Which side of the book an order rests on; stored in a struct as a one-byte ordinal. */
public enum Side {
    BID,
    ASK
}
