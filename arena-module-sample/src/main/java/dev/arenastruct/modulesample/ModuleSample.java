package dev.arenastruct.modulesample;

import dev.arenastruct.BumpArena;

/** Writes a {@link Quote} in an arena and reads it back, from inside a named module. */
public final class ModuleSample {
    private ModuleSample() {
    }

    /** Prints the quote. */
    public static void main(String[] args) {
        System.out.println(describe());
    }

    /** The quote written and read back, as its flyweight's {@code toString()}. */
    static String describe() {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 10)) {
            QuoteFlyweight quote = QuoteFlyweight.allocate(arena).symbol("AAPL").venue(Venue.XNAS);
            quote.best(0).quantity(100).price().mantissa(18_950).exponent((byte) -2);
            quote.best(1).quantity(50).price().mantissa(18_952).exponent((byte) -2);
            quote.last().mantissa(18_951).exponent((byte) -2);
            for (int i = 0; i < QuoteFlyweight.LAST_SIZES_LENGTH; i++) {
                quote.lastSizes(i, 10 * (i + 1));
            }
            return quote.toString();
        }
    }
}
