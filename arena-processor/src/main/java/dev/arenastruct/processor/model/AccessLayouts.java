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
     * @param aligned whether the layout states the member's alignment, as {@code LAYOUT}'s members
     *     and the bulk array copies' elements (checked once per copy) do in a struct that is not
     *     packed. Accessors use unaligned layouts: a struct allocated from an arena or reached
     *     through {@code wrapElement} is aligned by construction, and {@code wrap} and the static
     *     accessors take whatever offset they are given (bounds checked, alignment not, as SBE's and
     *     Agrona's accessors; a misaligned offset is slower, never unsafe). Per access, the aligned layout's
     *     check made a static write loop too big for C2 to unroll: {@code TradeWriteBench} static
     *     1.83 ns against 1.08 without it (hand-written FFM 1.14).
     */
    public static Ref of(ScalarType type, Endian endian, boolean packed, boolean aligned) {
        boolean checked = aligned && !packed;
        if (type.byteSize() == 1) {
            return new Ref(type.valueLayout(), false);
        }
        return switch (endian) {
            case NATIVE -> new Ref(checked ? type.valueLayout() : type.accessorLayout(), false);
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
