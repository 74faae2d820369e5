package dev.arenastruct.samples;

/**
 * A recursive-descent parser for the expression language of {@link AstSample}, building through
 * an {@link AstBuilder}:
 *
 * <pre>
 * program    = statement* END
 * statement  = "let" IDENTIFIER "=" expression ";" | expression ";"
 * expression = term (("+" | "-") term)*
 * term       = unary (("*" | "/") unary)*
 * unary      = "-" unary | primary
 * primary    = NUMBER | IDENTIFIER | "(" expression ")"
 * </pre>
 *
 * <p>Variables are resolved to slots while parsing, so evaluation indexes an array and never
 * looks a name up; a name used before its first {@code let} is a syntax error. Trees deeper than
 * {@link #MAX_DEPTH} are refused, because both the parser and the evaluators recurse once per level
 * and a hostile input must not end in a {@link StackOverflowError}.
 */
final class Parser {
    /** The deepest nesting of parentheses and unary minus, and the highest tree, that parse. */
    static final int MAX_DEPTH = 1000;

    private final Tokenizer tokens;
    private final AstBuilder ast;
    private final SymbolTable symbols;
    /** Height of the subtree the last parse method returned: 1 for a leaf. */
    private int height;
    private int nesting;

    Parser(String source, AstBuilder ast) {
        this.tokens = new Tokenizer(source);
        this.ast = ast;
        this.symbols = new SymbolTable(source);
    }

    /**
     * Parses the whole program into the builder.
     *
     * @return the number of variable slots the program uses
     * @throws SyntaxException at the first problem
     */
    int parseProgram() {
        while (tokens.kind() != TokenKind.END) {
            statement();
        }
        return symbols.size();
    }

    private void statement() {
        int position = tokens.start();
        if (tokens.kind() == TokenKind.LET) {
            tokens.advance();
            if (tokens.kind() != TokenKind.IDENTIFIER) {
                throw tokens.unexpected("a variable name after 'let'");
            }
            int nameStart = tokens.start();
            int nameEnd = tokens.end();
            tokens.advance();
            expect(TokenKind.EQUALS, "'='");
            int value = expression(); // before define: "let x = x;" reads an earlier x, or fails
            expect(TokenKind.SEMICOLON, "';'");
            ast.let(symbols.define(nameStart, nameEnd), value, position);
        } else {
            int value = expression();
            expect(TokenKind.SEMICOLON, "';'");
            ast.expression(value, position);
        }
    }

    private int expression() {
        int left = term();
        int leftHeight = height;
        while (tokens.kind() == TokenKind.PLUS || tokens.kind() == TokenKind.MINUS) {
            char operator = tokens.kind() == TokenKind.PLUS ? '+' : '-';
            int position = tokens.start();
            tokens.advance();
            int right = term();
            leftHeight = taller(leftHeight, height, position);
            left = ast.binary(operator, left, right, position);
        }
        height = leftHeight;
        return left;
    }

    private int term() {
        int left = unary();
        int leftHeight = height;
        while (tokens.kind() == TokenKind.STAR || tokens.kind() == TokenKind.SLASH) {
            char operator = tokens.kind() == TokenKind.STAR ? '*' : '/';
            int position = tokens.start();
            tokens.advance();
            int right = unary();
            leftHeight = taller(leftHeight, height, position);
            left = ast.binary(operator, left, right, position);
        }
        height = leftHeight;
        return left;
    }

    private int unary() {
        if (tokens.kind() != TokenKind.MINUS) {
            return primary();
        }
        int position = tokens.start();
        enter(position);
        tokens.advance();
        int operand = unary();
        nesting--;
        height = taller(height, 0, position);
        return ast.negate(operand, position);
    }

    private int primary() {
        int position = tokens.start();
        switch (tokens.kind()) {
            case NUMBER -> {
                long value = tokens.value();
                tokens.advance();
                height = 1;
                return ast.number(value, position);
            }
            case IDENTIFIER -> {
                int slot = symbols.find(position, tokens.end());
                if (slot < 0) {
                    throw tokens.error("undefined variable '" + tokens.source().substring(position, tokens.end())
                            + "'; define it with 'let' before using it");
                }
                tokens.advance();
                height = 1;
                return ast.variable(slot, position);
            }
            case LEFT_PAREN -> {
                enter(position);
                tokens.advance();
                int inner = expression();
                expect(TokenKind.RIGHT_PAREN, "')'");
                nesting--;
                return inner;
            }
            default -> throw tokens.unexpected("an expression");
        }
    }

    private void expect(TokenKind kind, String description) {
        if (tokens.kind() != kind) {
            throw tokens.unexpected(description);
        }
        tokens.advance();
    }

    private void enter(int position) {
        if (++nesting > MAX_DEPTH) {
            throw new SyntaxException(tokens.source(), position, "expression nested more than " + MAX_DEPTH
                    + " levels deep");
        }
    }

    /** The height of a node over children of these heights; refuses a tree that gets too high. */
    private int taller(int left, int right, int position) {
        int grown = Math.max(left, right) + 1;
        if (grown > MAX_DEPTH) {
            throw new SyntaxException(tokens.source(), position, "expression nested more than " + MAX_DEPTH
                    + " levels deep");
        }
        return grown;
    }
}
