package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every {@link DeepCallBench} method, deep calls and all, returns what the hand-written baseline returns. */
class DeepCallAgreeTest {

    @Test
    void everyFormAgreesWithTheBaseline() {
        DeepCallBench bench = new DeepCallBench();
        bench.setUp();
        try {
            long expected = bench.ffm();
            BatchCycleBench plain = new BatchCycleBench();
            plain.setUp();
            try {
                assertEquals(plain.ffm(), expected, "the deep baseline sums what BatchCycleBench's does");
            } finally {
                plain.close();
            }
            for (int cycle = 0; cycle < 3; cycle++) { // reset between cycles: a second cycle must fit as well
                assertEquals(expected, bench.flyweightAllocate(), "flyweightAllocate");
                assertEquals(expected, bench.flyweightWrapNew(), "flyweightWrapNew");
                assertEquals(expected, bench.flyweightStatic(), "flyweightStatic");
                assertEquals(expected, bench.flyweightStructs(), "flyweightStructs");
                assertEquals(expected, bench.unsafe(), "unsafe");
                assertEquals(expected, bench.ffm(), "ffm");
            }
        } finally {
            bench.close();
        }
    }
}
