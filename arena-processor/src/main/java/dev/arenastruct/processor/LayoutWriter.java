package dev.arenastruct.processor;

import com.palantir.javapoet.CodeBlock;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemoryLayout;
import java.util.List;
import java.util.Set;

/**
 * The {@code LAYOUT} initializer: the struct as a {@code StructLayout} with explicit padding, in
 * memory order, so that the JDK re-checks every member's alignment when the class loads.
 */
final class LayoutWriter {
    private LayoutWriter() {
    }

    static CodeBlock initializer(StructModel model) {
        CodeBlock.Builder members = CodeBlock.builder();
        List<FieldModel> fields = model.memoryOrder();
        long naturalAlignment = 1;
        for (FieldModel field : fields) {
            if (field.paddingBefore() > 0) {
                members.add("$T.paddingLayout($LL),\n", MemoryLayout.class, field.paddingBefore());
            }
            members.add("$L.withName($S)", memberLayout(model, field.type()), field.name());
            members.add(field == fields.getLast() && model.trailingPadding() == 0 ? "" : ",\n");
            naturalAlignment = Math.max(naturalAlignment, field.type().byteAlignment());
        }
        if (model.trailingPadding() > 0) {
            members.add("$T.paddingLayout($LL)", MemoryLayout.class, model.trailingPadding());
        }
        CodeBlock layout = CodeBlock.of("$T.structLayout(\n$>$>$L$<$<)", MemoryLayout.class, members.build());
        return model.byteAlignment() > naturalAlignment
                ? CodeBlock.of("$L\n$>$>.withByteAlignment($LL)$<$<", layout, model.byteAlignment())
                : layout;
    }

    /**
     * The {@code ValueLayout} constants the layout names that the flyweight imports statically
     * besides those its accessors use: the bytes of odd-width integers, the words of links.
     */
    static Set<String> staticImports(StructModel model) {
        boolean oddWidth = model.fields().stream()
                .map(f -> f.type() instanceof FieldType.ArrayOf a ? a.element() : f.type())
                .anyMatch(t -> t instanceof FieldType.Unsigned u && !u.primitiveWidth());
        boolean links = model.fields().stream().anyMatch(f -> f.type() instanceof FieldType.Link);
        Set<String> names = new java.util.TreeSet<>();
        if (oddWidth) {
            names.add("JAVA_BYTE");
        }
        if (links) {
            names.add("JAVA_LONG");
        }
        return names;
    }

    /** A member's layout, in the struct's byte order; every member of a packed struct is aligned to 1. */
    private static CodeBlock memberLayout(StructModel model, FieldType type) {
        return switch (type) {
            case FieldType.Scalar scalar -> layout(model, scalar.type());
            case FieldType.EnumType enumType -> layout(model, enumType.storage());
            case FieldType.Unsigned unsigned when unsigned.primitiveWidth() -> layout(model, unsigned.storage());
            case FieldType.Unsigned unsigned ->
                    CodeBlock.of("$T.sequenceLayout($L, JAVA_BYTE)", MemoryLayout.class, unsigned.bytes());
            case FieldType.Nested nested -> CodeBlock.of("$T.LAYOUT", JavaTypes.flyweight(nested.type()));
            case FieldType.Link link -> CodeBlock.of("$T.structLayout(JAVA_LONG.withName($S), JAVA_LONG.withName($S))",
                    MemoryLayout.class, "address", "stamp");
            case FieldType.ArrayOf array ->
                    CodeBlock.of("$T.sequenceLayout($L, $L)", MemoryLayout.class, array.length(),
                            memberLayout(model, array.element()));
            case FieldType.Text text -> CodeBlock.of("$T.sequenceLayout($L, JAVA_BYTE)", MemoryLayout.class, text.length());
        };
    }

    private static CodeBlock layout(StructModel model, ScalarType type) {
        return JavaTypes.layout(model.layoutOf(type, true));
    }
}
