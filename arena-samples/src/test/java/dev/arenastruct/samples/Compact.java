package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.FieldOrder;

/** Declared with padding everywhere; compact order places it as price, id, count, flag: 24 bytes, not 32. */
@ArenaStruct(fieldOrder = FieldOrder.COMPACT)
interface Compact {
    byte flag();

    double price();

    short count();

    long id();
}
