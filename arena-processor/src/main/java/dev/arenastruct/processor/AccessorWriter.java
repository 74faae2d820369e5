package dev.arenastruct.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.arenastruct.processor.model.AccessLayouts;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
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
    private final StructModel model;

    AccessorWriter(TypeSpec.Builder type, ClassName self, StructModel model) {
        this.type = type;
        this.self = self;
        this.model = model;
        this.structName = model.simpleName();
        this.live = CodeBlock.of("$T.live(segment, lifetime, generation, $S)", JavaTypes.FLYWEIGHTS, structName);
    }

    /** The private state a field's accessors need: a cached {@code values()} array, or a reused view. */
    void addState(FieldModel field) {
        FieldType value = field.type() instanceof FieldType.ArrayOf array ? array.element() : field.type();
        if (value instanceof FieldType.EnumType enumType && enumType.coded()) {
            ClassName enumClass = JavaTypes.className(enumType.type());
            CodeBlock codes = CodeBlock.join(enumType.codes().stream().map(c -> CodeBlock.of("$LL", c)).toList(), ", ");
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.ENUM_CODES, enumClass), codesField(field),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The {@code @Code} of each constant by ordinal ({@code -1}: {@code @UnknownCode}), both ways.\n")
                    .initializer("new $T<>($T.values(), new long[] {$L}, $S, $S)", JavaTypes.ENUM_CODES, enumClass, codes,
                            structName, field.name())
                    .build());
        } else if (value instanceof FieldType.EnumType enumType) {
            ClassName enumClass = JavaTypes.className(enumType.type());
            type.addField(FieldSpec.builder(ArrayTypeName.of(enumClass), valuesField(field),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.values()", enumClass) // values() clones on every call: read from a copy
                    .build());
        } else if (value instanceof FieldType.Nested || value instanceof FieldType.Link) {
            type.addField(JavaTypes.valueType(value), viewField(field), Modifier.PRIVATE);
        }
    }

    /** The field's accessors. */
    void addAccessors(FieldModel field) {
        switch (field.type()) {
            case FieldType.Scalar scalar -> addValue(field, scalar);
            case FieldType.Unsigned unsigned -> addValue(field, unsigned);
            case FieldType.EnumType enumType -> addValue(field, enumType);
            case FieldType.Nested nested -> addNested(field, nested);
            case FieldType.Link link -> addLink(field, link);
            case FieldType.ArrayOf array -> addArray(field, array);
            case FieldType.Text text -> addText(field, text);
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

    private void addLink(FieldModel field, FieldType.Link link) {
        ClassName flyweight = JavaTypes.flyweight(link.type());
        CodeBlock at = CodeBlock.of("offset + $L", field.offsetConstant());
        String name = field.name();
        type.addMethod(view(getter(name, flyweight), field, flyweight)
                .addJavadoc("The {@code $L} this link points at, in place: a view this flyweight reuses on every call;\n"
                        + "{@code null} for the null link (as allocated).\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the target's memory was reclaimed since the link\n"
                        + "    was stored, or this struct's\n", link.type().simpleName())
                .addStatement("$T memory = $L", MemorySegment.class, live)
                .addStatement("long stamp = $T.stamp(memory, $L)", JavaTypes.LINKS, at)
                .beginControlFlow("if (stamp == 0L)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("long address = $T.address(memory, $L)", JavaTypes.LINKS, at)
                .addStatement("$T target = $T.lifetime(lifetime, stamp, $S, $S)", JavaTypes.LIFETIME, JavaTypes.LINKS,
                        structName, name)
                .addStatement("$T block = $T.block(lifetime, address, $T.BYTE_SIZE, $S, $S)", MemorySegment.class,
                        JavaTypes.LINKS, flyweight, structName, name)
                .addStatement("return view.wrapView(block, address - block.address(), target, $T.generation(stamp))",
                        JavaTypes.LINKS)
                .build());
        type.addMethod(setter(name).addParameter(flyweight, "target")
                .addJavadoc("Links to {@code target}, a struct of this struct's arena, or stores the null link for\n"
                        + "{@code null}; returns this flyweight.\n\n"
                        + "@throws IllegalArgumentException if {@code target} is in another arena, or in memory no arena\n"
                        + "    tracks; nothing is written then\n"
                        + "@throws dev.arenastruct.StaleStructException if either struct's memory was reclaimed\n")
                .addStatement("$T memory = $L", MemorySegment.class, live)
                .beginControlFlow("if (target == null)")
                .addStatement("$T.clear(memory, $L)", JavaTypes.LINKS, at)
                .nextControlFlow("else")
                .addStatement("target.linkFrom(memory, $L, lifetime, $S, $S)", at, structName, name)
                .endControlFlow()
                .addStatement("return this")
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
                        MemorySegment.class, live, bulkLayout(scalar), field.offsetConstant(), JavaTypes.FLYWEIGHTS,
                        field.lengthConstant(), field.name())
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder(Names.arrayCopyOut(field.name())).addModifiers(Modifier.PUBLIC)
                .returns(arrayType).addParameter(arrayType, "destination")
                .addJavadoc("Copies all {@link #$L} elements into {@code destination}, which must hold that many.\n",
                        field.lengthConstant())
                .addStatement("$T.copy($L, $L, offset + $L, destination, 0, $L)", MemorySegment.class,
                        live, bulkLayout(scalar), field.offsetConstant(), field.lengthConstant())
                .addStatement("return destination")
                .build());
    }

    private void addText(FieldModel field, FieldType.Text text) {
        String name = field.name();
        ClassName texts = text.spacePadded() ? JavaTypes.SPACE_PADDED_TEXTS : JavaTypes.TEXTS;
        String padding = text.spacePadded() ? "space-padded" : "zero-padded";
        CodeBlock args = CodeBlock.of("$L, offset + $L, $L", live, field.offsetConstant(), field.lengthConstant());
        CodeBlock at = CodeBlock.of("offset + $L + $T.checkIndex(index, $L, $S)", field.offsetConstant(),
                JavaTypes.FLYWEIGHTS, field.lengthConstant(), name);
        type.addMethod(getter(name, TypeName.BYTE).addParameter(int.class, "index")
                .addStatement("return $L.get(JAVA_BYTE, $L)", live, at).build());
        type.addMethod(plainSetter(name).addParameter(int.class, "index").addParameter(byte.class, "value")
                .addStatement("$L.set(JAVA_BYTE, $L, value)", live, at).addStatement("return this").build());
        type.addMethod(setter(name).addParameter(CharSequence.class, "value")
                .addJavadoc("Stores {@code value} as UTF-8, $L, without allocating, and never outside the"
                        + " field.\nAn unpaired surrogate is stored as {@code '?'}, as {@code String.getBytes(UTF_8)}"
                        + " does.\n\n"
                        + "@throws IllegalArgumentException if it needs more than {@link #$L} bytes, or holds U+0000"
                        + " (C text ends at its first zero byte); nothing is written then\n"
                        // Named in full: an import used only by javadoc is an unused import to ecj.
                        + "@throws java.util.ConcurrentModificationException if {@code value} changed while it was"
                        + " written; the field then holds the empty text\n",
                        padding, field.lengthConstant())
                .addStatement("$T.set($L, value, $S, $T.PAD)", JavaTypes.TEXTS, args, name, texts)
                .addStatement("return this").build());
        type.addMethod(textMethod(Names.textEquals(name), TypeName.BOOLEAN, "True if the text is {@code value}, as {@code String.contentEquals} says, without allocating.\n"
                + "The setter stores an unpaired surrogate as {@code '?'}, so the text of {@code \"a\"} and U+D800 is {@code \"a?\"}.")
                .addParameter(CharSequence.class, "value").addStatement("return $T.equals($L, value)", texts, args).build());
        type.addMethod(textMethod(Names.textCompareTo(name), TypeName.INT, "Compares the text with {@code value} by code point (an unpaired surrogate in {@code value} is\n"
                + "the code point of that char), without allocating.")
                .addParameter(CharSequence.class, "value").addStatement("return $T.compare($L, value)", texts, args).build());
        type.addMethod(textMethod(Names.textAppend(name), ClassName.get(StringBuilder.class), "Appends the text to {@code out} and returns it.")
                .addParameter(StringBuilder.class, "out").addStatement("return $T.appendTo($L, out)", texts, args).build());
        type.addMethod(textMethod(Names.textByteLength(name), TypeName.INT, "The text's length in UTF-8 bytes.")
                .addStatement("return $T.byteLength($L)", texts, args).build());
        type.addMethod(textMethod(Names.textAsString(name), ClassName.get(String.class), "The text as a new {@code String}, for cold paths: it allocates. Every reader agrees with it:\n"
                + "malformed bytes read as U+FFFD, as {@code new String(bytes, UTF_8)} decodes them.")
                .addStatement("return $T.toString($L)", texts, args).build());
        if (text.length() <= GeneratedMembers.LONG_TEXT_BYTES) {
            String asLong = Names.textAsLong(name);
            type.addMethod(textMethod(asLong, TypeName.LONG, ("The field's %d bytes, padding included, as one big-endian number"
                    + " (the first byte the most\nsignificant of them): a key for a map or a switch in one read, not a loop"
                    + " over the bytes.").formatted(text.length()))
                    .addStatement("return $T.asLong($L)", texts, args).build());
            type.addMethod(staticReader(asLong, TypeName.LONG)
                    .addJavadoc("Reads {@code $L} of the struct at {@code offset} in {@code segment} as {@link #$L()} does,"
                            + " without a flyweight.\n", name, asLong)
                    .addStatement("return $T.asLong(segment, offset + $L, $L)", texts, field.offsetConstant(),
                            field.lengthConstant())
                    .build());
        }
    }

    /** The static accessors' memory: the segment they are given, unchecked. */
    private static final CodeBlock STATIC = CodeBlock.of("segment");

    /**
     * The getter's body: return the value at {@code at}; for an enum, the constant of the checked
     * ordinal or of the code; for an unsigned integer, the stored bits widened without sign.
     */
    private CodeBlock returnValue(CodeBlock memory, FieldModel field, FieldType value, CodeBlock at) {
        CodeBlock element = field.type() instanceof FieldType.ArrayOf ? CodeBlock.of("index, ") : CodeBlock.of("");
        return switch (value) {
            case FieldType.EnumType enumType when enumType.coded() -> CodeBlock.of("return $N.constant($L$L);\n",
                    codesField(field), unsignedRead(memory, enumType.storage(), ScalarType.LONG, at),
                    element.isEmpty() ? "" : ", index");
            case FieldType.EnumType enumType -> {
                // Memory written by C (or the raw byte accessors) may hold any value: name it, not an AIOOBE.
                String values = valuesField(field);
                yield CodeBlock.builder()
                        .addStatement("int ordinal = $L", unsignedRead(memory, enumType.storage(), ScalarType.INT, at))
                        .addStatement("return $L[$T.checkOrdinal(ordinal, $L.length, $S, $S, $L$S)]", values,
                                JavaTypes.FLYWEIGHTS, values, structName, field.name(), element,
                                enumType.type().sourceName())
                        .build();
            }
            case FieldType.Unsigned unsigned when !unsigned.primitiveWidth() -> CodeBlock.of(
                    "return $T.getUnsigned$L($L, $L, $L);\n", JavaTypes.WIRE_INTS, unsigned.bytes() * 8, memory, at, order());
            case FieldType.Unsigned unsigned ->
                    CodeBlock.of("return $L;\n", unsignedRead(memory, unsigned.storage(), unsigned.javaType(), at));
            case FieldType.Scalar scalar ->
                    CodeBlock.of("return $L.get($L, $L);\n", memory, layout(scalar.type()), at);
            default -> throw new IllegalArgumentException("not a value: " + value);
        };
    }

    /**
     * Appends the constant of a coded enum field (element {@code index} of an array field, or
     * {@code null}) to {@code out}, or the code itself where no constant has it: what {@code
     * toString()} shows, which must not throw for a struct as allocated (all zeros) or as C wrote it.
     */
    CodeBlock appendCoded(FieldModel field, FieldType.EnumType enumType, CodeBlock out, String index) {
        CodeBlock at = index == null ? CodeBlock.of("offset + $L", field.offsetConstant())
                : CodeBlock.of("offset + $L + $L * $LL", field.offsetConstant(), index, enumType.byteSize());
        return CodeBlock.of("$N.appendTo($L, $L)", codesField(field), out,
                unsignedRead(live, enumType.storage(), ScalarType.LONG, at));
    }

    /** The {@code storage} integer at {@code at} as an unsigned {@code into} ({@code INT} or {@code LONG}). */
    private CodeBlock unsignedRead(CodeBlock memory, ScalarType storage, ScalarType into, CodeBlock at) {
        CodeBlock raw = CodeBlock.of("$L.get($L, $L)", memory, layout(storage), at);
        String widen = into == ScalarType.LONG ? "toUnsignedLong" : "toUnsignedInt";
        return switch (storage) {
            case BYTE -> CodeBlock.of("$T.$L($L)", Byte.class, widen, raw);
            case SHORT -> CodeBlock.of("$T.$L($L)", Short.class, widen, raw);
            case INT -> into == ScalarType.LONG ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, raw) : raw;
            default -> raw;
        };
    }

    /** The {@code ByteOrder} of the struct, for the pieces of an odd-width integer. */
    private CodeBlock order() {
        return switch (model.endian()) {
            case BIG -> CodeBlock.of("$T.BIG_ENDIAN", ByteOrder.class);
            case LITTLE -> CodeBlock.of("$T.LITTLE_ENDIAN", ByteOrder.class);
            case NATIVE -> CodeBlock.of("$T.nativeOrder()", ByteOrder.class);
        };
    }

    /** Documents the exception an enum getter throws when the memory holds no ordinal or code of the enum. */
    private static MethodSpec.Builder enumJavadoc(boolean summary, MethodSpec.Builder getter, FieldType value) {
        if (value instanceof FieldType.EnumType enumType) {
            String stored = enumType.coded() ? "code" : "ordinal";
            if (summary) {
                getter.addJavadoc("The {@code $L} constant whose $L is stored.\n", enumType.type().sourceName(), stored);
            }
            if (enumType.coded() && enumType.codes().contains(-1L)) {
                return getter.addJavadoc("A code no constant has reads as the {@code @UnknownCode} constant.\n");
            }
            getter.addJavadoc("\n@throws $T if the memory holds no $L of {@code $L}: it was written by\n"
                    + "    other code, or is corrupt\n", IllegalStateException.class, stored, enumType.type().sourceName());
        }
        return getter;
    }

    private CodeBlock write(CodeBlock memory, FieldModel field, FieldType value, CodeBlock at) {
        return switch (value) {
            case FieldType.EnumType enumType when enumType.coded() -> CodeBlock.of("$L.set($L, $L, ($L) $N.code(value))",
                    memory, layout(enumType.storage()), at, enumType.storage().javaName(), codesField(field));
            // an int ordinal stored as an int (@Unsigned(bytes = 4)) needs no cast: javac would warn it is redundant
            case FieldType.EnumType enumType when enumType.storage() == ScalarType.INT ->
                    CodeBlock.of("$L.set($L, $L, value.ordinal())", memory, layout(enumType.storage()), at);
            case FieldType.EnumType enumType -> CodeBlock.of("$L.set($L, $L, ($L) value.ordinal())", memory,
                    layout(enumType.storage()), at, enumType.storage().javaName());
            case FieldType.Unsigned unsigned when unsigned.bytes() == 8 ->
                    CodeBlock.of("$L.set($L, $L, value)", memory, layout(ScalarType.LONG), at);
            case FieldType.Unsigned unsigned -> {
                CodeBlock checked = CodeBlock.of("$T.checkUnsigned(value, $L, $S, $S)", JavaTypes.WIRE_INTS,
                        unsigned.bytes(), structName, field.name());
                yield unsigned.primitiveWidth()
                        ? CodeBlock.of("$L.set($L, $L, ($L) $L)", memory, layout(unsigned.storage()), at,
                                unsigned.storage().javaName(), checked)
                        : CodeBlock.of("$T.setUnsigned$L($L, $L, $L, $L)", JavaTypes.WIRE_INTS, unsigned.bytes() * 8,
                                memory, at, order(), checked);
            }
            case FieldType.Scalar scalar -> CodeBlock.of("$L.set($L, $L, value)", memory, layout(scalar.type()), at);
            default -> throw new IllegalArgumentException("not a value: " + value);
        };
    }

    /**
     * The layout constant that reads {@code type} in this struct: in its byte order, and unaligned,
     * for static accessors as for instance ones (see {@link AccessLayouts#of}).
     */
    private CodeBlock layout(ScalarType type) {
        return JavaTypes.layout(model.layoutOf(type, false));
    }

    /** The element layout of a bulk copy, which checks alignment once per call rather than per element. */
    private CodeBlock bulkLayout(ScalarType type) {
        return JavaTypes.layout(model.layoutOf(type, true));
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
        return staticReader(name, returns)
                .addJavadoc("Reads {@code $L} of the struct at {@code offset} in {@code segment}, without a flyweight.\n", name);
    }

    /** A static method reading from the struct at {@code offset} in {@code segment}; the caller documents it. */
    private static MethodSpec.Builder staticReader(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns)
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

    private static String codesField(FieldModel field) {
        return Names.codesConstant(field.name());
    }

    private static String valuesField(FieldModel field) {
        return Names.valuesConstant(field.name());
    }

    private static String viewField(FieldModel field) {
        return Names.viewField(field.name());
    }
}
