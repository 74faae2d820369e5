package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The variants of {@link CollectionBench} build the same thing, so their ratios compare like with like. */
class CollectionBaselinesAgreeTest {

    @Test
    void everyStructVariantEndsWithTheSameLastElementAndSize() {
        CollectionBench.Structs bench = new CollectionBench.Structs();
        bench.count = 1000;
        bench.setUp();
        try {
            long expected = 999 + 1000;
            assertEquals(expected, bench.heap());
            assertEquals(expected, bench.heapArray());
            assertEquals(expected, bench.structList());
            assertEquals(expected, bench.structListCleared());
            assertEquals(expected, bench.structListCleared(), "a cleared list again");
            assertEquals(expected, bench.structList(), "after a reset");
        } finally {
            bench.close();
        }
    }

    @Test
    void everyLongVariantEndsWithTheSameLastValueAndSize() {
        CollectionBench.Longs bench = new CollectionBench.Longs();
        bench.count = 1000;
        bench.setUp();
        try {
            long expected = 999 * 3 + 1000;
            assertEquals(expected, bench.heap());
            assertEquals(expected, bench.presizedArray());
            assertEquals(expected, bench.boxedList());
            assertEquals(expected, bench.longList());
            assertEquals(expected, bench.longList());
        } finally {
            bench.close();
        }
    }

    @Test
    void bothTextVariantsBuildTheSameLine() {
        CollectionBench.Text bench = new CollectionBench.Text();
        bench.setUp();
        try {
            assertEquals("order id=1234567 price=101.25 qty=250 side=BID".hashCode(), bench.heap());
            assertEquals(bench.heap(), bench.arena());
        } finally {
            bench.close();
        }
    }
}
