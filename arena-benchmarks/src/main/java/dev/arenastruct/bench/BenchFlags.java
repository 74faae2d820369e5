package dev.arenastruct.bench;

/**
 * JVM flags every benchmark fork gets (through {@code @Fork(jvmArgsAppend = ...)}), so that
 * {@code java -jar benchmarks.jar} measures the same thing however it is started.
 */
public final class BenchFlags {
    /**
     * JDK 24+ (JEP 498) prints a warning on the first {@code sun.misc.Unsafe} memory access unless
     * allowed; the warning itself is harmless, but it lands in the middle of the JMH output.
     */
    public static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

    /**
     * Agrona 2.x reaches {@code jdk.internal.misc.Unsafe} through its {@code UnsafeApi}; without this
     * {@code UnsafeBuffer} fails to initialise.
     */
    public static final String OPEN_AGRONA = "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED";

    /**
     * Turns off the generated flyweights' stale-struct check on every instance access (a JVM-wide
     * constant, so only a fork of its own can measure the difference); see {@link StaleChecksOff}.
     */
    public static final String STALE_CHECKS_OFF = "-Ddev.arenastruct.staleChecks=false";

    /**
     * {@link EpochScopedArena}, the stale-detection design we did not pick, re-scopes memory with the
     * restricted {@code MemorySegment.reinterpret}; without this JDK 25 warns (a later JDK refuses).
     */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    /**
     * A fixed heap for benchmarks whose heap variant's cost is partly garbage collection
     * ({@link AstBench}): how often the young generation fills, and so the GC time per operation,
     * depends on the heap size, which otherwise defaults to a quarter of the machine's memory.
     * The same size as the scenario 4 harness's.
     */
    public static final String FIXED_HEAP_MIN = "-Xms256m";

    /** See {@link #FIXED_HEAP_MIN}. */
    public static final String FIXED_HEAP_MAX = "-Xmx256m";

    private BenchFlags() {
    }
}
