package dev.arenastruct.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/**
 * The accessors of one field, by kind: getter and fluent setter for values, a reused view for
 * nested structs, indexed and bulk accessors for arrays, text helpers, and the static
 * (segment, offset) accessors for loops that want no flyweight at all.
 */
final class AccessorWriter {
    private final TypeSpec.Builder type;
    private final ClassName self;
    /** The instance accessors' memory: this flyweight's segment, once its lifetime is checked. */
    private final CodeBlock live;
    private final String structName;

    AccessorWriter(TypeSpec.Builder type, ClassName self, String structName) {
        this.type = type;
        this.self = self;
        this.structName = structName;
        this.live = CodeBlock.of("$T.live(segment, lifetime, generation, $S)", JavaTypes.FLYWEIGHTS, structName);
    }

    /** The private state a field's accessors need: a cached {@code values()} array, or a reused view. */
    void addState(FieldModel field) {
        FieldType value = field.type() instanceof FieldType.ArrayOf array ? array.element() : field.type();
        if (value instanceof FieldType.EnumType enumType) {
            ClassName enumClass = JavaTypes.className(enumType.type());
            type.addField(FieldSpec.builder(ArrayTypeName.of(enumClass), valuesField(field),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.values()", enumClass) // values() clones on every call: read from a copy
                    .build());
        } else if (value instanceof FieldType.Nested nested) {
            type.addField(JavaTypes.flyweight(nested.type()), viewField(field), Modifier.PRIVATE);
        }
    }

    /** The field's accessors. */
    void addAccessors(FieldModel field) {
        switch (field.type()) {
            case FieldType.Scalar scalar -> addValue(field, scalar);
            case FieldType.EnumType enumType -> addValue(field, enumType);
            case FieldType.Nested nested -> addNested(field, nested);
            case FieldType.ArrayOf array -> addArray(field, array);
            case FieldType.Text text -> addText(field);
        }
    }

    private void addValue(FieldModel field, FieldType value) {
        CodeBlock at = CodeBlock.of("offset + $L", field.offsetConstant());
        TypeName javaType = JavaTypes.valueType(value);
        type.addMethod(enumJavadoc(true, getter(field.name(), javaType), value)
                .addCode(returnValue(live, field, value, at)).build());
        type.addMethod(plainSetter(field.name()).addParameter(javaType, "value")
                .addStatement("$L", write(live, field, value, at)).addStatement("return this").build());
        type.addMethod(enumJavadoc(false, staticGetter(field.name(), javaType), value)
                .addCode(returnValue(STATIC, field, value, at)).build());
        type.addMethod(staticSetter(field.name()).addParameter(javaType, "value")
                .addStatement("$L", write(STATIC, field, value, at)).build());
        if (field.atomic() && value instanceof FieldType.Scalar scalar) {
            AtomicAccessorWriter.add(type, self, structName, field, scalar.type());
        }
    }

    private void addNested(FieldModel field, FieldType.Nested nested) {
        ClassName flyweight = JavaTypes.flyweight(nested.type());
        type.addMethod(view(getter(field.name(), flyweight), field, flyweight)
                .addJavadoc("The nested {@code $L}, in place: a view this flyweight reuses on every call.\n",
                        nested.type().simpleName())
                .addStatement("return view.wrapView($L, offset + $L, lifetime, generation)", live,
                        field.offsetConstant())
                .build());
    }

    private void addArray(FieldModel field, FieldType.ArrayOf array) {
        FieldType element = array.element();
        TypeName javaType = JavaTypes.valueType(element);
        CodeBlock at = CodeBlock.of("offset + $L + $T.checkIndex(index, $L, $S) * $L", field.offsetConstant(),
                JavaTypes.FLYWEIGHTS, field.lengthConstant(), field.name(), elementSize(element));
        if (element instanceof FieldType.Nested nested) {
            ClassName flyweight = JavaTypes.flyweight(nested.type());
            type.addMethod(view(getter(field.name(), flyweight).addParameter(int.class, "index"), field, flyweight)
                    .addJavadoc("Element {@code index}, in place: a view this flyweight reuses on every call.\n")
                    .addStatement("return view.wrapView($L, $L, lifetime, generation)", live, at)
                    .build());
            // The static style's way into the elements: LevelFlyweight.price(segment, bidsOffset(offset, i)).
            type.addMethod(MethodSpec.methodBuilder(Names.elementOffset(field.name()))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(long.class)
                    .addParameter(long.class, "offset").addParameter(int.class, "index")
                    .addJavadoc("The offset of element {@code index} of {@code $L} in the struct at {@code offset}, for\n"
                            + "the static accessors of {@link $T}: no flyweight, the index checked.\n\n"
                            + "@throws IndexOutOfBoundsException if {@code index} is not below {@link #$L}\n",
                            field.name(), flyweight, field.lengthConstant())
                    .addStatement("return $L", at)
                    .build());
            return;
        }
        type.addMethod(enumJavadoc(true, getter(field.name(), javaType), element).addParameter(int.class, "index")
                .addCode(returnValue(live, field, element, at)).build());
        type.addMethod(plainSetter(field.name()).addParameter(int.class, "index").addParameter(javaType, "value")
                .addStatement("$L", write(live, field, element, at)).addStatement("return this").build());
        type.addMethod(enumJavadoc(false, staticGetter(field.name(), javaType), element).addParameter(int.class, "index")
                .addCode(returnValue(STATIC, field, element, at)).build());
        type.addMethod(staticSetter(field.name()).addParameter(int.class, "index").addParameter(javaType, "value")
                .addStatement("$L", write(STATIC, field, element, at)).build());
        if (element instanceof FieldType.Scalar scalar && scalar.type() != ScalarType.BOOLEAN) {
            addBulk(field, scalar.type());
        }
    }

    private void addBulk(FieldModel field, ScalarType scalar) {
        TypeName arrayType = ArrayTypeName.of(JavaTypes.primitive(scalar));
        type.addMethod(setter(field.name()).addParameter(arrayType, "values")
                .addJavadoc("Copies {@code values} into elements {@code 0..values.length-1}; the rest are unchanged.\n")
                .addStatement("$T.copy(values, 0, $L, $L, offset + $L, $T.checkBulk(values.length, $L, $S))",
                        MemorySegment.class, live, scalar.valueLayout(), field.offsetConstant(), JavaTypes.FLYWEIGHTS,
                        field.lengthConstant(), field.name())
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.arrayCopyOut(field.name())).addModifiers(Modifier.PUBLIC)
                .returns(arrayType).addParameter(arrayType, "destination")
                .addJavadoc("Copies all {@link #$L} elements into {@code destination}, which must hold that many.\n",
                        field.lengthConstant())
                .addStatement("$T.copy($L, $L, offset + $L, destination, 0, $L)", MemorySegment.class,
                        live, scalar.valueLayout(), field.offsetConstant(), field.lengthConstant())
                .addStatement("return destination")
                .build());
    }

    private void addText(FieldModel field) {
        String name = field.name();
        CodeBlock args = CodeBlock.of("$L, offset + $L, $L", live, field.offsetConstant(), field.lengthConstant());
        CodeBlock at = CodeBlock.of("offset + $L + $T.checkIndex(index, $L, $S)", field.offsetConstant(),
                JavaTypes.FLYWEIGHTS, field.lengthConstant(), name);
        type.addMethod(getter(name, TypeName.BYTE).addParameter(int.class, "index")
                .addStatement("return $L.get(JAVA_BYTE, $L)", live, at).build());
        type.addMethod(plainSetter(name).addParameter(int.class, "index").addParameter(byte.class, "value")
                .addStatement("$L.set(JAVA_BYTE, $L, value)", live, at).addStatement("return this").build());
        type.addMethod(setter(name).addParameter(CharSequence.class, "value")
                .addJavadoc("Stores {@code value} as UTF-8, zero-padded, without allocating, and never outside the"
                        + " field.\nAn unpaired surrogate is stored as {@code '?'}, as {@code String.getBytes(UTF_8)}"
                        + " does.\n\n"
                        + "@throws IllegalArgumentException if it needs more than {@link #$L} bytes, or holds U+0000"
                        + " (C text ends at its first zero byte); nothing is written then\n"
                        // Named in full: an import used only by javadoc is an unused import to ecj.
                        + "@throws java.util.ConcurrentModificationException if {@code value} changed while it was"
                        + " written; the field is then zeroed (empty)\n",
                        field.lengthConstant())
                .addStatement("$T.set($L, value, $S)", JavaTypes.TEXTS, args, name).addStatement("return this").build());
        type.addMethod(textMethod(Names.textEquals(name), TypeName.BOOLEAN, "True if the text is {@code value}, as {@code String.contentEquals} says, without allocating.\n"
                + "The setter stores an unpaired surrogate as {@code '?'}, so the text of {@code \"a\"} and U+D800 is {@code \"a?\"}.")
                .addParameter(CharSequence.class, "value").addStatement("return $T.equals($L, value)", JavaTypes.TEXTS, args).build());
        type.addMethod(textMethod(Names.textCompareTo(name), TypeName.INT, "Compares the text with {@code value} by code point (an unpaired surrogate in {@code value} is\n"
                + "the code point of that char), without allocating.")
                .addParameter(CharSequence.class, "value").addStatement("return $T.compare($L, value)", JavaTypes.TEXTS, args).build());
        type.addMethod(textMethod(Names.textAppend(name), ClassName.get(StringBuilder.class), "Appends the text to {@code out} and returns it.")
                .addParameter(StringBuilder.class, "out").addStatement("return $T.appendTo($L, out)", JavaTypes.TEXTS, args).build());
        type.addMethod(textMethod(Names.textByteLength(name), TypeName.INT, "The text's length in UTF-8 bytes.")
                .addStatement("return $T.byteLength($L)", JavaTypes.TEXTS, args).build());
        type.addMethod(textMethod(Names.textAsString(name), ClassName.get(String.class), "The text as a new {@code String}, for cold paths: it allocates. Every reader agrees with it:\n"
                + "malformed bytes read as U+FFFD, as {@code new String(bytes, UTF_8)} decodes them.")
                .addStatement("return $T.toString($L)", JavaTypes.TEXTS, args).build());
    }

    /** The static accessors' memory: the segment they are given, unchecked. */
    private static final CodeBlock STATIC = CodeBlock.of("segment");

    /** The getter's body: return the value at {@code at}; for an enum, the constant of the checked ordinal. */
    private CodeBlock returnValue(CodeBlock memory, FieldModel field, FieldType value, CodeBlock at) {
        if (value instanceof FieldType.EnumType enumType) {
            ScalarType storage = enumType.storage();
            CodeBlock raw = CodeBlock.of("$L.get($L, $L)", memory, layout(memory, storage), at);
            CodeBlock ordinal = switch (storage) {
                case BYTE -> CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, raw);
                case SHORT -> CodeBlock.of("$T.toUnsignedInt($L)", Short.class, raw);
                default -> raw;
            };
            // Memory written by C (or the raw byte accessors) may hold any value: name it, not an AIOOBE.
            String values = valuesField(field);
            CodeBlock element = field.type() instanceof FieldType.ArrayOf ? CodeBlock.of("index, ") : CodeBlock.of("");
            return CodeBlock.builder().addStatement("int ordinal = $L", ordinal)
                    .addStatement("return $L[$T.checkOrdinal(ordinal, $L.length, $S, $S, $L$S)]", values,
                            JavaTypes.FLYWEIGHTS, values, structName, field.name(), element,
                            enumType.type().sourceName())
                    .build();
        }
        return CodeBlock.of("return $L.get($L, $L);\n", memory, layout(memory, ((FieldType.Scalar) value).type()), at);
    }

    /** Documents the exception an enum getter throws when the memory holds no ordinal of the enum. */
    private static MethodSpec.Builder enumJavadoc(boolean summary, MethodSpec.Builder getter, FieldType value) {
        if (value instanceof FieldType.EnumType enumType) {
            if (summary) {
                getter.addJavadoc("The {@code $L} constant whose ordinal is stored.\n", enumType.type().sourceName());
            }
            getter.addJavadoc("\n@throws $T if the memory holds no ordinal of {@code $L}: it was written by\n"
                    + "    other code, or is corrupt\n", IllegalStateException.class, enumType.type().sourceName());
        }
        return getter;
    }

    private static CodeBlock write(CodeBlock memory, FieldModel field, FieldType value, CodeBlock at) {
        if (value instanceof FieldType.EnumType enumType) {
            ScalarType storage = enumType.storage();
            return CodeBlock.of("$L.set($L, $L, ($L) value.ordinal())", memory, layout(memory, storage), at,
                    storage.javaName());
        }
        return CodeBlock.of("$L.set($L, $L, value)", memory, layout(memory, ((FieldType.Scalar) value).type()), at);
    }

    /** Instance accessors skip the alignment check their struct's construction already made; static ones keep it. */
    private static String layout(CodeBlock memory, ScalarType type) {
        return memory == STATIC ? type.valueLayout() : type.instanceLayout();
    }

    private static CodeBlock elementSize(FieldType element) {
        return element instanceof FieldType.Nested nested
                ? CodeBlock.of("$T.BYTE_SIZE", JavaTypes.flyweight(nested.type()))
                : CodeBlock.of("$LL", element.byteSize());
    }

    /** Starts a getter that fetches the field's view, creating it on first use only. */
    private static MethodSpec.Builder view(MethodSpec.Builder getter, FieldModel field, ClassName flyweight) {
        String view = viewField(field);
        return getter.addStatement("$T view = $N", flyweight, view)
                .beginControlFlow("if (view == null)")
                .addStatement("view = $N = new $T()", view, flyweight)
                .endControlFlow();
    }

    private MethodSpec.Builder getter(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    private MethodSpec.Builder setter(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(self);
    }

    /** A setter documented as one: most are, bulk and text setters say more. */
    private MethodSpec.Builder plainSetter(String name) {
        return setter(name).addJavadoc("Sets {@code $L} and returns this flyweight, for chaining.\n", name);
    }

    /** jextract style: reads the field of the struct at {@code offset} in {@code segment}, no flyweight needed. */
    private static MethodSpec.Builder staticGetter(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns)
                .addJavadoc("Reads {@code $L} of the struct at {@code offset} in {@code segment}, without a flyweight.\n", name)
                .addParameter(MemorySegment.class, "segment").addParameter(long.class, "offset");
    }

    private static MethodSpec.Builder staticSetter(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Writes {@code $L} of the struct at {@code offset} in {@code segment}, without a flyweight.\n", name)
                .addParameter(MemorySegment.class, "segment").addParameter(long.class, "offset");
    }

    private static MethodSpec.Builder textMethod(String name, TypeName returns, String javadoc) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns).addJavadoc("$L\n", javadoc);
    }

    private static String valuesField(FieldModel field) {
        return Names.valuesConstant(field.name());
    }

    private static String viewField(FieldModel field) {
        return Names.viewField(field.name());
    }
}
