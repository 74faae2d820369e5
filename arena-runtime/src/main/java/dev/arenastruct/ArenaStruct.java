package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a C-style struct: the annotated interface's abstract methods are its fields, in
 * declared order, laid out by the C ABI rules (each field at the next multiple of its alignment,
 * the size rounded up to the largest alignment).
 *
 * <p>The annotation processor generates {@code <Name>Flyweight} in the same package (a nested
 * {@code Outer.Inner} gives {@code Outer_InnerFlyweight}): a class that implements the interface
 * by reading and writing arena memory at fixed offsets.
 *
 * <pre>{@code
 * @ArenaStruct
 * public interface TradeEvent { long id(); double price(); int quantity(); }
 * }</pre>
 *
 * <p>A wire format's message is declared packed, in its byte order, with {@link Unsigned}
 * integers, {@link Code coded} enums and space-padded {@link Text}:
 *
 * <pre>{@code
 * @ArenaStruct(packed = true, endian = Endian.BIG)
 * public interface AddOrder {
 *     byte messageType();
 *     @Unsigned(bytes = 2) int stockLocate();
 *     @Unsigned(bytes = 6) long timestamp();
 *     Side side();                                    // enum Side { @Code('B') BUY, @Code('S') SELL }
 *     @Text(length = 8, padding = Text.Padding.SPACES) byte stock(int index);
 * }
 * }</pre>
 *
 * <p>A field is a record-style accessor of a primitive ({@code byte boolean short char int
 * float long double}), an enum (stored as the smallest unsigned integer that holds its ordinals),
 * or another {@code @ArenaStruct} (nested by value); or an indexed accessor annotated with
 * {@link Array} or {@link Text}. Other reference types are rejected at compile time, because an
 * arena is never scanned by the garbage collector. Default and static methods are not fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArenaStruct {
    /**
     * The struct's alignment in bytes, a power of two; {@code 0} (the default) means the largest
     * field alignment, as in C. A larger value, such as 64 for a cache line, also rounds the size
     * up to it, like C's {@code _Alignas(64)} on the struct.
     */
    long alignment() default 0;

    /** Where fields go in memory: in declared order (the default, C's rule) or compacted. */
    FieldOrder fieldOrder() default FieldOrder.DECLARED;

    /**
     * No padding: every field starts right after the previous one and the struct's alignment is
     * 1, as C's {@code __attribute__((packed))} and the messages of wire formats lay them out. The
     * accessors read unaligned and {@code wrap} accepts any offset. A packed struct nests only
     * packed structs, and cannot have {@link Atomic} fields (atomic access needs alignment).
     */
    boolean packed() default false;

    /**
     * The byte order of every multi-byte field, array elements and nested structs included (a
     * nested struct must declare the same order). Fields of a {@link Endian#BIG} or
     * {@link Endian#LITTLE} struct cannot be {@link Atomic}.
     */
    Endian endian() default Endian.NATIVE;
}
