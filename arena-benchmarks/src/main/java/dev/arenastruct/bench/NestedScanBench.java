package dev.arenastruct.bench;

import static dev.arenastruct.bench.CLayout.BOOK_ASKS;
import static dev.arenastruct.bench.CLayout.BOOK_BIDS;
import static dev.arenastruct.bench.CLayout.BOOK_DEPTH;
import static dev.arenastruct.bench.CLayout.BOOK_LEVEL_ORDERS;
import static dev.arenastruct.bench.CLayout.BOOK_LEVEL_PRICE;
import static dev.arenastruct.bench.CLayout.BOOK_LEVEL_QUANTITY;
import static dev.arenastruct.bench.CLayout.BOOK_LEVEL_SIZE;
import static dev.arenastruct.bench.CLayout.BOOK_SIZE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shape (b), a scan of nested struct arrays: {@link #BOOKS} {@link OrderBook} snapshots in one
 * arena array, each with ten {@link BookLevel}s a side inline; sum {@code price * quantity} over
 * every bid and ask of every book. The array (about 2 MB) is filled once in setup with hand-written
 * FFM writes, so the data does not depend on the generated code under test. Every method returns
 * the same sum (the unit test checks it); the score is per book, i.e. per 20 levels.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchFlags.ALLOW_UNSAFE})
public class NestedScanBench {
    /** Books in the array. */
    public static final int BOOKS = 4096;

    private final OrderBookFlyweight book = new OrderBookFlyweight();
    private BumpArena arena;
    private MemorySegment books;
    private long address;

    /**
     * Fills book {@code b}'s bid {@code j} from {@code Inputs.Levels} element {@code b * 20 + j}, its
     * ask {@code j} from element {@code b * 20 + 10 + j} (the mantissa is the price in ticks).
     */
    @Setup
    public void setUp() {
        Inputs.Levels in = Inputs.Levels.generate(BOOKS * 2 * BOOK_DEPTH);
        arena = BumpArena.ofCapacity(BOOKS * BOOK_SIZE);
        books = OrderBookFlyweight.allocateArray(arena, BOOKS);
        for (int k = 0; k < BOOKS * 2 * BOOK_DEPTH; k++) {
            long at = (k / (2 * BOOK_DEPTH)) * BOOK_SIZE + (k % (2 * BOOK_DEPTH)) * BOOK_LEVEL_SIZE;
            books.set(JAVA_LONG, at + BOOK_LEVEL_PRICE, in.mantissas()[k]);
            books.set(JAVA_LONG, at + BOOK_LEVEL_QUANTITY, in.quantities()[k]);
            books.set(JAVA_INT, at + BOOK_LEVEL_ORDERS, in.orders()[k]);
        }
        address = books.address();
    }

    /** Frees the arena. */
    @TearDown
    public void tearDown() {
        arena.close();
    }

    /** Generated, instance style: one reused book flyweight ({@code wrapElement}) and its reused level views. */
    @Benchmark
    @OperationsPerInvocation(BOOKS)
    public long flyweight() {
        OrderBookFlyweight book = this.book;
        MemorySegment books = this.books;
        long sum = 0;
        for (int b = 0; b < BOOKS; b++) {
            book.wrapElement(books, b);
            for (int j = 0; j < OrderBookFlyweight.BIDS_LENGTH; j++) {
                BookLevelFlyweight bid = book.bids(j);
                sum += bid.price() * bid.quantity();
            }
            for (int j = 0; j < OrderBookFlyweight.ASKS_LENGTH; j++) {
                BookLevelFlyweight ask = book.asks(j);
                sum += ask.price() * ask.quantity();
            }
        }
        return sum;
    }

    /** Generated, static style: each level's offset from the generated, index-checked {@code bidsOffset}/{@code asksOffset}. */
    @Benchmark
    @OperationsPerInvocation(BOOKS)
    public long flyweightStatic() {
        MemorySegment books = this.books;
        long sum = 0;
        for (int b = 0; b < BOOKS; b++) {
            long at = b * OrderBookFlyweight.BYTE_SIZE;
            for (int j = 0; j < OrderBookFlyweight.BIDS_LENGTH; j++) {
                long bid = OrderBookFlyweight.bidsOffset(at, j);
                sum += BookLevelFlyweight.price(books, bid) * BookLevelFlyweight.quantity(books, bid);
            }
            for (int j = 0; j < OrderBookFlyweight.ASKS_LENGTH; j++) {
                long ask = OrderBookFlyweight.asksOffset(at, j);
                sum += BookLevelFlyweight.price(books, ask) * BookLevelFlyweight.quantity(books, ask);
            }
        }
        return sum;
    }

    /** Hand-written FFM at the C offsets: the baseline. */
    @Benchmark
    @OperationsPerInvocation(BOOKS)
    public long ffm() {
        MemorySegment books = this.books;
        long sum = 0;
        for (int b = 0; b < BOOKS; b++) {
            long at = b * BOOK_SIZE;
            for (int j = 0; j < BOOK_DEPTH; j++) {
                long bid = at + BOOK_BIDS + j * BOOK_LEVEL_SIZE;
                sum += books.get(JAVA_LONG, bid + BOOK_LEVEL_PRICE) * books.get(JAVA_LONG, bid + BOOK_LEVEL_QUANTITY);
            }
            for (int j = 0; j < BOOK_DEPTH; j++) {
                long ask = at + BOOK_ASKS + j * BOOK_LEVEL_SIZE;
                sum += books.get(JAVA_LONG, ask + BOOK_LEVEL_PRICE) * books.get(JAVA_LONG, ask + BOOK_LEVEL_QUANTITY);
            }
        }
        return sum;
    }

    /** Hand-written {@code sun.misc.Unsafe} at raw addresses: no bounds checks. */
    @Benchmark
    @OperationsPerInvocation(BOOKS)
    public long unsafe() {
        long base = address;
        long sum = 0;
        for (int b = 0; b < BOOKS; b++) {
            long at = base + b * BOOK_SIZE;
            for (int j = 0; j < BOOK_DEPTH; j++) {
                long bid = at + BOOK_BIDS + j * BOOK_LEVEL_SIZE;
                sum += UnsafeAccess.getLong(bid + BOOK_LEVEL_PRICE) * UnsafeAccess.getLong(bid + BOOK_LEVEL_QUANTITY);
            }
            for (int j = 0; j < BOOK_DEPTH; j++) {
                long ask = at + BOOK_ASKS + j * BOOK_LEVEL_SIZE;
                sum += UnsafeAccess.getLong(ask + BOOK_LEVEL_PRICE) * UnsafeAccess.getLong(ask + BOOK_LEVEL_QUANTITY);
            }
        }
        return sum;
    }
}
