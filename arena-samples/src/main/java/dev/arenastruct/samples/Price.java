package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/** A decimal price as SBE encodes one: {@code mantissa * 10^exponent}. C: {@code struct { int64_t; int8_t; }}. */
@ArenaStruct
public interface Price {
    /** The digits. */
    long mantissa();

    /** The power of ten, usually negative. */
    byte exponent();

    /** Not a field: the price as a double, for display. */
    default double asDouble() {
        return mantissa() * Math.pow(10, exponent());
    }
}
