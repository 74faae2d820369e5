package dev.arenastruct.samples;

import dev.arenastruct.BumpArena;
import java.io.PrintStream;

/**
 * The batch workflow of an order-matching loop: every batch starts with {@code reset()}, which
 * forgets the previous batch's structs in O(1), then allocates its events straight into arena
 * memory. No object is freed one by one and the garbage collector never sees the events.
 */
public final class TradeEventSample {
    private TradeEventSample() {
    }

    /** Runs five batches and prints what each one generated. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out) {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) { // the only allocation of native memory
            for (int batch = 0; batch < 5; batch++) {
                arena.reset(); // O(1): the whole previous batch is gone
                out.println("Processing batch #" + batch);

                TradeEventFlyweight trade1 = TradeEventFlyweight.allocate(arena).id(1).price(100.0).quantity(50);
                TradeEventFlyweight trade2 = TradeEventFlyweight.allocate(arena).id(2).price(100.5).quantity(10);

                trade1.price(101.0); // writes 8 bytes at PRICE_OFFSET, in place

                out.println("  generated trade: " + trade1 + " notional=" + trade1.notional());
                out.println("  generated trade: " + trade2 + " notional=" + trade2.notional());
                out.println("  arena: " + arena.allocatedBytes() + " of " + arena.capacity() + " bytes used");
            }
        }
    }
}
