package dev.arenastruct.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH results made up in a test, built through JMH's own result classes so that {@link RatioTable}
 * and {@link RatioChart} read them exactly as they read a real run: one fork, one measured iteration
 * of 1000 operations per benchmark, so the median is the score given.
 */
final class SyntheticRuns {
    private static final int OPS = 1000;
    private final List<RunResult> results = new ArrayList<>();

    /** Adds {@code method} of {@code dev.arenastruct.bench.<benchmarkClass>} at {@code nanosPerOp}. */
    SyntheticRuns add(String benchmarkClass, String method, double nanosPerOp) {
        String benchmark = "dev.arenastruct.bench." + benchmarkClass + "." + method;
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 0, TimeValue.seconds(1), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1);
        BenchmarkParams params = new BenchmarkParams(benchmark, benchmark + "_jmhTest", false, 1, new int[] {1},
                List.of(), 1, 0, warmup, measurement, Mode.AverageTime, new WorkloadParams(), TimeUnit.NANOSECONDS, 1,
                "java", List.of(), "25", "test VM", "25", "1.37", TimeValue.minutes(10));
        IterationResult iteration = new IterationResult(params, measurement, new IterationResultMetaData(OPS, OPS));
        iteration.addResult(new AverageTimeResult(ResultRole.PRIMARY, "", OPS, Math.round(nanosPerOp * OPS),
                TimeUnit.NANOSECONDS));
        results.add(new RunResult(params, List.of(new BenchmarkResult(params, List.of(iteration)))));
        return this;
    }

    /** Everything added so far. */
    Collection<RunResult> results() {
        return results;
    }

    /** Two groups as a run of the new shapes would give: decode with sbe, batch with a pool and an escaping name. */
    static SyntheticRuns twoGroups() {
        return new SyntheticRuns()
                .add("DecodeWrapBench", "flyweight", 3.0)
                .add("DecodeWrapBench", "flyweightStatic", 2.5)
                .add("DecodeWrapBench", "ffm", 2.0)
                .add("DecodeWrapBench", "unsafe", 1.0)
                .add("DecodeWrapBench", "sbe", 4.0)
                .add("BatchCycleBench", "pool", 5.0)
                .add("BatchCycleBench", "flyweightArray", 12.0)
                .add("BatchCycleBench", "flyweightAllocate", 16.0)
                .add("BatchCycleBench", "ffm", 10.0)
                .add("BatchCycleBench", "unsafe", 8.0)
                .add("StaleChecksOff.BatchCycle", "flyweightAllocate", 14.0);
    }
}
