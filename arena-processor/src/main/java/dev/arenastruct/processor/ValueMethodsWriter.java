package dev.arenastruct.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.ContentRuns;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemorySegment;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The methods that treat the struct as a value rather than field by field: its own segment for
 * native code, copies, content comparison and hash, and text ({@code appendTo}, {@code toString}).
 */
final class ValueMethodsWriter {
    /**
     * The largest struct copied with loads and stores of its own, eight bytes at a time; larger ones by
     * {@code MemorySegment.copy}. That one is force-inlined into every caller and its code depends on
     * the sizes its profile saw: in {@code CopyBench.Copy} a 24-byte copy took 0.48 ns in one fork
     * and 2.7 ns in another whose setup had copied other sizes first; {@code copyFrom} measured 3.2
     * ns with it and 2.2 ns with the inline loop.
     */
    private static final long INLINE_COPY_LIMIT = 64;

    private final TypeSpec.Builder type;
    private final StructModel model;
    private final ClassName self;
    private final List<ContentRuns.Run> runs;

    private ValueMethodsWriter(TypeSpec.Builder type, StructModel model, ClassName self) {
        this.type = type;
        this.model = model;
        this.self = self;
        this.runs = ContentRuns.of(model);
    }

    static void add(TypeSpec.Builder type, StructModel model, ClassName self) {
        ValueMethodsWriter writer = new ValueMethodsWriter(type, model, self);
        writer.addSegment();
        writer.addCopies();
        writer.addContentEquals();
        writer.addContentHash();
        writer.addAppendTo();
        if (model.hasValue()) {
            ValueConversionWriter.add(type, model, self);
        }
    }


    /** The stale-checked memory of {@code who}'s struct: {@code this} or a parameter. */
    private CodeBlock live(String who) {
        return CodeBlock.of("$T.live($L.segment, $L.lifetime, $L.generation, $S)", JavaTypes.FLYWEIGHTS, who, who, who,
                model.simpleName());
    }

    private CodeBlock pointed(String who) {
        return CodeBlock.of("$T.pointed($L.segment, $L.lifetime, $L.generation, $S)", JavaTypes.STRUCT_CONTENTS, who, who,
                who, model.simpleName());
    }

    private CodeBlock slice(String who) {
        return CodeBlock.of("$T.segment($L.segment, $L.offset, BYTE_SIZE, $L.lifetime, $L.generation, $S)",
                JavaTypes.STRUCT_CONTENTS, who, who, who, who, model.simpleName());
    }

    private void addSegment() {
        type.addMethod(MethodSpec.methodBuilder("segment")
                .addModifiers(Modifier.PUBLIC)
                .returns(MemorySegment.class)
                .addJavadoc("This struct's own {@link #BYTE_SIZE} bytes, aligned to {@link #BYTE_ALIGNMENT}: the memory to\n"
                        + "hand to native code that takes a {@code struct $L *}. The flyweight's lifetime is checked\n"
                        + "when it is called, as by every accessor (not with {@code -Ddev.arenastruct.staleChecks=false});\n"
                        + "the segment returned is plain memory and does not detect a later reset.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the memory was reclaimed\n"
                        + "@throws IllegalStateException if this flyweight was never pointed at a struct\n",
                        model.simpleName())
                .addStatement("return $L", slice("this"))
                .build());
    }

    /** The statement that copies the struct, {@code from} at {@code fromOffset} to {@code to} at {@code toOffset}. */
    private CodeBlock copy(String from, String fromOffset, CodeBlock to, String toOffset) {
        return CodeBlock.of("$N($L, $L, $L, $L)", GeneratedMembers.COPY_STRUCT, from, fromOffset, to, toOffset);
    }

    /**
     * The private helper that copies the struct. For a small one, loads and stores of its constant
     * size: the runtime's copy, shared by every struct, is compiled on its own for all the sizes an
     * application copies; once its code passed C2's {@code InlineSmallCode} it was called rather than
     * inlined, and the slices it makes escaped (40 B per {@code copyInto} in some JVMs, depending on
     * which got compiled first). This one is small whatever else the application copies. A larger
     * struct goes to {@code MemorySegment.copy} (see {@link #INLINE_COPY_LIMIT}).
     */
    private void addCopyStruct() {
        MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedMembers.COPY_STRUCT)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(MemorySegment.class, "from")
                .addParameter(long.class, "fromOffset")
                .addParameter(MemorySegment.class, "to")
                .addParameter(long.class, "toOffset");
        if (model.byteSize() > INLINE_COPY_LIMIT) {
            type.addMethod(method
                    .addJavadoc("Copies the $L bytes of the struct at {@code fromOffset} in {@code from} to {@code toOffset} in\n"
                            + "{@code to}, in bulk, as {@code MemorySegment.copy} does.\n", model.byteSize())
                    .addStatement("$T.copy(from, fromOffset, to, toOffset, BYTE_SIZE)", MemorySegment.class)
                    .build());
            return;
        }
        method.addJavadoc("Copies the $L bytes of the struct at {@code fromOffset} in {@code from} to {@code toOffset} in\n"
                        + "{@code to}, as {@code MemorySegment.copy} does (overlapping structs go to it): loads and stores of\n"
                        + "this struct's size through two slices of it, which the JIT inlines into every copy of this struct\n"
                        + "whatever else the application copies.\n", model.byteSize())
                .beginControlFlow("if ($T.overlap(from, fromOffset, to, toOffset, BYTE_SIZE))", JavaTypes.STRUCT_CONTENTS)
                .addStatement("$T.copy(from, fromOffset, to, toOffset, BYTE_SIZE)", MemorySegment.class)
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T source = from.asSlice(fromOffset, BYTE_SIZE)", MemorySegment.class)
                .addStatement("$T target = to.asSlice(toOffset, BYTE_SIZE)", MemorySegment.class);
        StoreLoop.add(method, model.byteSize(), (layout, offset, zero) ->
                CodeBlock.of("target.set($L, $L, source.get($L, $L))", layout, offset, layout, offset));
        type.addMethod(method.build());
    }

    private void addCopies() {
        addCopyStruct();
        type.addMethod(MethodSpec.methodBuilder("copyFrom")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(self, "source")
                .addJavadoc("Copies every byte of {@code source}'s struct over this one and returns this\n"
                        + "flyweight. Both are stale-checked; they may be the same or overlapping memory.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if either struct's memory was reclaimed\n"
                        + "@throws IllegalStateException if {@code source} was never pointed at a struct\n")
                .addStatement("$T.requireStruct(source, $S)", JavaTypes.STRUCT_CONTENTS, "source")
                .addStatement("$T from = $L", MemorySegment.class, pointed("source"))
                .addStatement("$L", copy("from", "source.offset", live("this"), "offset"))
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("copyInto")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addJavadoc("Allocates a copy of this struct in {@code arena} and returns its new flyweight: how a struct\n"
                        + "outlives the scope or batch it was built in (copy it into a longer-lived arena first).\n\n"
                        + "@throws dev.arenastruct.StaleStructException if this struct's memory was reclaimed; nothing is\n"
                        + "    allocated then\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged\n")
                .addStatement("$T from = $L", MemorySegment.class, pointed("this")) // checked before allocating
                .addComment("not zeroed first: the copy writes every byte, padding included")
                .addStatement("long at = $T.claim(arena, BYTE_SIZE, BYTE_ALIGNMENT)", JavaTypes.ARENA_MEMORY)
                .addStatement("$T memory = $T.block(arena).asSlice(at, BYTE_SIZE)", MemorySegment.class,
                        JavaTypes.ARENA_MEMORY)
                .addStatement("$L", copy("from", "offset", CodeBlock.of("memory"), "0L"))
                .addStatement("return new $T(memory, arena.lifetime())", self)
                .build());
    }

    private void addContentEquals() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("contentEquals")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(self, "other")
                .addJavadoc("Whether {@code other}'s struct holds the same bytes in every field as this one (padding is not\n"
                        + "compared, so memory written by C compares by its fields alone). Floating-point fields compare\n"
                        + "by their bits, as {@code Double.equals} does, except that NaNs with different bits differ. It\n"
                        + "allocates nothing; {@code equals} stays identity, as flyweights are mutable views.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if either struct's memory was reclaimed\n")
                .addStatement("$T.requireStruct(other, $S)", JavaTypes.STRUCT_CONTENTS, "other");
        boolean bytes = runs.stream().anyMatch(r -> r instanceof ContentRuns.Bytes);
        if (bytes) {
            method.addStatement("$T a = $L", MemorySegment.class, live("this"));
            method.addStatement("$T b = $L", MemorySegment.class, live("other"));
        }
        for (int i = 0; i < runs.size(); i++) {
            ContentRuns.Run run = runs.get(i);
            if (run instanceof ContentRuns.Struct s && s.field().type() instanceof FieldType.ArrayOf) {
                method.beginControlFlow("for (int i = 0; i < $L; i++)", s.field().lengthConstant())
                        .beginControlFlow("if (!$N(i).contentEquals(other.$N(i)))", s.field().name(), s.field().name())
                        .addStatement("return false").endControlFlow().endControlFlow();
                continue;
            }
            CodeBlock same = switch (run) {
                case ContentRuns.Bytes b -> CodeBlock.of("$T.sameBytes(a, offset + $LL, b, other.offset + $LL, $LL)",
                        JavaTypes.STRUCT_CONTENTS, b.offset(), b.offset(), b.length());
                case ContentRuns.Struct s -> CodeBlock.of("$N().contentEquals(other.$N())", s.field().name(),
                        s.field().name());
            };
            if (i == runs.size() - 1) {
                method.addStatement("return $L", same);
                type.addMethod(method.build());
                return;
            }
            method.beginControlFlow("if (!$L)", same).addStatement("return false").endControlFlow();
        }
        type.addMethod(method.addStatement("return true").build());
    }

    private void addContentHash() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("contentHash")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("A hash of the bytes {@link #contentEquals} compares: structs that are content-equal have the\n"
                        + "same hash. It allocates nothing. It is not a stable format: it may change between versions\n"
                        + "and differs between byte orders.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the memory was reclaimed\n")
                .addStatement("int h = 1");
        if (runs.stream().anyMatch(r -> r instanceof ContentRuns.Bytes)) {
            method.addStatement("$T a = $L", MemorySegment.class, live("this"));
        }
        for (ContentRuns.Run run : runs) {
            switch (run) {
                case ContentRuns.Bytes b -> method.addStatement("h = $T.hashBytes(a, offset + $LL, $LL, h)",
                        JavaTypes.STRUCT_CONTENTS, b.offset(), b.length());
                case ContentRuns.Struct s when s.field().type() instanceof FieldType.ArrayOf -> method
                        .beginControlFlow("for (int i = 0; i < $L; i++)", s.field().lengthConstant())
                        .addStatement("h = 31 * h + $N(i).contentHash()", s.field().name()).endControlFlow();
                case ContentRuns.Struct s -> method.addStatement("h = 31 * h + $N().contentHash()", s.field().name());
            }
        }
        type.addMethod(method.addStatement("return h").build());
    }

    /** Record-style, {@code TradeEvent[id=1, price=101.0, quantity=50]}; arrays show their elements, text its string. */
    private void addAppendTo() {
        AccessorWriter coded = new AccessorWriter(type, self, model); // reads a coded enum's raw code, which never throws
        MethodSpec.Builder method = MethodSpec.methodBuilder("appendTo")
                .addModifiers(Modifier.PUBLIC)
                .returns(StringBuilder.class)
                .addParameter(StringBuilder.class, "out")
                .addJavadoc("Appends what {@link #toString} returns to {@code out} and returns {@code out}, without\n"
                        + "creating any object of its own: for logging every message from a hot path.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the memory was reclaimed\n")
                .addStatement("out.append($S)", model.simpleName() + "[");
        String separator = "";
        for (FieldModel field : model.fields()) {
            String label = separator + field.name() + "=";
            switch (field.type()) {
                case FieldType.Text text -> method.addStatement("$N(out.append($S))", Names.textAppend(field.name()), label);
                case FieldType.ArrayOf array -> {
                    method.addStatement("out.append($S)", label + "[");
                    method.beginControlFlow("for (int i = 0; i < $L; i++)", field.lengthConstant());
                    method.addStatement("out.append(i == 0 ? $S : $S)", "", ", ");
                    if (array.element() instanceof FieldType.Nested) {
                        method.addStatement("$N(i).appendTo(out)", field.name());
                    } else if (array.element() instanceof FieldType.EnumType e && e.coded()) {
                        method.addStatement("$L", coded.appendCoded(field, e,
                                CodeBlock.of("out"), "i"));
                    } else if (array.element() instanceof FieldType.Unsigned u && u.bytes() == 8) {
                        method.addStatement("$T.appendUnsigned(out, $N(i))", JavaTypes.WIRE_INTS, field.name());
                    } else {
                        method.addStatement("out.append($N(i))", field.name());
                    }
                    method.endControlFlow();
                    method.addStatement("out.append(']')");
                }
                case FieldType.Nested nested -> method.addStatement("$N().appendTo(out.append($S))", field.name(), label);
                // A link is not followed: a cycle would never end, and a stale target would make toString throw.
                case FieldType.Link link -> method.addStatement("out.append($S).append($T.stamp($L, offset + $L) == 0L ? $S : $S)",
                        label, JavaTypes.LINKS, CodeBlock.of("$T.live(segment, lifetime, generation, $S)", JavaTypes.FLYWEIGHTS,
                                model.simpleName()), field.offsetConstant(), "null", "-> " + link.type().simpleName());
                case FieldType.EnumType e when e.coded() ->
                        method.addStatement("$L", coded.appendCoded(field, e, CodeBlock.of("out.append($S)", label), null));
                case FieldType.Unsigned u when u.bytes() == 8 -> method.addStatement("$T.appendUnsigned(out.append($S), $N())",
                        JavaTypes.WIRE_INTS, label, field.name());
                default -> method.addStatement("out.append($S).append($N())", label, field.name());
            }
            separator = ", ";
        }
        type.addMethod(method.addStatement("return out.append(']')").build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return appendTo(new $T()).toString()", StringBuilder.class)
                .build());
    }
}
