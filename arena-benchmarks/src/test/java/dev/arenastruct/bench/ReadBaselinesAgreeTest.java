package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2 and 4 baselines compute the same result: every scan returns the sum a plain loop
 * over the inputs computes, bit for bit, and every match-cycle variant the same VWAP checksum.
 * Small counts; no timing here.
 */
class ReadBaselinesAgreeTest {
    private static final int COUNT = 10_000;

    @Test
    void everyTradeScanReturnsTheSameSum() {
        TradeScan.OffHeap offHeap = new TradeScan.OffHeap();
        TradeScan.OnHeap onHeap = new TradeScan.OnHeap();
        offHeap.count = COUNT;
        onHeap.count = COUNT;
        offHeap.setUp();
        onHeap.setUp();
        try {
            Inputs.Trades in = Inputs.Trades.generate(COUNT);
            int[] indices = Inputs.randomIndices(COUNT);
            double sequential = 0;
            double random = 0;
            for (int k = 0; k < COUNT; k++) {
                sequential += in.prices()[k] * in.quantities()[k];
                random += in.prices()[indices[k]] * in.quantities()[indices[k]];
            }
            TradeSequentialBench s = new TradeSequentialBench();
            TradeRandomBench r = new TradeRandomBench();
            Map<String, double[]> sums = new LinkedHashMap<>();
            sums.put("flyweight", new double[] {s.flyweight(offHeap), r.flyweight(offHeap)});
            sums.put("flyweightStatic", new double[] {s.flyweightStatic(offHeap), r.flyweightStatic(offHeap)});
            sums.put("ffm", new double[] {s.ffm(offHeap), r.ffm(offHeap)});
            sums.put("unsafe", new double[] {s.unsafe(offHeap), r.unsafe(offHeap)});
            sums.put("agrona", new double[] {s.agrona(offHeap), r.agrona(offHeap)});
            sums.put("sbe", new double[] {s.sbe(offHeap), r.sbe(offHeap)});
            sums.put("heap", new double[] {s.heap(onHeap), r.heap(onHeap)});
            sums.put("pool", new double[] {s.pool(onHeap), r.pool(onHeap)});
            for (var sum : sums.entrySet()) {
                assertEquals(sequential, sum.getValue()[0], sum.getKey() + " sequential");
                assertEquals(random, sum.getValue()[1], sum.getKey() + " random");
            }
            assertEquals(random, r.flyweightLocal(offHeap), "flyweightLocal random");
        } finally {
            offHeap.tearDown();
        }
    }

    @Test
    void everyLevelScanReturnsTheSameSum() {
        LevelScan.OffHeap offHeap = new LevelScan.OffHeap();
        LevelScan.OnHeap onHeap = new LevelScan.OnHeap();
        offHeap.count = COUNT;
        onHeap.count = COUNT;
        offHeap.setUp();
        onHeap.setUp();
        try {
            Inputs.Levels in = Inputs.Levels.generate(COUNT);
            int[] indices = Inputs.randomIndices(COUNT);
            long sequential = 0;
            long random = 0;
            for (int k = 0; k < COUNT; k++) {
                sequential += in.mantissas()[k] * in.quantities()[k];
                random += in.mantissas()[indices[k]] * in.quantities()[indices[k]];
            }
            LevelSequentialBench s = new LevelSequentialBench();
            LevelRandomBench r = new LevelRandomBench();
            Map<String, long[]> sums = new LinkedHashMap<>();
            sums.put("flyweight", new long[] {s.flyweight(offHeap), r.flyweight(offHeap)});
            sums.put("flyweightStatic", new long[] {s.flyweightStatic(offHeap), r.flyweightStatic(offHeap)});
            sums.put("ffm", new long[] {s.ffm(offHeap), r.ffm(offHeap)});
            sums.put("unsafe", new long[] {s.unsafe(offHeap), r.unsafe(offHeap)});
            sums.put("agrona", new long[] {s.agrona(offHeap), r.agrona(offHeap)});
            sums.put("sbe", new long[] {s.sbe(offHeap), r.sbe(offHeap)});
            sums.put("heap", new long[] {s.heap(onHeap), r.heap(onHeap)});
            sums.put("pool", new long[] {s.pool(onHeap), r.pool(onHeap)});
            for (var sum : sums.entrySet()) {
                assertEquals(sequential, sum.getValue()[0], sum.getKey() + " sequential");
                assertEquals(random, sum.getValue()[1], sum.getKey() + " random");
            }
        } finally {
            offHeap.tearDown();
        }
    }

    @Test
    void everyMatchCycleVariantComputesTheSameVwaps() {
        Inputs.Levels orders = Inputs.Levels.generate(MatchCycle.INPUTS);
        double expected = 0;
        for (long c = 0; c < 2 * MatchCycle.INPUTS; c++) {
            int i = (int) (c % MatchCycle.INPUTS);
            double notional = 0;
            long filled = 0;
            for (int f = 0; f < MatchCycle.FILLS; f++) {
                int quantity = (int) (orders.quantities()[i] / MatchCycle.FILLS) + f;
                notional += (orders.mantissas()[i] + f) * 0.01 * quantity;
                filled += quantity;
            }
            expected += notional / filled;
        }
        for (String variant : MatchCycle.VARIANTS) {
            MatchCycleLatency.Row row = MatchCycleLatency.measure(variant, 2 * MatchCycle.INPUTS, 0);
            assertEquals(expected, row.checksum(), variant);
            assertEquals(2 * MatchCycle.INPUTS, row.histogram().getTotalCount(), variant);
        }
    }
}
