package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an inline fixed-length array field, C's {@code T f[N]}: put it on an indexed accessor
 * whose one parameter is the {@code int} index.
 *
 * <pre>{@code
 * @Array(length = 10) double prices(int index);   // double prices[10];
 * @Array(length = 10) Level levels(int index);    // struct Level levels[10];
 * }</pre>
 *
 * <p>The element type is a primitive, an enum, or a nested {@code @ArenaStruct}. The flyweight
 * gets a bounds-checked getter and setter ({@code prices(3, 1.5)}), a {@code PRICES_LENGTH}
 * constant, and for primitive elements bulk copies to and from a Java array.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Array {
    /** The number of elements, at least 1. */
    int length();
}
