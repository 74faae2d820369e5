package dev.arenastruct.samples;

import dev.arenastruct.Code;

/** The side of an ITCH order or trade: stored as its one-byte code, {@code 'B'} or {@code 'S'}, as the wire has it. */
public enum ItchSide {
    /** A bid. */
    @Code('B')
    BUY,
    /** An offer. */
    @Code('S')
    SELL;

    /** The code on the wire, the same as {@link Code} declares: what {@link ItchHandler} passes on. */
    public byte code() {
        return this == BUY ? (byte) 'B' : (byte) 'S';
    }
}
