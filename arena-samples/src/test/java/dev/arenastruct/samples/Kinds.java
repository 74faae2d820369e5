package dev.arenastruct.samples;

import dev.arenastruct.Array;
import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/** One field of every kind, for round-trip tests and the C layout check. */
@ArenaStruct
interface Kinds {
    @Array(length = 3)
    byte bytes(int index);

    @Array(length = 3)
    boolean flags(int index);

    @Array(length = 3)
    short shorts(int index);

    @Array(length = 3)
    char chars(int index);

    @Array(length = 3)
    int ints(int index);

    @Array(length = 3)
    float floats(int index);

    @Array(length = 3)
    long longs(int index);

    @Array(length = 3)
    double doubles(int index);

    Side side();

    @Array(length = 2)
    Side sides(int index);

    Price price();

    @Array(length = 2)
    Price prices(int index);

    @Text(length = 6)
    byte code(int index);
}
