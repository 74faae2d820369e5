package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Array;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Primitive slices need no API of their own: an arena is a {@link SegmentAllocator}, so
 * {@code allocateFrom(layout, values...)} copies an array in and {@code toArray}/{@code getAtIndex}
 * read it back. These tests hold every arena to that, including across block boundaries.
 */
class SlicesTest {

    /** One primitive type: its layout, sample values, and the FFM calls that copy them in and out. */
    record Kind(ValueLayout layout, Object values, BiFunction<SegmentAllocator, Object, MemorySegment> copyIn,
            Function<MemorySegment, Object> copyOut, BiFunction<MemorySegment, Integer, Object> element) {
        int length() {
            return Array.getLength(values);
        }

        @Override
        public String toString() {
            return layout.toString();
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind(JAVA_BYTE, new byte[] {1, -2, 127, -128, 0, 9, 10},
                        (a, v) -> a.allocateFrom(JAVA_BYTE, (byte[]) v), s -> s.toArray(JAVA_BYTE),
                        (s, i) -> s.getAtIndex(JAVA_BYTE, i)),
                new Kind(JAVA_SHORT, new short[] {1, -2, Short.MAX_VALUE, Short.MIN_VALUE, 0},
                        (a, v) -> a.allocateFrom(JAVA_SHORT, (short[]) v), s -> s.toArray(JAVA_SHORT),
                        (s, i) -> s.getAtIndex(JAVA_SHORT, i)),
                new Kind(JAVA_CHAR, new char[] {'a', 'é', '€', '\uD83D', '\uFFFF', 0},
                        (a, v) -> a.allocateFrom(JAVA_CHAR, (char[]) v), s -> s.toArray(JAVA_CHAR),
                        (s, i) -> s.getAtIndex(JAVA_CHAR, i)),
                new Kind(JAVA_INT, new int[] {1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 42},
                        (a, v) -> a.allocateFrom(JAVA_INT, (int[]) v), s -> s.toArray(JAVA_INT),
                        (s, i) -> s.getAtIndex(JAVA_INT, i)),
                new Kind(JAVA_LONG, new long[] {1, -2, Long.MAX_VALUE, Long.MIN_VALUE, 0, 1L << 40, 7},
                        (a, v) -> a.allocateFrom(JAVA_LONG, (long[]) v), s -> s.toArray(JAVA_LONG),
                        (s, i) -> s.getAtIndex(JAVA_LONG, i)),
                new Kind(JAVA_FLOAT, new float[] {1.5f, -0.0f, Float.NaN, Float.MAX_VALUE, Float.MIN_VALUE},
                        (a, v) -> a.allocateFrom(JAVA_FLOAT, (float[]) v), s -> s.toArray(JAVA_FLOAT),
                        (s, i) -> s.getAtIndex(JAVA_FLOAT, i)),
                new Kind(JAVA_DOUBLE, new double[] {1.5, -0.0, Double.NaN, Double.MAX_VALUE, Double.MIN_VALUE, 3},
                        (a, v) -> a.allocateFrom(JAVA_DOUBLE, (double[]) v), s -> s.toArray(JAVA_DOUBLE),
                        (s, i) -> s.getAtIndex(JAVA_DOUBLE, i)),
                // FFM has no boolean[] overloads: allocate the elements and set them one by one.
                new Kind(JAVA_BOOLEAN, new boolean[] {true, false, false, true, true}, SlicesTest::copyBooleans,
                        SlicesTest::readBooleans, (s, i) -> s.getAtIndex(JAVA_BOOLEAN, i)));
    }

    private static MemorySegment copyBooleans(SegmentAllocator arena, Object values) {
        boolean[] booleans = (boolean[]) values;
        MemorySegment segment = arena.allocate(JAVA_BOOLEAN, booleans.length);
        for (int i = 0; i < booleans.length; i++) {
            segment.setAtIndex(JAVA_BOOLEAN, i, booleans[i]);
        }
        return segment;
    }

    private static boolean[] readBooleans(MemorySegment segment) {
        boolean[] booleans = new boolean[(int) (segment.byteSize() / JAVA_BOOLEAN.byteSize())];
        for (int i = 0; i < booleans.length; i++) {
            booleans[i] = segment.getAtIndex(JAVA_BOOLEAN, i);
        }
        return booleans;
    }

    private static void assertReadsBack(Kind kind, MemorySegment slice) {
        assertEquals(kind.length() * kind.layout().byteSize(), slice.byteSize(), kind + " byteSize");
        assertEquals(0, slice.address() % kind.layout().byteAlignment(), kind + " aligned");
        assertTrue(Objects.deepEquals(kind.values(), kind.copyOut().apply(slice)), kind + " toArray");
        for (int i = 0; i < kind.length(); i++) {
            assertEquals(Array.get(kind.values(), i), kind.element().apply(slice, i), kind + " element " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void copiesAnArrayIntoAFixedArenaAndReadsItBack(Kind kind) {
        try (BumpArena arena = BumpArena.ofCapacity(256)) {
            arena.allocate(1, 1); // so that alignment padding is needed
            MemorySegment slice = kind.copyIn().apply(arena, kind.values());
            assertReadsBack(kind, slice);
            assertEquals(1 + slice.byteSize(), arena.allocatedBytes());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void copiesArraysIntoEveryBlockOfAGrowingArenaAndReadsThemAllBack(Kind kind) {
        try (BumpArena arena = BumpArena.builder().blockSize(64).build()) {
            List<MemorySegment> slices = new ArrayList<>();
            while (arena.blockCount() < 3) {
                arena.allocate(3, 1); // knock each slice off the block boundary
                slices.add(kind.copyIn().apply(arena, kind.values()));
            }
            Object large = Array.newInstance(kind.values().getClass().componentType(), 100);
            for (int i = 0; i < 100; i++) {
                Array.set(large, i, Array.get(kind.values(), i % kind.length()));
            }
            Kind largeKind = new Kind(kind.layout(), large, kind.copyIn(), kind.copyOut(), kind.element());
            MemorySegment largeSlice = kind.copyIn().apply(arena, large); // larger than a block: one of its own
            for (MemorySegment slice : slices) {
                assertReadsBack(kind, slice);
            }
            assertReadsBack(largeKind, largeSlice);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void copiesAnArrayIntoAConcurrentArena(Kind kind) {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(256)) {
            arena.allocate(1, 1);
            assertReadsBack(kind, kind.copyIn().apply(arena, kind.values()));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void copiesAnArrayIntoAScratchScope(Kind kind) {
        ScratchArena scratch = ScratchArena.of(BumpArena.builder().blockSize(64));
        try (BumpArena.Scope scope = scratch.open()) {
            assertReadsBack(kind, kind.copyIn().apply(scope.arena(), kind.values()));
        } finally {
            scratch.release();
        }
    }

    @Test
    void copiesAnEmptyArrayAsAnEmptySlice() {
        try (BumpArena arena = BumpArena.ofCapacity(8)) {
            MemorySegment empty = arena.allocateFrom(JAVA_LONG);
            assertEquals(0, empty.byteSize());
            assertArrayEquals(new long[0], empty.toArray(JAVA_LONG));
        }
    }

    @Test
    void exhaustionWhileCopyingAnArrayLeavesTheArenaUnchanged() {
        try (BumpArena arena = BumpArena.ofCapacity(32)) {
            arena.allocate(8, 8);
            assertThrows(ArenaExhaustedException.class, () -> arena.allocateFrom(JAVA_LONG, 1, 2, 3, 4));
            assertEquals(8, arena.allocatedBytes());
            assertArrayEquals(new long[] {1, 2, 3}, arena.allocateFrom(JAVA_LONG, 1, 2, 3).toArray(JAVA_LONG));
        }
    }

    @Test
    void copiesIntoAnotherByteOrderOrPackedWhenTheLayoutSaysSo() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            MemorySegment network = arena.allocateFrom(JAVA_INT.withOrder(ByteOrder.BIG_ENDIAN), 1, 0x01020304);
            assertArrayEquals(new byte[] {0, 0, 0, 1, 1, 2, 3, 4}, network.toArray(JAVA_BYTE));
            assertArrayEquals(new int[] {1, 0x01020304}, network.toArray(JAVA_INT.withOrder(ByteOrder.BIG_ENDIAN)));
            arena.allocate(1, 1);
            MemorySegment packed = arena.allocateFrom(JAVA_LONG_UNALIGNED, 5, 6);
            assertEquals(network.address() + 8 + 1, packed.address(), "alignment 1: no padding");
            assertArrayEquals(new long[] {5, 6}, packed.toArray(JAVA_LONG_UNALIGNED));
        }
    }
}
