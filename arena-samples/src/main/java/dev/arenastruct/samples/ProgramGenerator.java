package dev.arenastruct.samples;

import java.util.Random;

/**
 * Writes random, valid programs for {@link AstSample}: {@code let} statements and expression
 * statements over integer literals, up to 64 variables, {@code + - * /}, unary minus and
 * parentheses. The same seed gives the same text on every JDK ({@link Random}'s sequence is
 * specified). Divisions are always by a non-zero literal, so every program evaluates; variables
 * are read only after their {@code let}; trees are at most a few dozen levels deep.
 */
public final class ProgramGenerator {
    private static final String[] NAMES = {"count", "price", "size", "delta", "total", "rate", "index", "width"};
    private static final int VARIABLES = 64;
    private static final int MAX_DEPTH = 5;

    private final Random random;
    private final StringBuilder out;
    private int defined;

    private ProgramGenerator(long seed, int chars) {
        this.random = new Random(seed);
        this.out = new StringBuilder(chars + 200);
    }

    /**
     * A program of about {@code chars} characters (ASCII, so as many bytes): it stops after the
     * statement that reaches {@code chars}.
     *
     * @throws IllegalArgumentException if {@code chars} is negative
     */
    public static String generate(long seed, int chars) {
        if (chars < 0) {
            throw new IllegalArgumentException("chars must not be negative: chars=" + chars);
        }
        ProgramGenerator generator = new ProgramGenerator(seed, chars);
        while (generator.out.length() < chars) {
            generator.statement();
        }
        return generator.out.toString();
    }

    private void statement() {
        if (defined == 0 || random.nextInt(3) == 0) {
            int variable = defined < VARIABLES && random.nextInt(4) == 0 ? defined : random.nextInt(defined + 1);
            out.append("let ").append(name(variable)).append(" = ");
            expression(MAX_DEPTH - 1);
            defined = Math.max(defined, variable + 1); // after the value: it may not read itself yet
        } else {
            expression(MAX_DEPTH);
        }
        out.append(";\n");
    }

    private void expression(int depth) {
        switch (depth == 0 ? random.nextInt(2) : random.nextInt(9)) {
            case 0 -> literal();
            case 1 -> variableOrLiteral();
            case 2, 3 -> binary(" + ", depth);
            case 4 -> binary(" - ", depth);
            case 5 -> binary(" * ", depth);
            case 6 -> {
                expression(depth - 1);
                out.append(" / ").append(1 + random.nextInt(99)); // a literal right after '/' is the divisor
            }
            case 7 -> {
                out.append('(');
                expression(depth - 1);
                out.append(')');
            }
            default -> {
                out.append('-');
                expression(depth - 1);
            }
        }
    }

    private void binary(String operator, int depth) {
        expression(depth - 1);
        out.append(operator);
        expression(depth - 1);
    }

    private void literal() {
        out.append(random.nextInt(8) == 0 ? random.nextInt(1_000_000_000) : random.nextInt(1000));
    }

    private void variableOrLiteral() {
        if (defined == 0) {
            literal();
        } else {
            out.append(name(random.nextInt(defined)));
        }
    }

    private static String name(int variable) {
        return NAMES[variable % NAMES.length] + variable / NAMES.length;
    }
}
