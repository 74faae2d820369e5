package dev.arenastruct.samples.wire;

import dev.arenastruct.Code;

/** A side as exchanges code it: one ASCII character. */
public enum WireSide {
    @Code('B') BUY,
    @Code('S') SELL
}
