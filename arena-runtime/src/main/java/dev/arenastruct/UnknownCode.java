package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one constant of a {@link Code coded} enum that a getter returns for a code no constant
 * has, instead of throwing: a feed may add codes before the program knows them. The constant has
 * no code of its own, so writing it throws {@code IllegalArgumentException}.
 *
 * <pre>{@code
 * public enum EventCode { @Code('O') START_OF_MESSAGES, @Code('C') END_OF_MESSAGES, @UnknownCode OTHER }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface UnknownCode {
}
