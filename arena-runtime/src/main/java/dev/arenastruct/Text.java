package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares fixed-length text stored inline as UTF-8 bytes, C's {@code char symbol[8]}: put it on
 * an indexed {@code byte} accessor, which reads one byte of the text.
 *
 * <pre>{@code
 * @Text(length = 8) byte symbol(int index);   // char symbol[8]; "AAPL" then four zero bytes
 * }</pre>
 *
 * <p>The declaration holds no reference type; the flyweight adds garbage-free helpers:
 * {@code symbol(CharSequence)} to set it (throws when the UTF-8 does not fit),
 * {@code symbolEquals(CharSequence)}, {@code symbolCompareTo(CharSequence)},
 * {@code appendSymbol(StringBuilder)}, {@code symbolByteLength()}, and {@code symbolAsString()}
 * for cold paths; a field of at most 8 bytes also gets {@code symbolAsLong()} (and a static
 * {@code symbolAsLong(segment, offset)}): its bytes, padding included, as one big-endian
 * {@code long} in text order, a key in one read. Text shorter than {@code length} is padded
 * with zero bytes; text of exactly {@code length} bytes has no terminator, as in C's
 * {@code strncpy}.
 *
 * <p>The text ends at the first zero byte, as it does for C, so the setter rejects a value holding
 * U+0000 ({@code IllegalArgumentException} naming the field and the char index, nothing written)
 * rather than store text that every reader would cut short. The setter never writes outside the
 * field: if the {@code CharSequence} changes while it is copied, the field is zeroed and a
 * {@code ConcurrentModificationException} says so.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Text {
    /** The capacity in bytes of UTF-8, at least 1. */
    int length();

    /** What fills the field after shorter text: zero bytes (C's strings, the default) or spaces (wire formats). */
    Padding padding() default Padding.ZEROS;

    /** What follows text shorter than the field. */
    enum Padding {
        /** Zero bytes: the text ends at the first zero byte, as a C string does. */
        ZEROS,
        /**
         * Spaces ({@code 0x20}), as exchange feeds pad left-justified symbols: the text is the
         * field's bytes up to the first zero byte, without trailing spaces, so {@code "AAPL    "}
         * reads as {@code "AAPL"} and a field of zeros, as allocated, as the empty text. A value's
         * own trailing spaces are therefore not kept.
         */
        SPACES
    }
}
