package dev.arenastruct.samples.wire;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Unsigned;

/** A packed big-endian header nested in {@link WireFrame}. */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface WireHeader {
    @Unsigned(bytes = 2) int length();
    byte type();
}
