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
 */
public record StructModel(FieldType.TypeRef type, List<FieldModel> fields, long byteSize, long byteAlignment,
        long trailingPadding) {

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
        List<DeclaredField> memoryOrder = new ArrayList<>(fields);
        if (compact) {
            memoryOrder.sort(Comparator.comparingLong((DeclaredField f) -> f.type().byteAlignment()).reversed());
        }
        LayoutCalculator.Layout layout = LayoutCalculator.layout(memoryOrder.stream()
                .map(f -> new LayoutCalculator.Member(f.name(), f.type().byteSize(), f.type().byteAlignment()))
                .toList(), minAlignment);
        List<FieldModel> placed = new ArrayList<>(fields.size());
        for (DeclaredField field : fields) {
            LayoutCalculator.Slot slot = layout.slots().get(memoryOrder.indexOf(field));
            placed.add(new FieldModel(field.name(), field.type(), slot.offset(), slot.paddingBefore()));
        }
        return new StructModel(type, placed, layout.byteSize(), layout.byteAlignment(), layout.trailingPadding());
    }

    /** A field as declared, before layout. */
    public record DeclaredField(String name, FieldType type) {
    }

    /** The fields in memory order: by offset. */
    public List<FieldModel> memoryOrder() {
        return fields.stream().sorted(Comparator.comparingLong(FieldModel::offset)).toList();
    }

    /** The interface's simple name, as {@code toString()} shows it: {@code TradeEvent}. */
    public String simpleName() {
        return type.simpleName();
    }

    /** The generated class's simple name: {@code TradeEventFlyweight} or {@code Outer_InnerFlyweight}. */
    public String flyweightName() {
        return Names.flyweightName(type.nestedNames());
    }
}
