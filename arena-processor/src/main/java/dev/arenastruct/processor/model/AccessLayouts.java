package dev.arenastruct.processor.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which {@code ValueLayout} constant an accessor of a struct with a given byte order and packing
 * reads a primitive with: native-order ones are {@code ValueLayout} constants the flyweight imports
 * statically ({@code JAVA_INT}), big- and little-endian ones constants of the runtime's {@code
 * WireLayouts} ({@code BE_INT_UNALIGNED}).
 */
public final class AccessLayouts {
    private AccessLayouts() {
    }

    /**
     * A layout constant.
     *
     * @param name its simple name
     * @param wire whether it is a {@code WireLayouts} constant; otherwise a {@code ValueLayout} one
     */
    public record Ref(String name, boolean wire) {
    }

    /**
     * The layout for {@code type} in a struct of {@code endian} and {@code packed}.
     *
     * @param aligned whether the access may check alignment: static accessors, whose offset nobody
     *     has checked, do in a struct that is not packed; instance accessors never need to (their
     *     struct's alignment was proven when the flyweight was pointed at it)
     */
    public static Ref of(ScalarType type, Endian endian, boolean packed, boolean aligned) {
        boolean checked = aligned && !packed;
        if (type.byteSize() == 1) {
            return new Ref(type.valueLayout(), false);
        }
        return switch (endian) {
            case NATIVE -> new Ref(checked ? type.valueLayout() : type.instanceLayout(), false);
            case BIG, LITTLE -> new Ref((endian == Endian.BIG ? "BE_" : "LE_") + type.name()
                    + (checked ? "" : "_UNALIGNED"), true);
        };
    }

    /** The {@code ValueLayout} constants the accessors of {@code type} use, for static import. */
    public static Set<String> staticImports(ScalarType type, Endian endian, boolean packed) {
        Set<String> names = new LinkedHashSet<>();
        for (boolean aligned : new boolean[] {true, false}) {
            Ref ref = of(type, endian, packed, aligned);
            if (!ref.wire()) {
                names.add(ref.name());
            }
        }
        return names;
    }
}
