package dev.arenastruct.samples;

/** The tokens of the expression language of {@link AstSample}. */
enum TokenKind {
    NUMBER, IDENTIFIER, LET, PLUS, MINUS, STAR, SLASH, LEFT_PAREN, RIGHT_PAREN, EQUALS, SEMICOLON, END
}
