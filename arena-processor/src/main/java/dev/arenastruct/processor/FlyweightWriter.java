package dev.arenastruct.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Generates the flyweight class for one struct model, section by section. */
final class FlyweightWriter {
    private static final ClassName BUMP_ARENA = ClassName.get("dev.arenastruct", "BumpArena");
    private static final ClassName FLYWEIGHTS = ClassName.get("dev.arenastruct", "Flyweights");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String SEGMENT = "segment";
    private static final String OFFSET = "offset";

    private final StructModel model;
    private final ClassName self;
    private final ClassName structInterface;

    private FlyweightWriter(StructModel model) {
        this.model = model;
        this.self = ClassName.get(model.packageName(), model.flyweightName());
        List<String> names = model.nestedNames();
        this.structInterface = ClassName.get(model.packageName(), names.getFirst(),
                names.subList(1, names.size()).toArray(String[]::new));
    }

    /** The generated source file for {@code model}, attributed to {@code origin} for incremental builds. */
    static JavaFile write(StructModel model, TypeElement origin) {
        return new FlyweightWriter(model).file(origin);
    }

    private JavaFile file(TypeElement origin) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(structInterface)
                .addOriginatingElement(origin)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", ArenaStructProcessor.class.getName())
                        .build())
                .addJavadoc("$L", LayoutJavadoc.of(model));
        addConstants(type);
        addLayout(type);
        addState(type);
        addFactories(type);
        addWrap(type);
        addAccessors(type);
        addToString(type);
        return JavaFile.builder(model.packageName(), type.build())
                .addStaticImport(ValueLayout.class, model.fields().stream()
                        .map(f -> f.type().valueLayout()).distinct().toArray(String[]::new))
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private void addConstants(TypeSpec.Builder type) {
        type.addField(constant("BYTE_SIZE", model.byteSize(), "Size of one struct in bytes; also the stride of an array of them."));
        type.addField(constant("BYTE_ALIGNMENT", model.byteAlignment(), "Alignment of the struct: its largest field alignment."));
        for (FieldModel field : model.fields()) {
            type.addField(constant(field.offsetConstant(), field.offset(),
                    "Byte offset of {@code " + field.name() + "} from the start of the struct."));
        }
    }

    private static FieldSpec constant(String name, long value, String javadoc) {
        return FieldSpec.builder(TypeName.LONG, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$LL", value)
                .addJavadoc(javadoc)
                .build();
    }

    /** The same layout as a {@code StructLayout}: the JDK re-checks every member's alignment when it builds it. */
    private void addLayout(TypeSpec.Builder type) {
        CodeBlock.Builder members = CodeBlock.builder();
        for (FieldModel field : model.fields()) {
            if (field.paddingBefore() > 0) {
                members.add("$T.paddingLayout($LL),\n", MemoryLayout.class, field.paddingBefore());
            }
            members.add("$L.withName($S)", field.type().valueLayout(), field.name());
            members.add(field == model.fields().getLast() && model.trailingPadding() == 0 ? "" : ",\n");
        }
        if (model.trailingPadding() > 0) {
            members.add("$T.paddingLayout($LL)", MemoryLayout.class, model.trailingPadding());
        }
        type.addField(FieldSpec.builder(StructLayout.class, "LAYOUT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The struct as a {@code java.lang.foreign} layout, for native calls and var handles.")
                .initializer("$T.structLayout(\n$>$>$L$<$<)", MemoryLayout.class, members.build())
                .build());
    }

    private void addState(TypeSpec.Builder type) {
        type.addField(MemorySegment.class, SEGMENT, Modifier.PRIVATE);
        type.addField(long.class, OFFSET, Modifier.PRIVATE);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates a flyweight that points at no memory yet: {@link #wrap} it before use.")
                .addStatement("this.$N = $T.NULL", SEGMENT, MemorySegment.class)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(MemorySegment.class, SEGMENT)
                .addParameter(long.class, OFFSET)
                .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                .addStatement("this.$N = $N", OFFSET, OFFSET)
                .build());
    }

    private void addFactories(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(BUMP_ARENA, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena}.\n\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged\n",
                        model.simpleName())
                .addStatement("return new $T(arena.allocate(BYTE_SIZE, BYTE_ALIGNMENT), 0L)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("tryAllocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(BUMP_ARENA, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena}, or returns {@code null} if it does not fit.\n",
                        model.simpleName())
                .addStatement("$T memory = arena.tryAllocate(BYTE_SIZE, BYTE_ALIGNMENT)", MemorySegment.class)
                .addStatement("return memory == null ? null : new $T(memory, 0L)", self)
                .build());
    }

    private void addWrap(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("wrap")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, SEGMENT)
                .addParameter(long.class, OFFSET)
                .addJavadoc("Points this flyweight at the struct at {@code offset} in {@code segment}, without allocating.\n\n"
                        + "@throws IndexOutOfBoundsException if the struct does not lie wholly inside the segment\n"
                        + "@throws IllegalArgumentException if the address there is not a multiple of {@link #BYTE_ALIGNMENT}\n")
                .addStatement("$T.checkWrap($N, $N, BYTE_SIZE, BYTE_ALIGNMENT, $S)", FLYWEIGHTS, SEGMENT, OFFSET,
                        model.simpleName())
                .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                .addStatement("this.$N = $N", OFFSET, OFFSET)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrap")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, SEGMENT)
                .addJavadoc("Points this flyweight at the struct at the start of {@code segment}; see {@link #wrap(MemorySegment, long)}.\n")
                .addStatement("return wrap($N, 0L)", SEGMENT)
                .build());
    }

    private void addAccessors(TypeSpec.Builder type) {
        for (FieldModel field : model.fields()) {
            ScalarType scalar = field.type();
            TypeName javaType = primitive(scalar);
            type.addMethod(MethodSpec.methodBuilder(field.name())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(javaType)
                    .addStatement("return $N.get($L, $N + $L)", SEGMENT, scalar.valueLayout(), OFFSET, field.offsetConstant())
                    .build());
            type.addMethod(MethodSpec.methodBuilder(field.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(javaType, "value")
                    .addJavadoc("Sets {@code $L} and returns this flyweight, for chaining.\n", field.name())
                    .addStatement("$N.set($L, $N + $L, value)", SEGMENT, scalar.valueLayout(), OFFSET, field.offsetConstant())
                    .addStatement("return this")
                    .build());
        }
    }

    /** Record-style: {@code TradeEvent[id=1, price=101.0, quantity=50]}. */
    private void addToString(TypeSpec.Builder type) {
        CodeBlock.Builder text = CodeBlock.builder();
        String prefix = model.simpleName() + "[";
        for (FieldModel field : model.fields()) {
            text.add(text.isEmpty() ? "return $S + $N()" : "\n+ $S + $N()", prefix + field.name() + "=", field.name());
            prefix = ", ";
        }
        text.add(" + $S", "]");
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(text.build())
                .build());
    }

    private static TypeName primitive(ScalarType scalar) {
        return switch (scalar) {
            case BYTE -> TypeName.BYTE;
            case BOOLEAN -> TypeName.BOOLEAN;
            case SHORT -> TypeName.SHORT;
            case CHAR -> TypeName.CHAR;
            case INT -> TypeName.INT;
            case FLOAT -> TypeName.FLOAT;
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
        };
    }
}
