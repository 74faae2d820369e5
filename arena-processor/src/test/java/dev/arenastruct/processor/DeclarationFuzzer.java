package dev.arenastruct.processor;

import com.google.testing.compile.JavaFileObjects;
import dev.arenastruct.processor.model.Names;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.tools.JavaFileObject;

/**
 * Writes struct declarations from a seed, malformed and borderline, each in its own package and
 * file, and records where every error must land: the line of the offending accessor, annotation or
 * type, with the {@code [ArenaStruct/Tag]}s acceptable there. For valid structs it records the
 * layout the C rules give, computed here in {@link BigInteger} so that it cannot overflow.
 *
 * <p>Wire formats have categories of their own: valid packed and byte-ordered structs with unsigned
 * integers of every width, coded and widened enums and space-padded text; and each of their
 * diagnostics (PackedAlignment, NestedLayout, UnsignedBytes, UnsignedType, EnumCode, AtomicType in a
 * wire struct) on the line it belongs to.
 */
final class DeclarationFuzzer {
    /** An anchor tag for a plain javac error, one without an {@code [ArenaStruct/...]} tag. */
    static final String JAVAC = "javac";

    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final String[] PRIMITIVES = {"byte", "boolean", "short", "char", "int", "float", "long", "double"};
    private static final int[] PRIMITIVE_SIZES = {1, 1, 2, 2, 4, 4, 8, 8};

    /** Field names that are also names the generated code uses for its members, parameters and locals. */
    private static final String[] TRICKY_NAMES = {"allocate", "tryAllocate", "allocateArray", "allocateStructs", "allocateList", "append", "initialCapacity", "list", "wrapNew", "wrapView",
        "copyFrom", "copyInto", "contentEquals", "appendTo", "a", "b", "h", "copy", "from", "source", "other", "offset", "lifetime", "generation", "value", "values", "index", "view", "out", "arena", "count", "array",
        "memory", "destination", "layout", "LAYOUT", "BYTE_SIZE", "byteSize", "byteAlignment", "i", "live",
        "checkIndex", "String", "Lifetime", "MemorySegment", "Flyweights", "Texts", "ArenaMemory", "StructArray", "StructList", "StructContents", "Override", "Object", "self",
        "$", "a$b", "x_", "__x", "getSegment", "equalsTo", "notEquals", "hashcode", "tostring"};
    /** Identifiers beyond ASCII: letters that upper-case to several (ß), ligatures, supplementary letters. */
    private static final String[] UNICODE_NAMES = {"données", "ñandú", "数据", "αβγ", "straße", "ǅemal", "𝒳val",
        "ıota", "µs", "ﬁle", "ǰob", "ŉumber", "Ωmega", "ѣat", "ꞵeta", "é", "日本語", "𐐨ese", "a\u200Cb", "Δx"};
    private static final String[] UNICODE_TYPES = {"Ñandú", "Données", "数据", "Αβγ", "Straße", "𝒳Type", "Ωmega", "Ǆ"};

    /** Reference types no struct field may have, with what they need declared beside them. */
    private static final String[] REJECTED = {"String", "Integer", "Long", "Boolean", "Character", "Byte", "Double",
        "Object", "long[]", "int[][]", "String[]", "java.util.List<Long>", "java.util.List<?>",
        "java.util.Map<String, ? extends Number>", "Class<?>", "Runnable", "CharSequence", "Void",
        "java.time.Duration", "java.lang.foreign.MemorySegment", "Other", "Rec", "Plain", "Ann", "Bare",
        "Opt<Long>", "java.util.Optional<? super Integer>"};

    /** Lengths for arrays and text that fit; {@link Integer#MAX_VALUE} only where the caller allows it. */
    private static final int[] LENGTHS = {1, 2, 3, 4, 7, 8, 16, 64, 255, 256, 1000, 4096};

    private final Random random;
    private int nextPackage;

    DeclarationFuzzer(long seed) {
        this.random = new Random(seed);
    }

    // ---------------------------------------------------------------- the cases

    /** One compilation unit and what must happen to it. */
    static final class Case {
        final String category;
        final String packageName;
        final List<String> lines = new ArrayList<>();
        /** Line number to the tags acceptable on it. */
        final Map<Integer, Set<String>> allowed = new LinkedHashMap<>();
        /** Lines that must carry at least one error. */
        final Set<Integer> required = new HashSet<>();
        /** The layout of every struct that must compile, by flyweight simple name. */
        final Map<String, Expected> layouts = new LinkedHashMap<>();
        /** Plain javac errors may appear on any line: the input is not valid Java. */
        boolean javacErrorsAnywhere;
        /** Either compiles clean, or gets the processor's error on an allowed line: never broken generated code. */
        boolean eitherCleanOrRejected;

        Case(String category, String packageName) {
            this.category = category;
            this.packageName = packageName;
        }

        boolean malformed() {
            return !required.isEmpty();
        }

        JavaFileObject file() {
            return JavaFileObjects.forSourceLines(packageName + ".Decl", lines);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("case " + packageName + " (" + category + "), expected errors "
                    + allowed + " required on " + required + ":\n");
            for (int i = 0; i < lines.size(); i++) {
                out.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
            }
            return out.toString();
        }
    }

    /**
     * A valid struct's layout by the C rules (packed: at the running sum, alignment 1).
     *
     * @param endian the declared byte order, {@code NATIVE}, {@code BIG} or {@code LITTLE}, that every
     *     multi-byte value member of {@code LAYOUT} must have
     */
    record Expected(BigInteger byteSize, long byteAlignment, Map<String, BigInteger> offsets, String endian) {
    }

    /** A source line and the tags of the errors that belong on it; required if one must appear. */
    private record Line(String text, Set<String> tags, boolean required) {
        static Line ok(String text) {
            return new Line(text, Set.of(), false);
        }

        static Line bad(String text, String... tags) {
            return new Line(text, Set.of(tags), true);
        }

        static Line maybe(String text, String... tags) {
            return new Line(text, Set.of(tags), false);
        }
    }

    /** A field: its line, and its size and alignment when valid (null size when not). */
    private record Field(String name, Line line, BigInteger size, long alignment) {
        boolean valid() {
            return size != null;
        }
    }

    /** A struct interface being written; emitted as an annotation line, a header line, fields, extras. */
    private final class Struct {
        final String name;
        String annotation = "@ArenaStruct";
        Line header;
        final List<Field> fields = new ArrayList<>();
        final List<Line> extra = new ArrayList<>();
        final Set<String> usedNames = new HashSet<>();
        long declaredAlignment;
        boolean compact;
        /** {@code @ArenaStruct(packed = true)}. */
        boolean packed;
        /** {@code @ArenaStruct(endian = Endian.X)}: NATIVE, BIG or LITTLE. */
        String endian = "NATIVE";
        boolean broken;

        Struct(String name) {
            this.name = name;
            this.header = Line.ok("interface " + name + " {");
        }

        String freshName(Function<Random, String> pick) {
            for (int attempt = 0; ; attempt++) {
                String candidate = attempt < 8 ? pick.apply(random) : "f" + usedNames.size() + "x" + attempt;
                String snake = Names.upperSnake(javacName(candidate));
                if (!candidate.equals("wrap") && !candidate.equals("wrapElement")
                        && !usedNames.contains(candidate) && !usedNames.contains("#" + snake)) {
                    usedNames.add(candidate);
                    usedNames.add("#" + snake);
                    return candidate;
                }
            }
        }

        boolean valid() {
            return !broken && header.tags.isEmpty() && fields.stream().allMatch(Field::valid) && !fields.isEmpty();
        }

        /** Size and alignment by the C rules, in declared or compact order. */
        Expected layout() {
            List<Field> order = new ArrayList<>(fields);
            if (compact) {
                order.sort((a, b) -> Long.compare(b.alignment, a.alignment));
            }
            BigInteger offset = BigInteger.ZERO;
            long alignment = Math.max(1, declaredAlignment);
            Map<String, BigInteger> offsets = new LinkedHashMap<>();
            for (Field field : order) {
                long fieldAlignment = packed ? 1 : field.alignment; // packed: every field at the running sum
                offset = alignUp(offset, fieldAlignment);
                offsets.put(javacName(field.name), offset);
                offset = offset.add(field.size);
                alignment = Math.max(alignment, fieldAlignment);
            }
            return new Expected(alignUp(offset, alignment), alignment, offsets, endian);
        }

        /** The annotation with every attribute set. */
        String annotationText() {
            List<String> attributes = new ArrayList<>();
            if (declaredAlignment != 0) {
                attributes.add("alignment = " + declaredAlignment + "L");
            }
            if (compact) {
                attributes.add("fieldOrder = FieldOrder.COMPACT");
            }
            if (packed) {
                attributes.add("packed = true");
            }
            if (!endian.equals("NATIVE") || random.nextInt(8) == 0) { // NATIVE spelled out now and then
                attributes.add("endian = Endian." + endian);
            }
            return attributes.isEmpty() ? annotation : "@ArenaStruct(" + String.join(", ", attributes) + ")";
        }
    }

    /** The name as javac reads it: without identifier-ignorable characters such as U+200C. */
    static String javacName(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(cp -> !Character.isIdentifierIgnorable(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static BigInteger alignUp(BigInteger value, long alignment) {
        BigInteger a = BigInteger.valueOf(alignment);
        return value.add(a).subtract(BigInteger.ONE).divide(a).multiply(a);
    }

    /** Builds one case: structs and other types as blocks of lines, anchors resolved at the end. */
    private final class Builder {
        final Case result;
        final List<List<Line>> blocks = new ArrayList<>();
        final List<Struct> structs = new ArrayList<>();
        final Set<String> declared = new HashSet<>();
        int types;

        Builder(String category) {
            result = new Case(category, "fz" + nextPackage++);
        }

        String typeName(String prefix) {
            return prefix + types++;
        }

        Struct struct(String name) {
            Struct struct = new Struct(name);
            structs.add(struct);
            return struct;
        }

        void block(Line... lines) {
            blocks.add(List.of(lines));
        }

        /** An enum with {@code constants} constants (0 for an empty one), declared beside the structs. */
        String enumType(int constants) {
            String name = typeName("E");
            StringBuilder body = new StringBuilder("enum " + name + " { ");
            for (int i = 0; i < constants; i++) {
                body.append(i == 0 ? "" : ", ").append("C").append(i);
            }
            block(Line.ok(body.append(" }").toString()));
            return name;
        }

        Case build() {
            result.lines.add("package " + result.packageName + ";");
            result.lines.add("import dev.arenastruct.*;");
            for (Struct struct : structs) {
                List<Line> lines = new ArrayList<>();
                String annotation = struct.annotation.equals("@ArenaStruct") ? struct.annotationText() : struct.annotation;
                if (!annotation.isEmpty()) {
                    lines.add(Line.ok(annotation));
                }
                lines.add(struct.header);
                struct.fields.forEach(f -> lines.add(f.line));
                lines.addAll(struct.extra);
                lines.add(Line.ok("}"));
                blocks.addFirst(lines);
                if (struct.valid() && struct.annotation.startsWith("@ArenaStruct") && struct.fields.stream()
                        .allMatch(f -> f.valid() && f.size.compareTo(LONG_MAX) <= 0)) {
                    Expected layout = struct.layout();
                    if (layout.byteSize.compareTo(LONG_MAX) <= 0) {
                        result.layouts.put(struct.name + "Flyweight", layout);
                    }
                }
            }
            for (List<Line> block : blocks) {
                for (Line line : block) {
                    result.lines.add(line.text);
                    int number = result.lines.size();
                    if (!line.tags.isEmpty()) {
                        result.allowed.put(number, line.tags);
                        if (line.required) {
                            result.required.add(number);
                        }
                    }
                }
            }
            return result;
        }
    }

    // ---------------------------------------------------------------- valid fields

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String fieldName(Struct struct) {
        return struct.freshName(r -> switch (r.nextInt(10)) {
            case 0, 1 -> pick(TRICKY_NAMES);
            case 2 -> pick(UNICODE_NAMES);
            default -> "f" + r.nextInt(1000);
        });
    }

    private int length(boolean allowMax) {
        return switch (random.nextInt(allowMax ? 12 : 10)) {
            case 0, 1, 2, 3, 4, 5 -> LENGTHS[random.nextInt(LENGTHS.length)];
            case 6, 7, 8, 9 -> 1 + random.nextInt(100_000);
            default -> Integer.MAX_VALUE - random.nextInt(3);
        };
    }

    /**
     * A valid field of a random kind. {@code depth} bounds how deep nested structs go; nested
     * structs of a valid field are declared as blocks of {@code b}.
     */
    private Field validField(Builder b, Struct struct, int depth, boolean huge) {
        String name = fieldName(struct);
        int kind = random.nextInt(depth > 0 ? 100 : 85);
        if (kind < 40) {
            int p = random.nextInt(PRIMITIVES.length);
            boolean atomic = List.of("int", "long", "float", "double").contains(PRIMITIVES[p]) && random.nextInt(4) == 0;
            return new Field(name, Line.ok("    " + (atomic ? "@Atomic " : "") + PRIMITIVES[p] + " " + name + "();"),
                    BigInteger.valueOf(PRIMITIVE_SIZES[p]), PRIMITIVE_SIZES[p]);
        }
        if (kind < 48) {
            int constants = random.nextInt(20) == 0 ? 257 + random.nextInt(10) : 1 + random.nextInt(4);
            String type = b.enumType(constants);
            int size = constants <= 256 ? 1 : 2;
            return new Field(name, Line.ok("    " + type + " " + name + "();"), BigInteger.valueOf(size), size);
        }
        if (kind < 58) {
            int length = length(huge);
            return new Field(name, Line.ok("    @Text(length = " + length + ") byte " + name + "(int index);"),
                    BigInteger.valueOf(length), 1);
        }
        if (kind < 80) {
            int p = random.nextInt(PRIMITIVES.length);
            int length = length(huge);
            return new Field(name, Line.ok("    @Array(length = " + length + ") " + PRIMITIVES[p] + " " + name + "(int index);"),
                    BigInteger.valueOf(length).multiply(BigInteger.valueOf(PRIMITIVE_SIZES[p])), PRIMITIVE_SIZES[p]);
        }
        if (kind < 85) {
            String type = b.enumType(1 + random.nextInt(3));
            int length = length(huge);
            return new Field(name, Line.ok("    @Array(length = " + length + ") " + type + " " + name + "(int index);"),
                    BigInteger.valueOf(length), 1);
        }
        Struct nested = validStruct(b, random.nextInt(4) == 0 ? pick(UNICODE_TYPES) + b.types++ : b.typeName("N"),
                1 + random.nextInt(3), depth - 1, huge);
        Expected inner = nested.layout();
        if (kind < 93) {
            return new Field(name, Line.ok("    " + nested.name + " " + name + "();"), inner.byteSize, inner.byteAlignment);
        }
        int length = huge ? length(true) : 1 + random.nextInt(5);
        return new Field(name, Line.ok("    @Array(length = " + length + ") " + nested.name + " " + name + "(int index);"),
                inner.byteSize.multiply(BigInteger.valueOf(length)), inner.byteAlignment);
    }

    private Struct validStruct(Builder b, String name, int fieldCount, int depth, boolean huge) {
        Struct struct = b.struct(name);
        if (random.nextInt(4) == 0) {
            struct.declaredAlignment = 1L << random.nextInt(random.nextInt(10) == 0 ? 13 : 7);
        }
        struct.compact = random.nextInt(4) == 0;
        for (int i = 0; i < fieldCount; i++) {
            struct.fields.add(validField(b, struct, depth, huge));
        }
        if (random.nextInt(5) == 0) {
            struct.extra.add(Line.ok("    default long helper" + b.types++ + "() { return 1; }"));
            struct.extra.add(Line.ok("    static int util" + b.types++ + "() { return 2; }"));
            // Qualified: a probe may declare a type named String in the same package, and then an
            // unqualified 'String toString()' is invalid Java (TypeSystemDiagnosticsTest covers that case).
            struct.extra.add(Line.ok("    java.lang.String toString();"));
        }
        return struct;
    }

    // ---------------------------------------------------------------- categories

    /** The categories, each a function of a fresh builder; weights by repetition. */
    private final List<Map.Entry<String, Function<Builder, Boolean>>> categories = List.of(
            Map.entry("valid-random", this::validRandom),
            Map.entry("valid-random", this::validRandom),
            Map.entry("valid-deep", this::validDeep),
            Map.entry("valid-huge-arrays", this::validHuge),
            Map.entry("valid-many-fields", this::validMany),
            Map.entry("valid-unicode", this::validUnicode),
            Map.entry("rejected-type", this::rejectedType),
            Map.entry("rejected-type", this::rejectedType),
            Map.entry("rejected-type", this::rejectedType),
            Map.entry("bad-length", this::badLength),
            Map.entry("bad-alignment", this::badAlignment),
            Map.entry("array-and-text", this::arrayAndText),
            Map.entry("atomic-type", this::atomicType),
            Map.entry("annotation-on-non-field", this::annotationOnNonField),
            Map.entry("recursive", this::recursive),
            Map.entry("generic-interface", this::genericInterface),
            Map.entry("name-clash", this::nameClash),
            Map.entry("inherited-accessor", this::inherited),
            Map.entry("no-fields", this::noFields),
            Map.entry("deep-invalid", this::deepInvalid),
            Map.entry("not-an-interface", this::notInterface),
            Map.entry("accessor-parameters", this::accessorParameters),
            Map.entry("too-large", this::tooLarge),
            Map.entry("not-valid-java", this::notValidJava),
            Map.entry("not-implementable", this::notImplementable),
            Map.entry("probe-shadowing-names", this::probeShadowing),
            Map.entry("probe-generated-name-pairs", this::probeNamePairs),
            Map.entry("inaccessible-enum", this::inaccessibleEnum),
            Map.entry("default-method-clash", this::defaultMethodClash),
            Map.entry("shadowed-name", this::shadowedName),
            Map.entry("too-many-fields", this::tooManyFields),
            Map.entry("probe-default-methods", this::probeDefaultMethods),
            Map.entry("valid-wire", this::validWire),
            Map.entry("valid-wire", this::validWire),
            Map.entry("packed-alignment", this::packedAlignment),
            Map.entry("nested-layout", this::nestedLayout),
            Map.entry("unsigned-bytes", this::unsignedBytes),
            Map.entry("unsigned-type", this::unsignedType),
            Map.entry("unsigned-type", this::unsignedType),
            Map.entry("enum-width", this::enumWidth),
            Map.entry("enum-code", this::enumCode),
            Map.entry("enum-code", this::enumCode),
            Map.entry("atomic-wire", this::atomicWire));

    /** Names of the categories, for counting. */
    List<String> categoryNames() {
        return categories.stream().map(Map.Entry::getKey).distinct().toList();
    }

    /** The next case, valid (true) or malformed (false) as asked; categories drawn at random. */
    Case next(boolean valid) {
        while (true) {
            Map.Entry<String, Function<Builder, Boolean>> category = categories.get(random.nextInt(categories.size()));
            if (category.getKey().startsWith("valid") != valid) {
                continue;
            }
            Builder b = new Builder(category.getKey());
            category.getValue().apply(b);
            return b.build();
        }
    }

    private boolean validRandom(Builder b) {
        validStruct(b, b.typeName("S"), 1 + random.nextInt(8), 1 + random.nextInt(2), false);
        return true;
    }

    private boolean validDeep(Builder b) {
        int depth = random.nextInt(8) == 0 ? 50 : 2 + random.nextInt(10);
        String inner = null;
        for (int level = depth; level >= 0; level--) {
            Struct struct = b.struct("L" + level);
            if (inner != null) {
                String name = struct.freshName(r -> "inner");
                Expected nested = findStruct(b, inner).layout();
                struct.fields.add(random.nextBoolean()
                        ? new Field(name, Line.ok("    " + inner + " " + name + "();"), nested.byteSize, nested.byteAlignment)
                        : new Field(name, Line.ok("    @Array(length = 2) " + inner + " " + name + "(int index);"),
                                nested.byteSize.multiply(BigInteger.TWO), nested.byteAlignment));
            }
            struct.fields.add(validField(b, struct, 0, false));
            inner = struct.name;
        }
        return true;
    }

    private Struct findStruct(Builder b, String name) {
        return b.structs.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    /** Arrays as long as an int allows, of structs that hold such arrays, as long as the whole still fits a long. */
    private boolean validHuge(Builder b) {
        Struct inner = b.struct(b.typeName("Big"));
        inner.fields.add(validField(b, inner, 0, true));
        Expected innerLayout = inner.layout();
        Struct outer = b.struct(b.typeName("S"));
        BigInteger room = LONG_MAX.divide(innerLayout.byteSize.max(BigInteger.ONE)).min(BigInteger.valueOf(Integer.MAX_VALUE));
        int length = (int) Math.max(1, room.longValue() - random.nextInt(3));
        String name = outer.freshName(r -> "items");
        BigInteger size = innerLayout.byteSize.multiply(BigInteger.valueOf(length));
        if (size.add(BigInteger.valueOf(64)).compareTo(LONG_MAX) > 0) {
            length = Math.max(1, length - 1);
            size = innerLayout.byteSize.multiply(BigInteger.valueOf(length));
        }
        outer.fields.add(new Field(name, Line.ok("    @Array(length = " + length + ") " + inner.name + " " + name + "(int index);"),
                size, innerLayout.byteAlignment));
        if (random.nextBoolean()) {
            outer.fields.add(new Field(outer.freshName(r -> "tail"), Line.ok("    byte tail();"), BigInteger.ONE, 1));
        }
        if (outer.layout().byteSize.compareTo(LONG_MAX) > 0) {
            outer.fields.removeLast();
        }
        return true;
    }

    private boolean validMany(Builder b) {
        validStruct(b, b.typeName("S"), 20 + random.nextInt(40), 0, false);
        return true;
    }

    private boolean validUnicode(Builder b) {
        Struct struct = b.struct(pick(UNICODE_TYPES) + b.types++);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            String name = struct.freshName(r -> pick(UNICODE_NAMES));
            Field typed = validField(b, struct, 1, false);
            struct.usedNames.remove(typed.name);
            struct.fields.add(new Field(name, Line.ok(typed.line.text.replace(" " + typed.name + "(", " " + name + "(")),
                    typed.size, typed.alignment));
        }
        return true;
    }

    /** Adds 0..n valid fields around a malformed one, so that the error is found among good ones. */
    private void addValidFields(Builder b, Struct struct) {
        for (int i = random.nextInt(4); i > 0; i--) {
            struct.fields.add(validField(b, struct, 1, false));
        }
    }

    private void shuffleInto(Struct struct, Field bad) {
        struct.fields.add(random.nextInt(struct.fields.size() + 1), bad);
    }

    /** Declares what a rejected type needs beside it; the type as written. */
    private String rejectedType(Builder b, Struct struct) {
        String type = pick(REJECTED);
        if (!b.declared.add(type)) {
            return type;
        }
        switch (type) {
            case "Other" -> b.block(Line.ok("class Other { }"));
            case "Rec" -> b.block(Line.ok("record Rec(long id) { }"));
            case "Plain" -> b.block(Line.ok("interface Plain { long id(); }"));
            case "Ann" -> b.block(Line.ok("@interface Ann { }"));
            case "Bare" -> b.block(Line.ok("interface Bare { }"));
            case "Opt<Long>" -> b.block(Line.ok("interface Opt<T> { }"));
            default -> { }
        }
        return type;
    }

    private boolean rejectedType(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        int position = random.nextInt(6);
        Field bad = switch (position) {
            case 0 -> {
                String type = rejectedType(b, struct);
                yield new Field(name, Line.bad("    " + type + " " + name + "();", "ReferenceField"), null, 1);
            }
            case 1 -> {
                String type = rejectedType(b, struct);
                yield new Field(name, Line.bad("    @Array(length = " + length(false) + ") " + type + " " + name
                        + "(int index);", "ArrayElement"), null, 1);
            }
            case 2 -> {
                String type = random.nextBoolean() ? rejectedType(b, struct) : pick(PRIMITIVES);
                if (type.equals("byte")) {
                    type = "Byte";
                }
                yield new Field(name, Line.bad("    @Text(length = " + length(false) + ") " + type + " " + name
                        + "(int index);", "TextElement"), null, 1);
            }
            case 3 -> switch (random.nextInt(5)) {
                case 0 -> new Field(name, Line.bad("    void " + name + "();", "VoidAccessor"), null, 1);
                case 1 -> new Field(name, Line.bad("    @Array(length = 3) void " + name + "(int index);", "VoidAccessor"), null, 1);
                case 2 -> new Field(name, Line.bad("    @Text(length = 3) void " + name + "(int index);", "TextElement"), null, 1);
                case 3 -> new Field(name, Line.bad("    " + b.enumType(0) + " " + name + "();", "EmptyEnum"), null, 1);
                default -> new Field(name, Line.bad("    @Array(length = 2) " + b.enumType(0) + " " + name + "(int index);",
                        "EmptyEnum"), null, 1);
            };
            case 4 -> new Field(name, Line.bad("    <T> T " + name + "();", "ReferenceField", "GenericAccessor"), null, 1);
            default -> {
                // the bad field sits in a nested struct: the error there, and one on the field that nests it
                Struct inner = b.struct(b.typeName("In"));
                addValidFields(b, inner);
                String innerName = fieldName(inner);
                String type = rejectedType(b, inner);
                shuffleInto(inner, new Field(innerName, Line.bad("    " + type + " " + innerName + "();", "ReferenceField"), null, 1));
                yield new Field(name, random.nextBoolean()
                        ? Line.bad("    " + inner.name + " " + name + "();", "InvalidNestedStruct")
                        : Line.bad("    @Array(length = 2) " + inner.name + " " + name + "(int index);", "InvalidNestedStruct"),
                        null, 1);
            }
        };
        shuffleInto(struct, bad);
        return true;
    }

    private static final String[] BAD_LENGTHS = {"0", "-1", "-4096", "Integer.MIN_VALUE", "Integer.MAX_VALUE + 1", "1 - 1"};

    private boolean badLength(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        String length = pick(BAD_LENGTHS);
        String line = switch (random.nextInt(3)) {
            case 0 -> "    @Array(length = " + length + ") " + pick(PRIMITIVES) + " " + name + "(int index);";
            case 1 -> "    @Text(length = " + length + ") byte " + name + "(int index);";
            default -> "    @Array(length = " + length + ") " + b.enumType(2) + " " + name + "(int index);";
        };
        shuffleInto(struct, new Field(name, Line.bad(line, "ArrayLength"), null, 1));
        return true;
    }

    private static final String[] BAD_ALIGNMENTS = {"3", "6", "48", "-1", "-8", "Long.MIN_VALUE", "Long.MAX_VALUE",
        "(1L << 62) + 1", "1000", "-(1L << 62)", "0x7FFF_FFFF_FFFF_FFF0L"};

    private boolean badAlignment(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        struct.annotation = "";
        struct.header = Line.ok("interface " + struct.name + " {");
        struct.fields.add(validField(b, struct, 1, false));
        addValidFields(b, struct);
        String alignment = pick(BAD_ALIGNMENTS);
        b.structs.remove(struct);
        b.structs.add(struct);
        // the annotation on its own line, where the error points (at the value)
        struct.broken = true;
        List<Line> lines = new ArrayList<>();
        lines.add(Line.bad("@ArenaStruct(alignment = " + alignment + ")", "StructAlignment"));
        lines.add(struct.header);
        struct.fields.forEach(f -> lines.add(f.line));
        lines.add(Line.ok("}"));
        b.structs.remove(struct);
        b.blocks.add(lines);
        return true;
    }

    private boolean arrayAndText(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        shuffleInto(struct, new Field(name, Line.bad("    @Array(length = 4) @Text(length = 4) byte " + name + "(int index);",
                "ArrayAndText"), null, 1));
        return true;
    }

    /** {@code @Atomic} on a field that is not a plain int or long. */
    private boolean atomicType(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        String type = pick(new String[] {"byte", "boolean", "short", "char"});
        String declaration = switch (random.nextInt(4)) {
            case 0 -> "    @Atomic @Array(length = 4) long " + name + "(int index);";
            case 1 -> "    @Atomic @Text(length = 4) byte " + name + "(int index);";
            case 2 -> "    @Atomic " + b.enumType(2) + " " + name + "();";
            default -> "    @Atomic " + type + " " + name + "();";
        };
        shuffleInto(struct, new Field(name, Line.bad(declaration, "AtomicType"), null, 1));
        return true;
    }

    private boolean annotationOnNonField(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        struct.fields.add(validField(b, struct, 1, false));
        addValidFields(b, struct);
        String annotation = switch (random.nextInt(3)) {
            case 0 -> "@Array(length = 4)";
            case 1 -> "@Text(length = 4)";
            default -> "@Atomic";
        };
        String method = switch (random.nextInt(3)) {
            case 0 -> "    " + annotation + " default byte m" + b.types++ + "(int index) { return 0; }";
            case 1 -> "    " + annotation + " static byte m" + b.types++ + "(int index) { return 0; }";
            default -> "    " + annotation + " private byte m" + b.types++ + "(int index) { return 0; }";
        };
        struct.extra.add(Line.bad(method, "NotAField"));
        struct.broken = true;
        return true;
    }

    /** A cycle of 1 to 4 structs, by value or through arrays, and maybe a struct outside it that nests one. */
    private boolean recursive(Builder b) {
        int size = 1 + random.nextInt(4);
        List<Struct> cycle = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cycle.add(b.struct(b.typeName("C")));
        }
        for (int i = 0; i < size; i++) {
            Struct struct = cycle.get(i);
            addValidFields(b, struct);
            String next = cycle.get((i + 1) % size).name;
            String name = fieldName(struct);
            shuffleInto(struct, new Field(name, random.nextBoolean()
                    ? Line.bad("    " + next + " " + name + "();", "RecursiveStruct")
                    : Line.bad("    @Array(length = " + (1 + random.nextInt(3)) + ") " + next + " " + name + "(int index);",
                            "RecursiveStruct"), null, 1));
        }
        if (random.nextBoolean()) {
            Struct outside = b.struct(b.typeName("S"));
            addValidFields(b, outside);
            String name = fieldName(outside);
            shuffleInto(outside, new Field(name, Line.bad("    " + cycle.get(random.nextInt(size)).name + " " + name + "();",
                    "InvalidNestedStruct"), null, 1));
        }
        return true;
    }

    private boolean genericInterface(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        String parameters = pick(new String[] {"<T>", "<T extends Number>", "<A, B>", "<T extends Comparable<T>>"});
        struct.header = Line.bad("interface " + struct.name + parameters + " {", "GenericStruct");
        struct.fields.add(validField(b, struct, 1, false));
        if (random.nextBoolean()) {
            String name = fieldName(struct);
            String var = parameters.substring(1, 2);
            struct.fields.add(new Field(name, Line.bad("    " + var + " " + name + "();", "ReferenceField"), null, 1));
        }
        return true;
    }

    /** Pairs whose generated names certainly collide, and names the generator reserves. */
    private boolean nameClash(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String[][] pairs = {{"fooBar", "foo_bar"}, {"fooBar", "FOO_BAR"}, {"fooBar", "FooBar"}, {"straße", "strasse"},
            {"ﬁle", "file"}, {"µs", "μs"}, {"ıd", "id"}, {"httpServer", "HTTPServer"}};
        int kind = random.nextInt(5);
        if (kind == 0) {
            String[] reservedNames = {"wrap", "wrapElement", "segment", "contentHash", "toValue", "StructValues", "to"};
            String reserved = reservedNames[random.nextInt(reservedNames.length)];
            struct.usedNames.add(reserved);
            String declaration = reserved.equals("to") // its text helper appendTo(StringBuilder) is the flyweight's own
                    ? "    @Text(length = 4) byte to(int index);" : "    long " + reserved + "();";
            shuffleInto(struct, new Field(reserved, Line.bad(declaration, "ReservedName"), null, 1));
            return true;
        }
        if (kind == 1 && random.nextBoolean()) { // text helpers whose capitalised names fold together
            String[][] folding = {{"iX", "IX"}, {"ßx", "SSx"}, {"aBc", "ABc"}, {"ﬀoo", "FFoo"}};
            String[] pair = folding[random.nextInt(folding.length)];
            struct.fields.clear();
            struct.usedNames.clear();
            struct.fields.add(new Field(pair[0], Line.ok("    @Text(length = 4) byte " + pair[0] + "(int index);"),
                    BigInteger.valueOf(4), 1));
            struct.fields.add(new Field(pair[1], Line.bad("    @Text(length = 4) byte " + pair[1] + "(int index);",
                    "NameClash"), null, 1));
            return true;
        }
        if (kind == 1) {
            String text = struct.freshName(r -> "sym" + r.nextInt(100));
            String helper = text + (random.nextBoolean() ? "ByteLength" : "AsString");
            struct.fields.add(new Field(text, Line.ok("    @Text(length = 8) byte " + text + "(int index);"), BigInteger.valueOf(8), 1));
            struct.fields.add(new Field(helper, Line.bad("    int " + helper + "();", "NameClash"), null, 1));
            return true;
        }
        String[] pair = pairs[random.nextInt(pairs.length)];
        String first = pair[0];
        String second = pair[1];
        if (struct.usedNames.contains(first) || struct.usedNames.contains(second)
                || struct.usedNames.contains("#" + Names.upperSnake(first))) {
            struct.fields.clear();
            struct.usedNames.clear();
        }
        // the first wins the name, the second is reported; both kinds of declaration collide on *_OFFSET
        struct.fields.add(new Field(first, Line.ok("    long " + first + "();"), BigInteger.valueOf(8), 8));
        struct.fields.add(new Field(second, Line.bad(kind == 2 ? "    int " + second + "();"
                : "    @Array(length = 2) int " + second + "(int index);", "NameClash"), null, 1));
        return true;
    }

    private boolean inherited(Builder b) {
        String base = b.typeName("Base");
        boolean baseIsStruct = random.nextBoolean();
        b.block(Line.ok((baseIsStruct ? "@ArenaStruct " : "") + "interface " + base + " { long id(); default long x() { return 1; } }"));
        Struct struct = b.struct(b.typeName("S"));
        struct.header = Line.bad("interface " + struct.name + " extends " + base + " {", "InheritedAccessor", "NoFields");
        struct.usedNames.add("id");
        struct.usedNames.add("x");
        addValidFields(b, struct);
        return true;
    }

    private boolean noFields(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        struct.header = Line.bad("interface " + struct.name + " {", "NoFields");
        switch (random.nextInt(3)) {
            case 0 -> { }
            case 1 -> struct.extra.add(Line.ok("    default long x() { return 1; }"));
            default -> {
                struct.extra.add(Line.ok("    static long y() { return 1; }"));
                struct.extra.add(Line.ok("    String toString();"));
                struct.extra.add(Line.ok("    int hashCode();"));
                struct.extra.add(Line.ok("    boolean equals(Object other);"));
            }
        }
        return true;
    }

    /** A chain of up to 50 nested structs whose innermost is bad: an error on every level. */
    private boolean deepInvalid(Builder b) {
        int depth = random.nextInt(3) == 0 ? 50 : 1 + random.nextInt(10);
        Struct inner = b.struct("D" + depth);
        String name = fieldName(inner);
        inner.fields.add(new Field(name, Line.bad("    String " + name + "();", "ReferenceField"), null, 1));
        for (int level = depth - 1; level >= 0; level--) {
            Struct struct = b.struct("D" + level);
            addValidFields(b, struct);
            String field = fieldName(struct);
            shuffleInto(struct, new Field(field, Line.bad("    " + inner.name + " " + field + "();", "InvalidNestedStruct"), null, 1));
            inner = struct;
        }
        return true;
    }

    private boolean notInterface(Builder b) {
        String name = b.typeName("S");
        String[] declarations = {"class " + name + " { long id() { return 0; } }", "enum " + name + " { A }",
            "record " + name + "(long id) { }", "@interface " + name + " { long id(); }",
            "abstract class " + name + " { abstract long id(); }", "final class " + name + " { }"};
        b.block(Line.ok("@ArenaStruct"), Line.bad(pick(declarations), "NotInterface"));
        return true;
    }

    private boolean accessorParameters(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        Line line = switch (random.nextInt(6)) {
            case 0 -> Line.bad("    long " + name + "(int index);", "AccessorParameters");
            case 1 -> Line.bad("    double " + name + "(int level, long scale);", "AccessorParameters");
            case 2 -> Line.bad("    void " + name + "(long value);", "AccessorParameters", "VoidAccessor");
            case 3 -> Line.bad("    @Array(length = 4) long " + name + "();", "IndexedParameters");
            case 4 -> Line.bad("    @Array(length = 4) long " + name + "(long index);", "IndexedParameters");
            default -> Line.bad("    @Text(length = 4) byte " + name + "(int index, int other);", "IndexedParameters");
        };
        shuffleInto(struct, new Field(name, line, null, 1));
        return true;
    }

    /**
     * Structs whose size overflows a long, through multiplying arrays, alignment padding near
     * {@link Long#MAX_VALUE}, or a large declared alignment; the error on every struct too large.
     */
    private boolean tooLarge(Builder b) {
        Struct inner = b.struct(b.typeName("Big"));
        int innerLength = Integer.MAX_VALUE - random.nextInt(5);
        int p = 4 + random.nextInt(4);
        inner.fields.add(new Field("values", Line.ok("    @Array(length = " + innerLength + ") " + PRIMITIVES[p] + " values(int index);"),
                BigInteger.valueOf(innerLength).multiply(BigInteger.valueOf(PRIMITIVE_SIZES[p])), PRIMITIVE_SIZES[p]));
        if (random.nextBoolean()) {
            inner.fields.add(new Field("tag", Line.ok("    byte tag();"), BigInteger.ONE, 1));
        }
        Expected innerLayout = inner.layout();
        Struct outer = b.struct(b.typeName("Huge"));
        BigInteger fit = LONG_MAX.divide(innerLayout.byteSize);
        boolean fitsAlone = random.nextInt(3) == 0; // then an extra field or the alignment's padding overflows
        int length = fitsAlone ? fit.intValueExact() : switch (random.nextInt(3)) {
            case 0 -> Integer.MAX_VALUE;
            case 1 -> fit.intValueExact() + 1;
            default -> fit.intValueExact() + 1 + random.nextInt(1000);
        };
        outer.fields.add(new Field("items", Line.ok("    @Array(length = " + length + ") " + inner.name + " items(int index);"),
                innerLayout.byteSize.multiply(BigInteger.valueOf(length)), innerLayout.byteAlignment));
        outer.usedNames.add("items");
        int extra = random.nextInt(3);
        if (fitsAlone) {
            outer.declaredAlignment = 1L << 62; // the padding to a multiple of 2^62 overflows
        }
        if (extra == 0) {
            outer.fields.add(new Field("more", Line.ok("    @Array(length = " + Integer.MAX_VALUE + ") long more(int index);"),
                    BigInteger.valueOf(Integer.MAX_VALUE).multiply(BigInteger.valueOf(8)), 8));
        } else if (extra == 1) {
            outer.declaredAlignment = 1L << 62;
        }
        if (random.nextBoolean()) {
            // and a struct that nests the one too large, itself too large
            Struct wrapper = b.struct(b.typeName("W"));
            wrapper.fields.add(new Field("huge", Line.ok("    " + outer.name + " huge();"), outer.layout().byteSize, 8));
            wrapper.header = Line.bad(wrapper.header.text, "StructTooLarge");
        }
        if (outer.layout().byteSize.compareTo(LONG_MAX) > 0) {
            outer.header = Line.bad(outer.header.text, "StructTooLarge");
        } else {
            throw new AssertionError("too-large case fits: " + outer.layout());
        }
        return true;
    }

    /** Inputs that are not valid Java: javac reports them; the processor must still not crash. */
    private boolean notValidJava(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        b.result.javacErrorsAnywhere = true;
        Line line = switch (random.nextInt(10)) {
            case 0 -> Line.bad("    Missing" + b.types++ + " " + name + "();", "UnresolvedType", JAVAC);
            case 1 -> Line.bad("    @Array(length = 3) Missing" + b.types++ + " " + name + "(int index);", "UnresolvedType", JAVAC);
            case 2 -> Line.bad("    @Array(length = \"3\") long " + name + "(int index);", "ArrayLength", JAVAC);
            case 3 -> Line.bad("    @Array(length = 3L) long " + name + "(int index);", "ArrayLength", JAVAC);
            case 4 -> Line.bad("    @Array long " + name + "(int index);", JAVAC);
            case 5 -> Line.bad("    @Text(length = 1.5) byte " + name + "(int index);", "ArrayLength", JAVAC);
            case 6 -> Line.bad("    @Array(length = 3, size = 4) long " + name + "(int index);", JAVAC);
            case 7 -> Line.bad("    @Array(length = 3) @Array(length = 4) long " + name + "(int index);", JAVAC,
                    "AccessorParameters"); // javac drops the repeated annotation
            case 8 -> Line.bad("    @Missing" + b.types++ + " long " + name + "();", JAVAC);
            default -> Line.bad("    java.util.List<Missing" + b.types++ + "> " + name + "();", "UnresolvedType",
                    "ReferenceField", JAVAC);
        };
        shuffleInto(struct, new Field(name, line, null, 1));
        if (random.nextInt(4) == 0) {
            // bad struct attributes as well
            struct.annotation = pick(new String[] {"@ArenaStruct(alignment = \"8\")", "@ArenaStruct(alignment = 1.5)",
                "@ArenaStruct(fieldOrder = null)", "@ArenaStruct(fieldOrder = FieldOrder.NOPE)", "@ArenaStruct(nope = 1)"});
        }
        return true;
    }

    private boolean notImplementable(Builder b) {
        if (random.nextBoolean()) {
            String name = b.typeName("S");
            b.block(Line.ok("@ArenaStruct"), Line.bad("sealed interface " + name + " permits " + name + "Impl { long id(); }",
                    "NotImplementable"), Line.ok("final class " + name + "Impl implements " + name
                    + " { public long id() { return 0; } }"));
        } else {
            String name = b.typeName("Outer");
            b.block(Line.ok("class " + name + " {"), Line.ok("    @ArenaStruct"),
                    Line.bad("    private interface P { long id(); }", "NotImplementable"), Line.ok("}"));
        }
        return true;
    }

    /** An enum the top-level flyweight cannot name: private in the enclosing class, or inside a private class. */
    private boolean inaccessibleEnum(Builder b) {
        String holder = b.typeName("H");
        String enumName = b.typeName("P");
        String struct = b.typeName("S");
        boolean throughPrivateClass = random.nextBoolean();
        String declaration = throughPrivateClass
                ? "    private static class Hidden { enum " + enumName + " { A, B } }"
                : "    private enum " + enumName + " { A, B }";
        String type = throughPrivateClass ? "Hidden." + enumName : enumName;
        String name = "f" + random.nextInt(100);
        Line field = random.nextBoolean()
                ? Line.bad("        " + type + " " + name + "();", "InaccessibleType")
                : Line.bad("        @Array(length = " + (1 + random.nextInt(4)) + ") " + type + " " + name + "(int index);",
                        "InaccessibleType");
        b.block(Line.ok("class " + holder + " {"), Line.ok(declaration), Line.ok("    @ArenaStruct interface " + struct + " {"),
                Line.ok("        long id" + random.nextInt(100) + "();"), field, Line.ok("    }"), Line.ok("}"));
        return true;
    }

    /** A default method, own or inherited, with the signature of something the field generates. */
    private boolean defaultMethodClash(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = struct.freshName(r -> "g" + r.nextInt(1000));
        String enumType = b.enumType(2);
        String[][] shapes = { // the field, then a default method that clashes with what it generates
            {"    long %s();", "    default void %s(long v) { }"},
            {"    long %s();", "    default long %s(java.lang.foreign.MemorySegment s, long o) { return 0; }"},
            {"    double %s();", "    default void %s(java.lang.foreign.MemorySegment s, long o, double v) { }"},
            {"    " + enumType + " %s();", "    default void %s(" + enumType + " v) { }"},
            {"    @Text(length = 4) byte %s(int index);", "    default boolean %sEquals(CharSequence v) { return false; }"},
            {"    @Text(length = 4) byte %s(int index);", "    default StringBuilder append%S(StringBuilder o) { return o; }"},
            {"    @Text(length = 4) byte %s(int index);", "    default int %sByteLength() { return 0; }"},
            {"    @Text(length = 4) byte %s(int index);", "    default void %s(CharSequence v) { }"},
            {"    @Array(length = 3) int %s(int index);", "    default void %s(int[] v) { }"},
            {"    @Array(length = 3) int %s(int index);", "    default int[] %sTo(int[] d) { return d; }"},
            {"    @Array(length = 3) int %s(int index);", "    default void %s(int index, int v) { }"},
            {"    @Array(length = 3) boolean %s(int index);", "    default long %s(java.lang.foreign.MemorySegment s, long o, int i) { return 0; }"},
        };
        String[] shape = shapes[random.nextInt(shapes.length)];
        String method = shape[1].replace("%S", Names.capitalize(name)).replace("%s", name);
        struct.fields.add(new Field(name, Line.ok(shape[0].formatted(name)), BigInteger.ONE, 1));
        if (random.nextInt(3) == 0) { // inherited: reported on the struct, which inherits it
            String base = b.typeName("Base");
            b.block(Line.ok("interface " + base + " {"), Line.ok(method), Line.ok("}"));
            struct.header = Line.bad("interface " + struct.name + " extends " + base + " {", "DefaultMethodClash");
        } else {
            struct.extra.add(Line.bad(method, "DefaultMethodClash"));
        }
        return true;
    }

    /** A constant (own or inherited) or member type that would hide a name the generated code refers to. */
    private boolean shadowedName(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        String field = struct.freshName(r -> "v" + r.nextInt(100));
        struct.fields.add(new Field(field, Line.ok("    long " + field + "();"), BigInteger.valueOf(8), 8));
        String[] shadowed = {"JAVA_LONG", "JAVA_LONG_UNALIGNED", "MemorySegment", "Flyweights", "ArenaMemory", "Lifetime", "MemoryLayout",
            "NESTED"};
        String constant = pick(shadowed);
        if (constant.equals("NESTED")) {
            Struct nested = validStruct(b, b.typeName("N"), 1, 0, false);
            String name = struct.freshName(r -> "n");
            Expected inner = nested.layout();
            struct.fields.add(new Field(name, Line.ok("    " + nested.name + " " + name + "();"), inner.byteSize,
                    inner.byteAlignment));
            constant = nested.name + "Flyweight";
        }
        switch (random.nextInt(4)) {
            case 0 -> { // inherited from a plain super-interface: reported on the struct
                String base = b.typeName("Base");
                b.block(Line.ok("interface " + base + " { int " + constant + " = 1; }"));
                struct.header = Line.bad("interface " + struct.name + " extends " + base + " {", "ShadowedName");
            }
            case 1 -> struct.extra.add(Line.bad("    interface " + struct.name + (random.nextBoolean() ? "Flyweight" : "Value")
                    + " { }", "ShadowedName"));
            default -> struct.extra.add(Line.bad("    int " + constant + " = 1;", "ShadowedName"));
        }
        return true;
    }

    /** One field more than a generated class can hold (rarely: it is a large input). */
    private boolean tooManyFields(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        int count = dev.arenastruct.processor.model.StructModel.MAX_FIELDS + 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            struct.fields.add(new Field("b" + i, Line.ok("    byte b" + i + "();"), BigInteger.ONE, 1));
        }
        struct.header = Line.bad("interface " + struct.name + " {", "TooManyFields");
        return true;
    }

    /**
     * Default methods named after what a field generates, with parameter lists near the generated
     * ones: either the flyweight compiles, or the processor reports the default method.
     */
    private boolean probeDefaultMethods(Builder b) {
        b.result.eitherCleanOrRejected = true;
        Struct struct = b.struct(b.typeName("S"));
        Field field = validField(b, struct, 1, false);
        struct.fields.add(field);
        String[] suffixes = {"", "To", "Equals", "CompareTo", "ByteLength", "AsString", "View", "#append"};
        String[] parameters = {"long a", "int a", "int a, long b", "int a, int b", "int a, byte b", "CharSequence a",
            "StringBuilder a", "java.lang.foreign.MemorySegment a, long b", "java.lang.foreign.MemorySegment a, long b, int c",
            "long[] a", "int[] a", "double[] a", "Object a", "dev.arenastruct.ArenaAllocator a",
            "dev.arenastruct.StructList<?> a", "dev.arenastruct.StructList<?> a, long b", "dev.arenastruct.ArenaAllocator a, long b"};
        Set<String> seen = new HashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String suffix = pick(suffixes);
            String name = suffix.equals("#append") ? "append" + Names.capitalize(javacName(field.name))
                    : javacName(field.name) + suffix;
            String params = pick(parameters);
            boolean sameAsIndexedAccessor = suffix.isEmpty() && params.equals("int a") && field.line.text.contains("(int index)");
            if (!sameAsIndexedAccessor && seen.add(name + "(" + params + ")")) {
                struct.extra.add(Line.maybe("    default void " + name + "(" + params + ") { }", "DefaultMethodClash"));
            }
        }
        if (random.nextInt(4) == 0) { // named like a method every flyweight has, with its parameters or others
            String[] own = {"wrap", "wrapElement", "wrapView", "allocate", "tryAllocate", "allocateArray", "allocateList",
                "append", "wrapNew"};
            String name = pick(own);
            String params = pick(parameters);
            if (seen.add(name + "(" + params + ")")) {
                struct.extra.add(Line.maybe("    default void " + name + "(" + params + ") { }", "DefaultMethodClash"));
            }
        }
        return true;
    }

    /**
     * Types named like the types generated code refers to, nested in the struct interface (so the
     * flyweight inherits them) or beside it: either the code compiles or the processor says why.
     */
    private boolean probeShadowing(Builder b) {
        b.result.eitherCleanOrRejected = true;
        Struct struct = b.struct(b.typeName("S"));
        String shadow = pick(new String[] {"Lifetime", "Flyweights", "Texts", "ArenaMemory", "StructArray", "StructContents",
            "Atomics", "MemorySegment", "MemoryLayout",
            "StructLayout", "SegmentAllocator", "ArenaAllocator", "String", "StringBuilder", "Override", "Byte", "Short",
            "CharSequence", "Generated", "ValueLayout", "JAVA_LONG"});
        boolean nested = random.nextBoolean();
        String declaration = "enum " + shadow + " { A, B }";
        String field = struct.freshName(r -> "kind");
        if (nested) {
            struct.extra.add(Line.maybe("    " + declaration, "NameClash", "ReservedName", "WriteFailed"));
        } else {
            b.block(Line.ok(declaration));
        }
        struct.header = Line.maybe(struct.header.text, "NameClash", "ReservedName", "WriteFailed");
        struct.fields.add(new Field(field, Line.maybe("    " + shadow + " " + field + "();", "NameClash", "ReservedName",
                "ShadowedName"), BigInteger.ONE, 1));
        struct.fields.add(validField(b, struct, 1, false));
        struct.fields.add(new Field("text", Line.ok("    @Text(length = 4) byte text(int index);"), BigInteger.valueOf(4), 1));
        struct.usedNames.add("text");
        struct.fields.add(new Field("hits", Line.ok("    @Atomic long hits();"), BigInteger.valueOf(8), 8));
        struct.usedNames.add("hits");
        // Constants too: those the generated code would resolve instead of its names must be rejected,
        // those named like types it uses only where a type must stand must compile.
        String[] constants = {"Lifetime", "Flyweights", "Texts", "ArenaMemory", "StructArray", "StructContents", "Atomics",
            "MemorySegment", "MemoryLayout", "StructLayout",
            "SegmentAllocator", "ArenaAllocator", "String", "StringBuilder", "CharSequence", "Override", "Byte", "Short",
            "Generated", "ValueLayout", "JAVA_LONG", "JAVA_INT", "JAVA_BYTE", "JAVA_DOUBLE", "JAVA_INT_UNALIGNED", "java", "dev", "javax",
            "BYTE_SIZE", "LAYOUT", "segment", "offset", "value", "TEXT_OFFSET", struct.name + "Flyweight", b.result.packageName};
        Set<String> declared = new HashSet<>(List.of(shadow));
        for (int i = random.nextInt(3); i > 0; i--) {
            String constant = pick(constants);
            if (declared.add(constant)) {
                struct.extra.add(Line.maybe("    int " + constant + " = " + i + ";", "ShadowedName"));
            }
        }
        return true;
    }

    /** Two fields, the second named after a method the first one generates: clean, or a NameClash. */
    private boolean probeNamePairs(Builder b) {
        b.result.eitherCleanOrRejected = true;
        Struct struct = b.struct(b.typeName("S"));
        String base = struct.freshName(r -> "f" + r.nextInt(100));
        String[] firstKinds = {"    @Text(length = 4) byte %s(int index);", "    @Array(length = 4) long %s(int index);",
            "    @Array(length = 4) int %s(int index);", "    long %s();", "    %s %s();", "    @Array(length = 2) %s %s(int index);",
            "    @Atomic long %s();", "    @Atomic int %s();"};
        String[] secondKinds = {"    long %s();", "    int %s();", "    boolean %s();", "    @Array(length = 4) long %s(int index);",
            "    @Array(length = 4) int %s(int index);", "    @Text(length = 4) byte %s(int index);", "    %s %s();"};
        String[] suffixes = {"To", "Equals", "CompareTo", "ByteLength", "AsString", "View", "Values", "_", "Offset",
            "Length", "_OFFSET", "_LENGTH", "_VALUES", "Volatile", "Acquire", "Release"};
        String nestedType = null;
        String first = firstKinds[random.nextInt(firstKinds.length)];
        String second = secondKinds[random.nextInt(secondKinds.length)];
        if (first.contains("%s %s") || second.contains("%s %s")) {
            Struct inner = validStruct(b, b.typeName("N"), 1, 0, false);
            nestedType = inner.name;
        }
        String prefix = pick(new String[] {"append", "compareAndSet", "getAndAdd", "getAndSet"});
        String secondName = random.nextInt(4) == 0 ? prefix + Names.capitalize(base) : base + pick(suffixes);
        if (secondName.equals(base + "_") && random.nextBoolean()) {
            secondName = "clone";
        }
        if (secondName.equals(base + "_OFFSET") && random.nextBoolean()) {
            secondName = "finalize";
        }
        struct.fields.add(new Field(base, Line.maybe(format(first, base, nestedType), "NameClash", "ReservedName"), BigInteger.ONE, 1));
        struct.fields.add(new Field(secondName, Line.maybe(format(second, secondName, nestedType), "NameClash", "ReservedName",
                "ObjectMethod"),
                BigInteger.ONE, 1));
        return true;
    }

    private static String format(String template, String name, String nestedType) {
        return template.contains("%s %s") ? String.format(template, nestedType, name) : String.format(template, name);
    }

    // ---------------------------------------------------------------- wire formats

    private static final String[] ENDIANS = {"NATIVE", "BIG", "LITTLE"};

    /**
     * A valid coded enum declared beside the structs: 1 to 5 distinct codes whose largest needs
     * exactly {@code bytes} (1, 2 or 4), often the top of the width, maybe with an {@code @UnknownCode}
     * constant among them, on one line or a constant a line.
     */
    private String codedEnum(Builder b, int bytes, boolean unknown) {
        String name = b.typeName("K");
        long high = (1L << 8 * bytes) - 1;
        long low = bytes == 1 ? 0 : bytes == 2 ? 1L << 8 : 1L << 16;
        Set<Long> codes = new java.util.LinkedHashSet<>();
        codes.add(random.nextBoolean() ? high : low + (long) (random.nextDouble() * (high - low)));
        for (int n = random.nextInt(5); n > 0; n--) {
            codes.add(random.nextBoolean() ? 'A' + random.nextInt(26) : (long) (random.nextDouble() * high));
        }
        List<String> constants = new ArrayList<>();
        int i = 0;
        for (long code : codes) {
            constants.add(code(code) + "C" + i++);
        }
        if (unknown) {
            constants.add(random.nextInt(constants.size() + 1), "@UnknownCode C" + i);
        }
        b.block(Line.ok("enum " + name + " { " + String.join(", ", constants) + " }"));
        return name;
    }

    /** {@code @Code(...) }: as a char literal where printable, else a number (a long past int). */
    private String code(long code) {
        if (code >= 'A' && code <= 'Z' && random.nextBoolean()) {
            return "@Code('" + (char) code + "') ";
        }
        return "@Code(" + code + (code > Integer.MAX_VALUE || code < Integer.MIN_VALUE ? "L" : "") + ") ";
    }

    /** An unsigned field or array of 1 to 8 bytes, read as an int (up to 3) or a long. */
    private Field unsignedField(Struct struct, boolean huge) {
        String name = fieldName(struct);
        int bytes = 1 + random.nextInt(8);
        String type = bytes <= 3 && random.nextBoolean() ? "int" : "long";
        long alignment = Long.bitCount(bytes) == 1 ? bytes : 1;
        if (random.nextInt(3) == 0) {
            int length = huge ? length(true) : 1 + random.nextInt(20);
            return new Field(name, Line.ok("    @Array(length = " + length + ") @Unsigned(bytes = " + bytes + ") " + type
                    + " " + name + "(int index);"), BigInteger.valueOf(length).multiply(BigInteger.valueOf(bytes)), alignment);
        }
        return new Field(name, Line.ok("    @Unsigned(bytes = " + bytes + ") " + type + " " + name + "();"),
                BigInteger.valueOf(bytes), alignment);
    }

    /** A field of a coded enum (maybe widened by {@code @Unsigned}), or an ordinal one widened. */
    private Field enumWireField(Builder b, Struct struct) {
        String name = fieldName(struct);
        int natural = new int[] {1, 2, 4}[random.nextInt(3)];
        String type;
        if (random.nextInt(4) == 0) {
            type = b.enumType(1 + random.nextInt(4));
            natural = 1;
        } else {
            type = codedEnum(b, natural, random.nextBoolean());
        }
        int width = natural;
        String unsigned = "";
        if (random.nextInt(3) == 0) {
            int from = natural;
            int[] widths = java.util.Arrays.stream(new int[] {1, 2, 4}).filter(w -> w >= from).toArray();
            width = widths[random.nextInt(widths.length)];
            unsigned = "@Unsigned(bytes = " + width + ") ";
        }
        if (random.nextBoolean()) {
            int length = 1 + random.nextInt(8);
            return new Field(name, Line.ok("    @Array(length = " + length + ") " + unsigned + type + " " + name
                    + "(int index);"), BigInteger.valueOf((long) length * width), width);
        }
        return new Field(name, Line.ok("    " + unsigned + type + " " + name + "();"), BigInteger.valueOf(width), width);
    }

    /** Fields of every kind a wire struct holds; nested structs of the same order, packed if this one is. */
    private Field wireField(Builder b, Struct struct, int depth) {
        int kind = random.nextInt(depth > 0 ? 100 : 85);
        if (kind < 25) {
            return unsignedField(struct, false);
        }
        if (kind < 45) {
            return enumWireField(b, struct);
        }
        if (kind < 55) {
            String name = fieldName(struct);
            int length = 1 + random.nextInt(16);
            return new Field(name, Line.ok("    @Text(length = " + length + ", padding = Text.Padding."
                    + (random.nextInt(3) == 0 ? "ZEROS" : "SPACES") + ") byte " + name + "(int index);"),
                    BigInteger.valueOf(length), 1);
        }
        if (kind < 85) {
            // every plain kind except atomics, which a packed or byte-ordered struct refuses
            Field plain;
            do {
                plain = validField(b, struct, 0, false);
            } while (plain.line.text.contains("@Atomic") && (struct.packed || !struct.endian.equals("NATIVE")));
            return plain;
        }
        Struct nested = wireStruct(b, b.typeName("W"), 1 + random.nextInt(3), depth - 1, struct.packed || random.nextBoolean(),
                struct.endian);
        Expected inner = nested.layout();
        String name = fieldName(struct);
        if (kind < 93) {
            return new Field(name, Line.ok("    " + nested.name + " " + name + "();"), inner.byteSize(), inner.byteAlignment());
        }
        int length = 1 + random.nextInt(5);
        return new Field(name, Line.ok("    @Array(length = " + length + ") " + nested.name + " " + name + "(int index);"),
                inner.byteSize().multiply(BigInteger.valueOf(length)), inner.byteAlignment());
    }

    private Struct wireStruct(Builder b, String name, int fieldCount, int depth, boolean packed, String endian) {
        Struct struct = b.struct(name);
        struct.packed = packed;
        struct.endian = endian;
        if (!packed && random.nextInt(5) == 0) {
            struct.declaredAlignment = 1L << random.nextInt(7);
        }
        struct.compact = !packed && random.nextInt(5) == 0;
        for (int i = 0; i < fieldCount; i++) {
            struct.fields.add(wireField(b, struct, depth));
        }
        return struct;
    }

    /** A random wire struct: packed or not, in any byte order, nesting structs of its order. */
    private boolean validWire(Builder b) {
        wireStruct(b, b.typeName("S"), 1 + random.nextInt(8), 1 + random.nextInt(2), random.nextBoolean(), pick(ENDIANS));
        return true;
    }

    /** {@code packed = true} with an alignment, even one a packed struct has: reported on the alignment. */
    private boolean packedAlignment(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        for (int i = 1 + random.nextInt(4); i > 0; i--) { // nothing nested, no atomics: nothing else a packed struct refuses
            Field field = validField(b, struct, 0, false);
            struct.fields.add(field.line.text.contains("@Atomic") ? unsignedField(struct, false) : field);
        }
        String alignment = random.nextInt(4) == 0 ? "1" : String.valueOf(1L << (1 + random.nextInt(12)));
        String endian = random.nextBoolean() ? "" : ", endian = Endian." + pick(ENDIANS);
        String annotation = switch (random.nextInt(3)) {
            case 0 -> "@ArenaStruct(packed = true, alignment = " + alignment + endian + ")";
            case 1 -> "@ArenaStruct(alignment = " + alignment + "L" + endian + ", packed = true)";
            default -> "@ArenaStruct(fieldOrder = FieldOrder.COMPACT" + endian + ", packed = true)"; // reordering a wire layout
        };
        List<Line> lines = new ArrayList<>();
        lines.add(Line.bad(annotation, "PackedAlignment"));
        lines.add(struct.header);
        struct.fields.forEach(f -> lines.add(f.line));
        lines.add(Line.ok("}"));
        b.structs.remove(struct);
        b.blocks.add(lines);
        return true;
    }

    /**
     * A struct nesting one of another byte order, or (packed) one that is not packed, by value or in
     * an array: reported on the field; the nested struct itself is valid and compiles.
     */
    private boolean nestedLayout(Builder b) {
        String outerEndian = pick(ENDIANS);
        boolean outerPacked = random.nextBoolean();
        String innerEndian = outerEndian;
        boolean innerPacked = random.nextBoolean();
        if (!outerPacked || random.nextBoolean()) { // another order (else: packed nesting one not packed)
            while (innerEndian.equals(outerEndian)) {
                innerEndian = pick(ENDIANS);
            }
        } else {
            innerPacked = false;
        }
        Struct inner = wireStruct(b, b.typeName("In"), 1 + random.nextInt(3), 0, innerPacked, innerEndian);
        Struct outer = b.struct(b.typeName("S"));
        outer.packed = outerPacked;
        outer.endian = outerEndian;
        for (int i = random.nextInt(3); i > 0; i--) {
            outer.fields.add(unsignedField(outer, false));
        }
        String name = fieldName(outer);
        shuffleInto(outer, new Field(name, random.nextBoolean()
                ? Line.bad("    " + inner.name + " " + name + "();", "NestedLayout")
                : Line.bad("    @Array(length = " + (1 + random.nextInt(4)) + ") " + inner.name + " " + name + "(int index);",
                        "NestedLayout"), null, 1));
        return true;
    }

    private static final String[] BAD_WIDTHS = {"0", "-1", "9", "16", "64", "Integer.MIN_VALUE", "Integer.MAX_VALUE",
        "4 + 5", "-8"};

    /** {@code @Unsigned(bytes = ...)} outside 1..8, on every kind of field it could be on. */
    private boolean unsignedBytes(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        String unsigned = "@Unsigned(bytes = " + pick(BAD_WIDTHS) + ") ";
        String line = switch (random.nextInt(5)) {
            case 0 -> "    " + unsigned + "long " + name + "();";
            case 1 -> "    " + unsigned + "int " + name + "();";
            case 2 -> "    @Array(length = " + (1 + random.nextInt(8)) + ") " + unsigned + pick(new String[] {"int", "long"})
                    + " " + name + "(int index);";
            case 3 -> "    " + unsigned + codedEnum(b, 1, random.nextBoolean()) + " " + name + "();";
            default -> "    " + unsigned + pick(PRIMITIVES) + " " + name + "();";
        };
        shuffleInto(struct, new Field(name, Line.bad(line, "UnsignedBytes"), null, 1));
        return true;
    }

    /** {@code @Unsigned} of a valid width on a type that cannot hold it, or that is no integer. */
    private boolean unsignedType(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        int bytes = 1 + random.nextInt(8);
        String unsigned = "@Unsigned(bytes = " + bytes + ") ";
        String array = random.nextInt(3) == 0 ? "@Array(length = " + (1 + random.nextInt(8)) + ") " : "";
        String parameters = array.isEmpty() ? "()" : "(int index)";
        Line line = switch (random.nextInt(6)) {
            case 0, 1 -> Line.bad("    " + array + unsigned + pick(new String[] {"byte", "short", "char", "float", "double",
                "boolean"}) + " " + name + parameters + ";", "UnsignedType");
            case 2 -> Line.bad("    " + array + "@Unsigned(bytes = " + (4 + random.nextInt(5)) + ") int " + name + parameters
                    + ";", "UnsignedType");
            case 3 -> Line.bad("    " + unsigned + "@Text(length = " + (1 + random.nextInt(16)) + pick(new String[] {"",
                ", padding = Text.Padding.SPACES"}) + ") byte " + name + "(int index);", "UnsignedType");
            case 4 -> {
                Struct nested = validStruct(b, b.typeName("N"), 1 + random.nextInt(2), 0, false);
                yield Line.bad("    " + array + unsigned + nested.name + " " + name + parameters + ";", "UnsignedType");
            }
            default -> {
                String type = rejectedType(b, struct);
                yield Line.bad("    " + array + unsigned + type + " " + name + parameters + ";", "UnsignedType",
                        "ReferenceField", "ArrayElement");
            }
        };
        shuffleInto(struct, new Field(name, line, null, 1));
        return true;
    }

    /** {@code @Unsigned} on an enum: narrower than its codes or ordinals need, or a width no enum is stored in. */
    private boolean enumWidth(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        addValidFields(b, struct);
        String name = fieldName(struct);
        int natural = new int[] {1, 2, 4}[random.nextInt(3)];
        String type = natural == 1 || random.nextInt(4) != 0 ? codedEnum(b, natural, random.nextBoolean())
                : b.enumType(257 + random.nextInt(3)); // ordinals needing 2 bytes
        if (type.startsWith("E")) {
            natural = 2;
        }
        int from = natural;
        int[] bad = java.util.stream.IntStream.rangeClosed(1, 8).filter(w -> w < from || w == 3 || w > 4).toArray();
        int width = bad[random.nextInt(bad.length)];
        String array = random.nextBoolean() ? "@Array(length = " + (1 + random.nextInt(4)) + ") " : "";
        shuffleInto(struct, new Field(name, Line.bad("    " + array + "@Unsigned(bytes = " + width + ") " + type + " " + name
                + (array.isEmpty() ? "()" : "(int index)") + ";", "UnsignedType"), null, 1));
        return true;
    }

    /**
     * A coded enum, one constant a line, with a problem the processor reports on the constant: one
     * without a code, a code used twice (reported on the second), a code outside 0..2^32-1, several
     * {@code @UnknownCode} constants (reported on all but the first), one with both marks, or only an
     * {@code @UnknownCode} constant. The fields using it carry no error; each problem is reported once
     * however many fields and structs use the enum.
     */
    private boolean enumCode(Builder b) {
        String name = b.typeName("K");
        List<Line> lines = new ArrayList<>();
        lines.add(Line.ok("enum " + name + " {"));
        List<Long> codes = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            long code = random.nextBoolean() ? 'A' + random.nextInt(26) : (long) (random.nextDouble() * 0xFFFF_FFFFL);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        int problem = random.nextInt(6);
        List<Line> constants = new ArrayList<>();
        int n = 0;
        for (long code : codes) {
            constants.add(Line.ok("    " + code(code) + "C" + n++ + ","));
        }
        switch (problem) {
            case 0 -> { // no code
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    constants.add(random.nextInt(constants.size() + 1), Line.bad("    C" + n++ + ",", "EnumCode"));
                }
            }
            case 1 -> { // a code used twice: the later one is reported
                int at = random.nextInt(constants.size() + 1);
                long dup = codes.get(random.nextInt(codes.size()));
                int first = 0;
                while (first < constants.size() && !constants.get(first).text.contains("C" + codes.indexOf(dup) + ",")) {
                    first++;
                }
                at = Math.max(at, first + 1);
                constants.add(at, Line.bad("    " + code(dup) + "C" + n++ + ",", "EnumCode"));
            }
            case 2 -> { // out of range
                String value = pick(new String[] {"-1", "-1L", "4294967296L", "Long.MAX_VALUE", "Long.MIN_VALUE",
                    "0x1_0000_0000L", "Integer.MIN_VALUE"});
                constants.add(random.nextInt(constants.size() + 1), Line.bad("    @Code(" + value + ") C" + n++ + ",", "EnumCode"));
            }
            case 3 -> { // several unknown-code constants: every one after the first is reported
                int first = random.nextInt(constants.size() + 1);
                constants.add(first, Line.ok("    @UnknownCode C" + n++ + ","));
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    constants.add(first + 1 + random.nextInt(constants.size() - first), Line.bad("    @UnknownCode C" + n++ + ",",
                            "EnumCode"));
                }
            }
            case 4 -> // both marks
                constants.add(random.nextInt(constants.size() + 1), Line.bad("    @UnknownCode " + code(random.nextInt(1000))
                        + "C" + n++ + ",", "EnumCode"));
            default -> { // only the unknown-code mark: on it, or on the constants without a code if there are any
                constants.clear();
                int others = random.nextInt(3);
                for (int i = 0; i < others; i++) {
                    constants.add(Line.bad("    C" + i + ",", "EnumCode"));
                }
                constants.add(others == 0 ? Line.bad("    @UnknownCode OTHER", "EnumCode")
                        : Line.maybe("    @UnknownCode OTHER", "EnumCode"));
            }
        }
        lines.addAll(constants);
        lines.add(Line.ok("}"));
        b.blocks.add(lines);
        for (int s = 1 + random.nextInt(2); s > 0; s--) {
            Struct struct = b.struct(b.typeName("S"));
            addValidFields(b, struct);
            for (int f = 1 + random.nextInt(2); f > 0; f--) {
                String field = fieldName(struct);
                shuffleInto(struct, new Field(field, Line.ok(random.nextBoolean() ? "    " + name + " " + field + "();"
                        : "    @Array(length = 2) " + name + " " + field + "(int index);"), null, 1));
            }
        }
        return true;
    }

    /** {@code @Atomic} in a packed or byte-ordered struct, or on an unsigned field. */
    private boolean atomicWire(Builder b) {
        Struct struct = b.struct(b.typeName("S"));
        int where = random.nextInt(3);
        struct.packed = where == 0 || random.nextInt(4) == 0;
        struct.endian = where == 1 ? pick(new String[] {"BIG", "LITTLE"}) : "NATIVE";
        for (int i = random.nextInt(3); i > 0; i--) {
            struct.fields.add(unsignedField(struct, false));
        }
        String name = fieldName(struct);
        String declaration = where == 2 ? "    @Atomic @Unsigned(bytes = " + pick(new String[] {"4", "8"}) + ") long " + name + "();"
                : "    @Atomic " + pick(new String[] {"int", "long"}) + " " + name + "();";
        shuffleInto(struct, new Field(name, Line.bad(declaration, "AtomicType"), null, 1));
        return true;
    }
}
