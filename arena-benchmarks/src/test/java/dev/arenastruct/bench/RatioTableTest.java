package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report of a made-up run: ratios over ffm, sbe and unsafe of the same group, rows in table order. */
class RatioTableTest {
    private static final String TABLE = RatioTable.render(SyntheticRuns.twoGroups().results(), "test", "context");

    @Test
    void summaryGivesEachVariantOverFfmPerGroup() {
        assertTrue(TABLE.contains("| variant | BatchCycleBench | DecodeWrapBench |"), TABLE);
        assertTrue(TABLE.contains("| flyweightAllocate | 1.60 |  |"), TABLE);
        assertTrue(TABLE.contains("| flyweight |  | 1.50 |"), TABLE);
        assertTrue(TABLE.contains("| unsafe | 0.80 | 0.50 |"), TABLE);
    }

    @Test
    void detailsGiveTheRatiosOverFfmSbeAndUnsafeOfTheSameGroup() {
        assertTrue(TABLE.contains("| × baseline | × sbe | × unsafe |"), TABLE);
        // median, unit, × ffm, × sbe (none in this group), × unsafe
        assertTrue(TABLE.contains("| BatchCycleBench | flyweightAllocate | 16.00 | ns/op | 1.60 |  | 2.00 |"), TABLE);
        assertTrue(TABLE.contains("| BatchCycleBench | ffm | 10.00 | ns/op | 1.00 |  | 1.25 |"), TABLE);
        assertTrue(TABLE.contains("| DecodeWrapBench | flyweight | 3.00 | ns/op | 1.50 | 0.75 | 3.00 |"), TABLE);
        assertTrue(TABLE.contains("| DecodeWrapBench | unsafe | 1.00 | ns/op | 0.50 | 0.25 | 1.00 |"), TABLE);
    }

    @Test
    void staleChecksOffJoinsItsScenarioAndRowsFollowTheTableOrder() {
        assertTrue(TABLE.contains("| BatchCycleBench | flyweightAllocate (stale checks off) | 14.00 | ns/op | 1.40 |"),
                TABLE);
        List<String> batchRows = TABLE.lines().filter(l -> l.startsWith("| BatchCycleBench |"))
                .map(l -> l.split("\\|")[2].trim()).toList();
        assertEquals(List.of("flyweightAllocate", "flyweightAllocate (stale checks off)", "flyweightArray", "ffm",
                "unsafe", "pool"), batchRows);
    }
}
