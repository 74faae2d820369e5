package dev.arenastruct.samples;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.io.PrintStream;
import java.io.Serial;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.time.Instant;

/**
 * Hands arena structs to C: glibc's {@code clock_gettime}, {@code uname} and {@code gmtime_r}
 * fill a {@link Timespec}, a {@link Utsname} and a {@link Tm} allocated in a {@link BumpArena},
 * through {@code java.lang.foreign} downcalls, and Java reads the fields C wrote. No copying and
 * no marshalling: a flyweight's {@code segment()} is the C struct's memory, laid out as gcc lays
 * it out.
 *
 * <p>Linux with glibc only (x86-64 or AArch64): {@code struct utsname} and {@code struct tm}
 * differ elsewhere. Downcalls are restricted methods: run with
 * {@code --enable-native-access=ALL-UNNAMED} (or the module's name), or JDK 25 prints a warning.
 */
public final class NativeCallsSample {
    /** {@code clock_gettime}'s wall clock; 0 in Linux's {@code <time.h>}. */
    public static final int CLOCK_REALTIME = 0;

    /** {@code clock_gettime}'s clock that never jumps, for measuring intervals; 1 on Linux. */
    public static final int CLOCK_MONOTONIC = 1;

    /** Where {@link #zone} stops looking for the NUL: abbreviations are a few bytes ({@code "GMT"}, {@code "CEST"}). */
    private static final long ZONE_MAX_BYTES = 256;

    private static final Linker LINKER = Linker.nativeLinker();

    /**
     * Where a downcall leaves {@code errno}: read right after the call, since anything the JVM
     * does in between (a GC, a class load) may overwrite the thread's real {@code errno}.
     */
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();

    private static final VarHandle ERRNO = CALL_STATE.varHandle(PathElement.groupElement("errno"));

    // Linked once: downcallHandle generates code, far too slow to do per call. A pointer
    // parameter is plain ADDRESS: the linker passes the segment's address whatever it points at
    // (a target layout only sizes pointers C returns, and withTargetLayout is restricted too).

    /** {@code int clock_gettime(clockid_t clockid, struct timespec *tp)}. */
    private static final MethodHandle CLOCK_GETTIME = downcall("clock_gettime",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    /** {@code int uname(struct utsname *buf)}. */
    private static final MethodHandle UNAME = downcall("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    /** {@code struct tm *gmtime_r(const time_t *timep, struct tm *result)}: {@code result}, or NULL. */
    private static final MethodHandle GMTIME_R = downcall("gmtime_r",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    private NativeCallsSample() {
    }

    /** Runs the sample on standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out) {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TimespecFlyweight now = now(arena);
            out.println("clock_gettime: " + now + " = "
                    + Instant.ofEpochSecond(now.tv_sec(), now.tv_nsec()));

            UtsnameFlyweight u = uname(arena);
            out.println("uname: " + u.sysnameAsString() + " " + u.releaseAsString() + " on "
                    + u.machineAsString() + ", node " + u.nodenameAsString() + ", domain "
                    + u.domainnameAsString());

            for (long epochSeconds : new long[] {0, 951_782_400, now.tv_sec()}) {
                TmFlyweight tm = gmtime(arena, epochSeconds);
                out.println("gmtime_r(" + epochSeconds + "): " + format(tm));
            }
            out.println("structs handed to C: Timespec " + TimespecFlyweight.BYTE_SIZE + " bytes, Utsname "
                    + UtsnameFlyweight.BYTE_SIZE + ", Tm " + TmFlyweight.BYTE_SIZE + " (tm_gmtoff at "
                    + TmFlyweight.TM_GMTOFF_OFFSET + ", after 4 bytes of padding)");

            arena.reset();
            try {
                clockGettime(arena, CLOCK_REALTIME, now); // `now` was allocated before the reset
                out.println("a Timespec kept across reset() was handed to C: this is a bug");
            } catch (StaleStructException expected) {
                out.println("a Timespec kept across reset(): StaleStructException, C was not called");
            }
        }
    }

    /**
     * The wall-clock time, from {@code clock_gettime(CLOCK_REALTIME)}, in a {@code Timespec}
     * allocated in {@code arena}.
     */
    public static TimespecFlyweight now(ArenaAllocator arena) {
        return clockGettime(arena, CLOCK_REALTIME, TimespecFlyweight.allocate(arena));
    }

    /**
     * Calls {@code clock_gettime(clockId, into)} and returns {@code into}. The {@code errno} slot
     * comes from {@code arena}: one call, one slot, no lock and no thread-local.
     *
     * @throws StaleStructException if {@code into}'s memory was reclaimed; C is not called then
     * @throws NativeCallException if {@code clock_gettime} fails, such as for an unknown clock
     */
    public static TimespecFlyweight clockGettime(ArenaAllocator arena, int clockId, TimespecFlyweight into) {
        MemorySegment struct = into.segment(); // stale-checked here, before C can write into reused memory
        MemorySegment state = arena.allocate(CALL_STATE);
        int result;
        try {
            result = (int) CLOCK_GETTIME.invokeExact(state, clockId, struct);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (result != 0) {
            throw new NativeCallException("clock_gettime", errno(state));
        }
        return into;
    }

    /** The kernel's names, from {@code uname}, in a {@code Utsname} allocated in {@code arena}. */
    public static UtsnameFlyweight uname(ArenaAllocator arena) {
        return uname(arena, UtsnameFlyweight.allocate(arena));
    }

    /**
     * Calls {@code uname(into)} and returns {@code into}.
     *
     * @throws StaleStructException if {@code into}'s memory was reclaimed; C is not called then
     * @throws NativeCallException if {@code uname} fails
     */
    public static UtsnameFlyweight uname(ArenaAllocator arena, UtsnameFlyweight into) {
        MemorySegment struct = into.segment();
        MemorySegment state = arena.allocate(CALL_STATE);
        int result;
        try {
            result = (int) UNAME.invokeExact(state, struct);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (result != 0) {
            throw new NativeCallException("uname", errno(state));
        }
        return into;
    }

    /**
     * {@code epochSeconds} as a UTC calendar date, from {@code gmtime_r}, in a {@code Tm}
     * allocated in {@code arena}.
     *
     * @throws NativeCallException if the year does not fit in an {@code int}
     */
    public static TmFlyweight gmtime(ArenaAllocator arena, long epochSeconds) {
        return gmtime(arena, epochSeconds, TmFlyweight.allocate(arena));
    }

    /**
     * Calls {@code gmtime_r(&epochSeconds, into)} and returns {@code into}. The {@code time_t}
     * goes in by pointer, so it is copied into {@code arena} first (an arena is a
     * {@code SegmentAllocator}): an 8-byte struct needs no interface of its own.
     *
     * @throws StaleStructException if {@code into}'s memory was reclaimed; C is not called then
     * @throws NativeCallException if {@code gmtime_r} returns {@code NULL} ({@code EOVERFLOW}: the
     *     year does not fit in an {@code int})
     */
    public static TmFlyweight gmtime(ArenaAllocator arena, long epochSeconds, TmFlyweight into) {
        MemorySegment struct = into.segment();
        MemorySegment time = arena.allocateFrom(JAVA_LONG, epochSeconds);
        MemorySegment state = arena.allocate(CALL_STATE);
        MemorySegment result;
        try {
            result = (MemorySegment) GMTIME_R.invokeExact(state, time, struct);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (result.address() == 0) {
            throw new NativeCallException("gmtime_r", errno(state));
        }
        return into;
    }

    /**
     * The text {@code tm_zone} points at, such as {@code "GMT"}. The pointer is only an address
     * to Java, so the segment is given a size ({@code reinterpret}, a restricted method) and read up
     * to its NUL; it points into glibc's own data, never into the arena.
     */
    @SuppressWarnings("restricted") // the same --enable-native-access that the downcalls need
    public static String zone(TmFlyweight tm) {
        long address = tm.tm_zone();
        if (address == 0) {
            return "";
        }
        return MemorySegment.ofAddress(address).reinterpret(ZONE_MAX_BYTES).getString(0);
    }

    /** {@code tm} as {@code 2000-02-29 00:00:00 GMT, weekday 2, day 59 of the year}, from C's fields. */
    public static String format(TmFlyweight tm) {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d %s, weekday %d, day %d of the year",
                tm.tm_year() + 1900L, tm.tm_mon() + 1, tm.tm_mday(), tm.tm_hour(), tm.tm_min(), tm.tm_sec(),
                zone(tm), tm.tm_wday(), tm.tm_yday());
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /**
     * A downcall throws only what the linker checks (a closed segment, the wrong thread), all
     * unchecked; {@code invokeExact} declares {@code Throwable} all the same.
     */
    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("a downcall threw a checked exception", t);
    }

    @SuppressWarnings("restricted") // the reason for --enable-native-access: C can write anywhere
    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        MemorySegment function = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(name + " not found in the C library"));
        return LINKER.downcallHandle(function, descriptor, Linker.Option.captureCallState("errno"));
    }

    /** A C function reported failure; {@link #errno()} says why, as {@code errno.h} numbers it. */
    public static final class NativeCallException extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String function;
        private final int errno;

        NativeCallException(String function, int errno) {
            super(function + " failed: errno " + errno);
            this.function = function;
            this.errno = errno;
        }

        /** The C function that failed. */
        public String function() {
            return function;
        }

        /** The {@code errno} it set, such as 22 ({@code EINVAL}) or 75 ({@code EOVERFLOW}) on Linux. */
        public int errno() {
            return errno;
        }
    }
}
