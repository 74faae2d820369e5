package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the writer needs to generate one flyweight, free of {@code javax.lang.model} types.
 *
 * @param packageName the interface's package ({@code ""} for the unnamed package)
 * @param nestedNames the interface's simple name and those of its enclosing types, outermost first
 * @param fields the fields in declared order, with their offsets
 * @param byteSize the struct's size, a multiple of {@code byteAlignment}
 * @param byteAlignment the largest field alignment
 * @param trailingPadding the padding after the last field that rounds the size up
 */
public record StructModel(String packageName, List<String> nestedNames, List<FieldModel> fields, long byteSize,
        long byteAlignment, long trailingPadding) {

    public StructModel {
        nestedNames = List.copyOf(nestedNames);
        fields = List.copyOf(fields);
    }

    /** Lays out {@code fields} (name and type, in declared order) by the C rules. */
    public static StructModel of(String packageName, List<String> nestedNames, List<DeclaredField> fields) {
        LayoutCalculator.Layout layout = LayoutCalculator.layout(fields.stream()
                .map(f -> new LayoutCalculator.Member(f.name(), f.type().byteSize(), f.type().byteAlignment()))
                .toList());
        List<FieldModel> placed = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            LayoutCalculator.Slot slot = layout.slots().get(i);
            placed.add(new FieldModel(fields.get(i).name(), fields.get(i).type(), slot.offset(), slot.paddingBefore()));
        }
        return new StructModel(packageName, nestedNames, placed, layout.byteSize(), layout.byteAlignment(),
                layout.trailingPadding());
    }

    /** A field as declared, before layout. */
    public record DeclaredField(String name, ScalarType type) {
    }

    /** The interface's simple name, as {@code toString()} shows it: {@code TradeEvent}. */
    public String simpleName() {
        return nestedNames.getLast();
    }

    /** The generated class's simple name: {@code TradeEventFlyweight} or {@code Outer_InnerFlyweight}. */
    public String flyweightName() {
        return Names.flyweightName(nestedNames);
    }
}
