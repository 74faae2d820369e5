package dev.arenastruct.bench;

import java.util.SplittableRandom;

/**
 * Deterministic field values and access orders, the same for every baseline in a run. Values come
 * from arrays held in {@code @State} objects, so the JIT cannot constant-fold the writes.
 */
public final class Inputs {
    /** Seed of every generated input: a run and its unit test see the same numbers. */
    public static final long SEED = 0x5EED_A5E7A_5EEDL;

    private Inputs() {
    }

    /** Values for {@code n} {@link TradeEvent}s. */
    public record Trades(long[] ids, double[] prices, int[] quantities) {
        /** Ids count up; prices are cents in [10.00, 110.00); quantities in [1, 1000]. */
        public static Trades generate(int n) {
            SplittableRandom random = new SplittableRandom(SEED);
            long[] ids = new long[n];
            double[] prices = new double[n];
            int[] quantities = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = 1_000_000L + i;
                prices[i] = (1_000 + random.nextInt(10_000)) / 100.0;
                quantities[i] = 1 + random.nextInt(1_000);
            }
            return new Trades(ids, prices, quantities);
        }
    }

    /** Values for {@code n} {@link Level}s. */
    public record Levels(long[] mantissas, byte[] exponents, long[] quantities, int[] orders) {
        /** Mantissas in [100000, 200000) at exponent -2 or -3; quantities up to 10^6; 1 to 50 orders. */
        public static Levels generate(int n) {
            SplittableRandom random = new SplittableRandom(SEED + 1);
            long[] mantissas = new long[n];
            byte[] exponents = new byte[n];
            long[] quantities = new long[n];
            int[] orders = new int[n];
            for (int i = 0; i < n; i++) {
                mantissas[i] = 100_000 + random.nextInt(100_000);
                exponents[i] = (byte) (random.nextBoolean() ? -2 : -3);
                quantities[i] = 1 + random.nextInt(1_000_000);
                orders[i] = 1 + random.nextInt(50);
            }
            return new Levels(mantissas, exponents, quantities, orders);
        }
    }

    /** Values for {@code n} {@link Fill}s. */
    public record Fills(long[] orderIds, long[] prices, int[] quantities, byte[] sides) {
        /** Order ids count up; prices are ticks in [100000, 200000); quantities in [1, 1000]; sides 0 or 1. */
        public static Fills generate(int n) {
            SplittableRandom random = new SplittableRandom(SEED + 3);
            long[] orderIds = new long[n];
            long[] prices = new long[n];
            int[] quantities = new int[n];
            byte[] sides = new byte[n];
            for (int i = 0; i < n; i++) {
                orderIds[i] = 5_000_000L + i;
                prices[i] = 100_000 + random.nextInt(100_000);
                quantities[i] = 1 + random.nextInt(1_000);
                sides[i] = (byte) random.nextInt(2);
            }
            return new Fills(orderIds, prices, quantities, sides);
        }
    }

    /** {@code n} indices drawn uniformly from {@code [0, n)} (with repeats), for random access. */
    public static int[] randomIndices(int n) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = random.nextInt(n);
        }
        return indices;
    }
}
