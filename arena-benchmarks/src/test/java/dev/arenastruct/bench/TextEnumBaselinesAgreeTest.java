package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The generated and hand-written variants of {@link TextEnumBench} compute the same, so the ratio compares like with like. */
class TextEnumBaselinesAgreeTest {

    @Test
    void enumReadsAgree() {
        TextEnumBench.EnumRead bench = new TextEnumBench.EnumRead();
        bench.setUp();
        try {
            assertEquals(TextEnumBench.COUNT / 2, bench.flyweight());
            assertEquals(bench.flyweight(), bench.flyweightLocal());
            assertEquals(bench.flyweight(), bench.ffm());
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void textWritesLeaveTheSameBytes() {
        TextEnumBench.TextWrite bench = new TextEnumBench.TextWrite();
        bench.setUp();
        try {
            byte[] generated = bench.flyweight().toArray(ValueLayout.JAVA_BYTE);
            assertArrayEquals(generated, bench.ffm().toArray(ValueLayout.JAVA_BYTE));
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void longTextWritesLeaveTheSameBytes() {
        TextEnumBench.LongTextWrite bench = new TextEnumBench.LongTextWrite();
        bench.setUp();
        try {
            bench.notes.fill((byte) 0x5A); // padding must be written, not inherited
            byte[] generated = bench.flyweight().toArray(ValueLayout.JAVA_BYTE);
            assertEquals("rejected: price outside the band", new NoteFlyweight().wrapElement(bench.notes, 4).textAsString());
            bench.notes.fill((byte) 0x5A);
            assertArrayEquals(generated, bench.ffm().toArray(ValueLayout.JAVA_BYTE));
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void textComparesAgree() {
        TextEnumBench.TextEquals bench = new TextEnumBench.TextEquals();
        bench.setUp();
        try {
            assertEquals(TextEnumBench.COUNT / 8, bench.flyweight());
            assertEquals(bench.flyweight(), bench.ffm());
        } finally {
            bench.tearDown();
        }
    }
}
