package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an integer field as an unsigned integer of {@link #bytes()} bytes, read as a wider Java
 * type that holds every value: {@code int} for 1 to 3 bytes, {@code long} for 1 to 8. Widths that no
 * Java type has, such as the 6-byte nanosecond timestamps of NASDAQ ITCH, are stored in exactly
 * that many bytes, in the struct's {@link Endian byte order}.
 *
 * <pre>{@code
 * @Unsigned(bytes = 2) int stockLocate();    // uint16_t: 0..65535
 * @Unsigned(bytes = 6) long timestamp();     // 48 bits: 0..281474976710655
 * @Unsigned(bytes = 8) long orderReference(); // uint64_t, in a long's 64 bits (Long.toUnsignedString)
 * }</pre>
 *
 * <p>A setter given a value outside {@code [0, 2^(8 x bytes) - 1]} throws
 * {@code IllegalArgumentException} naming the field, the value and the range, and writes nothing.
 * With 8 bytes every {@code long} is a value: its bits are stored as they are, and a negative
 * {@code long} stands for a value of {@code 2^63} or more, as {@code Long.toUnsignedString} shows it
 * (the flyweight's {@code toString()} does).
 *
 * <p>On a field of a coded enum type ({@link Code}), it sets the width of the stored code instead
 * (1, 2 or 4 bytes), where the codes alone would fit in fewer. Allowed on the elements of an
 * {@link Array} too.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Unsigned {
    /** The stored width in bytes, 1 to 8. */
    int bytes();
}
