package dev.arenastruct.modulesample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The flyweights of a named module that requires only {@code dev.arenastruct} compiled (under
 * {@code -Xlint:all -Werror}) and run on the module path.
 */
class ModuleSampleTest {

    @Test
    void runsInsideTheNamedModuleThatRequiresOnlyTheRuntime() {
        Module module = QuoteFlyweight.class.getModule();
        assertEquals("dev.arenastruct.modulesample", module.getName(), "not on the module path");
        Set<String> requires = module.getDescriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("java.base", "dev.arenastruct"), requires);
        assertEquals("dev.arenastruct", dev.arenastruct.BumpArena.class.getModule().getName());
        assertFalse(ModuleLayer.boot().findModule("java.compiler").map(module::canRead).orElse(false),
                "the module reads java.compiler, so it no longer tests that the flyweights compile without it");
    }

    @Test
    void nestedArrayTextAndEnumFieldsRoundTrip() {
        assertEquals("Quote[symbol=AAPL, venue=XNAS, best=[Level[price=Price[mantissa=18950, exponent=-2], quantity=100], "
                + "Level[price=Price[mantissa=18952, exponent=-2], quantity=50]], "
                + "last=Price[mantissa=18951, exponent=-2], lastSizes=[10, 20, 30]]", ModuleSample.describe());
    }

    @Test
    void atomicAccessorsAndValueMethodsWorkInsideTheModule() {
        try (dev.arenastruct.BumpArena batch = dev.arenastruct.BumpArena.ofCapacity(1 << 10);
                dev.arenastruct.BumpArena kept = dev.arenastruct.BumpArena.ofCapacity(1 << 10)) {
            CounterFlyweight counter = CounterFlyweight.allocate(batch).shard(3);
            assertEquals(0, counter.getAndAddHits(5));
            assertEquals(true, counter.compareAndSetHits(5, 6));
            CounterFlyweight copy = counter.copyInto(kept);
            assertEquals(true, copy.contentEquals(counter));
            assertEquals(CounterFlyweight.BYTE_SIZE, copy.segment().byteSize());
            assertEquals("Counter[hits=6, shard=3]", copy.appendTo(new StringBuilder()).toString());
        }
    }

    @Test
    void wireFormatsLinksAndListsWorkInsideTheModule() {
        try (dev.arenastruct.BumpArena arena = dev.arenastruct.BumpArena.ofCapacity(1 << 12)) {
            TickFlyweight tick = TickFlyweight.allocate(arena).timestamp((1L << 48) - 1).side(Tick.Side.SELL)
                    .symbol("MSFT").price(4_123_400L);
            assertEquals("Tick[timestamp=281474976710655, side=SELL, symbol=MSFT, price=4123400]", tick.toString());
            assertEquals(1, TickFlyweight.BYTE_ALIGNMENT);
            NodeFlyweight first = NodeFlyweight.allocate(arena).value(1);
            first.next(NodeFlyweight.allocate(arena).value(2));
            assertEquals(2, first.next().value());
            dev.arenastruct.StructList<NodeFlyweight> nodes = NodeFlyweight.allocateList(arena, 1);
            NodeFlyweight cursor = new NodeFlyweight();
            for (int i = 0; i < 10; i++) {
                cursor.wrapNew(nodes).value(i);
            }
            assertEquals(10, nodes.size());
            assertEquals(9, new NodeFlyweight().wrapElement(nodes, 9).value());
        }
    }

    @Test
    void layoutIsTheCLayout() {
        // char symbol[8]; uint8_t venue; (7) struct Level best[2] (2 x 24 at 16); struct Price last (16 at 64);
        // int32_t lastSizes[3] at 80; size 92 rounded up to the alignment 8.
        assertEquals(96, QuoteFlyweight.BYTE_SIZE);
        assertEquals(16, QuoteFlyweight.BEST_OFFSET);
        assertEquals(80, QuoteFlyweight.LAST_SIZES_OFFSET);
        assertEquals(QuoteFlyweight.BYTE_SIZE, QuoteFlyweight.LAYOUT.byteSize());
    }
}
