package dev.arenastruct.samples;

/**
 * Splits a program into tokens one at a time, on demand: the parser looks at the current token
 * ({@link #kind()}, {@link #start()}, {@link #end()}, {@link #value()}) and calls
 * {@link #advance()}. Nothing is stored per token and nothing is allocated, so the tokenizer
 * costs the same for the arena and the heap parser and the comparison measures only the tree.
 */
final class Tokenizer {
    private final String source;
    private int next;
    private TokenKind kind;
    private int start;
    private long value;

    Tokenizer(String source) {
        this.source = source;
        advance();
    }

    String source() {
        return source;
    }

    TokenKind kind() {
        return kind;
    }

    /** Offset of the current token's first character. */
    int start() {
        return start;
    }

    /** Offset just past the current token. */
    int end() {
        return next;
    }

    /** The current {@link TokenKind#NUMBER}'s value. */
    long value() {
        return value;
    }

    /** Moves to the next token, skipping whitespace. */
    void advance() {
        while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
            next++;
        }
        start = next;
        if (next == source.length()) {
            kind = TokenKind.END;
            return;
        }
        char c = source.charAt(next++);
        kind = switch (c) {
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            case '=' -> TokenKind.EQUALS;
            case ';' -> TokenKind.SEMICOLON;
            default -> word(c);
        };
    }

    private TokenKind word(char first) {
        if (isDigit(first)) {
            value = first - '0';
            while (next < source.length() && isDigit(source.charAt(next))) {
                int digit = source.charAt(next++) - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    throw error("integer literal out of range (the largest is " + Long.MAX_VALUE + ")");
                }
                value = value * 10 + digit;
            }
            return TokenKind.NUMBER;
        }
        if (isLetter(first)) {
            while (next < source.length() && (isLetter(source.charAt(next)) || isDigit(source.charAt(next)))) {
                next++;
            }
            return next - start == 3 && source.startsWith("let", start) ? TokenKind.LET : TokenKind.IDENTIFIER;
        }
        throw error("unexpected character '" + first + "'");
    }

    /** A syntax error at the current token, naming it. */
    SyntaxException unexpected(String expected) {
        String found = kind == TokenKind.END ? "end of input" : "'" + source.substring(start, next) + "'";
        return error("expected " + expected + " but found " + found);
    }

    SyntaxException error(String problem) {
        return new SyntaxException(source, start, problem);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
