package dev.arenastruct.samples.wire;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Unsigned;

/** Unsigned fields in a native, naturally aligned struct: primitive widths aligned to their size, odd widths to 1. */
@ArenaStruct
public interface WireNative {
    byte tag();
    @Unsigned(bytes = 2) int u16();
    @Unsigned(bytes = 3) int u24();
    @Unsigned(bytes = 4) long u32();
    @Unsigned(bytes = 6) long u48();
    @Unsigned(bytes = 8) long u64();
    @Unsigned(bytes = 2) WireSide side();
}
