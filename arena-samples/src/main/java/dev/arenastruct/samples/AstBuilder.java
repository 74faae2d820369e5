package dev.arenastruct.samples;

/**
 * What the {@link Parser} calls to build a tree, so that one parser builds both the arena tree
 * ({@link ArenaAst}) and the heap tree ({@link HeapAst}). Nodes are named by int handles the
 * builder hands out; statements are appended in program order.
 */
interface AstBuilder {
    /** An integer literal at {@code position}; returns its handle. */
    int number(long value, int position);

    /** A read of the variable in {@code slot}. */
    int variable(int slot, int position);

    /** {@code left operator right}, {@code operator} one of {@code + - * /}. */
    int binary(char operator, int left, int right, int position);

    /** {@code -operand}. */
    int negate(int operand, int position);

    /** Appends {@code let <slot> = value;}. */
    void let(int slot, int value, int position);

    /** Appends {@code value;}, whose value adds to the program's result. */
    void expression(int value, int position);

    /**
     * The language's arithmetic, shared by both evaluators: 64-bit two's complement that wraps
     * around like Java's {@code long}, division truncating toward zero.
     *
     * @throws ArithmeticException naming the line and column on division by zero
     */
    static long apply(char operator, long left, long right, String source, int position) {
        return switch (operator) {
            case '+' -> left + right;
            case '-' -> left - right;
            case '*' -> left * right;
            case '/' -> {
                if (right == 0) {
                    throw new ArithmeticException("division by zero at " + SyntaxException.describe(source, position));
                }
                yield left / right;
            }
            default -> throw new IllegalStateException("not an operator: '" + operator + "'");
        };
    }
}
