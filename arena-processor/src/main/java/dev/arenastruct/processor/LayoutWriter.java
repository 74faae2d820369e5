package dev.arenastruct.processor;

import com.palantir.javapoet.CodeBlock;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemoryLayout;
import java.util.List;

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
            members.add("$L.withName($S)", memberLayout(field.type()), field.name());
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

    private static CodeBlock memberLayout(FieldType type) {
        return switch (type) {
            case FieldType.Scalar scalar -> CodeBlock.of("$L", scalar.type().valueLayout());
            case FieldType.EnumType enumType -> CodeBlock.of("$L", enumType.storage().valueLayout());
            case FieldType.Nested nested -> CodeBlock.of("$T.LAYOUT", JavaTypes.flyweight(nested.type()));
            case FieldType.ArrayOf array ->
                    CodeBlock.of("$T.sequenceLayout($L, $L)", MemoryLayout.class, array.length(), memberLayout(array.element()));
            case FieldType.Text text -> CodeBlock.of("$T.sequenceLayout($L, JAVA_BYTE)", MemoryLayout.class, text.length());
        };
    }
}
