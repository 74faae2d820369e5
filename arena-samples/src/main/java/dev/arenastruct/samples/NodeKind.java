package dev.arenastruct.samples;

/** What an {@link AstNode} is; stored in the struct as a one-byte ordinal. */
public enum NodeKind {
    /** An integer literal: {@link AstNode#value()} is the number. */
    NUMBER,
    /** A variable read: {@link AstNode#value()} is its slot. */
    VARIABLE,
    /** {@code left operator right}, with {@link AstNode#operator()} one of {@code + - * /}. */
    BINARY,
    /** {@code -left}. */
    NEGATE,
    /** {@code let name = left;}: {@link AstNode#value()} is the slot, {@link AstNode#right()} the next statement. */
    LET,
    /** {@code left;}: its value adds to the program's result; {@link AstNode#right()} is the next statement. */
    EXPRESSION
}
