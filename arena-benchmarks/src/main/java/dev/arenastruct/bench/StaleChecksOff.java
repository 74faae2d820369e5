package dev.arenastruct.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * The instance-style benchmarks again, in forks started with
 * {@code -Ddev.arenastruct.staleChecks=false}: the difference to the same method in the checked
 * class is what the stale-struct check costs (the static accessors never check). Each class
 * inherits every method of its scenario; the run profiles exclude all but the instance-style ones
 * ({@code -e}), and {@link RatioTable} shows them as extra rows of the scenario they belong to.
 */
public final class StaleChecksOff {
    private StaleChecksOff() {
    }

    /** {@link TradeWriteBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class TradeWrite extends TradeWriteBench {
    }

    /** {@link LevelWriteBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class LevelWrite extends LevelWriteBench {
    }

    /** {@link TradeSequentialBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class TradeSequential extends TradeSequentialBench {
    }

    /** {@link TradeRandomBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class TradeRandom extends TradeRandomBench {
    }

    /** {@link LevelSequentialBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class LevelSequential extends LevelSequentialBench {
    }

    /** {@link LevelRandomBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.OPEN_AGRONA, BenchFlags.STALE_CHECKS_OFF})
    public static class LevelRandom extends LevelRandomBench {
    }

    /** {@link StaleCycleBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.NATIVE_ACCESS, BenchFlags.STALE_CHECKS_OFF})
    public static class StaleCycle extends StaleCycleBench {
    }

    /** {@link StaleScanBench} without stale checks. */
    @Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE, BenchFlags.NATIVE_ACCESS, BenchFlags.STALE_CHECKS_OFF})
    public static class StaleScan extends StaleScanBench {
    }
}
