package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;

/** A decimal price: {@code mantissa * 10^exponent}. */
@ArenaStruct
public interface Price {
    /** The digits. */
    long mantissa();

    /** The power of ten, usually negative. */
    byte exponent();
}
