package dev.arenastruct.bench;

import dev.arenastruct.bench.RatioTable.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a JMH run as an SVG bar chart, by plain string building (no charting dependency): for each
 * benchmark group of {@link RatioTable#groups}, a horizontal bar per variant of its median over the
 * group's baseline ({@code ffm} where the group has one), in the table's row order, with a vertical
 * line at 1.0 (the baseline) and one at the group's {@code unsafe} ratio (the floor). One x scale for
 * the whole chart, so bars of different groups compare by eye; lower is faster.
 */
final class RatioChart {
    private static final int WIDTH = 960;
    private static final int LABEL_RIGHT = 300; // variant names end here, right-aligned
    private static final int PLOT_LEFT = 310;
    private static final int PLOT_RIGHT = WIDTH - 70; // room for the value after the longest bar
    private static final int ROW = 20;
    private static final int BAR = 14;
    private static final int GROUP_GAP = 14;
    private static final int TOP = 56;

    private RatioChart() {
    }

    /** One bar: a variant and its ratio to the group's baseline. */
    private record Bar(String variant, double ratio) {
    }

    /** One group's bars in table order, its baseline's name and its unsafe ratio (NaN if none). */
    private record Group(String name, String baseline, List<Bar> bars, double unsafe) {
    }

    /** The SVG document for {@code groups} (as {@link RatioTable#groups} returns them), under {@code title}. */
    static String render(Map<String, Map<String, Cell>> groups, String title) {
        List<Group> drawn = new ArrayList<>();
        double max = 1;
        for (var group : groups.entrySet()) {
            Cell base = RatioTable.baseline(group.getValue());
            if (base == null) {
                continue; // no ratio to draw, as in the table
            }
            List<Bar> bars = new ArrayList<>();
            group.getValue().keySet().stream().sorted(RatioTable.VARIANT_ORDER).forEach(variant ->
                    bars.add(new Bar(variant, group.getValue().get(variant).median() / base.median())));
            Cell unsafe = group.getValue().get("unsafe");
            drawn.add(new Group(group.getKey(), RatioTable.baselineName(group.getValue()), bars,
                    unsafe == null ? Double.NaN : unsafe.median() / base.median()));
            max = Math.max(max, bars.stream().mapToDouble(Bar::ratio).max().orElse(1));
        }
        double step = max <= 2 ? 0.25 : max <= 5 ? 0.5 : max <= 10 ? 1 : Math.ceil(max / 10);
        double scale = Math.ceil(max / step) * step;
        int height = TOP + drawn.stream().mapToInt(g -> ROW * (g.bars().size() + 1) + GROUP_GAP).sum() + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, height, WIDTH, height));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
        svg.append(format("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", escape(title)));
        svg.append(format("<text x=\"10\" y=\"40\" fill=\"#555\">Median over the group's baseline (ffm unless named), "
                + "same run; lower is faster. Solid line: baseline (1.0); dashed red: unsafe.</text>\n"));
        int y = TOP;
        for (Group group : drawn) {
            y = appendGroup(svg, group, y, scale);
        }
        appendAxis(svg, y, scale, step);
        return svg.append("</svg>\n").toString();
    }

    private static int appendGroup(StringBuilder svg, Group group, int top, double scale) {
        int bottom = top + ROW * (group.bars().size() + 1);
        svg.append(format("<g class=\"group\" data-group=\"%s\">\n", escape(group.name())));
        String heading = group.baseline().equals("ffm") ? group.name() : group.name() + " (× " + group.baseline() + ")";
        svg.append(format("<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>\n", top + 14, escape(heading)));
        int y = top + ROW;
        for (Bar bar : group.bars()) {
            double width = x(bar.ratio(), scale) - PLOT_LEFT;
            svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", LABEL_RIGHT, y + 11,
                    escape(bar.variant())));
            svg.append(format("<rect class=\"bar\" data-variant=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"%s\"><title>%s: %.2f × %s</title></rect>\n", escape(bar.variant()), PLOT_LEFT, y + 1,
                    width, BAR, colour(bar.variant()), escape(bar.variant()), bar.ratio(), escape(group.baseline())));
            svg.append(format("<text x=\"%.1f\" y=\"%d\">%.2f</text>\n", PLOT_LEFT + width + 4, y + 11, bar.ratio()));
            y += ROW;
        }
        svg.append(format("<line class=\"baseline\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>\n",
                x(1, scale), top + ROW - 2, x(1, scale), bottom));
        if (!Double.isNaN(group.unsafe())) {
            svg.append(format("<line class=\"unsafe\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00\" "
                    + "stroke-dasharray=\"4 3\"/>\n", x(group.unsafe(), scale), top + ROW - 2, x(group.unsafe(), scale), bottom));
        }
        svg.append("</g>\n");
        return bottom + GROUP_GAP;
    }

    /** Grid ticks under the last group, so the scale reads without a legend. */
    private static void appendAxis(StringBuilder svg, int y, double scale, double step) {
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n", PLOT_LEFT, y, PLOT_RIGHT, y));
        for (int i = 0; i * step <= scale + 1e-9; i++) {
            double x = x(i * step, scale);
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>\n", x, y, x, y + 4));
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n", x, y + 17,
                    step < 1 ? format("%.2f", i * step) : format("%.0f", i * step)));
        }
    }

    private static double x(double ratio, double scale) {
        return PLOT_LEFT + ratio / scale * (PLOT_RIGHT - PLOT_LEFT);
    }

    /** Generated code in blue, the hand-written floor (ffm, unsafe) in dark grey, every other baseline light. */
    private static String colour(String variant) {
        if (variant.startsWith("flyweight") || variant.startsWith("arena") || variant.startsWith("epoch")) {
            return "#3b6fb6";
        }
        return variant.equals("ffm") || variant.equals("unsafe") ? "#555555" : "#b0b0b0";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Locale-independent, so a decimal comma never ends up in a coordinate. */
    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
