package dev.arenastruct.samples.wire;

import dev.arenastruct.Code;
import dev.arenastruct.UnknownCode;

/** Numeric event codes, one of them above what one byte holds, and a constant for codes the program does not know. */
public enum WireEvent {
    @Code(1) OPEN,
    @Code(300) HALT,
    @Code(70_000) CLOSE,
    @UnknownCode OTHER
}
