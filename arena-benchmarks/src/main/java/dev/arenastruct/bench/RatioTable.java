package dev.arenastruct.bench;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns a JMH run into Markdown: one summary table of ratios (each variant's median over the
 * median of the baseline in the same benchmark class and parameters; lower is faster), then the
 * medians themselves with allocation per operation from {@code -prof gc} when it ran.
 *
 * <p>The baseline is {@code ffm}, the hand-written FFM code; where a class has none
 * ({@code ResetBench}) it is {@code control}. A second ratio column compares with {@code sbe}.
 * Methods measured in {@link StaleChecksOff}'s forks join their scenario as
 * {@code "<method> (stale checks off)"} rows.
 */
final class RatioTable {
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    /** Suffix of the variants measured in {@link StaleChecksOff}'s forks. */
    private static final String UNCHECKED = " (stale checks off)";

    /** Row order: the generated code, its floor, the other off-heap baselines, the heap ones, then the rest. */
    private static final List<String> ORDER = List.of("flyweightAllocate", "flyweightWrap", "flyweight",
            "flyweightStatic", "epochScopes", "ffm", "unsafe", "agrona", "sbe", "heap", "pool", "reset", "control");

    private RatioTable() {
    }

    /** One measured method: its median score, unit and bytes allocated per operation (NaN if unknown). */
    private record Cell(double median, String unit, double bytesPerOp) {
    }

    /** The Markdown for {@code results}, under a heading {@code title} followed by the {@code context} line. */
    static String render(Collection<RunResult> results, String title, String context) {
        // group ("TradeWriteBench", or "ResetBench allocations=1") -> variant (method) -> cell
        Map<String, Map<String, Cell>> groups = new TreeMap<>();
        Set<String> variants = new TreeSet<>(Comparator.comparingInt(RatioTable::rank).thenComparing(v -> v));
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (benchmark.contains(StaleChecksOff.class.getSimpleName() + ".")) {
                method += UNCHECKED;
            }
            String group = groupName(result, benchmark);
            Result<?> primary = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(method, new Cell(
                    primary.getStatistics().getPercentile(50), primary.getScoreUnit(),
                    allocation == null ? Double.NaN : allocation.getScore()));
            variants.add(method);
        }
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n").append(context).append("\n\n");
        out.append("Ratio of medians against the hand-written FFM baseline of the same run (`control` for ResetBench); ")
                .append("lower is faster, 1.00 is parity.\n\n");
        appendSummary(out, groups, variants);
        out.append("\nMedians of all measurement iterations; B/op from `-prof gc` (`gc.alloc.rate.norm`).\n\n");
        appendDetails(out, groups);
        return out.toString();
    }

    private static int rank(String variant) {
        boolean unchecked = variant.endsWith(UNCHECKED);
        int rank = ORDER.indexOf(unchecked ? variant.substring(0, variant.length() - UNCHECKED.length()) : variant);
        return 2 * (rank < 0 ? ORDER.size() : rank) + (unchecked ? 1 : 0);
    }

    private static String groupName(RunResult result, String benchmark) {
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        // StaleChecksOff.TradeWrite belongs with TradeWriteBench
        StringBuilder group = new StringBuilder(simpleName.endsWith("Bench") ? simpleName : simpleName + "Bench");
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
        out.append("| benchmark | variant | median | unit | × baseline | × sbe | B/op |\n");
        out.append("|---|---|---:|---|---:|---:|---:|\n");
        for (var group : groups.entrySet()) {
            Cell base = baseline(group.getValue());
            Cell sbe = group.getValue().get("sbe");
            var sorted = new TreeMap<String, Cell>(Comparator.comparingInt(RatioTable::rank).thenComparing(v -> v));
            sorted.putAll(group.getValue());
            for (var variant : sorted.entrySet()) {
                Cell cell = variant.getValue();
                out.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", group.getKey(), variant.getKey(),
                        number(cell.median()), cell.unit(), base == null ? "" : ratio(cell, base),
                        sbe == null ? "" : ratio(cell, sbe),
                        Double.isNaN(cell.bytesPerOp()) ? "" : number(cell.bytesPerOp())));
            }
        }
    }

    private static Cell baseline(Map<String, Cell> cells) {
        Cell ffm = cells.get("ffm");
        return ffm != null ? ffm : cells.get("control");
    }

    private static String ratio(Cell cell, Cell base) {
        return String.format("%.2f", cell.median() / base.median());
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format("%.0f", value);
        }
        return Math.abs(value) >= 1 ? String.format("%.2f", value) : String.format("%.3f", value);
    }
}
