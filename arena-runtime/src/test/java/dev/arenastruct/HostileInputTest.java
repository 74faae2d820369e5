package dev.arenastruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.arenastruct.internal.Flyweights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public runtime entry point called with hostile arguments, generated as a table of
 * (arena kind x arena state x method x size x alignment) and friends. Each call must either work
 * (zero sizes, exact fits) or throw the documented exception with the numbers in its message,
 * and a call that throws (or that {@code tryAllocate} refuses) must leave the arena as it was:
 * the same {@link ArenaStats}, the same {@code remaining()}, and the next allocation at the same
 * address. The expected outcome comes from an oracle written from the javadoc (fits if the
 * alignment padding plus the size fit in the block's room, else a new block within the limit),
 * not from the implementation.
 */
class HostileInputTest {
    private static final long BLOCK = 4096;
    private static final long LIMIT = 4 * BLOCK;
    /** Sizes at least this big can never be mapped, so the arena without a limit fails before touching memory. */
    private static final long NEVER_MAPPED = 1L << 62;

    private static final long[] SIZES = {Long.MIN_VALUE, Integer.MIN_VALUE, -BLOCK - 1, -8, -1, 0, 1, 7, 13,
            BLOCK - 13, BLOCK - 1, BLOCK, BLOCK + 1, LIMIT - BLOCK, LIMIT, LIMIT + 1, 1L << 32, 1L << 47, NEVER_MAPPED,
            Long.MAX_VALUE - LIMIT, Long.MAX_VALUE - BLOCK, Long.MAX_VALUE - 63, Long.MAX_VALUE - 7, Long.MAX_VALUE - 1,
            Long.MAX_VALUE};
    private static final long[] ALIGNMENTS = {Long.MIN_VALUE, Integer.MIN_VALUE, -64, -8, -1, 0, 3, 6, 12, 24, 100,
            (1L << 62) + 1, Long.MAX_VALUE, 1, 2, 8, 64, 128, BLOCK, 1L << 20, 1L << 32, NEVER_MAPPED};

    /** Calls checked, over all tables: the number reported for the hostile-input run. */
    private static final AtomicLong CALLS = new AtomicLong();
    private static final ExecutorService INTRUDER = Executors.newSingleThreadExecutor(r -> new Thread(r, "intruder"));

    /** Where the MAPPED kind's files go; each is deleted when its arena closes. */
    @TempDir
    static Path mappedFiles;

    @AfterAll
    static void report() {
        INTRUDER.shutdownNow();
        System.out.println("HostileInputTest: " + CALLS.get() + " hostile calls checked");
    }

    // ---------------------------------------------------------------- the arenas under test

    /** An arena under test and how to close it (a scratch arena is closed by releasing it). */
    private record Handle(ArenaAllocator arena, Runnable close) {
    }

    private enum Kind {
        FIXED(true, false) {
            @Override
            Handle open() {
                BumpArena arena = BumpArena.ofCapacity(BLOCK);
                return new Handle(arena, arena::close);
            }
        },
        GROWABLE(true, true) {
            @Override
            Handle open() {
                BumpArena arena = BumpArena.builder().blockSize(BLOCK).limit(LIMIT).build();
                return new Handle(arena, arena::close);
            }
        },
        /** The default: no limit, so a request the machine cannot map must fail cleanly. */
        UNLIMITED(true, true) {
            @Override
            Handle open() {
                BumpArena arena = BumpArena.builder().blockSize(BLOCK).build();
                return new Handle(arena, arena::close);
            }
        },
        CONCURRENT(false, false) {
            @Override
            Handle open() {
                ConcurrentArena arena = ConcurrentArena.ofCapacity(BLOCK);
                return new Handle(arena, arena::close);
            }
        },
        /** A file of its own per arena, deleted when the arena closes. */
        MAPPED(false, false) {
            @Override
            Handle open() {
                try {
                    Path file = Files.createTempFile(mappedFiles, "hostile", ".arena");
                    MappedArena arena = MappedArena.create(file, BLOCK);
                    return new Handle(arena, () -> {
                        arena.close();
                        deleteQuietly(file);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        },
        SCRATCH(true, true) {
            @Override
            Handle open() {
                ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(BLOCK).limit(LIMIT));
                return new Handle(scratch.open().arena(), scratch::release);
            }
        };

        final boolean confined;
        final boolean growable;

        Kind(boolean confined, boolean growable) {
            this.confined = confined;
            this.growable = growable;
        }

        abstract Handle open();

        /** Sizes and alignments that cannot make the unlimited arena really map gigabytes. */
        boolean allowed(long value) {
            return this != UNLIMITED || value <= LIMIT + 1 || value >= NEVER_MAPPED;
        }
    }

    private enum State {
        FRESH, PARTIAL, FULL, AFTER_RESET, CLOSED, WRONG_THREAD;

        void apply(Handle handle) {
            ArenaAllocator arena = handle.arena();
            switch (this) {
                case FRESH -> { }
                case PARTIAL, WRONG_THREAD -> arena.allocate(13, 1); // an odd offset: padding matters
                case FULL -> arena.allocate(blockRoom(arena), 1);
                case AFTER_RESET -> {
                    arena.allocate(100, 8);
                    reset(arena);
                }
                case CLOSED -> handle.close().run();
            }
        }
    }

    /** What the arena holds now, and where the next allocation would go. */
    private record Snapshot(ArenaStats stats, long remaining, long next) {
        static Snapshot of(ArenaAllocator arena, boolean closed) {
            // allocate(0, 1) never moves the offset: it only reports where the next byte would go.
            return new Snapshot(HostileInputTest.stats(arena), HostileInputTest.remaining(arena), closed ? -1 : arena.allocate(0, 1).address());
        }
    }

    private static ArenaStats stats(ArenaAllocator arena) {
        return switch (arena) {
            case BumpArena b -> b.stats();
            case ConcurrentArena c -> c.stats();
            case MappedArena m -> m.stats();
        };
    }

    private static long remaining(ArenaAllocator arena) {
        return switch (arena) {
            case BumpArena b -> b.remaining();
            case ConcurrentArena c -> c.remaining();
            case MappedArena m -> m.remaining();
        };
    }

    private static void reset(ArenaAllocator arena) {
        switch (arena) {
            case BumpArena b -> b.reset();
            case ConcurrentArena c -> c.reset();
            case MappedArena m -> m.reset();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes left in the current block: for a growable arena, remaining() without what it may still reserve. */
    private static long blockRoom(ArenaAllocator arena) {
        ArenaStats stats = stats(arena);
        return remaining(arena) - (stats.limit() - stats.capacity());
    }

    // ---------------------------------------------------------------- the oracle

    private enum Outcome { OK, BAD_SIZE, BAD_ALIGNMENT, EXHAUSTED, OUT_OF_MEMORY, CLOSED, WRONG_THREAD }

    /** The documented outcome of {@code allocate(size, alignment)} on {@code arena} as {@code before} shows it. */
    private static Outcome expected(Kind kind, State state, Snapshot before, long size, long alignment) {
        if (state == State.CLOSED) {
            return Outcome.CLOSED;
        }
        if (state == State.WRONG_THREAD && kind.confined) {
            return Outcome.WRONG_THREAD;
        }
        if (size < 0) {
            return Outcome.BAD_SIZE;
        }
        if (alignment <= 0 || Long.bitCount(alignment) != 1) {
            return Outcome.BAD_ALIGNMENT;
        }
        long padding = -before.next() & (alignment - 1);
        long room = before.remaining() - (before.stats().limit() - before.stats().capacity());
        if (padding <= room && size <= room - padding) {
            return Outcome.OK;
        }
        if (!kind.growable) {
            return Outcome.EXHAUSTED;
        }
        // A new block of its own, aligned as asked: what the OS may over-allocate for that alignment counts too.
        long reservable = before.stats().limit() - before.stats().capacity();
        long slack = alignment > BlockChain.BLOCK_ALIGNMENT ? alignment - 1 : 0;
        if (size > reservable || slack > reservable - size) {
            return Outcome.EXHAUSTED;
        }
        return size >= NEVER_MAPPED || alignment >= NEVER_MAPPED || size > Long.MAX_VALUE - LIMIT
                ? Outcome.OUT_OF_MEMORY : Outcome.OK;
    }

    // ---------------------------------------------------------------- allocate / tryAllocate x size x alignment

    private interface Allocation {
        MemorySegment call(ArenaAllocator arena, long size, long alignment);
    }

    @TestFactory
    Stream<DynamicNode> allocateAndTryAllocateWithEverySizeAndAlignment() {
        List<DynamicNode> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<DynamicNode> states = new ArrayList<>();
            for (State state : State.values()) {
                List<DynamicNode> tests = new ArrayList<>();
                for (boolean tryAllocate : new boolean[] {false, true}) {
                    Allocation op = tryAllocate ? ArenaAllocator::tryAllocate : ArenaAllocator::allocate;
                    String name = tryAllocate ? "tryAllocate" : "allocate";
                    for (long size : SIZES) {
                        if (kind.allowed(size)) {
                            tests.add(DynamicTest.dynamicTest(name + "(" + size + ", *)",
                                    () -> checkAllAlignments(kind, state, tryAllocate, op, size)));
                        }
                    }
                }
                states.add(DynamicContainer.dynamicContainer(state.name(), tests));
            }
            kinds.add(DynamicContainer.dynamicContainer(kind.name(), states));
        }
        return kinds.stream();
    }

    private static void checkAllAlignments(Kind kind, State state, boolean tryAllocate, Allocation op, long size)
            throws Exception {
        List<String> failures = new ArrayList<>();
        for (long alignment : ALIGNMENTS) {
            if (!kind.allowed(alignment)) {
                continue;
            }
            String call = kind + " " + state + (tryAllocate ? " tryAllocate(" : " allocate(") + size + ", "
                    + alignment + ")";
            try {
                checkOne(kind, state, tryAllocate, op, size, alignment);
            } catch (AssertionError e) {
                failures.add(call + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of the calls failed:\n" + String.join("\n", failures));
        }
    }

    private static void checkOne(Kind kind, State state, boolean tryAllocate, Allocation op, long size,
            long alignment) throws Exception {
        Handle handle = kind.open();
        try {
            state.apply(handle);
            ArenaAllocator arena = handle.arena();
            boolean closed = state == State.CLOSED;
            Snapshot before = Snapshot.of(arena, closed);
            Outcome expected = expected(kind, state, before, size, alignment);
            CALLS.incrementAndGet();
            Callable<MemorySegment> call = () -> op.call(arena, size, alignment);
            Object result = state == State.WRONG_THREAD ? onIntruder(call) : outcomeOf(call);
            if (expected == Outcome.OK) {
                if (!(result instanceof MemorySegment segment)) {
                    throw new AssertionError("expected a segment, got " + result, (Throwable) result);
                }
                assertEquals(size, segment.byteSize());
                assertEquals(0, segment.address() & (alignment - 1), "aligned");
                assertEquals(before.stats().allocatedBytes() + size, stats(arena).allocatedBytes());
                if (size > 0) { // zeroed and writable at both ends
                    assertEquals(0, segment.get(ValueLayout.JAVA_BYTE, size - 1));
                    segment.set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
                    segment.set(ValueLayout.JAVA_BYTE, size - 1, (byte) 1);
                }
                return;
            }
            if (tryAllocate && expected == Outcome.EXHAUSTED) {
                assertEquals(null, result, "tryAllocate reports exhaustion with null");
            } else {
                checkThrown(expected, result, before, size, alignment);
            }
            assertEquals(before, Snapshot.of(arena, closed), "the arena must be unchanged");
        } finally {
            if (state != State.CLOSED) {
                handle.close().run();
            }
        }
    }

    private static void checkThrown(Outcome expected, Object result, Snapshot before, long size, long alignment) {
        if (!(result instanceof Throwable thrown)) {
            throw new AssertionError("expected " + expected + ", got " + result);
        }
        String message = String.valueOf(thrown.getMessage());
        Class<? extends Throwable> type = switch (expected) {
            case BAD_SIZE, BAD_ALIGNMENT -> IllegalArgumentException.class;
            case EXHAUSTED -> ArenaExhaustedException.class;
            case OUT_OF_MEMORY -> OutOfMemoryError.class;
            case CLOSED -> IllegalStateException.class;
            case WRONG_THREAD -> WrongThreadException.class;
            case OK -> throw new AssertionError();
        };
        if (!type.isInstance(thrown)) {
            throw new AssertionError("expected " + type.getSimpleName() + " (" + expected + "), got " + thrown, thrown);
        }
        switch (expected) {
            case BAD_SIZE -> assertContains(message, "byteSize=" + size);
            case BAD_ALIGNMENT -> assertContains(message, "byteAlignment=" + alignment);
            case EXHAUSTED -> {
                ArenaExhaustedException e = (ArenaExhaustedException) thrown;
                assertContains(message, "requested=" + size + " alignment=" + alignment + " remaining="
                        + before.remaining() + " capacity=" + before.stats().capacity());
                assertEquals(size, e.requested());
                assertEquals(alignment, e.alignment());
                assertEquals(before.remaining(), e.remaining());
                assertEquals(before.stats().limit(), e.limit());
            }
            case OUT_OF_MEMORY -> {
                assertContains(message, "requested=" + size + " alignment=" + alignment);
                assertContains(message, "limit(");
            }
            case CLOSED -> assertContains(message, "already closed");
            case WRONG_THREAD -> {
                assertContains(message, "confined to thread '" + Thread.currentThread().getName() + "'");
                assertContains(message, "used from thread 'intruder'");
            }
            case OK -> throw new AssertionError();
        }
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.contains(part), () -> "message should contain <" + part + ">: " + message);
    }

    /** The call's result, or what it threw: Errors too, as an arena must not fail with a raw one. */
    private static Object outcomeOf(Callable<?> call) {
        try {
            return call.call();
        } catch (Exception | OutOfMemoryError e) {
            return e;
        }
    }

    private static Object onIntruder(Callable<?> call) throws InterruptedException {
        try {
            return INTRUDER.submit(call).get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    // ---------------------------------------------------------------- layouts and allocateFrom

    private record LayoutCall(String name, long bytes, long alignment, Outcome error, String message,
            java.util.function.Function<ArenaAllocator, MemorySegment> call) {
    }

    @TestFactory
    Stream<DynamicNode> layoutAndAllocateFromVariants() {
        long maxLongs = Long.MAX_VALUE / 8;
        List<LayoutCall> calls = List.of(
                new LayoutCall("allocate(JAVA_LONG, -1)", 0, 8, Outcome.BAD_SIZE, "count=-1",
                        a -> a.allocate(ValueLayout.JAVA_LONG, -1)),
                new LayoutCall("allocate(JAVA_LONG, Long.MIN_VALUE)", 0, 8, Outcome.BAD_SIZE,
                        "count=" + Long.MIN_VALUE, a -> a.allocate(ValueLayout.JAVA_LONG, Long.MIN_VALUE)),
                new LayoutCall("allocate(JAVA_LONG, MAX/8 + 1): count * 8 overflows", 0, 8, Outcome.BAD_SIZE,
                        "count=" + (maxLongs + 1), a -> a.allocate(ValueLayout.JAVA_LONG, maxLongs + 1)),
                new LayoutCall("allocate(JAVA_LONG, Long.MAX_VALUE): count * 8 overflows", 0, 8, Outcome.BAD_SIZE,
                        "count=" + Long.MAX_VALUE, a -> a.allocate(ValueLayout.JAVA_LONG, Long.MAX_VALUE)),
                new LayoutCall("allocate(JAVA_LONG, MAX/8)", maxLongs * 8, 8, null, null,
                        a -> a.allocate(ValueLayout.JAVA_LONG, maxLongs)),
                new LayoutCall("allocate(JAVA_INT, 0)", 0, 4, null, null, a -> a.allocate(ValueLayout.JAVA_INT, 0)),
                new LayoutCall("allocate(JAVA_INT, 2000)", 8000, 4, null, null,
                        a -> a.allocate(ValueLayout.JAVA_INT, 2000)),
                new LayoutCall("allocate(sequenceLayout(0, JAVA_LONG))", 0, 8, null, null,
                        a -> a.allocate(MemoryLayout.sequenceLayout(0, ValueLayout.JAVA_LONG))),
                new LayoutCall("allocate(structLayout(JAVA_BYTE, padding 4095, JAVA_LONG))", BLOCK + 8, 8, null,
                        null, a -> a.allocate(MemoryLayout.structLayout(ValueLayout.JAVA_BYTE,
                                MemoryLayout.paddingLayout(4095), ValueLayout.JAVA_LONG))),
                new LayoutCall("allocate(JAVA_LONG.withByteAlignment(4096))", 8, BLOCK, null, null,
                        a -> a.allocate(ValueLayout.JAVA_LONG.withByteAlignment(BLOCK))),
                new LayoutCall("allocateFrom(JAVA_INT, new int[0])", 0, 4, null, null,
                        a -> a.allocateFrom(ValueLayout.JAVA_INT, new int[0])),
                new LayoutCall("allocateFrom(JAVA_LONG, new long[600])", 4800, 8, null, null,
                        a -> a.allocateFrom(ValueLayout.JAVA_LONG, new long[600])),
                new LayoutCall("allocateFrom(JAVA_LONG, -1L)", 8, 8, null, null,
                        a -> a.allocateFrom(ValueLayout.JAVA_LONG, -1L)),
                new LayoutCall("allocateFrom(\"\")", 1, 1, null, null, a -> a.allocateFrom("")),
                new LayoutCall("allocateFrom(5000 x 'é')", 10_001, 1, null, null,
                        a -> a.allocateFrom("é".repeat(5000))),
                new LayoutCall("allocate(-1)", 0, 1, Outcome.BAD_SIZE, "byteSize=-1", a -> a.allocate(-1)),
                new LayoutCall("allocate(Long.MAX_VALUE)", Long.MAX_VALUE, 1, null, null,
                        a -> a.allocate(Long.MAX_VALUE)));
        List<DynamicNode> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (State state : List.of(State.FRESH, State.PARTIAL, State.FULL, State.CLOSED)) {
                for (LayoutCall call : calls) {
                    if (kind.allowed(call.bytes()) || call.error() != null) {
                        tests.add(DynamicTest.dynamicTest(state + " " + call.name(), () -> checkLayout(kind, state,
                                call)));
                    }
                }
            }
            kinds.add(DynamicContainer.dynamicContainer(kind.name(), tests));
        }
        return kinds.stream();
    }

    private static void checkLayout(Kind kind, State state, LayoutCall call) {
        Handle handle = kind.open();
        try {
            state.apply(handle);
            ArenaAllocator arena = handle.arena();
            boolean closed = state == State.CLOSED;
            Snapshot before = Snapshot.of(arena, closed);
            // A bad count is an argument error found before the arena is looked at (ArenaAllocator's javadoc).
            boolean countError = call.error() != null && call.message().startsWith("count");
            Outcome expected = countError ? call.error() : closed ? Outcome.CLOSED : call.error() != null
                    ? call.error() : expected(kind, state, before, call.bytes(), call.alignment());
            CALLS.incrementAndGet();
            Object result = outcomeOf(() -> call.call().apply(arena));
            if (expected == Outcome.OK) {
                assertTrue(result instanceof MemorySegment, () -> "expected a segment, got " + result);
                assertEquals(call.bytes(), ((MemorySegment) result).byteSize());
                assertEquals(0, ((MemorySegment) result).address() % call.alignment());
                return;
            }
            if (countError || call.error() != null && !closed) {
                assertTrue(result instanceof IllegalArgumentException, () -> "expected IAE, got " + result);
                assertContains(((Throwable) result).getMessage(), call.message());
            } else {
                checkThrown(expected, result, before, call.bytes(), call.alignment());
            }
            assertEquals(before, Snapshot.of(arena, closed), "the arena must be unchanged");
        } finally {
            if (!state.equals(State.CLOSED)) {
                handle.close().run();
            }
        }
    }

    // ---------------------------------------------------------------- marks, scopes, reset, close

    /** One step of a misuse: gets the arena and what the setup returned (a mark, a scope). */
    private interface Step {
        Object run(BumpArena arena, Object context);
    }

    private record Misuse(String name, Class<? extends Throwable> type, String message, Step setup, Step call,
            boolean fromIntruder) {
    }

    @TestFactory
    Stream<DynamicNode> marksScopesResetAndCloseMisused() {
        List<Misuse> misuses = new ArrayList<>();
        misuses.add(new Misuse("rewind a mark of another arena", IllegalArgumentException.class,
                "to a mark of another arena", (a, c) -> {
                    try (BumpArena other = BumpArena.ofCapacity(64)) {
                        return other.mark();
                    }
                }, (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("rewind(null)", NullPointerException.class, "mark", (a, c) -> null,
                (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("rewind the same mark twice", IllegalStateException.class,
                "already ended: it was rewound", (a, c) -> {
                    BumpArena.Mark mark = a.mark();
                    a.allocate(8, 8);
                    a.rewind(mark);
                    return mark;
                }, (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("rewind an inner mark after its outer one", IllegalStateException.class,
                "already ended", (a, c) -> {
                    BumpArena.Mark outer = a.mark();
                    BumpArena.Mark inner = a.mark();
                    a.allocate(8, 8);
                    a.rewind(outer);
                    return inner;
                }, (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("rewind a mark taken before reset (stale)", IllegalStateException.class,
                "already ended", (a, c) -> {
                    BumpArena.Mark mark = a.mark();
                    a.allocate(8, 8);
                    a.reset();
                    a.allocate(24, 8);
                    return mark;
                }, (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("close a scope twice", IllegalStateException.class, "already ended", (a, c) -> {
            BumpArena.Scope scope = a.openScope();
            a.allocate(8, 8);
            scope.close();
            return scope;
        }, (a, scope) -> close(scope), false));
        misuses.add(new Misuse("close an inner scope after its outer one", IllegalStateException.class,
                "already ended", (a, c) -> {
                    BumpArena.Scope outer = a.openScope();
                    BumpArena.Scope inner = a.openScope();
                    outer.close();
                    return inner;
                }, (a, scope) -> close(scope), false));
        misuses.add(new Misuse("rewind after close", IllegalStateException.class, "already closed", (a, c) -> {
            BumpArena.Mark mark = a.mark();
            a.close();
            return mark;
        }, (a, mark) -> rewind(a, mark), false));
        misuses.add(new Misuse("rewind from another thread", WrongThreadException.class,
                "used from thread 'intruder'", (a, c) -> a.mark(), (a, mark) -> rewind(a, mark), true));
        misuses.add(new Misuse("close a scope from another thread", WrongThreadException.class,
                "used from thread 'intruder'", (a, c) -> a.openScope(), (a, scope) -> close(scope), true));
        for (String op : List.of("mark", "openScope", "reset", "close", "allocate(0, 1)", "tryAllocate(0, 1)")) {
            Step call = switch (op) {
                case "mark" -> (a, c) -> a.mark();
                case "openScope" -> (a, c) -> a.openScope();
                case "reset" -> (a, c) -> {
                    a.reset();
                    return null;
                };
                case "close" -> (a, c) -> {
                    a.close();
                    return null;
                };
                case "allocate(0, 1)" -> (a, c) -> a.allocate(0, 1);
                default -> (a, c) -> a.tryAllocate(0, 1);
            };
            misuses.add(new Misuse(op + " after close", IllegalStateException.class, "already closed", (a, c) -> {
                a.close();
                return null;
            }, call, false));
            misuses.add(new Misuse(op + " from another thread", WrongThreadException.class,
                    "used from thread 'intruder'", (a, c) -> null, call, true));
        }
        List<DynamicNode> kinds = new ArrayList<>();
        for (Kind kind : List.of(Kind.FIXED, Kind.GROWABLE, Kind.SCRATCH)) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Misuse misuse : misuses) {
                tests.add(DynamicTest.dynamicTest(misuse.name(), () -> checkMisuse(kind, misuse)));
            }
            kinds.add(DynamicContainer.dynamicContainer(kind.name(), tests));
        }
        return kinds.stream();
    }

    private static Object rewind(BumpArena arena, Object mark) {
        arena.rewind((BumpArena.Mark) mark);
        return null;
    }

    private static Object close(Object scope) {
        ((BumpArena.Scope) scope).close();
        return null;
    }

    private static void checkMisuse(Kind kind, Misuse misuse) throws Exception {
        Handle handle = kind.open();
        BumpArena arena = (BumpArena) handle.arena();
        try {
            arena.allocate(13, 1);
            Object context = misuse.setup().run(arena, null);
            boolean closed = arena.isClosed();
            Snapshot before = Snapshot.of(arena, closed); // the steps before may change the arena, the last may not
            CALLS.incrementAndGet();
            Callable<Object> call = () -> misuse.call().run(arena, context);
            Object result = misuse.fromIntruder() ? onIntruder(call) : outcomeOf(call);
            if (!misuse.type().isInstance(result)) {
                throw new AssertionError("expected " + misuse.type().getSimpleName() + ", got " + result);
            }
            assertContains(((Throwable) result).getMessage(), misuse.message());
            assertEquals(before, Snapshot.of(arena, closed), "the arena must be unchanged");
        } finally {
            if (!arena.isClosed()) {
                handle.close().run();
            }
        }
    }

    // ---------------------------------------------------------------- ArenaString

    /** A CharSequence of {@code length} copies of {@code c} that holds no chars: hostile sizes without the memory. */
    private static CharSequence repeated(char c, int length) {
        return new CharSequence() {
            @Override
            public int length() {
                return length;
            }

            @Override
            public char charAt(int index) {
                return c;
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return repeated(c, end - start);
            }

            @Override
            public String toString() {
                throw new AssertionError("a message must not quote " + length + " chars");
            }
        };
    }

    @TestFactory
    Stream<DynamicNode> arenaStringCopiesOfHostileText() {
        record Text(String name, CharSequence text, long utf8) {
        }
        List<Text> texts = List.of(new Text("empty", "", 0), new Text("ascii", "a", 1),
                new Text("two-byte", "héllo", 6), new Text("surrogate pair", "😀x", 5),
                new Text("unpaired surrogate", "a\uD800", 2),
                new Text("block-sized", "x".repeat((int) BLOCK), BLOCK),
                new Text("2^16 x 'é' (virtual)", repeated('é', 1 << 16), 2L << 16),
                new Text("2^16 x '€' (virtual)", repeated('€', 1 << 16), 3L << 16));
        List<DynamicNode> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (State state : State.values()) {
                for (Text text : texts) {
                    if (!kind.allowed(text.utf8() + 1)) {
                        continue;
                    }
                    for (boolean tryCopy : new boolean[] {false, true}) {
                        tests.add(DynamicTest.dynamicTest(state + (tryCopy ? " tryCopyOf(" : " copyOf(") + text.name()
                                + ")", () -> checkCopy(kind, state, tryCopy, text.text(), text.utf8())));
                    }
                }
            }
            kinds.add(DynamicContainer.dynamicContainer(kind.name(), tests));
        }
        return kinds.stream();
    }

    private static void checkCopy(Kind kind, State state, boolean tryCopy, CharSequence text, long utf8)
            throws Exception {
        Handle handle = kind.open();
        try {
            state.apply(handle);
            ArenaAllocator arena = handle.arena();
            boolean closed = state == State.CLOSED;
            Snapshot before = Snapshot.of(arena, closed);
            long needed = utf8 + 1; // the NUL
            Outcome expected = expected(kind, state, before, needed, 1);
            CALLS.incrementAndGet();
            Callable<ArenaString> call = () -> tryCopy ? ArenaString.tryCopyOf(arena, text)
                    : ArenaString.copyOf(arena, text);
            Object result = state == State.WRONG_THREAD ? onIntruder(call) : outcomeOf(call);
            if (expected == Outcome.OK) {
                assertTrue(result instanceof ArenaString, () -> "expected an ArenaString, got " + result);
                ArenaString copy = (ArenaString) result;
                if (state != State.WRONG_THREAD || !kind.confined) {
                    assertEquals(utf8, copy.byteSize());
                    assertEquals(text.length(), copy.length());
                }
                return;
            }
            if (tryCopy && expected == Outcome.EXHAUSTED) {
                assertEquals(null, result, "tryCopyOf reports exhaustion with null");
            } else {
                checkThrown(expected, result, before, needed, 1);
            }
            assertEquals(before, Snapshot.of(arena, closed), "the arena must be unchanged");
        } finally {
            if (state != State.CLOSED) {
                handle.close().run();
            }
        }
    }

    @TestFactory
    Stream<DynamicNode> arenaStringIndexesAndStaleness() {
        String text = "héllo😀"; // 7 chars: the emoji is a surrogate pair
        List<DynamicNode> tests = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int index : new int[] {Integer.MIN_VALUE, -1, 7, 8, Integer.MAX_VALUE}) {
                tests.add(DynamicTest.dynamicTest(kind + " charAt(" + index + ")", () -> withString(kind, text, s -> {
                    CALLS.incrementAndGet();
                    Object result = outcomeOf(() -> s.charAt(index));
                    assertTrue(result instanceof IndexOutOfBoundsException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "Index " + index + " out of bounds for length 7");
                })));
            }
            int[][] ranges = {{-1, 2}, {3, 2}, {0, 8}, {8, 8}, {Integer.MIN_VALUE, Integer.MAX_VALUE},
                    {7, Integer.MIN_VALUE}, {Integer.MAX_VALUE, Integer.MAX_VALUE}};
            for (int[] range : ranges) {
                tests.add(DynamicTest.dynamicTest(kind + " subSequence(" + range[0] + ", " + range[1] + ")",
                        () -> withString(kind, text, s -> {
                            CALLS.incrementAndGet();
                            Object result = outcomeOf(() -> s.subSequence(range[0], range[1]));
                            assertTrue(result instanceof IndexOutOfBoundsException, () -> "got " + result);
                            assertContains(((Throwable) result).getMessage(),
                                    "Range [" + range[0] + ", " + range[1] + ") out of bounds for length 7");
                        })));
            }
            tests.add(DynamicTest.dynamicTest(kind + " every valid index and range", () -> withString(kind, text,
                    s -> {
                        for (int i = 0; i < 7; i++) {
                            CALLS.incrementAndGet();
                            assertEquals(text.charAt(i), s.charAt(i));
                            for (int j = i; j <= 7; j++) {
                                assertEquals(text.substring(i, j), s.subSequence(i, j));
                            }
                        }
                    })));
            for (String ending : List.of("reset", "close")) {
                if (ending.equals("reset") && kind == Kind.SCRATCH) {
                    continue; // covered by ScopeTest: a scratch arena resets when its scope closes
                }
                tests.add(DynamicTest.dynamicTest(kind + " every method after " + ending, () -> {
                    Handle handle = kind.open();
                    ArenaString s = ArenaString.copyOf(handle.arena(), text);
                    if (ending.equals("reset")) {
                        reset(handle.arena());
                    } else {
                        handle.close().run();
                    }
                    List<Callable<?>> calls = List.of(s::length, () -> s.charAt(0), () -> s.charAt(-1),
                            () -> s.subSequence(0, 1), s::toString, s::byteSize, s::cString, s::hashCode,
                            () -> s.contentEquals(text), () -> s.compareTo(s), () -> s.appendTo(new StringBuilder()),
                            () -> ArenaString.copyOf(BumpArena.ofCapacity(64), s));
                    for (Callable<?> call : calls) {
                        CALLS.incrementAndGet();
                        Object result = outcomeOf(call);
                        assertTrue(result instanceof StaleStructException, () -> "expected stale, got " + result);
                        assertContains(((Throwable) result).getMessage(), "ArenaString is stale");
                    }
                    if (ending.equals("reset")) {
                        handle.close().run();
                    }
                }));
            }
        }
        return tests.stream().map(DynamicNode.class::cast);
    }

    private static void withString(Kind kind, String text, Consumer<ArenaString> check) {
        Handle handle = kind.open();
        try {
            check.accept(ArenaString.copyOf(handle.arena(), text));
        } finally {
            handle.close().run();
        }
    }

    /** The whole int range of a CharSequence: 2^31 - 1 two-byte chars need 2^32 - 1 bytes plus the NUL. */
    @TestFactory
    Stream<DynamicNode> arenaStringOfTheLongestCharSequence() {
        return Stream.of(DynamicTest.dynamicTest("copyOf(Integer.MAX_VALUE x 'é')", () -> {
            try (BumpArena arena = BumpArena.ofCapacity(BLOCK)) {
                Snapshot before = Snapshot.of(arena, false);
                CALLS.incrementAndGet();
                Object result = outcomeOf(() -> ArenaString.copyOf(arena, repeated('é', Integer.MAX_VALUE)));
                checkThrown(Outcome.EXHAUSTED, result, before, 2L * Integer.MAX_VALUE + 1, 1);
                assertEquals(before, Snapshot.of(arena, false));
            }
        }));
    }

    // ---------------------------------------------------------------- factories, builder, retain policy, scratch

    private record Config(String name, Callable<?> call, Class<? extends Throwable> type, String message) {
    }

    @TestFactory
    Stream<DynamicNode> factoriesBuilderSettersAndRetainPolicies() {
        List<Config> configs = new ArrayList<>();
        for (long bad : new long[] {0, -1, -BLOCK, Integer.MIN_VALUE, Long.MIN_VALUE}) {
            configs.add(new Config("BumpArena.ofCapacity(" + bad + ")", () -> BumpArena.ofCapacity(bad),
                    IllegalArgumentException.class, "capacity must be at least 1 byte: bytes=" + bad));
            configs.add(new Config("ConcurrentArena.ofCapacity(" + bad + ")", () -> ConcurrentArena.ofCapacity(bad),
                    IllegalArgumentException.class, "capacity must be at least 1 byte: bytes=" + bad));
            configs.add(new Config("builder().blockSize(" + bad + ")", () -> BumpArena.builder().blockSize(bad),
                    IllegalArgumentException.class, "blockSize must be at least 1 byte: bytes=" + bad));
            configs.add(new Config("builder().maxBlockSize(" + bad + ")",
                    () -> BumpArena.builder().maxBlockSize(bad), IllegalArgumentException.class,
                    "maxBlockSize must be at least 1 byte: bytes=" + bad));
            configs.add(new Config("builder().limit(" + bad + ")", () -> BumpArena.builder().limit(bad),
                    IllegalArgumentException.class, "limit must be at least 1 byte: bytes=" + bad));
            if (bad != 0) {
                configs.add(new Config("RetainPolicy.upTo(" + bad + ")", () -> RetainPolicy.upTo(bad),
                        IllegalArgumentException.class, "byte count of zero or more: bytes=" + bad));
            }
        }
        for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
            configs.add(new Config("builder().growthFactor(" + bad + ")", () -> BumpArena.builder().growthFactor(bad),
                    IllegalArgumentException.class, "growthFactor must be at least 1: factor=" + bad));
        }
        configs.add(new Config("builder().retain(null)", () -> BumpArena.builder().retain(null),
                NullPointerException.class, "policy"));
        configs.add(new Config("ScratchArena.of(null)", () -> ScratchArena.of(null), NullPointerException.class,
                "builder"));
        configs.add(new Config("builder().blockSize(LIMIT + 1).limit(LIMIT).build()",
                () -> BumpArena.builder().blockSize(LIMIT + 1).limit(LIMIT).build(), IllegalArgumentException.class,
                "blockSize=" + (LIMIT + 1) + " limit=" + LIMIT));
        configs.add(new Config("ScratchArena.of(blockSize > limit).open()",
                () -> ScratchArena.of(BumpArena.builder().blockSize(LIMIT + 1).limit(LIMIT)).open(),
                IllegalArgumentException.class, "blockSize=" + (LIMIT + 1) + " limit=" + LIMIT));
        for (long bad : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE - 63, Long.MAX_VALUE}) {
            configs.add(new Config("MappedArena.create(file, " + bad + ")",
                    () -> MappedArena.create(Path.of("never-created.arena"), bad), IllegalArgumentException.class,
                    "capacity=" + bad));
        }
        // Capacities no machine can map: a clear OutOfMemoryError with the number, never a crash.
        for (long huge : new long[] {NEVER_MAPPED, Long.MAX_VALUE - 63, Long.MAX_VALUE}) {
            configs.add(new Config("BumpArena.ofCapacity(" + huge + ")", () -> BumpArena.ofCapacity(huge),
                    OutOfMemoryError.class, String.valueOf(huge)));
            configs.add(new Config("ConcurrentArena.ofCapacity(" + huge + ")", () -> ConcurrentArena.ofCapacity(huge),
                    OutOfMemoryError.class, String.valueOf(huge)));
            configs.add(new Config("builder().blockSize(" + huge + ").build()",
                    () -> BumpArena.builder().blockSize(huge).build(), OutOfMemoryError.class, String.valueOf(huge)));
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (Config config : configs) {
            tests.add(DynamicTest.dynamicTest(config.name(), () -> {
                CALLS.incrementAndGet();
                Object result = outcomeOf(config.call());
                if (result instanceof AutoCloseable leaked) {
                    leaked.close();
                }
                assertTrue(config.type().isInstance(result), () -> "expected " + config.type().getSimpleName()
                        + ", got " + result);
                assertContains(((Throwable) result).getMessage(), config.message());
            }));
        }
        // The extremes that are valid: accepted, and the arena works.
        tests.add(DynamicTest.dynamicTest("valid extremes build working arenas", () -> {
            List<BumpArenaBuilder> builders = List.of(
                    BumpArena.builder().blockSize(1).growthFactor(Integer.MAX_VALUE).maxBlockSize(Long.MAX_VALUE),
                    BumpArena.builder().blockSize(1).limit(1).retain(RetainPolicy.upTo(0)),
                    BumpArena.builder().blockSize(1).growthFactor(1).maxBlockSize(1).retain(RetainPolicy.largest()),
                    BumpArena.builder().retain(RetainPolicy.upTo(Long.MAX_VALUE)));
            for (BumpArenaBuilder builder : builders) {
                try (BumpArena arena = builder.build()) {
                    for (int round = 0; round < 3; round++) {
                        CALLS.incrementAndGet();
                        assertEquals(0, arena.allocate(0, 1).byteSize());
                        assertEquals(1, arena.allocate(1, 1).byteSize(), builder.toString());
                        arena.reset();
                    }
                }
            }
        }));
        return tests.stream().map(DynamicNode.class::cast);
    }

    @TestFactory
    Stream<DynamicNode> scratchArenaReleasedAndReopened() {
        return Stream.of(
                DynamicTest.dynamicTest("release without open, twice", () -> {
                    ScratchArena scratch = ScratchArena.withDefaults();
                    CALLS.addAndGet(2);
                    scratch.release();
                    scratch.release();
                }),
                DynamicTest.dynamicTest("a scope of a released arena is closed, the next open starts afresh", () -> {
                    ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(BLOCK).limit(LIMIT));
                    BumpArena.Scope scope = scratch.open();
                    BumpArena released = scope.arena();
                    released.allocate(100, 8);
                    scratch.release();
                    CALLS.addAndGet(4);
                    Object closing = outcomeOf(() -> close(scope));
                    assertTrue(closing instanceof IllegalStateException, () -> "got " + closing);
                    assertContains(((Throwable) closing).getMessage(), "ScratchArena already closed");
                    Object allocating = outcomeOf(() -> released.allocate(8, 8));
                    assertTrue(allocating instanceof IllegalStateException, () -> "got " + allocating);
                    assertEquals(0, released.remaining());
                    assertEquals(0, released.stats().capacity());
                    try (BumpArena.Scope again = scratch.open()) {
                        assertTrue(again.arena() != released, "a new arena after release");
                        assertEquals(0, again.arena().allocatedBytes());
                        assertEquals(LIMIT, again.arena().allocate(LIMIT - BLOCK, 1).byteSize() + BLOCK);
                    }
                    scratch.release();
                }),
                DynamicTest.dynamicTest("another thread's open gets its own arena, release there leaves ours", () -> {
                    ScratchArena scratch = ScratchArena.withDefaults();
                    try (BumpArena.Scope mine = scratch.open()) {
                        MemorySegment segment = mine.arena().allocate(8, 8);
                        CALLS.addAndGet(2);
                        Object theirs = onIntruder(() -> {
                            try (BumpArena.Scope scope = scratch.open()) {
                                return scope.arena();
                            } finally {
                                scratch.release();
                            }
                        });
                        assertTrue(theirs instanceof BumpArena && theirs != mine.arena(), () -> "got " + theirs);
                        segment.set(ValueLayout.JAVA_LONG, 0, 42);
                        assertEquals(8, mine.arena().allocatedBytes());
                    }
                    scratch.release();
                }));
    }

    // ---------------------------------------------------------------- Flyweights checks

    @TestFactory
    Stream<DynamicNode> flyweightChecks() {
        List<DynamicNode> tests = new ArrayList<>();
        {
            MemorySegment block = MemorySegment.ofArray(new long[8]); // 64 bytes on the heap: outlives the factory
            for (long offset : new long[] {Long.MIN_VALUE, -8, -1, 64 - 24 + 1, 64, 65, Long.MAX_VALUE - 23,
                    Long.MAX_VALUE}) {
                for (boolean aligned : new boolean[] {false, true}) {
                    tests.add(DynamicTest.dynamicTest("checkWrap(64-byte segment, offset=" + offset + ", byteSize=24"
                            + (aligned ? ", byteAlignment=8)" : ")"), () -> {
                                CALLS.incrementAndGet();
                                Object result = outcomeOf(() -> {
                                    if (aligned) {
                                        Flyweights.checkWrap(block, offset, 24, 8, "Trade");
                                    } else {
                                        Flyweights.checkWrap(block, offset, 24, "Trade");
                                    }
                                    return "accepted";
                                });
                                assertTrue(result instanceof IndexOutOfBoundsException, () -> "got " + result);
                                assertContains(((Throwable) result).getMessage(), "cannot wrap Trade (byteSize=24) at offset="
                                        + offset + " of a segment with byteSize=64");
                            }));
                }
            }
            for (long offset : new long[] {1, 4, 12, 36}) {
                tests.add(DynamicTest.dynamicTest("checkWrap misaligned offset=" + offset, () -> {
                    CALLS.incrementAndGet();
                    Object result = outcomeOf(() -> {
                        Flyweights.checkWrap(block, offset, 24, 8, "Trade");
                        return "accepted";
                    });
                    assertTrue(result instanceof IllegalArgumentException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "offset=" + offset + ": address=0x"
                            + Long.toHexString(block.address() + offset) + " is not a multiple of byteAlignment=8");
                }));
            }
            tests.add(DynamicTest.dynamicTest("checkWrap accepts offsets 0, 8, ..., 40; without an alignment, 0, 1, ..., 40",
                    () -> {
                        for (long offset = 0; offset <= 40; offset++) {
                            CALLS.incrementAndGet();
                            if (offset % 8 == 0) {
                                Flyweights.checkWrap(block, offset, 24, 8, "Trade");
                            }
                            Flyweights.checkWrap(block, offset, 24, "Trade");
                        }
                    }));
            for (int index : new int[] {Integer.MIN_VALUE, -1, 4, 5, Integer.MAX_VALUE}) {
                tests.add(DynamicTest.dynamicTest("checkIndex(" + index + ", 4)", () -> {
                    CALLS.incrementAndGet();
                    Object result = outcomeOf(() -> Flyweights.checkIndex(index, 4, "prices"));
                    assertTrue(result instanceof IndexOutOfBoundsException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "index " + index
                            + " is out of bounds for array field 'prices' of length 4");
                }));
                tests.add(DynamicTest.dynamicTest("checkElement(64 bytes of 24-byte structs, " + index + ")", () -> {
                    CALLS.incrementAndGet();
                    long element = index == 4 ? 2 : index; // 64 / 24 = 2 whole structs
                    Object result = outcomeOf(() -> Flyweights.checkElement(block, element, 24, 8, "Trade"));
                    assertTrue(result instanceof IndexOutOfBoundsException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "index " + element
                            + " is out of bounds for an array of 2 Trade structs (segment byteSize=64)");
                }));
            }
            for (long shift : new long[] {1, 2, 4, 7}) {
                tests.add(DynamicTest.dynamicTest("checkElement(array starting " + shift + " bytes past an 8-aligned address)", () -> {
                    CALLS.incrementAndGet();
                    MemorySegment shifted = block.asSlice(shift);
                    Object result = outcomeOf(() -> Flyweights.checkElement(shifted, 0, 24, 8, "Trade"));
                    assertTrue(result instanceof IllegalArgumentException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "address=0x" + Long.toHexString(shifted.address())
                            + " as an array of Trade structs: it is not a multiple of byteAlignment=8");
                }));
            }
            for (long count : new long[] {Long.MIN_VALUE, -1}) {
                tests.add(DynamicTest.dynamicTest("arrayByteSize(" + count + ", 24)", () -> {
                    CALLS.incrementAndGet();
                    Object result = outcomeOf(() -> Flyweights.arrayByteSize(count, 24, "Trade"));
                    assertTrue(result instanceof IllegalArgumentException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), "count must not be negative: count=" + count);
                }));
            }
            for (long count : new long[] {Long.MAX_VALUE / 24 + 1, Long.MAX_VALUE / 2, Long.MAX_VALUE}) {
                tests.add(DynamicTest.dynamicTest("arrayByteSize(" + count + ", 24) overflows", () -> {
                    CALLS.incrementAndGet();
                    Object result = outcomeOf(() -> Flyweights.arrayByteSize(count, 24, "Trade"));
                    assertTrue(result instanceof IllegalArgumentException, () -> "got " + result);
                    assertContains(((Throwable) result).getMessage(), count + " Trade structs of byteSize=24 overflow");
                }));
            }
            tests.add(DynamicTest.dynamicTest("arrayByteSize at the edge: 0 and MAX/24", () -> {
                CALLS.addAndGet(2);
                assertEquals(0, Flyweights.arrayByteSize(0, 24, "Trade"));
                assertEquals(Long.MAX_VALUE / 24 * 24, Flyweights.arrayByteSize(Long.MAX_VALUE / 24, 24, "Trade"));
            }));
            tests.add(DynamicTest.dynamicTest("checkBulk(5, 4)", () -> {
                CALLS.incrementAndGet();
                Object result = outcomeOf(() -> Flyweights.checkBulk(5, 4, "prices"));
                assertTrue(result instanceof IllegalArgumentException, () -> "got " + result);
                assertContains(((Throwable) result).getMessage(), "cannot copy 5 values into array field 'prices' "
                        + "of length 4");
            }));
            return tests.stream();
        }
    }
}
