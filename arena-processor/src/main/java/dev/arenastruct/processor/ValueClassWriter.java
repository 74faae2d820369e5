package dev.arenastruct.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.StructModel;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code <Name>Value}, the struct as an immutable heap record implementing its
 * interface: nested structs as their values, arrays as arrays (copied in and out), text as a
 * {@code String}. It is what a handler returns after its arena is reset, what tests compare with
 * {@code equals}, what gets logged. Fields are read as {@code this.x} and every helper goes through
 * {@code StructValues}, because the components are variables named like the fields: a field named
 * like a type the record used as a qualifier would hide it (the validator rejects
 * {@code StructValues} as a field name).
 */
final class ValueClassWriter {
    private final StructModel model;
    private final ClassName self;

    private ValueClassWriter(StructModel model) {
        this.model = model;
        this.self = JavaTypes.value(model.type());
    }

    static JavaFile write(StructModel model, TypeElement origin, boolean markGenerated) {
        return new ValueClassWriter(model).file(origin, markGenerated);
    }

    private JavaFile file(TypeElement origin, boolean markGenerated) {
        TypeSpec.Builder type = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(JavaTypes.className(model.type()))
                .addOriginatingElement(origin)
                .avoidClashesWithNestedClasses(origin)
                .alwaysQualify(FlyweightWriter.packageTypesNamedLikeJavaLang(origin))
                .addJavadoc("A {@link $T} as an immutable heap value: what outlives the arena. Make one with\n"
                        + "{@code $T.toValue()}, write one back with {@code copyFrom(value)}.\n",
                        JavaTypes.className(model.type()), JavaTypes.flyweight(model.type()));
        if (markGenerated) {
            type.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(GeneratedAnnotation.NAME))
                    .addMember("value", "$S", ArenaStructProcessor.class.getName()).build());
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks and copies the components: arrays must have their declared length, text must fit\n"
                        + "its field, and no component may be null.\n");
        for (FieldModel field : model.fields()) {
            constructor.addParameter(componentType(field.type()), field.name());
            CodeBlock check = switch (field.type()) {
                case FieldType.Scalar s -> null;
                case FieldType.Unsigned u -> null;
                case FieldType.Link l -> throw new IllegalStateException("a struct with links has no value record");
                case FieldType.EnumType e -> CodeBlock.of("$T.require($N, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                        field.name());
                case FieldType.Nested n -> CodeBlock.of("$T.require($N, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                        field.name());
                case FieldType.ArrayOf a -> CodeBlock.of("$T.array($N, $L, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                        a.length(), field.name());
                case FieldType.Text t -> CodeBlock.of("$T.text($N, $L, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                        t.length(), field.name());
            };
            if (check != null) {
                constructor.addStatement("$N = $L", field.name(), check);
            }
            CodeBlock range = rangeCheck(field);
            if (range != null) {
                constructor.addStatement("$L", range);
            }
            addIndexedAccessors(type, field);
        }
        type.recordConstructor(constructor.build());
        addEquality(type);
        addToString(type);
        return JavaFile.builder(model.type().packageName(), type.build()).skipJavaLangImports(true).indent("    ")
                .build();
    }

    /**
     * What keeps a value the flyweight's setter would refuse out of the record, so that {@code
     * copyFrom(value)} cannot fail half-way: an unsigned integer out of its range, the {@code
     * @UnknownCode} constant, which has no code to store.
     */
    private CodeBlock rangeCheck(FieldModel field) {
        FieldType value = field.type() instanceof FieldType.ArrayOf array ? array.element() : field.type();
        if (value instanceof FieldType.Unsigned unsigned && unsigned.bytes() < 8) {
            return CodeBlock.of("$T.checkUnsigned($N, $L, $S, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                    unsigned.bytes(), model.simpleName(), field.name());
        }
        if (value instanceof FieldType.EnumType enumType && enumType.codes().contains(-1L)) {
            // By ordinal: naming the enum here could meet a component of the same name.
            return CodeBlock.of("$T.notUnknown($N, $L, $S, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                    enumType.codes().indexOf(-1L), model.simpleName(), field.name());
        }
        return null;
    }

    /** What an array or text field adds: the interface's indexed accessor, and a copying array accessor. */
    private void addIndexedAccessors(TypeSpec.Builder type, FieldModel field) {
        if (field.type() instanceof FieldType.Text text) {
            type.addMethod(MethodSpec.methodBuilder(field.name()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(byte.class).addParameter(int.class, "index")
                    .addJavadoc("Byte {@code index} of the text's UTF-8, zero past its end, as the struct holds it.\n")
                    .addStatement("return $T.textByte(this.$N, $L, index, $S)", JavaTypes.STRUCT_VALUES, field.name(),
                            text.length(), field.name())
                    .build());
        } else if (field.type() instanceof FieldType.ArrayOf array) {
            type.addMethod(MethodSpec.methodBuilder(field.name()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(componentType(array.element())).addParameter(int.class, "index")
                    .addJavadoc("Element {@code index}.\n")
                    .addStatement("return this.$N[index]", field.name())
                    .build());
            type.addMethod(MethodSpec.methodBuilder(field.name()).addModifiers(Modifier.PUBLIC)
                    .returns(componentType(array)).addJavadoc("A copy of the elements: the value stays immutable.\n")
                    .addStatement("return this.$N.clone()", field.name())
                    .build());
        }
    }

    /** Records compare arrays by identity: these compare them by content. */
    private void addEquality(TypeSpec.Builder type) {
        CodeBlock.Builder same = CodeBlock.builder().add("return other instanceof $T that", self);
        CodeBlock.Builder hash = CodeBlock.builder().add("return $T.hash(new $T[] {", JavaTypes.STRUCT_VALUES, Object.class);
        String separator = "";
        for (FieldModel field : model.fields()) {
            same.add("\n&& $T.same(this.$N, that.$N)", JavaTypes.STRUCT_VALUES, field.name(), field.name());
            hash.add("$Lthis.$N", separator, field.name());
            separator = ", ";
        }
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(boolean.class).addParameter(Object.class, "other")
                .addStatement("$L", same.build()).build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(int.class).addStatement("$L})", hash.build()).build());
    }

    /** The flyweight's format, so that a value and the struct it came from print the same. */
    private void addToString(TypeSpec.Builder type) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, model.simpleName() + "[");
        String separator = "";
        for (FieldModel field : model.fields()) {
            String label = separator + field.name() + "=";
            FieldType value = field.type() instanceof FieldType.ArrayOf array ? array.element() : field.type();
            if (value instanceof FieldType.Unsigned unsigned && unsigned.bytes() == 8) { // as the flyweight shows it
                method.addStatement("$T.appendUnsigned(out.append($S), this.$N)", JavaTypes.STRUCT_VALUES, label,
                        field.name());
            } else if (field.type() instanceof FieldType.ArrayOf) {
                method.addStatement("$T.appendArray(out.append($S), this.$N)", JavaTypes.STRUCT_VALUES, label, field.name());
            } else {
                method.addStatement("out.append($S).append(this.$N)", label, field.name());
            }
            separator = ", ";
        }
        type.addMethod(method.addStatement("return out.append(']').toString()").build());
    }

    /** A record component's type: the value type, arrays of it, text as a {@code String}. */
    static TypeName componentType(FieldType type) {
        return switch (type) {
            case FieldType.Nested nested -> JavaTypes.value(nested.type());
            case FieldType.ArrayOf array -> ArrayTypeName.of(componentType(array.element()));
            case FieldType.Text text -> ClassName.get(String.class);
            default -> JavaTypes.valueType(type);
        };
    }
}
