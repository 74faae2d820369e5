package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.arenastruct.ArenaStringBuilder;
import dev.arenastruct.BumpArena;
import dev.arenastruct.LongList;
import dev.arenastruct.StructArray;
import dev.arenastruct.StructList;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A match loop resets its arena once per cycle: if that allocated on the heap, the loop would
 * collect garbage forever. Measured with the thread's allocation counter, not a timer.
 */
class ZeroGarbageTest {
    private static final int CYCLES = 10_000;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void resetAllocatesNothingOnTheHeap() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            long perCycle = bytesPerCycle(() -> arena.reset());
            assertTrue(perCycle == 0, "reset() allocated " + perCycle + " bytes per call");
        }
    }

    @Test
    void rewindingAScopeDepthAlreadyUsedAllocatesOnlyTheMark() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            long perCycle = bytesPerCycle(() -> arena.rewind(arena.mark()));
            // The Mark object itself (no escape analysis in the interpreter); ending a lifetime adds nothing.
            assertTrue(perCycle <= 64, "mark()+rewind() allocated " + perCycle + " bytes per call");
        }
    }

    /**
     * The value methods a hot path calls per message: {@code appendTo} into a builder with room,
     * {@code contentEquals}, {@code contentHash} and {@code copyFrom}, on a struct of every field kind.
     * In a child JVM for the reason given below: after the other tests of this JVM, a slice in them
     * was sometimes left allocated (40 B per cycle), depending on which tests ran first.
     */
    @Test
    void appendToContentEqualsContentHashAndCopyFromCreateNoGarbageOnceCompiled() throws Exception {
        assertEquals("valueMethods=0 text=same", runChild(ValueMethodLoop.class),
                "bytes per appendTo + copyFrom + contentEquals + contentHash, once compiled");
    }

    /** Following and setting {@code @Link}s: one reused view per field, nothing per hop. */
    @Test
    void followingAndSettingLinksCreateNoGarbageOnceCompiled() throws Exception {
        assertEquals("links=0", runChild(LinkLoop.class), "bytes per 64 link hops and 2 link writes, once compiled");
    }

    /** Run in a child JVM: prints the heap bytes per cycle of walking a chain of links once compiled. */
    static final class LinkLoop {
        public static void main(String[] args) {
            ZeroGarbageTest meter = new ZeroGarbageTest();
            try (BumpArena arena = BumpArena.builder().blockSize(1024).build()) {
                TreeNodeFlyweight head = TreeNodeFlyweight.allocate(arena).value(0);
                TreeNodeFlyweight tail = head;
                for (int i = 1; i < 64; i++) { // across blocks: 72-byte nodes, 14 per block
                    TreeNodeFlyweight next = TreeNodeFlyweight.allocate(arena).value(i);
                    tail.nextSibling(next);
                    tail = next;
                }
                TreeNodeFlyweight last = tail;
                TreeNodeFlyweight walker = new TreeNodeFlyweight();
                long[] sink = new long[1];
                long perCycle = meter.bytesPerCycleOnceCompiled(() -> {
                    long sum = 0;
                    for (TreeNodeFlyweight node = head; node != null; node = node.nextSibling()) {
                        sum += node.value();
                    }
                    last.parent(head).parent(null);
                    sink[0] += sum + walker.hashCode();
                });
                System.out.print("links=" + perCycle);
            }
        }
    }

    /** Run in a child JVM: prints the heap bytes per cycle of the value methods once compiled. */
    static final class ValueMethodLoop {
        public static void main(String[] args) {
            ZeroGarbageTest meter = new ZeroGarbageTest();
            try (BumpArena arena = BumpArena.ofCapacity(4096)) {
                KindsFlyweight a = ValueMethodsTest.fill(KindsFlyweight.allocate(arena), new java.util.Random(7));
                KindsFlyweight b = KindsFlyweight.allocate(arena);
                StringBuilder out = new StringBuilder(4096);
                int[] sink = new int[1];
                long perCycle = meter.bytesPerCycleOnceCompiled(() -> {
                    out.setLength(0);
                    a.appendTo(out);
                    b.copyFrom(a);
                    sink[0] += a.contentEquals(b) ? a.contentHash() : 0;
                });
                System.out.println("valueMethods=" + perCycle + " text=" + (a.toString().contentEquals(out) ? "same"
                        : "different"));
            }
        }
    }

    private static String runChild(Class<?> main) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                main.getName()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /**
     * {@code wrapNew} and a walk over a {@code StructArray}, in a child JVM whose JIT has seen only
     * them: in this test JVM, earlier tests that allocate many sizes can get the arena's zeroing
     * compiled on its own, too big to inline ("already compiled into a big method" in
     * {@code -XX:+LogCompilation}), and its internal slice is then allocated (40 B per struct).
     */
    @Test
    void aReusedFlyweightAllocatingOrWalkingAStructArrayCreatesNoGarbageOnceCompiled() throws Exception {
        assertEquals("wrapNew=0 wrapElement=0", runChild(ReusedFlyweightLoops.class),
                "bytes per batch of 64 structs, once compiled");
    }

    /** Run in a child JVM: prints the heap bytes per batch of each loop once it is compiled. */
    static final class ReusedFlyweightLoops {
        public static void main(String[] args) {
            ZeroGarbageTest meter = new ZeroGarbageTest();
            try (BumpArena arena = BumpArena.ofCapacity(64 * TradeEventFlyweight.BYTE_SIZE)) {
                TradeEventFlyweight t = new TradeEventFlyweight();
                long wrapNew = meter.bytesPerCycleOnceCompiled(() -> {
                    arena.reset();
                    for (int i = 0; i < 64; i++) {
                        t.wrapNew(arena).id(i).price(i).quantity(i);
                    }
                });
                arena.reset();
                StructArray<TradeEventFlyweight> trades = TradeEventFlyweight.allocateStructs(arena, 64);
                long[] sum = new long[1];
                long wrapElement = meter.bytesPerCycleOnceCompiled(() -> {
                    for (int i = 0; i < trades.count(); i++) {
                        sum[0] += t.wrapElement(trades, i).quantity(i).quantity();
                    }
                });
                System.out.println("wrapNew=" + wrapNew + " wrapElement=" + wrapElement);
            }
        }
    }

    /**
     * Appending to and walking the arena collections, cleared and refilled each cycle (so they keep
     * their storage), and building text with numbers and doubles: in a child JVM, for the reason
     * given above.
     */
    @Test
    void appendingToAndIteratingTheArenaCollectionsCreatesNoGarbageOnceCompiled() throws Exception {
        assertEquals("structList=0 longList=0 stringBuilder=0 text=same", runChild(CollectionLoops.class),
                "bytes per cycle of 64 appends and a walk, once compiled");
    }

    /** Run in a child JVM: prints the heap bytes per cycle of each collection loop once it is compiled. */
    static final class CollectionLoops {
        public static void main(String[] args) {
            ZeroGarbageTest meter = new ZeroGarbageTest();
            try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
                StructList<TradeEventFlyweight> trades = TradeEventFlyweight.allocateList(arena, 64);
                LongList ids = LongList.allocate(arena, 64);
                ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 1024);
                TradeEventFlyweight t = new TradeEventFlyweight();
                long[] sum = new long[1];
                long structList = meter.bytesPerCycleOnceCompiled(() -> {
                    trades.clear();
                    for (int i = 0; i < 64; i++) {
                        t.wrapNew(trades).id(i).quantity(i);
                    }
                    for (int i = 0; i < trades.size(); i++) {
                        sum[0] += t.wrapElement(trades, i).quantity();
                    }
                });
                long longList = meter.bytesPerCycleOnceCompiled(() -> {
                    ids.clear();
                    for (int i = 0; i < 64; i++) {
                        ids.add(i * 31L);
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        sum[0] += ids.get(i);
                    }
                });
                long stringBuilder = meter.bytesPerCycleOnceCompiled(() -> {
                    text.clear();
                    text.append("id=").append(sum[0]).append(" n=").append(-42).append(" price=").append(101.25)
                            .append(' ').append("\u00e9\uD83D\uDE00");
                });
                String expected = "id=" + sum[0] + " n=-42 price=101.25 \u00e9\uD83D\uDE00";
                text.clear();
                text.append("id=").append(sum[0]).append(" n=").append(-42).append(" price=").append(101.25)
                        .append(' ').append("\u00e9\uD83D\uDE00");
                System.out.println("structList=" + structList + " longList=" + longList + " stringBuilder="
                        + stringBuilder + " text=" + (text.toString().equals(expected) ? "same" : "different"));
            }
        }
    }

    /**
     * Bytes per cycle once the JIT has compiled it: slices that do not escape exist in the
     * interpreter, not in compiled code. Measures rounds until one allocates nothing or the
     * rounds run out (then it returns the last round's figure).
     */
    private long bytesPerCycleOnceCompiled(Runnable cycle) {
        long perCycle = Long.MAX_VALUE;
        for (int round = 0; round < 50 && perCycle != 0; round++) {
            perCycle = bytesPerCycle(cycle);
        }
        return perCycle;
    }

    private long bytesPerCycle(Runnable cycle) {
        for (int i = 0; i < CYCLES; i++) {
            cycle.run(); // warm up: depth objects exist, code is compiled
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CYCLES; i++) {
            cycle.run();
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / CYCLES;
    }
}
