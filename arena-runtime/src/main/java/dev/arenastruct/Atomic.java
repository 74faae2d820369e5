package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for atomic accessors on an {@code int}, {@code long}, {@code float} or {@code double} field,
 * or, on an {@link ArenaStruct} interface, on every field of those types: counters and sequence
 * numbers that threads of a {@link ConcurrentArena}, or processes sharing a mapped file, update at
 * once. {@code getAndAdd} is generated for {@code int} and {@code long} only (the JDK adds only
 * integers in memory), and a floating-point {@code compareAndSet} compares bits.
 *
 * <pre>{@code
 * @ArenaStruct interface Counter { @Atomic long hits(); }
 *
 * counter.getAndAddHits(1);                       // atomic increment, as AtomicLong.getAndAdd
 * counter.compareAndSetHits(expected, next);      // true if it held expected
 * counter.hitsRelease(seq);  counter.hitsAcquire(); // publish / observe, as VarHandle.setRelease
 * counter.hitsVolatile(0);   counter.hitsVolatile(); // sequentially consistent write / read
 * }</pre>
 *
 * <p>The field's plain getter and setter stay as they are (plain memory access, no ordering). Each
 * atomic accessor is the {@code java.lang.foreign} var handle's access mode of the same name on
 * the field's memory, with the flyweight's stale check first. The field must be aligned to its
 * size, as every field of a struct allocated from an arena is; {@code wrap} refuses an offset that
 * would misalign a struct with atomic fields. A misaligned one (possible through {@code wrapView},
 * or nested in a struct without atomic fields of its own wrapped at a misaligned offset) throws
 * {@code IllegalArgumentException} from the atomic accessor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Atomic {
}
