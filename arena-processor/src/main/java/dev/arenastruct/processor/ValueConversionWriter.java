package dev.arenastruct.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import javax.lang.model.element.Modifier;

/**
 * The flyweight's side of the heap value record {@link ValueClassWriter} generates:
 * {@code toValue()}, reading every field through the flyweight's accessors, and
 * {@code copyFrom(value)}, writing them back through its setters.
 */
final class ValueConversionWriter {
    private ValueConversionWriter() {
    }

    static void add(TypeSpec.Builder type, StructModel model, ClassName self) {
        ClassName value = JavaTypes.value(model.type());
        CodeBlock.Builder arguments = CodeBlock.builder();
        String separator = "";
        for (FieldModel field : model.fields()) {
            arguments.add("$L$L", separator, readForValue(field));
            separator = ",\n";
        }
        type.addMethod(MethodSpec.methodBuilder("toValue")
                .addModifiers(Modifier.PUBLIC)
                .returns(value)
                .addJavadoc("This struct as an immutable heap value, to keep after the arena is reset or to compare with\n"
                        + "{@code equals}; it allocates (a cold-path call).\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the memory was reclaimed\n"
                        + "@throws IllegalStateException if an enum field holds no constant's ordinal\n")
                .addStatement("return new $T(\n$L)", value, arguments.build())
                .build());
        MethodSpec.Builder copy = MethodSpec.methodBuilder("copyFrom")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(value, "value")
                .addJavadoc("Writes every field of {@code value} into this struct and returns this flyweight. A value is\n"
                        + "checked when it is made, so only a stale flyweight fails here, before anything is written.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the memory was reclaimed\n")
                .addStatement("$T.requireStruct(value, $S)", JavaTypes.STRUCT_CONTENTS, "value");
        for (FieldModel field : model.fields()) {
            switch (field.type()) {
                case FieldType.Nested nested -> copy.addStatement("$N().copyFrom(value.$N())", field.name(), field.name());
                case FieldType.ArrayOf array -> {
                    copy.beginControlFlow("for (int i = 0; i < $L; i++)", field.lengthConstant());
                    if (array.element() instanceof FieldType.Nested) {
                        copy.addStatement("$N(i).copyFrom(value.$N(i))", field.name(), field.name());
                    } else {
                        copy.addStatement("$N(i, value.$N(i))", field.name(), field.name());
                    }
                    copy.endControlFlow();
                }
                default -> copy.addStatement("$N(value.$N())", field.name(), field.name());
            }
        }
        type.addMethod(copy.addStatement("return this").build());
    }

    /** The flyweight's {@code toValue()} argument for {@code field}, read through its accessors. */
    static CodeBlock readForValue(FieldModel field) {
        return switch (field.type()) {
            case FieldType.Text text -> CodeBlock.of("$N()", Names.textAsString(field.name()));
            case FieldType.Nested nested -> CodeBlock.of("$N().toValue()", field.name());
            case FieldType.ArrayOf array -> switch (array.element()) {
                case FieldType.Nested nested -> CodeBlock.of("$T.objects(new $T[$L], i -> $N(i).toValue())",
                        JavaTypes.STRUCT_VALUES, JavaTypes.value(nested.type()), field.lengthConstant(), field.name());
                case FieldType.EnumType enumType -> CodeBlock.of("$T.objects(new $T[$L], this::$N)",
                        JavaTypes.STRUCT_VALUES, JavaTypes.className(enumType.type()), field.lengthConstant(), field.name());
                case FieldType.Unsigned unsigned -> CodeBlock.of("$T.$L(new $T[$L], this::$N)", JavaTypes.STRUCT_VALUES,
                        unsigned.javaType() == ScalarType.LONG ? "longs" : "ints", JavaTypes.primitive(unsigned.javaType()),
                        field.lengthConstant(), field.name());
                case FieldType.Scalar scalar when scalar.type() == ScalarType.BOOLEAN ->
                        CodeBlock.of("$T.booleans(new boolean[$L], this::$N)", JavaTypes.STRUCT_VALUES,
                                field.lengthConstant(), field.name());
                default -> CodeBlock.of("$N(new $T[$L])", Names.arrayCopyOut(field.name()),
                        JavaTypes.valueType(array.element()), field.lengthConstant());
            };
            default -> CodeBlock.of("$N()", field.name());
        };
    }
}
