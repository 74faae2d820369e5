package dev.arenastruct.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same syntax tree as {@link ArenaAst}, as ordinary Java objects: one record per node, children
 * as references, evaluated with a pattern-matching switch. It computes exactly what the arena tree
 * computes and is here to be measured against it; the garbage collector frees it.
 *
 * <p>The only concession to sharing the {@link Parser}: nodes are also kept in a handle array,
 * since the parser names nodes by int; that costs one reference store per node, next to the
 * object allocation being compared.
 */
final class HeapAst implements AstBuilder {
    /** An expression node. */
    sealed interface Expr permits Literal, Variable, Binary, Negate {
    }

    /** An integer literal. */
    record Literal(long value) implements Expr {
    }

    /** A read of the variable in {@code slot}. */
    record Variable(int slot) implements Expr {
    }

    /** {@code left operator right}; {@code position} is the operator's, for a division by zero. */
    record Binary(char operator, Expr left, Expr right, int position) implements Expr {
    }

    /** {@code -operand}. */
    record Negate(Expr operand) implements Expr {
    }

    /** A statement node. */
    sealed interface Statement permits Let, ExpressionStatement {
    }

    /** {@code let <slot> = value;}. */
    record Let(int slot, Expr value) implements Statement {
    }

    /** {@code value;}: its value adds to the program's result. */
    record ExpressionStatement(Expr value) implements Statement {
    }

    private final String source;
    private final List<Statement> statements = new ArrayList<>();
    private Expr[] handles = new Expr[256];
    private int count;
    private int slotCount;

    private HeapAst(String source) {
        this.source = source;
    }

    /**
     * Parses {@code source} into records.
     *
     * @throws SyntaxException if the program does not parse
     */
    static HeapAst parse(String source) {
        HeapAst ast = new HeapAst(source);
        ast.slotCount = new Parser(source, ast).parseProgram();
        ast.handles = null; // the tree holds its nodes; the handles were only for the parser
        return ast;
    }

    /** Runs the program: the sum of its expression statements' values, wrapping like {@code long}. */
    long evaluate() {
        long[] slots = new long[slotCount];
        long result = 0;
        for (Statement statement : statements) {
            switch (statement) {
                case Let let -> slots[let.slot()] = evaluate(let.value(), slots);
                case ExpressionStatement expression -> result += evaluate(expression.value(), slots);
            }
        }
        return result;
    }

    private long evaluate(Expr expr, long[] slots) {
        return switch (expr) {
            case Literal literal -> literal.value();
            case Variable variable -> slots[variable.slot()];
            case Negate negate -> -evaluate(negate.operand(), slots);
            case Binary binary -> AstBuilder.apply(binary.operator(), evaluate(binary.left(), slots),
                    evaluate(binary.right(), slots), source, binary.position());
        };
    }

    /** The statements, in program order. */
    List<Statement> statements() {
        return statements;
    }

    @Override
    public int number(long value, int position) {
        return add(new Literal(value));
    }

    @Override
    public int variable(int slot, int position) {
        return add(new Variable(slot));
    }

    @Override
    public int binary(char operator, int left, int right, int position) {
        return add(new Binary(operator, handles[left], handles[right], position));
    }

    @Override
    public int negate(int operand, int position) {
        return add(new Negate(handles[operand]));
    }

    @Override
    public void let(int slot, int value, int position) {
        statements.add(new Let(slot, handles[value]));
    }

    @Override
    public void expression(int value, int position) {
        statements.add(new ExpressionStatement(handles[value]));
    }

    private int add(Expr expr) {
        if (count == handles.length) {
            handles = Arrays.copyOf(handles, count * 2);
        }
        handles[count] = expr;
        return count++;
    }
}
