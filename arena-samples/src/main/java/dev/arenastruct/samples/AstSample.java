package dev.arenastruct.samples;

import dev.arenastruct.ArenaStats;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.io.PrintStream;

/**
 * A tokenizer and parser that build the syntax tree of a ~100 KB program as arena structs
 * ({@link AstNode}), evaluate it with a walk that allocates nothing, and free the whole tree with
 * one {@code reset()}: the compiler workload arenas were made for. The next program reuses the
 * same blocks, so after the first few files the arena reserves no memory at all.
 *
 * <p>The language: {@code let x = 2 * (y + 3);} binds a variable, {@code x - 1;} adds its value
 * to the program's result; 64-bit integers that wrap around, {@code + - * /}, unary minus and
 * parentheses. {@link #parseAndEvaluateHeap(String)} runs the same parser into ordinary records,
 * so that the two can be compared (they always give the same result).
 */
public final class AstSample {
    /**
     * Arena bytes to reserve per source byte: measured on generated programs, the tree takes about
     * 6 bytes of nodes per character (24-byte nodes, one per ~4 characters); 8 leaves room, so a
     * typical file fits in the first block.
     */
    static final int ARENA_BYTES_PER_SOURCE_BYTE = 8;

    private AstSample() {
    }

    /** Runs the sample on standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * A growable arena sized for sources of about {@code sourceBytes}: its first block is
     * {@value #ARENA_BYTES_PER_SOURCE_BYTE} times that, later blocks (for larger files) double.
     */
    public static BumpArena newArena(int sourceBytes) {
        return BumpArena.builder().blockSize(Math.max(64 << 10, (long) sourceBytes * ARENA_BYTES_PER_SOURCE_BYTE))
                .growthFactor(2).build();
    }

    /**
     * Parses {@code source} into {@code arena} and evaluates it. The tree stays in the arena until
     * the caller resets it (the sample resets it before each file).
     *
     * @return the sum of the program's expression statements, wrapping like {@code long}
     * @throws SyntaxException if the program does not parse
     * @throws ArithmeticException on division by zero
     */
    public static long parseAndEvaluateArena(String source, BumpArena arena) {
        return ArenaAst.parse(source, arena).evaluate();
    }

    /**
     * The same as {@link #parseAndEvaluateArena}, with the tree as records on the heap.
     *
     * @throws SyntaxException if the program does not parse
     * @throws ArithmeticException on division by zero
     */
    public static long parseAndEvaluateHeap(String source) {
        return HeapAst.parse(source).evaluate();
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out) {
        int[] sizes = {100_000, 100_000, 160_000, 100_000, 100_000}; // the third file is larger than the hint
        try (BumpArena arena = newArena(sizes[0])) {
            out.println("arena: first block " + arena.capacity() + " bytes for " + sizes[0] + "-byte files");
            AstNodeFlyweight kept = null;
            for (int file = 0; file < sizes.length; file++) {
                arena.reset(); // the previous file's whole tree is gone, in O(1)
                String source = ProgramGenerator.generate(file, sizes[file]);
                ArenaAst ast = ArenaAst.parse(source, arena);
                long result = ast.evaluate();
                long heapResult = parseAndEvaluateHeap(source);
                ArenaStats stats = arena.stats();
                out.println("file " + file + ": " + source.length() + " bytes, " + ast.nodeCount() + " nodes in "
                        + ast.listBytes() + " bytes, result " + result + (result == heapResult ? " (heap: same)"
                        : " (heap: " + heapResult + ", DIFFERENT)"));
                out.println("  blocks=" + stats.blockCount() + " capacity=" + stats.capacity() + " allocated="
                        + stats.allocatedBytes() + " padding=" + stats.paddingBytes());
                if (kept == null) {
                    kept = ast.view(ast.firstStatement());
                }
            }
            out.println("after " + sizes.length + " files: " + arena.stats());
            try {
                kept.kind();
                out.println("a node kept from file 0 was still readable: stale detection is off");
            } catch (StaleStructException e) {
                out.println("a node kept from file 0 throws StaleStructException");
            }
        }
    }
}
