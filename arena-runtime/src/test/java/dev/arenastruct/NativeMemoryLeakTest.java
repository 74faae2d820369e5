package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Creating and closing many arenas returns their native memory: fixed and growable ones (each
 * retain policy, grown to several blocks, reset, scopes left open at close), refused and failed
 * reservations, {@link ConcurrentArena}, and {@link ScratchArena} (released, and on a thread that
 * ended). The workload runs in a child JVM with Native Memory Tracking, see
 * {@link NativeMemoryWorkload}; the child also leaks a known amount on purpose, so each run proves
 * the measurement would see a leak.
 *
 * <p>{@code -Dleak.rounds=N} sets the rounds (default 200, about 2 s); a long run:
 * {@code ./mvn25 -pl arena-runtime -Dtest=NativeMemoryLeakTest -Dleak.rounds=20000 verify}.
 */
class NativeMemoryLeakTest {
    /** What the JDK itself may still allocate under "Other" during the rounds: far less than one round of arenas. */
    private static final long TOLERATED_BYTES = 16 << 10;
    private static final long TOLERATED_BLOCKS = 4;

    @Test
    void everyArenaKindReturnsItsNativeMemory() throws Exception {
        int rounds = Integer.getInteger("leak.rounds", 200);
        Map<String, Long> out = runWorkload(rounds);
        System.out.println("NativeMemoryLeakTest: " + out);

        long leakedBytes = out.get("nmt.other.bytes.after") - out.get("nmt.other.bytes.before");
        long leakedBlocks = out.get("nmt.other.blocks.after") - out.get("nmt.other.blocks.before");
        // One round allocates well over 1 MiB in about 60 blocks: a leak of any kind of block shows as
        // at least `rounds` blocks, far above the tolerance.
        assertTrue(leakedBytes <= TOLERATED_BYTES && leakedBlocks <= TOLERATED_BLOCKS,
                () -> "native memory not returned after " + rounds + " rounds: " + leakedBytes + " bytes in "
                        + leakedBlocks + " blocks (NMT 'Other'); " + out);
        assertEquals(out.get("direct.before"), out.get("direct.after"),
                () -> "scratch-arena (automatic) memory not returned to the direct pool: " + out);
        assertTrue(out.get("direct.peak") > out.get("direct.before"),
                () -> "scratch blocks should show in the direct pool while in use, or the check above proves nothing: "
                        + out);

        // The positive control: the arenas the child leaked on purpose are seen, to the block.
        long controlBytes = out.get("nmt.other.bytes.control") - out.get("nmt.other.bytes.after");
        long controlBlocks = out.get("nmt.other.blocks.control") - out.get("nmt.other.blocks.after");
        assertTrue(controlBytes >= NativeMemoryWorkload.CONTROL_ARENAS * NativeMemoryWorkload.CONTROL_BYTES,
                () -> "the deliberate leak of " + NativeMemoryWorkload.CONTROL_ARENAS + " x "
                        + NativeMemoryWorkload.CONTROL_BYTES + " bytes went unseen: " + out);
        assertTrue(controlBlocks >= NativeMemoryWorkload.CONTROL_ARENAS, () -> "control blocks unseen: " + out);
    }

    private static Map<String, Long> runWorkload(int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = location(BumpArena.class) + File.pathSeparator + location(NativeMemoryWorkload.class);
        Process child = new ProcessBuilder(List.of(java, "-XX:NativeMemoryTracking=summary", "-Xmx128m",
                "-XX:+UseSerialGC", "-cp", classPath, NativeMemoryWorkload.class.getName(), String.valueOf(rounds)))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // Generous: the bound only stops a hung child from hanging the build; nothing is timed.
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the workload JVM did not finish");
        assertEquals(0, child.exitValue(), () -> "the workload JVM failed:\n" + output);
        Map<String, Long> values = new HashMap<>();
        for (String line : output.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(eq + 1).matches("-?\\d+")) {
                values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
            }
        }
        assertEquals(11, values.size(), () -> "unexpected workload output:\n" + output);
        return values;
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
