package dev.arenastruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.processor.model.LayoutCalculator.Layout;
import dev.arenastruct.processor.model.LayoutCalculator.Member;
import dev.arenastruct.processor.model.LayoutCalculator.Slot;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutCalculatorTest {

    private static Layout layout(ScalarType... types) {
        return LayoutCalculator.layout(Arrays.stream(types)
                .map(t -> new Member(t.name().toLowerCase(), t.byteSize(), t.byteAlignment()))
                .toList());
    }

    private static List<Long> offsets(Layout layout) {
        return layout.slots().stream().map(Slot::offset).toList();
    }

    @Test
    void tradeEventPutsEachFieldOnItsAlignmentAndPadsTheTail() {
        Layout layout = layout(ScalarType.LONG, ScalarType.DOUBLE, ScalarType.INT);
        assertEquals(List.of(0L, 8L, 16L), offsets(layout));
        assertEquals(24, layout.byteSize());
        assertEquals(8, layout.byteAlignment());
        assertEquals(4, layout.trailingPadding());
    }

    @Test
    void smallFieldBeforeLargeOneGetsPaddingBetween() {
        // struct { int8_t a; int64_t b; int16_t c; } is 24 bytes: 7 padding after a, 6 after c.
        Layout layout = layout(ScalarType.BYTE, ScalarType.LONG, ScalarType.SHORT);
        assertEquals(List.of(0L, 8L, 16L), offsets(layout));
        assertEquals(List.of(0L, 7L, 0L), layout.slots().stream().map(Slot::paddingBefore).toList());
        assertEquals(24, layout.byteSize());
        assertEquals(6, layout.trailingPadding());
    }

    @Test
    void mixedFieldsFollowTheCRules() {
        // struct { bool a; uint16_t c; int8_t b; float f; int32_t i; int16_t s; double d; }
        Layout layout = layout(ScalarType.BOOLEAN, ScalarType.CHAR, ScalarType.BYTE, ScalarType.FLOAT,
                ScalarType.INT, ScalarType.SHORT, ScalarType.DOUBLE);
        assertEquals(List.of(0L, 2L, 4L, 8L, 12L, 16L, 24L), offsets(layout));
        assertEquals(32, layout.byteSize());
        assertEquals(8, layout.byteAlignment());
        assertEquals(0, layout.trailingPadding());
    }

    @Test
    void structOfOnlyBytesHasAlignmentOneAndNoPadding() {
        Layout layout = layout(ScalarType.BYTE, ScalarType.BOOLEAN, ScalarType.BYTE);
        assertEquals(List.of(0L, 1L, 2L), offsets(layout));
        assertEquals(3, layout.byteSize());
        assertEquals(1, layout.byteAlignment());
    }

    @Test
    void sizeIsRoundedUpToTheLargestAlignmentSoArraysKeepEveryElementAligned() {
        Layout layout = layout(ScalarType.INT, ScalarType.BYTE);
        assertEquals(8, layout.byteSize());
        assertEquals(4, layout.byteAlignment());
        assertEquals(3, layout.trailingPadding());
    }

    @Test
    void emptyMemberListIsAnEmptyStructOfAlignmentOne() {
        Layout layout = LayoutCalculator.layout(List.of());
        assertEquals(0, layout.byteSize());
        assertEquals(1, layout.byteAlignment());
    }

    @Test
    void sizeThatOverflowsALongIsAnError() {
        List<Member> members = List.of(new Member("a", Long.MAX_VALUE - 2, 1), new Member("b", 8, 8));
        assertThrows(ArithmeticException.class, () -> LayoutCalculator.layout(members));
    }

    @Test
    void memberRejectsAlignmentThatIsNotAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Member("x", 4, 3));
        assertThrows(IllegalArgumentException.class, () -> new Member("x", -1, 1));
    }

    @Test
    void minimumAlignmentRaisesTheStructAlignmentLikeCAlignas() {
        Layout layout = LayoutCalculator.layout(List.of(new Member("a", 4, 4), new Member("b", 1, 1)), 16);
        assertEquals(16, layout.byteAlignment());
        assertEquals(16, layout.byteSize());
        assertEquals(11, layout.trailingPadding());
    }

    @Test
    void minimumAlignmentMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> LayoutCalculator.layout(List.of(), 24));
    }
}
