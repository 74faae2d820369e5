package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every member a generated flyweight declares, as the clash checks see them: methods by name and
 * parameter types (qualified, as javac prints an erased type), fields by name. It is the one list
 * the validator consults for field-against-field clashes, for clashes with the flyweight's own
 * members and for clashes with the interface's default methods; a test compares it with the
 * methods of a compiled flyweight, so it cannot drift from the writer.
 */
public final class GeneratedMembers {
    private static final String SEGMENT = "java.lang.foreign.MemorySegment";
    private static final String CHAR_SEQUENCE = "java.lang.CharSequence";

    private GeneratedMembers() {
    }

    /** What a field generates, by the shape of its declaration. */
    public enum FieldKind {
        /** A primitive or an enum: getter, setter, static getter and setter. */
        VALUE,
        /** A nested struct: a getter returning a reused view. */
        NESTED,
        /** {@code @Array} of booleans or enums: indexed getter and setter, static too. */
        ARRAY,
        /** {@code @Array} of other primitives: as {@link #ARRAY}, plus bulk copies in and out. */
        BULK_ARRAY,
        /** {@code @Array} of structs: an indexed getter returning a reused view, and the static element offset. */
        NESTED_ARRAY,
        /** {@code @Text}: byte access and the text helpers. */
        TEXT,
        /** {@code @Link}: a getter returning a reused view of the target, and a setter taking the target's flyweight. */
        LINK
    }

    /**
     * A method: its name, its parameters' types and whether it is static.
     *
     * @param parameters qualified type names, primitives by keyword, arrays with {@code []}
     */
    public record Method(String name, List<String> parameters, boolean isStatic) {
        public Method {
            parameters = List.copyOf(parameters);
        }

        /** Same name and parameter types: javac allows only one of them in a class. */
        public boolean sameSignature(Method other) {
            return name.equals(other.name) && parameters.equals(other.parameters);
        }

        /** As a message shows it: {@code wrap(MemorySegment, long)}. */
        @Override
        public String toString() {
            return name + "(" + parameters.stream().map(p -> p.substring(p.lastIndexOf('.') + 1))
                    .collect(Collectors.joining(", ")) + ")";
        }
    }

    /** The private helper with which allocate, allocateSegment, tryAllocate and wrapNew zero a new struct. */
    public static final String ZEROED_STRUCT = "zeroedStruct";

    /** The private helper with which copyFrom and copyInto copy a struct. */
    public static final String COPY_STRUCT = "copyStruct";

    /**
     * The methods every flyweight declares whatever its fields.
     *
     * @param flyweight the flyweight's qualified name, which some of them take as a parameter
     */
    public static List<Method> fixedMethods(String flyweight) {
        return List.of(
                new Method("allocate", List.of("dev.arenastruct.ArenaAllocator"), true),
                new Method("tryAllocate", List.of("dev.arenastruct.ArenaAllocator"), true),
                new Method("allocateSegment", List.of("dev.arenastruct.ArenaAllocator"), true),
                new Method("wrapNew", List.of("dev.arenastruct.ArenaAllocator"), false),
                new Method(ZEROED_STRUCT, List.of(SEGMENT), true),
                new Method(COPY_STRUCT, List.of(SEGMENT, "long", SEGMENT, "long"), true),
                new Method("allocateStructs", List.of("dev.arenastruct.ArenaAllocator", "long"), true),
                new Method("wrapElement", List.of("dev.arenastruct.StructArray", "long"), false),
                new Method("allocateList", List.of("dev.arenastruct.ArenaAllocator", "long"), true),
                new Method("append", List.of("dev.arenastruct.StructList"), true),
                new Method("wrapNew", List.of("dev.arenastruct.StructList"), false),
                new Method("wrapElement", List.of("dev.arenastruct.StructList", "long"), false),
                new Method("allocateArray", List.of("java.lang.foreign.SegmentAllocator", "long"), true),
                new Method("wrap", List.of(SEGMENT, "long"), false),
                new Method("wrap", List.of(SEGMENT), false),
                new Method("wrapView", List.of(SEGMENT, "long", "dev.arenastruct.Lifetime", "long"), false),
                new Method("wrapElement", List.of(SEGMENT, "long"), false),
                new Method("linkFrom", List.of(SEGMENT, "long", "dev.arenastruct.Lifetime", "java.lang.String",
                        "java.lang.String"), false),
                new Method("segment", List.of(), false),
                new Method("copyFrom", List.of(flyweight), false),
                new Method("copyInto", List.of("dev.arenastruct.ArenaAllocator"), false),
                new Method("contentEquals", List.of(flyweight), false),
                new Method("contentHash", List.of(), false),
                new Method("appendTo", List.of("java.lang.StringBuilder"), false),
                new Method("toValue", List.of(), false),
                new Method("copyFrom", List.of(flyweight.substring(0, flyweight.length() - "Flyweight".length()) + "Value"),
                        false),
                new Method("toString", List.of(), false));
    }

    /**
     * The methods field {@code name} generates.
     *
     * @param valueType the field's value type, or an array's element type, as a qualified name
     */
    public static List<Method> methodsOf(String name, FieldKind kind, String valueType) {
        List<Method> methods = new ArrayList<>();
        switch (kind) {
            case VALUE -> {
                methods.add(new Method(name, List.of(), false));
                methods.add(new Method(name, List.of(valueType), false));
                methods.add(new Method(name, List.of(SEGMENT, "long"), true));
                methods.add(new Method(name, List.of(SEGMENT, "long", valueType), true));
            }
            case NESTED -> methods.add(new Method(name, List.of(), false));
            case LINK -> { // valueType: the target's flyweight
                methods.add(new Method(name, List.of(), false));
                methods.add(new Method(name, List.of(valueType), false));
            }
            case ARRAY, BULK_ARRAY -> {
                methods.add(new Method(name, List.of("int"), false));
                methods.add(new Method(name, List.of("int", valueType), false));
                methods.add(new Method(name, List.of(SEGMENT, "long", "int"), true));
                methods.add(new Method(name, List.of(SEGMENT, "long", "int", valueType), true));
                if (kind == FieldKind.BULK_ARRAY) {
                    methods.add(new Method(name, List.of(valueType + "[]"), false));
                    methods.add(new Method(Names.arrayCopyOut(name), List.of(valueType + "[]"), false));
                }
            }
            case NESTED_ARRAY -> {
                methods.add(new Method(name, List.of("int"), false));
                methods.add(new Method(Names.elementOffset(name), List.of("long", "int"), true));
            }
            case TEXT -> {
                methods.add(new Method(name, List.of("int"), false));
                methods.add(new Method(name, List.of("int", "byte"), false));
                methods.add(new Method(name, List.of(CHAR_SEQUENCE), false));
                methods.add(new Method(Names.textEquals(name), List.of(CHAR_SEQUENCE), false));
                methods.add(new Method(Names.textCompareTo(name), List.of(CHAR_SEQUENCE), false));
                methods.add(new Method(Names.textAppend(name), List.of("java.lang.StringBuilder"), false));
                methods.add(new Method(Names.textByteLength(name), List.of(), false));
                methods.add(new Method(Names.textAsString(name), List.of(), false));
            }
        }
        return methods;
    }

    /** The longest {@code @Text} whose bytes also read as one {@code long} ({@code symbolAsLong()}). */
    public static final int LONG_TEXT_BYTES = 8;

    /**
     * The methods a {@code @Text} field {@code name} of at most {@link #LONG_TEXT_BYTES} bytes
     * generates besides the text helpers: its bytes as one {@code long}, on the flyweight and static.
     */
    public static List<Method> shortTextMethodsOf(String name) {
        return List.of(new Method(Names.textAsLong(name), List.of(), false),
                new Method(Names.textAsLong(name), List.of(SEGMENT, "long"), true));
    }

    /**
     * The atomic accessors an {@code @Atomic} field {@code name} of {@code valueType} ({@code int},
     * {@code long}, {@code float} or {@code double}) generates besides its plain ones.
     */
    public static List<Method> atomicMethodsOf(String name, String valueType) {
        List<Method> methods = new ArrayList<>();
        for (Names.AtomicMode mode : Names.AtomicMode.values()) {
            if (mode == Names.AtomicMode.GET_AND_ADD && !Names.AtomicMode.adds(valueType)) {
                continue;
            }
            String method = mode.methodName(name);
            switch (mode) {
                case VOLATILE -> {
                    methods.add(new Method(method, List.of(), false));
                    methods.add(new Method(method, List.of(valueType), false));
                }
                case ACQUIRE -> methods.add(new Method(method, List.of(), false));
                case COMPARE_AND_SET -> methods.add(new Method(method, List.of(valueType, valueType), false));
                case RELEASE, GET_AND_ADD, GET_AND_SET -> methods.add(new Method(method, List.of(valueType), false));
            }
        }
        return methods;
    }

    /**
     * What field {@code name} adds to the heap value record besides the accessor the interface
     * declares: an array or text field's component accessor {@code name()}.
     */
    public static List<Method> valueMethodsOf(String name, FieldKind kind) {
        return switch (kind) {
            case ARRAY, BULK_ARRAY, NESTED_ARRAY, TEXT -> List.of(new Method(name, List.of(), false));
            case VALUE, NESTED, LINK -> List.of();
        };
    }

    /**
     * The fields (constants and private state) field {@code name} generates.
     *
     * @param coded for an enum-valued field, whether the enum is stored by {@code @Code}
     */
    public static List<String> fieldsOf(String name, FieldKind kind, boolean enumValued, boolean coded) {
        List<String> fields = new ArrayList<>();
        fields.add(Names.offsetConstant(name));
        if (kind == FieldKind.ARRAY || kind == FieldKind.BULK_ARRAY || kind == FieldKind.NESTED_ARRAY
                || kind == FieldKind.TEXT) {
            fields.add(Names.lengthConstant(name));
        }
        if (enumValued) {
            fields.add(coded ? Names.codesConstant(name) : Names.valuesConstant(name));
        }
        if (kind == FieldKind.NESTED || kind == FieldKind.NESTED_ARRAY || kind == FieldKind.LINK) {
            fields.add(Names.viewField(name));
        }
        return fields;
    }
}
