package dev.arenastruct.samples;

import dev.arenastruct.ArenaStats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request handler on scratch arenas: {@value #REQUESTS} generated requests, handled by a
 * {@link RequestHandler} on {@value #THREADS} threads. Each thread parses every request into
 * structs in its own scratch arena, which grows over the first requests and is then reused as is:
 * the summary shows each thread's arena capacity after its first {@value #WARM_UP} requests and
 * at the end, and its high-water mark. The output is the same on every run.
 */
public final class RequestHandlerSample {
    /** How many requests {@link #main} handles. */
    public static final int REQUESTS = 10_000;
    /** How many threads handle them, each with its own scratch arena. */
    public static final int THREADS = 2;
    /** After how many requests a thread's arena is measured the first time. */
    public static final int WARM_UP = 100;
    /** The first block of each scratch arena: small, so that the sample shows it grow, then stop. */
    public static final long BLOCK_SIZE = 1 << 10;

    private static final String[] SYMBOLS = {"AAPL", "MSFT", "ABC", "XYZ", "ÄÖÜ"};

    private RequestHandlerSample() {
    }

    /** Handles {@value #REQUESTS} requests and prints the summary on standard output. */
    public static void main(String[] args) throws InterruptedException {
        run(System.out, REQUESTS);
    }

    /** Request number {@code k}: mostly orders, some quotes, unknown paths, bad limits and other methods. */
    public static String request(int k) {
        String path = switch (k % 10) {
            case 7 -> "/quote?symbol=" + SYMBOLS[k % SYMBOLS.length];
            case 9 -> "/missing";
            default -> "/orders?symbol=" + SYMBOLS[k % SYMBOLS.length] + "&limit="
                    + (k % 97 == 0 ? "many" : String.valueOf(1 + k % RequestHandler.MAX_LIMIT));
        };
        return (k % 31 == 0 ? "POST " : "GET ") + path + " HTTP/1.1\n"
                + "Accept: text/plain\n"
                + "X-Client: c-" + k % 7 + "\n"
                + "User-Agent: arenastruct-sample/1.0\n"
                + "\n";
    }

    /** What one thread did: its requests, their statuses, and its arena's statistics. */
    record WorkerReport(String thread, int handled, Map<String, Integer> statuses, long checksum, ArenaStats warm,
            ArenaStats end) {
    }

    /** Handles {@code requests} requests on {@value #THREADS} threads, printing to {@code out}. */
    public static void run(PrintStream out, int requests) throws InterruptedException {
        RequestHandler handler = new RequestHandler(BLOCK_SIZE);
        for (int k = 0; k < 3; k++) {
            String request = request(k);
            out.println(request.substring(0, request.indexOf('\n')) + " -> " + handler.handle(request));
        }
        handler.release(); // the calling thread's arena; the workers release their own

        List<WorkerReport> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS, namedThreads())) {
            List<Future<WorkerReport>> futures = new ArrayList<>();
            for (int worker = 0; worker < THREADS; worker++) {
                int first = worker;
                futures.add(pool.submit(() -> work(handler, first, requests)));
            }
            for (Future<WorkerReport> future : futures) {
                reports.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        }

        Map<String, Integer> statuses = new TreeMap<>();
        long checksum = 0;
        for (WorkerReport report : reports) {
            report.statuses().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            checksum += report.checksum();
        }
        out.println("handled " + requests + " requests on " + THREADS + " threads: " + statuses
                + ", response checksum " + checksum);
        for (WorkerReport report : reports) {
            out.println(report.thread() + ": " + report.handled() + " requests, scratch arena "
                    + describe(report.warm()) + " after " + Math.min(WARM_UP, report.handled()) + ", "
                    + describe(report.end()) + " after all; high-water " + report.end().highWaterMark() + " bytes");
        }
    }

    /** Every {@value #THREADS}th request from {@code first}; measures the thread's arena on the way. */
    static WorkerReport work(RequestHandler handler, int first, int requests) {
        Map<String, Integer> statuses = new TreeMap<>();
        long checksum = 0;
        int handled = 0;
        ArenaStats warm = null;
        for (int k = first; k < requests; k += THREADS) {
            String response = handler.handle(request(k));
            statuses.merge(response.substring(0, 3), 1, Integer::sum);
            checksum += response.hashCode();
            if (++handled == WARM_UP) {
                warm = handler.scratchStats();
            }
        }
        ArenaStats end = handler.scratchStats();
        handler.release();
        return new WorkerReport(Thread.currentThread().getName(), handled, statuses, checksum,
                warm == null ? end : warm, end);
    }

    private static String describe(ArenaStats stats) {
        return stats.capacity() + " bytes in " + stats.blockCount() + (stats.blockCount() == 1 ? " block" : " blocks");
    }

    /** Threads named handler-0, handler-1, ... in the order the pool starts them: one per submitted worker. */
    private static ThreadFactory namedThreads() {
        AtomicInteger next = new AtomicInteger();
        return task -> new Thread(task, "handler-" + next.getAndIncrement());
    }
}
