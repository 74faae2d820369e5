package dev.arenastruct.samples.wire;

import dev.arenastruct.Array;
import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Text;
import dev.arenastruct.Unsigned;

/** Every width and kind of field, packed and big-endian: the byte-order and range tests' subject. */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface WireBig {
    byte type();
    @Unsigned(bytes = 1) int u8();
    @Unsigned(bytes = 2) int u16();
    @Unsigned(bytes = 3) int u24();
    @Unsigned(bytes = 4) long u32();
    @Unsigned(bytes = 5) long u40();
    @Unsigned(bytes = 6) long u48();
    @Unsigned(bytes = 7) long u56();
    @Unsigned(bytes = 8) long u64();
    short s16();
    char c16();
    int s32();
    float f32();
    long s64();
    double f64();
    WireSide side();
    WireEvent event();
    @Text(length = 8, padding = Text.Padding.SPACES) byte symbol(int index);
    @Array(length = 3) @Unsigned(bytes = 6) long stamps(int index);
    @Array(length = 2) int ints(int index);
    @Array(length = 2) WireSide sides(int index);
}
