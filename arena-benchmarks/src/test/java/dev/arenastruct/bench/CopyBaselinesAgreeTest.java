package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenastruct.bench.Heap.TradeEventRecord;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The generated and hand-written variants of {@link CopyBench} do the same work, so their ratio compares like with like. */
class CopyBaselinesAgreeTest {

    @Test
    void copiesLeaveTheSourceBytesInTheTargetsEitherWay() {
        CopyBench.Copy bench = new CopyBench.Copy();
        bench.setUp();
        try {
            byte[] sources = bench.sourceBlock.toArray(ValueLayout.JAVA_BYTE);
            bench.targetBlock.fill((byte) 0);
            assertArrayEquals(sources, bench.flyweight().toArray(ValueLayout.JAVA_BYTE));
            bench.targetBlock.fill((byte) 0);
            assertArrayEquals(sources, bench.flyweightLocal().toArray(ValueLayout.JAVA_BYTE));
            bench.targetBlock.fill((byte) 0);
            assertArrayEquals(sources, bench.ffm().toArray(ValueLayout.JAVA_BYTE));
            bench.targetBlock.fill((byte) 0);
            assertArrayEquals(sources, bench.unsafe().toArray(ValueLayout.JAVA_BYTE));
        } finally {
            bench.close();
        }
    }

    @Test
    void bothComparisonsFindEveryPairEqualAndBothSeeAChange() {
        CopyBench.ContentEquals bench = new CopyBench.ContentEquals();
        bench.setUp();
        try {
            assertEquals(CopyBench.COUNT, bench.flyweight());
            assertEquals(CopyBench.COUNT, bench.ffm());
            bench.targetBlock.set(ValueLayout.JAVA_INT, 5 * TradeEventFlyweight.BYTE_SIZE + 16, 123_456);
            assertEquals(CopyBench.COUNT - 1, bench.flyweight());
            assertEquals(CopyBench.COUNT - 1, bench.ffm());
        } finally {
            bench.close();
        }
    }

    @Test
    void promotionsCopyEveryStructEitherWay() {
        CopyBench.Promote bench = new CopyBench.Promote();
        bench.setUp();
        try {
            assertEquals(CopyBench.COUNT * TradeEventFlyweight.BYTE_SIZE, bench.flyweight());
            assertEquals(bench.flyweight(), bench.ffm());
            assertArrayEquals(bench.sourceBlock.toArray(ValueLayout.JAVA_BYTE), bench.targetBlock.toArray(ValueLayout.JAVA_BYTE));
        } finally {
            bench.close();
        }
    }

    @Test
    void valuesHoldTheSameFieldsEitherWay() {
        CopyBench.ToValue bench = new CopyBench.ToValue();
        bench.setUp();
        try {
            Object[] values = bench.flyweight().clone();
            Object[] records = bench.ffm();
            for (int i = 0; i < CopyBench.COUNT; i++) {
                TradeEventValue value = (TradeEventValue) values[i];
                TradeEventRecord record = (TradeEventRecord) records[i];
                assertEquals(record.id(), value.id());
                assertEquals(record.price(), value.price());
                assertEquals(record.quantity(), value.quantity());
            }
        } finally {
            bench.close();
        }
    }
}
