package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Code;
import dev.arenastruct.Endian;
import dev.arenastruct.Text;
import dev.arenastruct.UnknownCode;
import dev.arenastruct.Unsigned;

/** A wire-format message: packed, big-endian, unsigned of an odd width, a coded enum, space-padded text. */
@ArenaStruct(packed = true, endian = Endian.BIG)
public interface Tick {
    /** Nanoseconds since midnight, 48 bits. */
    @Unsigned(bytes = 6)
    long timestamp();

    /** Buy or sell, as one character. */
    Side side();

    /** The symbol, left-justified and space-padded. */
    @Text(length = 8, padding = Text.Padding.SPACES)
    byte symbol(int index);

    /** Price with 4 implied decimals. */
    @Unsigned(bytes = 4)
    long price();

    /** A side coded as the exchange codes it. */
    enum Side {
        /** 'B'. */
        @Code('B') BUY,
        /** 'S'. */
        @Code('S') SELL,
        /** Any other code. */
        @UnknownCode OTHER
    }
}
