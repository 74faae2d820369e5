package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * One node of the syntax tree {@link AstSample} builds in an arena: 24 bytes, no references.
 * Children are node ids (indices into the tree's node list, see {@link ArenaAst}), not Java
 * references: a struct holds only plain data, and an int id is half the size of an address.
 *
 * <pre>
 * offset  size  field
 *      0     1  kind        NodeKind ordinal
 *      2     2  operator    '+', '-', '*', '/' for BINARY, else 0
 *      4     4  position    source offset: a BINARY node's operator, else its first character
 *      8     4  left        BINARY: left operand; NEGATE, LET, EXPRESSION: the operand
 *     12     4  right       BINARY: right operand; LET, EXPRESSION: the next statement, or -1
 *     16     8  value       NUMBER: the literal; VARIABLE, LET: the variable's slot
 * </pre>
 */
@ArenaStruct
public interface AstNode {
    /** What the node is. */
    NodeKind kind();

    /** The operator of a {@link NodeKind#BINARY} node. */
    char operator();

    /** Offset in the source: a binary node's operator (where a division by zero is reported), else its start. */
    int position();

    /** The first child's node id. */
    int left();

    /** The second child's node id, or the next statement's; -1 for none. */
    int right();

    /** The literal or the variable slot. */
    long value();
}
