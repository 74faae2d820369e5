package dev.arenastruct.samples.wire;

import dev.arenastruct.Array;
import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/** Nested packed big-endian structs, alone and in an array: at odd offsets. */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface WireFrame {
    byte flags();
    WireHeader header();
    @Array(length = 2) WireHeader more(int index);
    @Unsigned(bytes = 4) long crc();
}
