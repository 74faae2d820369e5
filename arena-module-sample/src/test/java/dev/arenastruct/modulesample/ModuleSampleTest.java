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
    void layoutIsTheCLayout() {
        // char symbol[8]; uint8_t venue; (7) struct Level best[2] (2 x 24 at 16); struct Price last (16 at 64);
        // int32_t lastSizes[3] at 80; size 92 rounded up to the alignment 8.
        assertEquals(96, QuoteFlyweight.BYTE_SIZE);
        assertEquals(16, QuoteFlyweight.BEST_OFFSET);
        assertEquals(80, QuoteFlyweight.LAST_SIZES_OFFSET);
        assertEquals(QuoteFlyweight.BYTE_SIZE, QuoteFlyweight.LAYOUT.byteSize());
    }
}
