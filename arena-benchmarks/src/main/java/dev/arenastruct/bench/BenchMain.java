package dev.arenastruct.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command-line options, then prints every result as a ratio against
 * the hand-written FFM baseline of the same run ({@link RatioTable}), and writes that table to
 * the file named by {@code -Dbench.table=...} if set, and the same ratios as an SVG bar chart
 * ({@link RatioChart}) to the file named by {@code -Dbench.chart=...} if set ({@code -Dbench.mode=quick}
 * names the mode in both titles). {@code java -jar benchmarks.jar} (plain
 * JMH) still works for anything else: listing, profilers, one benchmark.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Takes JMH's own options, e.g. {@code -f 1 -wi 1 -i 3 -prof gc TradeWriteBench}. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions options = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(options).run();
        String context = String.format("JDK %s (%s), %s %s, %d CPUs, %s; JMH options: `%s`", Runtime.version(),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), LocalDate.now(), String.join(" ", args));
        String mode = System.getProperty("bench.mode");
        String title = "arena-benchmarks" + (mode == null ? "" : ", " + mode + " mode");
        String table = RatioTable.render(results, title, context);
        System.out.println();
        System.out.println(table);
        write(System.getProperty("bench.table"), table, "table");
        write(System.getProperty("bench.chart"), RatioChart.render(RatioTable.groups(results), title), "chart");
    }

    /** Writes {@code content} to {@code file}, unless no file was named. */
    private static void write(String file, String content, String what) throws IOException {
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, content);
            System.out.println("(" + what + " written to " + path + ")");
        }
    }
}
