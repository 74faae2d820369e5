package dev.arenastruct.samples;

import java.io.Serial;

/**
 * A program {@link AstSample} cannot parse: an unexpected character or token, a literal out of
 * range, a variable used before its {@code let}, or nesting too deep. The message names the
 * line, the column and the source offset:
 * {@code syntax error at line 3, column 14 (offset 52): expected ';' but found '+'}.
 */
public final class SyntaxException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int position;
    private final int line;
    private final int column;

    SyntaxException(String source, int position, String problem) {
        super("syntax error at " + describe(source, position) + ": " + problem);
        this.position = position;
        this.line = line(source, position);
        this.column = column(source, position);
    }

    /** The offset in the source where the problem is (0-based). */
    public int position() {
        return position;
    }

    /** The line of {@link #position()}, from 1. */
    public int line() {
        return line;
    }

    /** The column of {@link #position()} in its line, from 1. */
    public int column() {
        return column;
    }

    /** {@code "line 3, column 14 (offset 52)"}: computed only when something failed, so parsing never counts lines. */
    static String describe(String source, int position) {
        return "line " + line(source, position) + ", column " + column(source, position) + " (offset " + position + ")";
    }

    private static int line(String source, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String source, int position) {
        return position - (source.lastIndexOf('\n', position - 1) + 1) + 1;
    }
}
