package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * glibc's {@code struct tm} on LP64 Linux, 56 bytes: nine {@code int}s, 4 bytes of padding, then
 * {@code long tm_gmtoff} and {@code const char *tm_zone}. {@link NativeCallsSample} hands one to
 * {@code gmtime_r}. The fields follow C's names so that the struct reads like the man page.
 */
@ArenaStruct
public interface Tm {
    /** Seconds after the minute, {@code [0, 60]} (60 for a leap second). */
    int tm_sec();

    /** Minutes after the hour, {@code [0, 59]}. */
    int tm_min();

    /** Hours since midnight, {@code [0, 23]}. */
    int tm_hour();

    /** Day of the month, {@code [1, 31]}. */
    int tm_mday();

    /** Months since January, {@code [0, 11]}: 0-based, unlike {@code java.time}. */
    int tm_mon();

    /** Years since 1900. */
    int tm_year();

    /** Days since Sunday, {@code [0, 6]}. */
    int tm_wday();

    /** Days since January 1, {@code [0, 365]}. */
    int tm_yday();

    /** Daylight saving time: positive if in effect, 0 if not, negative if unknown. */
    int tm_isdst();

    /** Seconds east of UTC (a glibc and BSD extension); 0 from {@code gmtime_r}. */
    long tm_gmtoff();

    /**
     * {@code const char *tm_zone}, the zone's abbreviation, as the address it holds: a struct
     * holds only plain data, and a pointer is 8 bytes of it. {@link NativeCallsSample#zone(TmFlyweight)}
     * reads the text it points at.
     */
    long tm_zone();
}
