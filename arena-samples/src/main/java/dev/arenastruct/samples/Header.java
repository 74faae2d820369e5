package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/** One {@code Name: value} header line of a request: an element of a contiguous struct array. */
@ArenaStruct
public interface Header {
    /** The header name, such as {@code X-Client}. */
    @Text(length = 24)
    byte name(int index);

    /** The value after the colon, without the leading space. */
    @Text(length = 64)
    byte value(int index);
}
