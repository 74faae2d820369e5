package dev.arenastruct.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class ZeroingTest {
    /** Every size on both sides of the inline limit, at every start offset modulo 8: exactly the slice is zeroed. */
    @Test
    void zeroesExactlyTheSegmentForEverySizeAndMisalignment() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment memory = arena.allocate(Zeroing.INLINE_LIMIT * 2 + 32, 8);
            for (long size = 0; size <= Zeroing.INLINE_LIMIT + 24; size++) {
                for (long start = 8; start < 16; start++) {
                    memory.fill((byte) 0x5A);
                    Zeroing.zero(memory, start, size);
                    for (long i = 0; i < memory.byteSize(); i++) {
                        byte expected = i >= start && i < start + size ? 0 : (byte) 0x5A;
                        assertEquals(expected, memory.get(JAVA_BYTE, i),
                                "byte " + i + " after zeroing size=" + size + " at start=" + start);
                    }
                }
            }
        }
    }
}
