package dev.arenastruct.bench;

import static dev.arenastruct.bench.MatchCycle.EXPONENT;
import static dev.arenastruct.bench.MatchCycle.FILLS;
import static dev.arenastruct.bench.MatchCycle.INPUTS;
import static dev.arenastruct.bench.MatchCycle.fillPrice;
import static dev.arenastruct.bench.MatchCycle.fillQuantity;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StructArray;
import dev.arenastruct.bench.Heap.LevelRecord;
import dev.arenastruct.bench.Heap.MutableLevel;
import dev.arenastruct.bench.Heap.MutableTradeEvent;
import dev.arenastruct.bench.Heap.PriceRecord;
import dev.arenastruct.bench.Heap.TradeEventRecord;
import java.lang.foreign.MemorySegment;

/** The {@link MatchCycle} variants. Each reads the order back from where it stored it, as real code would. */
final class MatchCycles {
    private MatchCycles() {
    }

    /** Arena, instance style as the README teaches it: {@code allocate}, {@code allocateStructs} + one reused flyweight. */
    static final class ArenaInstance implements MatchCycle {
        private final Inputs.Levels orders;
        private final BumpArena arena = BumpArena.ofCapacity(1024);
        private final TradeEventFlyweight fill = new TradeEventFlyweight();

        ArenaInstance(Inputs.Levels orders) {
            this.orders = orders;
        }

        @Override
        public double run(long cycle) {
            int i = (int) (cycle & (INPUTS - 1));
            arena.reset();
            LevelFlyweight order = LevelFlyweight.allocate(arena);
            order.price().mantissa(orders.mantissas()[i]).exponent(EXPONENT);
            order.quantity(orders.quantities()[i]).orders(1);
            StructArray<TradeEventFlyweight> fills = TradeEventFlyweight.allocateStructs(arena, FILLS);
            long mantissa = order.price().mantissa();
            long quantity = order.quantity();
            for (int f = 0; f < FILLS; f++) {
                fill.wrapElement(fills, f).id(cycle * FILLS + f)
                        .price(fillPrice(mantissa, f)).quantity(fillQuantity(quantity, f));
            }
            double notional = 0;
            long filled = 0;
            for (int f = 0; f < FILLS; f++) {
                fill.wrapElement(fills, f);
                notional += fill.price() * fill.quantity();
                filled += fill.quantity();
            }
            return notional / filled;
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    /** Arena, static style: segments from the arena and the generated static accessors, no flyweight objects. */
    static final class ArenaStatic implements MatchCycle {
        private static final long FILL_SIZE = TradeEventFlyweight.BYTE_SIZE;
        private final Inputs.Levels orders;
        private final BumpArena arena = BumpArena.ofCapacity(1024);

        ArenaStatic(Inputs.Levels orders) {
            this.orders = orders;
        }

        @Override
        public double run(long cycle) {
            int i = (int) (cycle & (INPUTS - 1));
            arena.reset();
            MemorySegment order = arena.allocate(LevelFlyweight.BYTE_SIZE, LevelFlyweight.BYTE_ALIGNMENT);
            PriceFlyweight.mantissa(order, LevelFlyweight.PRICE_OFFSET, orders.mantissas()[i]);
            PriceFlyweight.exponent(order, LevelFlyweight.PRICE_OFFSET, EXPONENT);
            LevelFlyweight.quantity(order, 0, orders.quantities()[i]);
            LevelFlyweight.orders(order, 0, 1);
            MemorySegment fills = TradeEventFlyweight.allocateArray(arena, FILLS);
            long mantissa = PriceFlyweight.mantissa(order, LevelFlyweight.PRICE_OFFSET);
            long quantity = LevelFlyweight.quantity(order, 0);
            for (int f = 0; f < FILLS; f++) {
                long at = f * FILL_SIZE;
                TradeEventFlyweight.id(fills, at, cycle * FILLS + f);
                TradeEventFlyweight.price(fills, at, fillPrice(mantissa, f));
                TradeEventFlyweight.quantity(fills, at, fillQuantity(quantity, f));
            }
            double notional = 0;
            long filled = 0;
            for (int f = 0; f < FILLS; f++) {
                long at = f * FILL_SIZE;
                notional += TradeEventFlyweight.price(fills, at) * TradeEventFlyweight.quantity(fills, at);
                filled += TradeEventFlyweight.quantity(fills, at);
            }
            return notional / filled;
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    /** Heap: a new order (two records) and new fill records, kept in an array until processed. */
    static final class HeapRecords implements MatchCycle {
        private final Inputs.Levels orders;
        private final TradeEventRecord[] fills = new TradeEventRecord[FILLS];

        HeapRecords(Inputs.Levels orders) {
            this.orders = orders;
        }

        @Override
        public double run(long cycle) {
            int i = (int) (cycle & (INPUTS - 1));
            LevelRecord order = new LevelRecord(new PriceRecord(orders.mantissas()[i], EXPONENT),
                    orders.quantities()[i], 1);
            long mantissa = order.price().mantissa();
            long quantity = order.quantity();
            for (int f = 0; f < FILLS; f++) {
                fills[f] = new TradeEventRecord(cycle * FILLS + f, fillPrice(mantissa, f), fillQuantity(quantity, f));
            }
            double notional = 0;
            long filled = 0;
            for (int f = 0; f < FILLS; f++) {
                notional += fills[f].price() * fills[f].quantity();
                filled += fills[f].quantity();
            }
            return notional / filled;
        }

        @Override
        public void close() {
        }
    }

    /** Object pool: pre-allocated mutable objects, overwritten each cycle. */
    static final class Pool implements MatchCycle {
        private final Inputs.Levels orders;
        private final MutableLevel[] levels = Heap.levelPool(1);
        private final MutableTradeEvent[] trades = Heap.tradePool(FILLS);

        Pool(Inputs.Levels orders) {
            this.orders = orders;
        }

        @Override
        public double run(long cycle) {
            int i = (int) (cycle & (INPUTS - 1));
            MutableLevel order = levels[0];
            order.price.mantissa = orders.mantissas()[i];
            order.price.exponent = EXPONENT;
            order.quantity = orders.quantities()[i];
            order.orders = 1;
            for (int f = 0; f < FILLS; f++) {
                MutableTradeEvent fill = trades[f];
                fill.id = cycle * FILLS + f;
                fill.price = fillPrice(order.price.mantissa, f);
                fill.quantity = fillQuantity(order.quantity, f);
            }
            double notional = 0;
            long filled = 0;
            for (int f = 0; f < FILLS; f++) {
                notional += trades[f].price * trades[f].quantity;
                filled += trades[f].quantity;
            }
            return notional / filled;
        }

        @Override
        public void close() {
        }
    }
}
