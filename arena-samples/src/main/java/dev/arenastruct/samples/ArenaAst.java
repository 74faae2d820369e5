package dev.arenastruct.samples;

import dev.arenastruct.BumpArena;
import dev.arenastruct.Lifetime;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * A syntax tree of {@link AstNode} structs in a {@link BumpArena}, and its evaluator.
 *
 * <p>Nodes live in chunks of {@value #CHUNK_NODES} contiguous structs, each chunk one
 * {@code allocateArray} call; a node's id is its index across the chunks ({@code id >>> 10} picks
 * the chunk, {@code id & 1023} the element), and children are ids. Why ids and chunks rather than
 * one {@code allocate} per node with addresses as links: a growable arena is a chain of separate
 * blocks, so there is no single base segment that every address is an offset into; an id is
 * 4 bytes instead of 8; a chunk is one bump and one heap object per 1024 nodes instead of a
 * flyweight per node; and siblings sit next to each other in memory, in parse order.
 *
 * <p>Evaluation is a recursive walk through one reused flyweight: each step re-points it at a node,
 * reads the fields it needs into locals, then recurses, so the walk allocates nothing. The
 * flyweight is pointed with the arena's lifetime as it was when parsing started, so a tree used
 * after the arena's {@code reset()} throws {@link dev.arenastruct.StaleStructException} instead of
 * reading the next program's nodes.
 */
final class ArenaAst implements AstBuilder {
    /** The id that means "no node": the end of the statement list. */
    static final int NONE = -1;
    /** Nodes per chunk: 24 KiB of structs, small next to the arena's blocks, so little is lost at block ends. */
    static final int CHUNK_NODES = 1 << 10;
    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK_MASK = CHUNK_NODES - 1;

    private final String source;
    private final BumpArena arena;
    private final Lifetime lifetime;
    private final long generation;
    private final AstNodeFlyweight cursor = new AstNodeFlyweight();
    private MemorySegment[] chunks = new MemorySegment[16];
    private int count;
    private int firstStatement = NONE;
    private int lastStatement = NONE;
    private int slotCount;

    private ArenaAst(String source, BumpArena arena) {
        this.source = source;
        this.arena = arena;
        this.lifetime = arena.lifetime();
        this.generation = lifetime.generation();
    }

    /**
     * Parses {@code source} into nodes allocated from {@code arena}. On a syntax error the nodes
     * made so far stay in the arena until its next reset.
     *
     * @throws SyntaxException if the program does not parse
     */
    static ArenaAst parse(String source, BumpArena arena) {
        ArenaAst ast = new ArenaAst(source, arena);
        ast.slotCount = new Parser(source, ast).parseProgram();
        return ast;
    }

    /** Runs the program: the sum of its expression statements' values, wrapping like {@code long}. */
    long evaluate() {
        long[] slots = new long[slotCount];
        long result = 0;
        int statement = firstStatement;
        while (statement != NONE) {
            AstNodeFlyweight node = node(statement);
            boolean let = node.kind() == NodeKind.LET;
            int slot = (int) node.value();
            int value = node.left();
            statement = node.right(); // read before evaluate re-points the cursor
            long v = evaluate(value, slots);
            if (let) {
                slots[slot] = v;
            } else {
                result += v;
            }
        }
        return result;
    }

    private long evaluate(int id, long[] slots) {
        AstNodeFlyweight node = node(id);
        return switch (node.kind()) {
            case NUMBER -> node.value();
            case VARIABLE -> slots[(int) node.value()];
            case NEGATE -> -evaluate(node.left(), slots);
            case BINARY -> {
                char operator = node.operator();
                int position = node.position();
                int right = node.right();
                long left = evaluate(node.left(), slots);
                yield AstBuilder.apply(operator, left, evaluate(right, slots), source, position);
            }
            case LET, EXPRESSION -> throw new IllegalStateException("statement node " + id + " inside an expression");
        };
    }

    /** How many nodes the tree has. */
    int nodeCount() {
        return count;
    }

    /** Bytes of arena memory the tree's chunks take, including the unused end of the last chunk. */
    long chunkBytes() {
        return (long) ((count + CHUNK_MASK) >>> CHUNK_SHIFT) * CHUNK_NODES * AstNodeFlyweight.BYTE_SIZE;
    }

    /** The first statement's id, or {@link #NONE} for an empty program. */
    int firstStatement() {
        return firstStatement;
    }

    /**
     * A new flyweight over node {@code id}, for callers that keep one; like every node of this
     * tree it throws {@link dev.arenastruct.StaleStructException} once the arena is reset.
     */
    AstNodeFlyweight view(int id) {
        return new AstNodeFlyweight().wrapView(chunks[id >>> CHUNK_SHIFT],
                (id & CHUNK_MASK) * AstNodeFlyweight.BYTE_SIZE, lifetime, generation);
    }

    @Override
    public int number(long value, int position) {
        add(NodeKind.NUMBER, position).value(value);
        return count - 1;
    }

    @Override
    public int variable(int slot, int position) {
        add(NodeKind.VARIABLE, position).value(slot);
        return count - 1;
    }

    @Override
    public int binary(char operator, int left, int right, int position) {
        add(NodeKind.BINARY, position).operator(operator).left(left).right(right);
        return count - 1;
    }

    @Override
    public int negate(int operand, int position) {
        add(NodeKind.NEGATE, position).left(operand);
        return count - 1;
    }

    @Override
    public void let(int slot, int value, int position) {
        add(NodeKind.LET, position).left(value).right(NONE).value(slot);
        appendStatement(count - 1);
    }

    @Override
    public void expression(int value, int position) {
        add(NodeKind.EXPRESSION, position).left(value).right(NONE);
        appendStatement(count - 1);
    }

    private void appendStatement(int id) {
        if (lastStatement == NONE) {
            firstStatement = id;
        } else {
            node(lastStatement).right(id);
        }
        lastStatement = id;
    }

    /** Claims the next node (starting a chunk when the last one is full) and points the cursor at it. */
    private AstNodeFlyweight add(NodeKind kind, int position) {
        int chunk = count >>> CHUNK_SHIFT;
        if ((count & CHUNK_MASK) == 0) {
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunk * 2);
            }
            chunks[chunk] = AstNodeFlyweight.allocateArray(arena, CHUNK_NODES); // zeroed: left = right = 0
        }
        return node(count++).kind(kind).position(position);
    }

    /** The shared cursor, pointed at node {@code id}; valid until the next call. */
    private AstNodeFlyweight node(int id) {
        return cursor.wrapView(chunks[id >>> CHUNK_SHIFT], (id & CHUNK_MASK) * AstNodeFlyweight.BYTE_SIZE,
                lifetime, generation);
    }
}
