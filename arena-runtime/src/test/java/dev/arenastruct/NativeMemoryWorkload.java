package dev.arenastruct;

import java.lang.foreign.MemorySegment;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The child JVM of {@link NativeMemoryLeakTest}: runs rounds of creating, growing, resetting and
 * closing every kind of arena, and prints what native memory the JVM holds before and after, as
 * {@code key=value} lines. Run with {@code -XX:NativeMemoryTracking=summary}.
 *
 * <p>Two counters, because the JDK accounts FFM memory in two ways: every {@code Arena.allocate}
 * is an {@code Unsafe.allocateMemory}, which Native Memory Tracking counts under "Other" (bytes
 * and number of blocks); only memory of automatic arenas ({@code Arena.ofAuto()}, the blocks of a
 * {@link ScratchArena}) is also reserved against the direct-memory limit and shows in the
 * "direct" buffer pool (JDK 25 {@code ArenaImpl}: {@code shouldReserveMemory = session instanceof
 * ImplicitSession}). Confined and shared arenas show only in NMT.
 *
 * <p>After the workload it deliberately leaks {@link #CONTROL_ARENAS} arenas of
 * {@link #CONTROL_BYTES} bytes, so every run proves the measurement sees a leak of that size.
 */
public final class NativeMemoryWorkload {
    static final int CONTROL_ARENAS = 16;
    static final long CONTROL_BYTES = 64 << 10;

    private static final Pattern OTHER = Pattern.compile("Other \\(reserved=\\d+, committed=\\d+\\)\\s*\\(malloc=(\\d+)"
            + "[^#]*#(\\d+)");

    private NativeMemoryWorkload() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        round(0); // class loading, JIT and the JDK's own first-use allocations happen here, not in the measurement
        settle();
        long[] before = nmtOther();
        long directBefore = directUsed();
        long directPeak = 0;
        for (int round = 1; round <= rounds; round++) {
            directPeak = Math.max(directPeak, round(round));
        }
        settle();
        long[] after = nmtOther();
        long directAfter = directUsed();
        List<BumpArena> leaked = new ArrayList<>();
        for (int i = 0; i < CONTROL_ARENAS; i++) {
            leaked.add(BumpArena.ofCapacity(CONTROL_BYTES)); // the positive control: never closed
        }
        long[] control = nmtOther();
        System.out.println("rounds=" + rounds);
        System.out.println("nmt.other.bytes.before=" + before[0]);
        System.out.println("nmt.other.bytes.after=" + after[0]);
        System.out.println("nmt.other.blocks.before=" + before[1]);
        System.out.println("nmt.other.blocks.after=" + after[1]);
        System.out.println("nmt.other.bytes.control=" + control[0]);
        System.out.println("nmt.other.blocks.control=" + control[1]);
        System.out.println("direct.before=" + directBefore);
        System.out.println("direct.after=" + directAfter);
        System.out.println("direct.peak=" + directPeak);
        System.out.println("leaked.control=" + leaked.size());
    }

    /** One round of every arena kind and every way of giving memory back; returns the direct memory at its peak. */
    private static long round(int round) throws Exception {
        try (BumpArena fixed = BumpArena.ofCapacity(64 << 10)) {
            fixed.allocate(1000, 8);
            fixed.reset();
            fixed.allocate(64 << 10, 1);
        }
        for (RetainPolicy policy : List.of(RetainPolicy.all(), RetainPolicy.largest(), RetainPolicy.upTo(0),
                RetainPolicy.upTo(32 << 10))) {
            BumpArena growable = BumpArena.builder().blockSize(4 << 10).maxBlockSize(64 << 10).retain(policy).build();
            for (int batch = 0; batch < 3; batch++) {
                for (int i = 0; i < 100; i++) {
                    growable.allocate(1000, 8); // grows to several blocks
                }
                growable.allocate(200 << 10, 4096); // a block of its own
                try (BumpArena.Scope scope = growable.openScope()) {
                    ArenaString.copyOf(scope.arena(), "round " + round);
                    growable.allocate(30 << 10, 64);
                }
                growable.reset(); // returns blocks as the policy says
            }
            growable.allocate(10, 1);
            growable.openScope(); // closing the arena with a scope still open frees everything too
            growable.close();
        }
        try (BumpArena limited = BumpArena.builder().blockSize(4 << 10).limit(16 << 10).build()) {
            limited.tryAllocate(20 << 10, 8); // refused: no block reserved
            limited.allocate(10 << 10, 8);
        }
        try (BumpArena unlimited = BumpArena.builder().blockSize(4 << 10).build()) {
            try {
                unlimited.allocate(8, 1L << 62); // the OS refuses the block: nothing may stay behind
            } catch (OutOfMemoryError expected) {
                // the failure path under test
            }
        }
        try {
            ConcurrentArena.ofCapacity(1L << 62).close();
        } catch (OutOfMemoryError expected) {
            // the failure path under test
        }
        try (ConcurrentArena shared = ConcurrentArena.ofCapacity(64 << 10)) {
            Thread other = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100; i++) {
                    shared.allocate(100, 8);
                }
            });
            for (int i = 0; i < 100; i++) {
                shared.allocate(100, 8);
            }
            other.join();
            shared.reset();
        }
        ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(4 << 10).retain(RetainPolicy.upTo(0)));
        long directPeak;
        try (BumpArena.Scope scope = scratch.open()) {
            for (int i = 0; i < 50; i++) {
                scope.arena().allocate(1000, 8);
            }
            directPeak = directUsed();
        }
        try (BumpArena.Scope scope = scratch.open()) {
            MemorySegment kept = scope.arena().allocate(100, 8);
            kept.fill((byte) 1);
        }
        scratch.release();
        // A thread that ends without release(): its scratch arena is freed once the thread is collected.
        Thread worker = Thread.ofPlatform().start(() -> {
            try (BumpArena.Scope scope = scratch.open()) {
                scope.arena().allocate(8 << 10, 8);
            }
        });
        worker.join();
        return directPeak;
    }

    /**
     * Lets the garbage collector free what only it can (scratch blocks, {@code Arena.ofAuto}):
     * collects until the direct memory stops falling, at most 50 times. No timing is asserted.
     */
    private static void settle() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            System.gc();
            Thread.sleep(20); // the Cleaner thread frees after the collection
            long now = directUsed();
            if (now == 0 || now == last && i >= 3) {
                return;
            }
            last = now;
        }
    }

    private static long directUsed() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        throw new IllegalStateException("no direct buffer pool");
    }

    /** NMT's "Other" category: the bytes and the number of blocks malloc'd by Unsafe.allocateMemory. */
    private static long[] nmtOther() throws Exception {
        String summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                new Object[] {new String[] {"summary", "scale=b"}}, new String[] {String[].class.getName()});
        Matcher m = OTHER.matcher(summary);
        if (!m.find()) {
            throw new IllegalStateException("no 'Other' category in the NMT summary (run with "
                    + "-XX:NativeMemoryTracking=summary):\n" + summary);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }
}
