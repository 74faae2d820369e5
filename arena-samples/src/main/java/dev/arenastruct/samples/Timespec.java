package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * POSIX {@code struct timespec} on LP64 Linux: {@code { time_t tv_sec; long tv_nsec; }}, 16 bytes.
 * {@link NativeCallsSample} hands one to {@code clock_gettime}.
 */
@ArenaStruct
public interface Timespec {
    /** Whole seconds since the clock's epoch (for {@code CLOCK_REALTIME}, 1970-01-01T00:00Z). */
    long tv_sec();

    /** Nanoseconds past {@link #tv_sec()}, in {@code [0, 999_999_999]}. */
    long tv_nsec();
}
