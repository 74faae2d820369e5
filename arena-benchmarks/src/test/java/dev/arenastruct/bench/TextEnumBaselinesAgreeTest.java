package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The generated and hand-written variants of {@link TextEnumBench} compute the same, so the ratio compares like with like. */
class TextEnumBaselinesAgreeTest {

    @Test
    void everyVariantComputesTheSameAndWritesTheSameBytes() {
        TextEnumBench bench = new TextEnumBench();
        bench.setUp();
        try {
            assertEquals(TextEnumBench.COUNT / 2, bench.enumRead());
            assertEquals(bench.enumRead(), bench.enumReadFfm());
            assertEquals(TextEnumBench.COUNT / 8, bench.textEquals());
            assertEquals(bench.textEquals(), bench.textEqualsFfm());
            byte[] generated = bench.textWrite().toArray(ValueLayout.JAVA_BYTE);
            byte[] handWritten = bench.textWriteFfm().toArray(ValueLayout.JAVA_BYTE);
            assertArrayEquals(generated, handWritten);
        } finally {
            bench.tearDown();
        }
    }
}
