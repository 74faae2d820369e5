package dev.arenastruct.jcstress;

import java.lang.foreign.MemorySegment;

/**
 * A {@link Slot} per test state, over heap memory: jcstress creates states by the million, and a
 * native arena each would hold native memory until closed. The generated accessors and the var
 * handles behind them are the same for heap and native segments.
 */
final class Slots {
    private Slots() {
    }

    static SlotFlyweight fresh() {
        return new SlotFlyweight().wrap(MemorySegment.ofArray(new long[(int) (SlotFlyweight.BYTE_SIZE / Long.BYTES)]));
    }
}
