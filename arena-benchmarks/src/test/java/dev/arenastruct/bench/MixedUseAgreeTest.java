package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link MixedUseBench} measures the plain benchmarks' loops after running all their forms: after its
 * warm-up, each of its methods still returns what the hand-written baseline returns.
 */
class MixedUseAgreeTest {

    @Test
    void batchFormsAgreeWithTheBaselineAfterTheWarmUp() {
        MixedUseBench.Batch bench = new MixedUseBench.Batch();
        bench.setUp();
        try {
            long expected = bench.ffm();
            assertEquals(expected, bench.flyweightStructs());
            assertEquals(expected, bench.flyweightStructsLocal());
            assertEquals(expected, bench.flyweightWrapNew());
            assertEquals(expected, bench.flyweightWrapNewLocal());
            assertEquals(expected, bench.unsafe());
        } finally {
            bench.close();
        }
    }

    @Test
    void decodeFormsAgreeWithTheBaselineAfterTheWarmUp() {
        MixedUseBench.Decode bench = new MixedUseBench.Decode();
        bench.setUp();
        try {
            double expected = bench.ffm();
            assertEquals(expected, bench.flyweight());
            assertEquals(expected, bench.flyweightLocal());
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void copyFormsLeaveTheSourceBytesAfterTheWarmUp() {
        MixedUseBench.Copy bench = new MixedUseBench.Copy();
        bench.setUp();
        try {
            byte[] sources = bench.bench.sourceBlock.toArray(ValueLayout.JAVA_BYTE);
            Map<String, Supplier<MemorySegment>> copies = new LinkedHashMap<>();
            copies.put("flyweight", bench::flyweight);
            copies.put("flyweightLocal", bench::flyweightLocal);
            copies.put("ffm", bench::ffm);
            copies.put("unsafe", bench::unsafe);
            for (var copy : copies.entrySet()) {
                bench.bench.targetBlock.fill((byte) 0);
                assertArrayEquals(sources, copy.getValue().get().toArray(ValueLayout.JAVA_BYTE), copy.getKey());
            }
        } finally {
            bench.close();
        }
    }
    @Test
    void randomScanFormsAgreeWithTheBaselineAfterTheWarmUp() {
        MixedUseBench.Random bench = new MixedUseBench.Random();
        bench.setUp();
        try {
            double expected = bench.ffm();
            assertEquals(expected, bench.flyweight());
            assertEquals(expected, bench.flyweightLocal());
        } finally {
            bench.tearDown();
        }
    }
}
