package dev.arenastruct.bench;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by the current thread, from HotSpot's own counter (what {@code -prof gc} reads). */
final class Allocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocation() {
    }

    /** Running total for this thread; subtract two readings. */
    static long currentThreadBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
