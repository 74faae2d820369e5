package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The C ABI layout rules as a pure function: each member starts at the next multiple of its
 * alignment after the previous one, the struct's alignment is the largest member alignment, and
 * its size is rounded up to that alignment so that an array of structs has stride {@code byteSize}.
 */
public final class LayoutCalculator {
    private LayoutCalculator() {
    }

    /** A member to place: only its size and alignment matter to the layout. */
    public record Member(String name, long byteSize, long byteAlignment) {
        public Member {
            if (byteSize < 0) {
                throw new IllegalArgumentException("byteSize < 0: " + name + " byteSize=" + byteSize);
            }
            if (byteAlignment <= 0 || Long.bitCount(byteAlignment) != 1) {
                throw new IllegalArgumentException(
                        "byteAlignment not a power of two: " + name + " byteAlignment=" + byteAlignment);
            }
        }
    }

    /** Where a member landed, and how much padding was inserted before it. */
    public record Slot(String name, long offset, long byteSize, long paddingBefore) {
    }

    /** The placed members, in declared order, with the struct's size, alignment and tail padding. */
    public record Layout(List<Slot> slots, long byteSize, long byteAlignment, long trailingPadding) {
        public Layout {
            slots = List.copyOf(slots);
        }
    }

    /** Lays the members out in the given order, with the struct's natural alignment. */
    public static Layout layout(List<Member> members) {
        return layout(members, 1);
    }

    /**
     * Lays the members out in the given order.
     *
     * @param minAlignment a power of two; the struct's alignment is at least this (C's {@code _Alignas})
     * @throws ArithmeticException if the size does not fit in a {@code long}
     */
    public static Layout layout(List<Member> members, long minAlignment) {
        if (minAlignment <= 0 || Long.bitCount(minAlignment) != 1) {
            throw new IllegalArgumentException("minAlignment not a power of two: " + minAlignment);
        }
        List<Slot> slots = new ArrayList<>(members.size());
        long offset = 0;
        long alignment = minAlignment;
        for (Member member : members) {
            long start = alignUp(offset, member.byteAlignment());
            slots.add(new Slot(member.name(), start, member.byteSize(), start - offset));
            offset = Math.addExact(start, member.byteSize());
            alignment = Math.max(alignment, member.byteAlignment());
        }
        long size = alignUp(offset, alignment);
        return new Layout(slots, size, alignment, size - offset);
    }

    /** The smallest multiple of {@code alignment} (a power of two) that is {@code >= value}. */
    static long alignUp(long value, long alignment) {
        return Math.addExact(value, alignment - 1) & -alignment;
    }
}
