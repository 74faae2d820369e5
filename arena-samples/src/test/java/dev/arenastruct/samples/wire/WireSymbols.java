package dev.arenastruct.samples.wire;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Endian;
import dev.arenastruct.Text;

/**
 * Text of every width a {@code long} holds, in a packed little-endian struct: {@code t8AsLong()}
 * and its siblings read the bytes in text order whatever the struct's byte order. {@code t9} is
 * too long for one.
 */
@ArenaStruct(packed = true, endian = Endian.LITTLE)
public interface WireSymbols {
    @Text(length = 1) byte t1(int index);

    @Text(length = 2, padding = Text.Padding.SPACES) byte t2(int index);

    @Text(length = 3) byte t3(int index);

    @Text(length = 4, padding = Text.Padding.SPACES) byte t4(int index);

    @Text(length = 5) byte t5(int index);

    @Text(length = 6, padding = Text.Padding.SPACES) byte t6(int index);

    @Text(length = 7) byte t7(int index);

    @Text(length = 8, padding = Text.Padding.SPACES) byte t8(int index);

    @Text(length = 8) byte z8(int index);

    @Text(length = 9) byte t9(int index);
}
