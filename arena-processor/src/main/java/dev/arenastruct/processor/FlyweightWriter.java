package dev.arenastruct.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.AccessLayouts;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import dev.arenastruct.processor.model.ZeroStores;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Generates the flyweight class for one struct model, section by section. */
final class FlyweightWriter {
    private static final ClassName GENERATED = ClassName.bestGuess(GeneratedAnnotation.NAME);
    private static final String SEGMENT = "segment";
    private static final String OFFSET = "offset";
    private static final String LIFETIME = "lifetime";
    private static final String GENERATION = "generation";
    private static final String ZEROED_STRUCT = GeneratedMembers.ZEROED_STRUCT;

    private final StructModel model;
    private final ClassName self;
    private final ClassName structInterface;
    private final boolean markGenerated;

    private FlyweightWriter(StructModel model, boolean markGenerated) {
        this.model = model;
        this.markGenerated = markGenerated;
        this.self = JavaTypes.flyweight(model.type());
        this.structInterface = JavaTypes.className(model.type());
    }

    /**
     * The generated source file for {@code model}, attributed to {@code origin} for incremental builds;
     * annotated {@code @Generated} if {@code markGenerated} (only where the struct's module reads it).
     */
    static JavaFile write(StructModel model, TypeElement origin, boolean markGenerated) {
        return new FlyweightWriter(model, markGenerated).file(origin);
    }

    private JavaFile file(TypeElement origin) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(structInterface)
                .addOriginatingElement(origin)
                // The flyweight inherits the interface's member types: qualify the names they shadow.
                .avoidClashesWithNestedClasses(origin)
                // Types of the struct's package shadow the java.lang ones JavaPoet leaves unqualified.
                .alwaysQualify(packageTypesNamedLikeJavaLang(origin))
                .addJavadoc("$L", LayoutJavadoc.of(model));
        if (markGenerated) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", ArenaStructProcessor.class.getName())
                    .build());
        }
        addConstants(type);
        addLayout(type);
        addState(type);
        addFactories(type);
        addWrap(type);
        StructCollectionWriter.add(type, model, self);
        addAccessors(type);
        ValueMethodsWriter.add(type, model, self);
        JavaFile.Builder file = JavaFile.builder(model.type().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ");
        String[] valueLayouts = valueLayouts();
        if (valueLayouts.length > 0) { // none when every field is a nested struct; JavaPoet rejects an empty list
            file.addStaticImport(ValueLayout.class, valueLayouts);
        }
        return file.build();
    }

    /** The java.lang types generated code names, in case the struct's package has a type of the same name. */
    private static final Set<String> JAVA_LANG_USED = Set.of("Byte", "CharSequence", "Object", "Override", "Short", "String",
            "StringBuilder");

    static String[] packageTypesNamedLikeJavaLang(TypeElement origin) {
        Element e = origin;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e.getEnclosedElements().stream().map(t -> t.getSimpleName().toString())
                .filter(JAVA_LANG_USED::contains).toArray(String[]::new);
    }

    private void addConstants(TypeSpec.Builder type) {
        type.addField(constant("BYTE_SIZE", model.byteSize(), "Size of one struct in bytes; also the stride of an array of them."));
        type.addField(constant("BYTE_ALIGNMENT", model.byteAlignment(),
                "Alignment of the struct: its largest field alignment, or the declared one if larger."));
        for (FieldModel field : model.fields()) {
            type.addField(constant(field.offsetConstant(), field.offset(),
                    "Byte offset of {@code " + field.name() + "} from the start of the struct."));
        }
        for (FieldModel field : model.fields()) {
            long length = switch (field.type()) {
                case FieldType.ArrayOf array -> array.length();
                case FieldType.Text text -> text.length();
                default -> 0;
            };
            if (length > 0) {
                type.addField(FieldSpec.builder(int.class, field.lengthConstant(), Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$L", length)
                        .addJavadoc("Number of elements of {@code $L}.", field.name())
                        .build());
            }
        }
    }

    private static FieldSpec constant(String name, long value, String javadoc) {
        return FieldSpec.builder(TypeName.LONG, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$LL", value)
                .addJavadoc("$L", javadoc) // the name may hold a $, which a format string would read
                .build();
    }

    private void addLayout(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(StructLayout.class, "LAYOUT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The struct as a {@code java.lang.foreign} layout, for native calls and var handles.")
                .initializer(LayoutWriter.initializer(model))
                .build());
    }

    private void addState(TypeSpec.Builder type) {
        type.addField(MemorySegment.class, SEGMENT, Modifier.PRIVATE);
        type.addField(long.class, OFFSET, Modifier.PRIVATE);
        type.addField(FieldSpec.builder(JavaTypes.LIFETIME, LIFETIME, Modifier.PRIVATE)
                .addJavadoc("The lifetime of the memory, and its generation when this flyweight was pointed at it:\n"
                        + "once they differ, the memory was reclaimed and every access throws.\n")
                .build());
        type.addField(long.class, GENERATION, Modifier.PRIVATE);
        AccessorWriter accessors = new AccessorWriter(type, self, model);
        model.fields().forEach(accessors::addState);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates a flyweight that points at no memory yet: {@link #wrap} it before use.")
                .addStatement("this.$N = $T.NULL", SEGMENT, MemorySegment.class)
                .addStatement("this.$N = $T.UNTRACKED", LIFETIME, JavaTypes.LIFETIME)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(MemorySegment.class, SEGMENT)
                .addParameter(JavaTypes.LIFETIME, LIFETIME)
                .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                .addStatement("this.$N = $N", LIFETIME, LIFETIME)
                .addStatement("this.$N = $N.generation()", GENERATION, LIFETIME)
                .build());
    }

    private void addFactories(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena}. The flyweight lives as long as the memory:\n"
                        + "once the arena is reset, or the scope it was allocated in closes, using it throws\n"
                        + "{@link dev.arenastruct.StaleStructException}.\n\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged\n",
                        model.simpleName())
                // A slice of its own, not the block and an offset (as wrapNew has to): the JIT removes the
                // slice with the flyweight, and accesses checked against its constant size measured faster.
                // Sliced here, not in the runtime: the slice's constructor chain must inline whole for it to
                // go, and each frame above it is one fewer for the caller's own (MaxInlineLevel).
                .addStatement("long at = $T.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT)", JavaTypes.ARENA_MEMORY)
                .addStatement("$T memory = $N($T.block(arena).asSlice(at, BYTE_SIZE))", MemorySegment.class,
                        ZEROED_STRUCT, JavaTypes.ARENA_MEMORY)
                .addStatement("return new $T(memory, arena.lifetime())", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocateSegment")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(MemorySegment.class)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena} and returns its memory, for the static\n"
                        + "accessors at offset 0: the static style's allocation, with no flyweight and no stale check\n"
                        + "(after a reset the segment is not checked, as one from {@code arena.allocate} is not). It\n"
                        + "zeroes the struct as {@link #allocate} does, so its speed does not depend on the other\n"
                        + "sizes the application allocates.\n\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged\n",
                        model.simpleName())
                .addStatement("long at = $T.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT)", JavaTypes.ARENA_MEMORY)
                .addStatement("return $N($T.block(arena).asSlice(at, BYTE_SIZE))", ZEROED_STRUCT,
                        JavaTypes.ARENA_MEMORY)
                .build());
        type.addMethod(MethodSpec.methodBuilder("tryAllocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena}, or returns {@code null} if it does not fit.\n",
                        model.simpleName())
                .addStatement("long at = $T.tryClaim(arena, BYTE_SIZE, BYTE_ALIGNMENT)", JavaTypes.ARENA_MEMORY)
                .beginControlFlow("if (at < 0)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T memory = $N($T.block(arena).asSlice(at, BYTE_SIZE))", MemorySegment.class,
                        ZEROED_STRUCT, JavaTypes.ARENA_MEMORY)
                .addStatement("return new $T(memory, arena.lifetime())", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapNew")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addJavadoc("Allocates a zeroed {@code $L} in {@code arena} and points this flyweight at it: what\n"
                        + "{@link #allocate} does, for a loop that reuses one flyweight and creates no object per struct.\n"
                        + "It is stale-checked in the same way.\n\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena and this flyweight\n"
                        + "    are then unchanged\n",
                        model.simpleName())
                .addStatement("long at = $T.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT)", JavaTypes.ARENA_MEMORY)
                .addStatement("$T block = $T.block(arena)", MemorySegment.class, JavaTypes.ARENA_MEMORY)
                .addStatement("$N(block.asSlice(at, BYTE_SIZE))", ZEROED_STRUCT)
                .addStatement("$T lifetime = arena.lifetime()", JavaTypes.LIFETIME)
                .addStatement("return wrapView(block, at, lifetime, lifetime.generation())")
                .build());
        type.addMethod(zeroedStruct());
    }

    /**
     * The private helper that zeroes a freshly claimed struct: stores of this struct's constant size,
     * so that C2 inlines them into every allocation whatever other sizes the application allocates
     * (the arena's own zeroing, compiled for all of them, grew too big to inline), or for a large
     * struct the runtime's bulk zeroing.
     */
    private MethodSpec zeroedStruct() {
        MethodSpec.Builder method = MethodSpec.methodBuilder(ZEROED_STRUCT)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(MemorySegment.class)
                .addParameter(MemorySegment.class, "memory");
        if (!ZeroStores.inline(model.byteSize())) {
            return method
                    .addJavadoc("Zeroes a new struct, {@code memory}, in bulk, and returns it.\n")
                    .addStatement("$T.zero(memory)", JavaTypes.ARENA_MEMORY)
                    .addStatement("return memory")
                    .build();
        }
        method.addJavadoc("Zeroes a new struct, {@code memory}, and returns it: its $L bytes in stores of their own, which\n"
                        + "the JIT inlines into every allocation of this struct whatever else the application allocates.\n",
                        model.byteSize());
        StoreLoop.add(method, model.byteSize(),
                (layout, offset, zero) -> CodeBlock.of("memory.set($L, $L, $L)", layout, offset, zero));
        return method.addStatement("return memory").build();
    }

    /** The layouts {@link #zeroedStruct} stores with, for static import. */
    private List<String> zeroLayouts() {
        if (!ZeroStores.inline(model.byteSize())) {
            return List.of();
        }
        return ZeroStores.of(model.byteSize()).stream().map(store -> switch (store.width()) {
            case 8 -> "JAVA_LONG_UNALIGNED";
            case 4 -> "JAVA_INT_UNALIGNED";
            case 2 -> "JAVA_SHORT_UNALIGNED";
            default -> "JAVA_BYTE";
        }).distinct().toList();
    }

    private void addWrap(TypeSpec.Builder type) {
        // Bounds only, unless an atomic accessor needs the struct aligned: a per-record alignment test
        // keeps a decode loop from being unrolled (why: Flyweights.checkWrap).
        boolean aligned = model.hasAtomicFields();
        MethodSpec.Builder wrap = MethodSpec.methodBuilder("wrap")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, SEGMENT)
                .addParameter(long.class, OFFSET)
                .addJavadoc("Points this flyweight at the struct at {@code offset} in {@code segment}, without allocating.\n"
                        + "The segment is plain memory to this flyweight: {@code java.lang.foreign} checks it is alive,\n"
                        + "but no arena reset is detected; use {@link #allocate} for flyweights that detect one.\n");
        if (aligned) {
            wrap.addJavadoc("Its {@code @Atomic} fields need the struct aligned to {@link #BYTE_ALIGNMENT}.\n\n"
                            + "@throws IndexOutOfBoundsException if the struct does not lie wholly inside the segment\n"
                            + "@throws IllegalArgumentException if the address there is not a multiple of {@link #BYTE_ALIGNMENT}\n")
                    .addStatement("$T.checkWrap($N, $N, BYTE_SIZE, BYTE_ALIGNMENT, $S)", JavaTypes.FLYWEIGHTS, SEGMENT,
                            OFFSET, model.simpleName());
        } else {
            wrap.addJavadoc("Any offset will do: a struct that is not aligned is read and written correctly, more slowly.\n\n"
                            + "@throws IndexOutOfBoundsException if the struct does not lie wholly inside the segment\n")
                    .addStatement("$T.checkWrap($N, $N, BYTE_SIZE, $S)", JavaTypes.FLYWEIGHTS, SEGMENT, OFFSET,
                            model.simpleName());
        }
        type.addMethod(wrap.addStatement("return wrapView($N, $N, $T.UNTRACKED, 0L)", SEGMENT, OFFSET, JavaTypes.LIFETIME)
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrap")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, SEGMENT)
                .addJavadoc("Points this flyweight at the struct at the start of {@code segment}; see {@link #wrap(MemorySegment, long)}.\n")
                .addStatement("return wrap($N, 0L)", SEGMENT)
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapView")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, SEGMENT)
                .addParameter(long.class, OFFSET)
                .addParameter(JavaTypes.LIFETIME, LIFETIME)
                .addParameter(long.class, GENERATION)
                .addJavadoc("Points this flyweight at a struct inside memory that {@code lifetime} owns, as it was at\n"
                        + "{@code generation}: how an enclosing flyweight hands out its nested structs, so that they go\n"
                        + "stale with it. Unlike {@link #wrap} it checks nothing up front ({@code java.lang.foreign} still\n"
                        + "checks bounds on every access; the accessors use unaligned layouts, so an offset that is not\n"
                        + "aligned is slower, never unsafe).\n")
                // The segment is stored outright, the lifetime only when it differs. Compared first, the
                // segment the accessors read is a merge of the old and the new one wherever the JIT saw
                // the flyweight re-pointed (C2 folds "(a != b) ? b : a" to b only for uncompressed
                // references), and the bounds and liveness checks of every access stay in the loop: a
                // flyweight created in the method, or any flyweight of a class used in several places,
                // 1.9-4.1x FFM against 0.7-2.0x stored outright (MixedUseBench). The lifetime is read only
                // by the stale check, where a merged value costs one load, so it is compared first to save
                // the collector's write barrier on the store. The segment store comes first, before any
                // test that could leave a loop: a loop-invariant store with nothing before it is moved out
                // of the loop by C2 (try_move_store_before_loop), and one left in, under G1, keeps the loop
                // from being unrolled.
                .addComment("stored outright, so that the accessors know the segment is the same from one call to the next,")
                .addComment("and first, so that a loop re-pointing this flyweight within one segment can store it once")
                .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                .addStatement("this.$N = $N", OFFSET, OFFSET)
                .addComment("compared first: a reference store costs the collector's write barrier")
                .beginControlFlow("if (this.$N != $N)", LIFETIME, LIFETIME)
                .addStatement("this.$N = $N", LIFETIME, LIFETIME)
                .endControlFlow()
                .addStatement("this.$N = $N", GENERATION, GENERATION)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("linkFrom")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(MemorySegment.class, "memory")
                .addParameter(long.class, "at")
                .addParameter(JavaTypes.LIFETIME, "holder")
                .addParameter(String.class, "struct")
                .addParameter(String.class, "field")
                .addJavadoc("Stores a link to this struct at {@code memory[at]}, in a struct of {@code holder}'s arena: what\n"
                        + "the setter of another struct's {@code @Link} field calls. Not meant to be called by hand.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if this struct's memory was reclaimed\n"
                        + "@throws IllegalArgumentException if this struct is not in that arena; nothing is written then\n")
                .addStatement("$T.set(memory, at, holder, $N, $N, $N, $N, struct, field)", JavaTypes.LINKS, SEGMENT, OFFSET,
                        LIFETIME, GENERATION)
                .build());
    }

    private void addAccessors(TypeSpec.Builder type) {
        AccessorWriter accessors = new AccessorWriter(type, self, model);
        model.fields().forEach(accessors::addAccessors);
    }

    /** Every {@code ValueLayout} constant the accessors and the layout use, for static import. */
    private String[] valueLayouts() {
        Set<String> names = new TreeSet<>();
        for (FieldModel field : model.fields()) {
            FieldType value = field.type() instanceof FieldType.ArrayOf a ? a.element() : field.type();
            ScalarType storage = switch (value) {
                case FieldType.Scalar scalar -> scalar.type();
                case FieldType.EnumType enumType -> enumType.storage();
                case FieldType.Unsigned unsigned when unsigned.primitiveWidth() -> unsigned.storage();
                case FieldType.Text text -> ScalarType.BYTE;
                default -> null; // nested structs, and odd widths (read by WireInts)
            };
            if (storage != null) {
                names.addAll(AccessLayouts.staticImports(storage, model.endian(), model.packed()));
            }
        }
        names.addAll(LayoutWriter.staticImports(model));
        names.addAll(zeroLayouts());
        return names.toArray(String[]::new);
    }
}
