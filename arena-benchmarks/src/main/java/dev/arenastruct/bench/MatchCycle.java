package dev.arenastruct.bench;

import java.util.List;

/**
 * Scenario 4's unit of work, one implementation per memory strategy: reset, take an incoming
 * order (one {@link Level}), match it into {@link #FILLS} fills ({@link TradeEvent}s), then
 * process the fills into their volume-weighted average price. Every variant computes the same
 * result for the same cycle number, bit for bit; only where the structs live differs.
 */
public interface MatchCycle extends AutoCloseable {
    /** Fills per incoming order: "a few events" per cycle. */
    int FILLS = 4;

    /** Orders in the input table; cycle {@code c} takes order {@code c % INPUTS}. */
    int INPUTS = 1024;

    /** Decimal exponent of every order price: cents. */
    byte EXPONENT = -2;

    /**
     * The variant names, in the order the harness runs them. {@code arenaUnchecked} is
     * {@code arena} in a JVM with the stale-struct checks off (the harness adds the flag).
     */
    List<String> VARIANTS = List.of("arena", "arenaUnchecked", "arenaStatic", "heap", "pool");

    /** Runs cycle number {@code cycle} and returns the VWAP of its fills. */
    double run(long cycle);

    /** Frees native memory, if any. */
    @Override
    void close();

    /** A fresh instance of the variant called {@code name}, one of {@link #VARIANTS}. */
    static MatchCycle create(String name) {
        Inputs.Levels orders = Inputs.Levels.generate(INPUTS);
        return switch (name) {
            case "arena", "arenaUnchecked" -> new MatchCycles.ArenaInstance(orders);
            case "arenaStatic" -> new MatchCycles.ArenaStatic(orders);
            case "heap" -> new MatchCycles.HeapRecords(orders);
            case "pool" -> new MatchCycles.Pool(orders);
            default -> throw new IllegalArgumentException("unknown variant '" + name + "'; known: " + VARIANTS);
        };
    }

    /** Fill {@code f}'s price from the order's mantissa: the order price plus {@code f} ticks. */
    static double fillPrice(long orderMantissa, int f) {
        return (orderMantissa + f) * 0.01;
    }

    /** Fill {@code f}'s quantity: the order split in {@link #FILLS}, plus {@code f} to tell fills apart. */
    static int fillQuantity(long orderQuantity, int f) {
        return (int) (orderQuantity / FILLS) + f;
    }
}
