package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the writer needs to generate one flyweight, free of {@code javax.lang.model} types.
 *
 * @param type the struct interface
 * @param fields the fields in declared order, with their offsets
 * @param byteSize the struct's size, a multiple of {@code byteAlignment}
 * @param byteAlignment the struct's alignment: the largest field alignment, or the declared one
 * @param trailingPadding the padding after the last field in memory that rounds the size up
 * @param endian the byte order of every multi-byte field
 * @param packed whether fields are placed without padding, the struct aligned to 1
 */
public record StructModel(FieldType.TypeRef type, List<FieldModel> fields, long byteSize, long byteAlignment,
        long trailingPadding, Endian endian, boolean packed) {

    /**
     * The most fields one struct may declare. A flyweight's {@code toString()} and the static
     * initialiser of its {@code LAYOUT} grow with the fields, and a method's code may not exceed
     * 64 KiB: with the bulkiest field kinds (arrays of structs after padding) that is reached near
     * 1,900 fields, so 1,024 leaves room; the constant pool (65,535 entries) holds about 12 per
     * field. {@code GeneratedCodeTest} compiles a struct of exactly this many such fields.
     */
    public static final int MAX_FIELDS = 1024;

    public StructModel {
        fields = List.copyOf(fields);
    }

    /**
     * Lays out {@code fields} (declared order) by the C rules.
     *
     * @param minAlignment the declared struct alignment, or 1
     * @param compact place fields by decreasing alignment instead of declared order
     * @throws ArithmeticException if the struct's size overflows a {@code long}
     */
    public static StructModel of(FieldType.TypeRef type, List<DeclaredField> fields, long minAlignment,
            boolean compact) {
        return of(type, fields, minAlignment, compact, Endian.NATIVE, false);
    }

    /**
     * Lays out {@code fields} by the C rules, or packed: every field aligned to 1, as C's
     * {@code __attribute__((packed))} places them.
     *
     * @throws ArithmeticException if the struct's size overflows a {@code long}
     */
    public static StructModel of(FieldType.TypeRef type, List<DeclaredField> fields, long minAlignment,
            boolean compact, Endian endian, boolean packed) {
        List<DeclaredField> memoryOrder = new ArrayList<>(fields);
        if (compact) {
            memoryOrder.sort(Comparator.comparingLong((DeclaredField f) -> f.type().byteAlignment()).reversed());
        }
        LayoutCalculator.Layout layout = LayoutCalculator.layout(memoryOrder.stream()
                .map(f -> new LayoutCalculator.Member(f.name(), f.type().byteSize(), packed ? 1 : f.type().byteAlignment()))
                .toList(), minAlignment);
        List<FieldModel> placed = new ArrayList<>(fields.size());
        for (DeclaredField field : fields) {
            LayoutCalculator.Slot slot = layout.slots().get(memoryOrder.indexOf(field));
            placed.add(new FieldModel(field.name(), field.type(), slot.offset(), slot.paddingBefore(), field.atomic()));
        }
        return new StructModel(type, placed, layout.byteSize(), layout.byteAlignment(), layout.trailingPadding(),
                endian, packed);
    }

    /**
     * A field as declared, before layout.
     *
     * @param atomic whether it gets atomic accessors
     */
    public record DeclaredField(String name, FieldType type, boolean atomic) {
        /** A field without atomic accessors. */
        public DeclaredField(String name, FieldType type) {
            this(name, type, false);
        }
    }

    /** The layout {@code type} is read with by this struct's accessors; see {@link AccessLayouts#of}. */
    public AccessLayouts.Ref layoutOf(ScalarType type, boolean aligned) {
        return AccessLayouts.of(type, endian, packed, aligned);
    }

    /**
     * Whether a field of this struct has atomic accessors, which need it aligned: {@code wrap} then
     * checks the struct's alignment as well as its bounds.
     */
    public boolean hasAtomicFields() {
        return fields.stream().anyMatch(FieldModel::atomic);
    }

    /** The fields in memory order: by offset. */
    public List<FieldModel> memoryOrder() {
        return fields.stream().sorted(Comparator.comparingLong(FieldModel::offset)).toList();
    }

    /** The interface's simple name, as {@code toString()} shows it: {@code TradeEvent}. */
    public String simpleName() {
        return type.simpleName();
    }

    /**
     * Whether the struct gets a heap value record: not if it has {@code @Link} fields; its canonical constructor takes one parameter
     * per field, and a JVM method has at most 255 parameter slots ({@code this} takes one, a
     * {@code long} or {@code double} two), so a struct of more fields than that has none.
     */
    public boolean hasValue() {
        if (fields.stream().anyMatch(f -> f.type() instanceof FieldType.Link)) {
            return false; // a link is followed through the arena that holds it: a heap value could not
        }
        long slots = 1;
        for (FieldModel field : fields) {
            boolean wide = field.type() instanceof FieldType.Scalar scalar
                    && (scalar.type() == ScalarType.LONG || scalar.type() == ScalarType.DOUBLE)
                    || field.type() instanceof FieldType.Unsigned unsigned && unsigned.javaType() == ScalarType.LONG;
            slots += wide ? 2 : 1;
        }
        return slots <= 255;
    }

    /** The generated heap value record's simple name: {@code TradeEventValue} or {@code Outer_InnerValue}. */
    public String valueName() {
        return Names.valueName(type.nestedNames());
    }

    /** The generated class's simple name: {@code TradeEventFlyweight} or {@code Outer_InnerFlyweight}. */
    public String flyweightName() {
        return Names.flyweightName(type.nestedNames());
    }
}
