package dev.arenastruct.samples;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StructList;

/**
 * A syntax tree of {@link AstNode} structs in a {@link BumpArena}, and its evaluator.
 *
 * <p>The nodes are one growable {@link StructList}, appended to in parse order; a node's id is its
 * index in the list, and children are ids. The list starts with room for one node per
 * {@value #SOURCE_CHARS_PER_NODE} source characters (what generated programs need) and, as it is
 * the only thing the parser allocates, grows in place at the end of the arena's block; a file too
 * large for the block moves the list to the next, larger block once. Why ids rather than one
 * {@code allocate} per node with addresses as links: a growable arena is a chain of separate
 * blocks, and the list itself may move, so there is no base address that stays put; an id is 4
 * bytes instead of 8; and siblings sit next to each other in memory, in parse order.
 *
 * <p>Evaluation is a recursive walk through one reused flyweight: each step re-points it at a node
 * with {@code wrapElement(nodes, id)}, reads the fields it needs into locals, then recurses, so the
 * walk allocates nothing. The list carries the arena's lifetime, so a tree used after the arena's
 * {@code reset()} throws {@link dev.arenastruct.StaleStructException} instead of reading the next
 * program's nodes.
 */
final class ArenaAst implements AstBuilder {
    /** The id that means "no node": the end of the statement list. */
    static final int NONE = -1;
    /** Generated programs have about one node per 4 characters: the list's initial capacity follows. */
    static final int SOURCE_CHARS_PER_NODE = 4;

    private final String source;
    private final StructList<AstNodeFlyweight> nodes;
    private final AstNodeFlyweight cursor = new AstNodeFlyweight();
    private int firstStatement = NONE;
    private int lastStatement = NONE;
    private int slotCount;

    private ArenaAst(String source, BumpArena arena) {
        this.source = source;
        this.nodes = AstNodeFlyweight.allocateList(arena, source.length() / SOURCE_CHARS_PER_NODE + 1);
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
        return (int) nodes.size();
    }

    /** Bytes of arena memory the node list holds now, including its room to grow. */
    long listBytes() {
        return nodes.capacity() * AstNodeFlyweight.BYTE_SIZE;
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
        return new AstNodeFlyweight().wrapElement(nodes, id);
    }

    @Override
    public int number(long value, int position) {
        return id(add(NodeKind.NUMBER, position).value(value));
    }

    @Override
    public int variable(int slot, int position) {
        return id(add(NodeKind.VARIABLE, position).value(slot));
    }

    @Override
    public int binary(char operator, int left, int right, int position) {
        return id(add(NodeKind.BINARY, position).operator(operator).left(left).right(right));
    }

    @Override
    public int negate(int operand, int position) {
        return id(add(NodeKind.NEGATE, position).left(operand));
    }

    @Override
    public void let(int slot, int value, int position) {
        appendStatement(id(add(NodeKind.LET, position).left(value).right(NONE).value(slot)));
    }

    @Override
    public void expression(int value, int position) {
        appendStatement(id(add(NodeKind.EXPRESSION, position).left(value).right(NONE)));
    }

    private void appendStatement(int id) {
        if (lastStatement == NONE) {
            firstStatement = id;
        } else {
            node(lastStatement).right(id);
        }
        lastStatement = id;
    }

    /** Appends a zeroed node (left = right = 0) to the list and points the cursor at it. */
    private AstNodeFlyweight add(NodeKind kind, int position) {
        return cursor.wrapNew(nodes).kind(kind).position(position);
    }

    /** The id of the node just appended: the last one. */
    private int id(AstNodeFlyweight appended) {
        return (int) nodes.size() - 1;
    }

    /** The shared cursor, pointed at node {@code id}; valid until the next call. */
    private AstNodeFlyweight node(int id) {
        return cursor.wrapElement(nodes, id);
    }
}
