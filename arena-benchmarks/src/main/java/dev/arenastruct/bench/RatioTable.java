package dev.arenastruct.bench;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns a JMH run into Markdown: one summary table of ratios (each variant's median over the
 * median of the baseline in the same benchmark class and parameters; lower is faster), then the
 * medians themselves with allocation per operation from {@code -prof gc} when it ran.
 *
 * <p>The baseline is {@code ffm}, the hand-written FFM code; where a class has none it is
 * {@code control} ({@code ResetBench}, {@code AstBench.Release}), else {@code heap}
 * ({@code AstBench}, {@code CollectionBench}). The details add the ratio over {@code sbe} and over {@code unsafe} (the
 * physical floor: how far each variant is from code with no bounds checks at all), each from the
 * same group of the same run. {@link RatioChart} draws the same groups, ratios and order. Methods measured in
 * {@link StaleChecksOff}'s forks join their scenario as {@code "<method> (stale checks off)"} rows;
 * other nested benchmark classes are groups of their own, named {@code Outer.Inner}.
 *
 * <p>Where {@code -prof gc} ran, the details also give the collections during the measured
 * iterations ({@code gc.count}) and the collectors' time per operation ({@code gc.time} over those
 * iterations divided by their operations, in the score's unit): the part of an operation's cost
 * that the garbage collector pays, which for a heap variant is the price of dropping its objects.
 */
final class RatioTable {
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    /** The baseline of a group: the first of these it has. */
    private static final List<String> BASELINES = List.of("ffm", "control", "heap");

    /** Suffix of the variants measured in {@link StaleChecksOff}'s forks. */
    private static final String UNCHECKED = " (stale checks off)";

    /** Row order: the generated code, its floor, the other off-heap baselines, the heap ones, then the rest. */
    private static final List<String> ORDER = List.of("flyweightAllocate", "flyweightWrapNew", "flyweightWrap", "flyweightStructs",
            "flyweightArray", "flyweight", "structList", "structListCleared", "longList",
            "flyweightStatic", "epochScopes", "arena", "ffm", "unsafe", "agrona", "sbe", "heap", "heapArray", "presizedArray",
            "boxedList", "pool", "reset", "control");

    private RatioTable() {
    }

    private static final String GC_COUNT = "gc.count";
    private static final String GC_TIME = "gc.time";

    /** Variants in row order: the table's rows and the chart's bars within a group. */
    static final Comparator<String> VARIANT_ORDER = Comparator.comparingInt(RatioTable::rank).thenComparing(v -> v);

    /**
     * One measured method: its median score, unit, bytes allocated per operation, collections during
     * the measured iterations and GC time per operation in the score's unit (NaN if unknown).
     */
    record Cell(double median, String unit, double bytesPerOp, double gcCount, double gcTimePerOp) {
    }

    /** The Markdown for {@code results}, under a heading {@code title} followed by the {@code context} line. */
    static String render(Collection<RunResult> results, String title, String context) {
        Map<String, Map<String, Cell>> groups = groups(results);
        Set<String> variants = new TreeSet<>(VARIANT_ORDER);
        groups.values().forEach(cells -> variants.addAll(cells.keySet()));
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n").append(context).append("\n\n");
        out.append("Ratio of medians against the hand-written FFM baseline of the same run (`control` for ResetBench ")
                .append("and AstBench.Release, `heap` for AstBench and CollectionBench); lower is faster, 1.00 is parity.\n\n");
        appendSummary(out, groups, variants);
        out.append("\nMedians of all measurement iterations; × sbe and × unsafe are ratios over those variants ")
                .append("in the same group; B/op from `-prof gc` (`gc.alloc.rate.norm`); ")
                .append("GCs and GC/op (collector time per operation, in the median's unit) from `gc.count` and ")
                .append("`gc.time` over the measured iterations.\n\n");
        appendDetails(out, groups);
        return out.toString();
    }

    /**
     * The results by group ({@code "TradeWriteBench"}, or {@code "ResetBench allocations=1"}, sorted by
     * name), then by variant (the method, in the order JMH reported them).
     */
    static Map<String, Map<String, Cell>> groups(Collection<RunResult> results) {
        Map<String, Map<String, Cell>> groups = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (benchmark.contains(StaleChecksOff.class.getSimpleName() + ".")) {
                method += UNCHECKED;
            }
            String group = groupName(result, benchmark);
            Result<?> primary = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            double[] gc = gcPerOp(result, primary.getScoreUnit());
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(method, new Cell(
                    primary.getStatistics().getPercentile(50), primary.getScoreUnit(),
                    allocation == null ? Double.NaN : allocation.getScore(), gc[0], gc[1]));
        }
        return groups;
    }

    /** The name of the group's baseline, or null if it has none. */
    static String baselineName(Map<String, Cell> cells) {
        return BASELINES.stream().filter(cells::containsKey).findFirst().orElse(null);
    }

    private static int rank(String variant) {
        boolean unchecked = variant.endsWith(UNCHECKED);
        int rank = ORDER.indexOf(unchecked ? variant.substring(0, variant.length() - UNCHECKED.length()) : variant);
        return 2 * (rank < 0 ? ORDER.size() : rank) + (unchecked ? 1 : 0);
    }

    /**
     * Collections during the measured iterations and GC time per operation in {@code unit}'s time
     * unit (e.g. {@code us/op}), or NaNs where {@code -prof gc} did not run or the unit is not a time
     * per operation. Iterations without a {@code gc.time} had no collection (JMH leaves it out then).
     */
    private static double[] gcPerOp(RunResult result, String unit) {
        double count = 0;
        double millis = 0;
        long ops = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                Result<?> gcCount = iteration.getSecondaryResults().get(GC_COUNT);
                if (gcCount == null) {
                    return new double[] {Double.NaN, Double.NaN};
                }
                count += gcCount.getScore();
                Result<?> gcTime = iteration.getSecondaryResults().get(GC_TIME);
                millis += gcTime == null ? 0 : gcTime.getScore();
                ops += iteration.getMetadata().getMeasuredOps();
            }
        }
        double perMilli = unitsPerMilli(unit);
        return new double[] {count, ops == 0 || Double.isNaN(perMilli) ? Double.NaN : millis * perMilli / ops};
    }

    /** How many of {@code unit}'s time units make a millisecond ({@code ns/op}: 1e6), NaN if not a time per op. */
    private static double unitsPerMilli(String unit) {
        return switch (unit) {
            case "ns/op" -> 1e6;
            case "us/op" -> 1e3;
            case "ms/op" -> 1;
            case "s/op" -> 1e-3;
            default -> Double.NaN;
        };
    }

    private static String groupName(RunResult result, String benchmark) {
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String outer = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        outer = outer.substring(outer.lastIndexOf('.') + 1);
        StringBuilder group = new StringBuilder();
        if (outer.equals(StaleChecksOff.class.getSimpleName())) {
            // StaleChecksOff.TradeWrite belongs with TradeWriteBench
            group.append(simpleName.endsWith("Bench") ? simpleName : simpleName + "Bench");
        } else if (!outer.isEmpty() && Character.isUpperCase(outer.charAt(0))) {
            group.append(outer).append('.').append(simpleName); // a nested class, AstBench.Release
        } else {
            group.append(simpleName);
        }
        for (String key : result.getParams().getParamsKeys()) {
            if (!key.equals("count")) { // the scan size is one value unless someone overrides it
                group.append(' ').append(key).append('=').append(result.getParams().getParam(key));
            }
        }
        return group.toString();
    }

    private static void appendSummary(StringBuilder out, Map<String, Map<String, Cell>> groups, Set<String> variants) {
        out.append("| variant |");
        groups.keySet().forEach(g -> out.append(' ').append(g).append(" |"));
        out.append("\n|---|");
        groups.keySet().forEach(g -> out.append("---:|"));
        out.append('\n');
        for (String variant : variants) {
            out.append("| ").append(variant).append(" |");
            for (Map<String, Cell> cells : groups.values()) {
                Cell cell = cells.get(variant);
                Cell base = baseline(cells);
                out.append(' ').append(cell == null || base == null ? "" : ratio(cell, base)).append(" |");
            }
            out.append('\n');
        }
    }

    private static void appendDetails(StringBuilder out, Map<String, Map<String, Cell>> groups) {
        out.append("| benchmark | variant | median | unit | × baseline | × sbe | × unsafe | B/op | GCs | GC/op |\n");
        out.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (var group : groups.entrySet()) {
            Cell base = baseline(group.getValue());
            Cell sbe = group.getValue().get("sbe");
            Cell unsafe = group.getValue().get("unsafe");
            var sorted = new TreeMap<String, Cell>(VARIANT_ORDER);
            sorted.putAll(group.getValue());
            for (var variant : sorted.entrySet()) {
                Cell cell = variant.getValue();
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", group.getKey(),
                        variant.getKey(), number(cell.median()), cell.unit(), base == null ? "" : ratio(cell, base),
                        sbe == null ? "" : ratio(cell, sbe), unsafe == null ? "" : ratio(cell, unsafe),
                        optional(cell.bytesPerOp()),
                        Double.isNaN(cell.gcCount()) ? "" : String.format(Locale.ROOT, "%.0f", cell.gcCount()),
                        optional(cell.gcTimePerOp())));
            }
        }
    }

    /** The group's baseline cell (see {@link #BASELINES}), or null if it has none. */
    static Cell baseline(Map<String, Cell> cells) {
        for (String baseline : BASELINES) {
            Cell cell = cells.get(baseline);
            if (cell != null) {
                return cell;
            }
        }
        return null;
    }

    private static String optional(double value) {
        return Double.isNaN(value) ? "" : number(value);
    }

    private static String ratio(Cell cell, Cell base) {
        return String.format(Locale.ROOT, "%.2f", cell.median() / base.median());
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
