package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code an enum constant is stored as, instead of its ordinal: the value a wire format or an
 * exchange assigned to it, such as a character. Once one constant of an enum has a code, every
 * constant needs one (or {@link UnknownCode}), and no two may share it.
 *
 * <pre>{@code
 * public enum Side { @Code('B') BUY, @Code('S') SELL }
 * }</pre>
 *
 * <p>A field of the enum's type is stored as an unsigned integer of the smallest width of 1, 2 or 4
 * bytes that holds the largest code ({@link Unsigned} on the field can widen it). Reading memory
 * that holds a code no constant has returns the enum's {@link UnknownCode} constant if it has one,
 * and otherwise throws {@code IllegalStateException} naming the struct, the field and the code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Code {
    /** The code, {@code 0} to {@code 4294967295}; a {@code char} such as {@code 'B'} is its UTF-16 value. */
    long value();
}
