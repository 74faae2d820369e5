package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Enum fields over memory written by other code: a stored value that is no ordinal of the enum
 * is reported with the struct, the field, the value and the number of constants, by every getter
 * that reads it, instead of a bare ArrayIndexOutOfBoundsException.
 */
class EnumOrdinalTest {
    private BumpArena arena;

    @BeforeEach
    void open() {
        arena = BumpArena.ofCapacity(1 << 16);
    }

    @AfterEach
    void close() {
        arena.close();
    }

    private static void assertCorrupt(String message, Executable getter) {
        IllegalStateException e = assertThrows(IllegalStateException.class, getter);
        assertEquals(message, e.getMessage());
    }

    @Test
    void instanceAndStaticGettersNameTheStructFieldValueAndConstantCount() {
        MemorySegment orders = OrderFlyweight.allocateArray(arena, 2);
        OrderFlyweight order = new OrderFlyweight().wrapElement(orders, 1);
        long at = OrderFlyweight.BYTE_SIZE;
        orders.set(ValueLayout.JAVA_BYTE, at + OrderFlyweight.SIDE_OFFSET, (byte) 9); // as C might write it
        String message = "Order.side holds 9, but enum Side has 2 constants (ordinals 0..1): the memory was written"
                + " by other code or is corrupt";
        assertCorrupt(message, order::side);
        assertCorrupt(message, () -> OrderFlyweight.side(orders, at));
        assertCorrupt(message, order::toString);
        orders.set(ValueLayout.JAVA_BYTE, at + OrderFlyweight.SIDE_OFFSET, (byte) 0xFF);
        assertCorrupt(message.replace("holds 9", "holds 255"), order::side);
        orders.set(ValueLayout.JAVA_BYTE, at + OrderFlyweight.SIDE_OFFSET, (byte) 1);
        assertEquals(Side.ASK, order.side(), "the last ordinal still reads");
        assertEquals(Side.BID, OrderFlyweight.side(orders, 0));
    }

    @Test
    void arrayElementGettersNameTheElement() {
        MemorySegment memory = KindsFlyweight.allocateArray(arena, 1);
        KindsFlyweight k = new KindsFlyweight().wrapElement(memory, 0);
        memory.set(ValueLayout.JAVA_BYTE, KindsFlyweight.SIDES_OFFSET + 1, (byte) 2);
        String message = "Kinds.sides[1] holds 2, but enum Side has 2 constants (ordinals 0..1): the memory was"
                + " written by other code or is corrupt";
        assertCorrupt(message, () -> k.sides(1));
        assertCorrupt(message, () -> KindsFlyweight.sides(memory, 0, 1));
        assertEquals(Side.BID, k.sides(0), "the other element is fine");
        memory.set(ValueLayout.JAVA_BYTE, KindsFlyweight.SIDE_OFFSET, (byte) 200);
        assertCorrupt("Kinds.side holds 200, but enum Side has 2 constants (ordinals 0..1): the memory was written"
                + " by other code or is corrupt", k::side);
    }
}
