package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;

/** A decimal price as SBE encodes one, {@code mantissa * 10^exponent}: 16 bytes, nested in {@link Level}. */
@ArenaStruct
public interface Price {
    /** The digits. */
    long mantissa();

    /** The power of ten. */
    byte exponent();
}
