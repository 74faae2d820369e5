package dev.arenastruct.processor;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random {@code @ArenaStruct} declarations for {@link LayoutPropertyTest}, with an independent
 * model of their C layout and their Java and C source text.
 *
 * <p>The model is deliberately written again here, from the rules the annotations document (each
 * field at the next multiple of its alignment, size rounded up to the largest alignment or the
 * declared one, compact order sorting by decreasing alignment and keeping declared order among
 * equals), without the processor's {@code LayoutCalculator} or {@code ScalarType}, so that a bug
 * there cannot hide itself.
 *
 * <p>Wire formats too: a share of the structs are packed (every field at the running sum, alignment
 * 1, gcc's {@code __attribute__((packed))}) and/or big- or little-endian, nesting only structs of
 * the same byte order (and packed ones, when packed themselves), as the processor requires. Any
 * struct may hold {@code @Unsigned} integers of 1 to 8 bytes (3, 5, 6 and 7 bytes aligned to 1, C's
 * {@code uint8_t x[B]}), as fields and array elements, coded enums whose codes need 1, 2 or 4
 * bytes (some with an {@code @UnknownCode} constant), enums widened by {@code @Unsigned}, and
 * space-padded text.
 */
final class RandomStructs {
    /** The package every generated declaration lives in. */
    static final String PACKAGE = "prop";

    /** No struct grows past this many bytes, so that a batch stays fast to write and read back. */
    static final long MAX_STRUCT_SIZE = 4096;

    private RandomStructs() {
    }

    /** The eight primitives: Java keyword, the C type of the same size and values, size, how to read them raw. */
    enum Prim {
        BYTE("byte", byte.class, "int8_t", 1, ValueLayout.JAVA_BYTE),
        BOOLEAN("boolean", boolean.class, "bool", 1, ValueLayout.JAVA_BOOLEAN),
        SHORT("short", short.class, "int16_t", 2, ValueLayout.JAVA_SHORT),
        CHAR("char", char.class, "uint16_t", 2, ValueLayout.JAVA_CHAR),
        INT("int", int.class, "int32_t", 4, ValueLayout.JAVA_INT),
        FLOAT("float", float.class, "float", 4, ValueLayout.JAVA_FLOAT),
        LONG("long", long.class, "int64_t", 8, ValueLayout.JAVA_LONG),
        DOUBLE("double", double.class, "double", 8, ValueLayout.JAVA_DOUBLE);

        final String javaName;
        final Class<?> javaType;
        final String cType;
        final long size;
        final ValueLayout layout;

        Prim(String javaName, Class<?> javaType, String cType, long size, ValueLayout layout) {
            this.javaName = javaName;
            this.javaType = javaType;
            this.cType = cType;
            this.size = size;
            this.layout = layout;
        }
    }

    /** What a field holds. */
    sealed interface Kind {
        long size();

        long align();
    }

    record PrimKind(Prim prim) implements Kind {
        @Override
        public long size() {
            return prim.size;
        }

        @Override
        public long align() {
            return prim.size;
        }
    }

    /**
     * An enum of {@code constants} constants: the ordinal in one unsigned byte up to 256 of them, else
     * two. A coded one ({@code codes} not empty) stores each constant's {@code @Code}, by ordinal,
     * {@code -1} for the {@code @UnknownCode} constant, in the fewest of 1, 2 and 4 bytes that hold the
     * largest. {@code width} is the {@code @Unsigned(bytes = width)} of a field that widens it, 0 for
     * none; the enum declared has width 0.
     */
    record EnumDecl(String name, int constants, List<Long> codes, int width) implements Kind {
        EnumDecl(String name, int constants) {
            this(name, constants, List.of(), 0);
        }

        /** A coded enum: {@code codes} by ordinal, {@code -1} for the unknown-code constant. */
        static EnumDecl coded(String name, List<Long> codes) {
            return new EnumDecl(name, codes.size(), codes, 0);
        }

        boolean coded() {
            return !codes.isEmpty();
        }

        /** The ordinal of the {@code @UnknownCode} constant, or -1. */
        int unknownOrdinal() {
            return codes.indexOf(-1L);
        }

        /** The width the codes or ordinals need, without {@code @Unsigned}. */
        long naturalSize() {
            if (coded()) {
                long max = codes.stream().mapToLong(Long::longValue).max().orElse(0);
                return max < 1L << 8 ? 1 : max < 1L << 16 ? 2 : 4;
            }
            return constants <= 256 ? 1 : 2;
        }

        /** The same enum in a field of {@code @Unsigned(bytes = width)}. */
        EnumDecl widened(int bytes) {
            return new EnumDecl(name, constants, codes, bytes);
        }

        /** The number stored for the constant of {@code ordinal}. */
        long stored(int ordinal) {
            return coded() ? codes.get(ordinal) : ordinal;
        }

        @Override
        public long size() {
            return width != 0 ? width : naturalSize();
        }

        @Override
        public long align() {
            return size();
        }

        String cType() {
            return size() == 1 ? "uint8_t" : size() == 2 ? "uint16_t" : "uint32_t";
        }

        String javaSource() {
            StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n"
                    + (coded() ? "import dev.arenastruct.Code;\nimport dev.arenastruct.UnknownCode;\n\n" : "")
                    + "public enum " + name + " {");
            for (int i = 0; i < constants; i++) {
                out.append(i % 16 == 0 ? "\n    " : " ");
                if (coded()) {
                    long code = codes.get(i);
                    out.append(code < 0 ? "@UnknownCode " : code >= 'A' && code <= 'Z' && i % 2 == 0
                            ? "@Code('" + (char) code + "') " : "@Code(" + code + (code > Integer.MAX_VALUE ? "L" : "") + ") ");
                }
                out.append('C').append(i).append(i + 1 < constants ? "," : "");
            }
            return out.append("\n}\n").toString();
        }
    }

    /** An unsigned integer of {@code bytes} bytes, read as a long or (up to 3 bytes) an int. */
    record UnsignedKind(int bytes, boolean asLong) implements Kind {
        @Override
        public long size() {
            return bytes;
        }

        /** Widths of a C integer type are aligned naturally, the others (3, 5, 6, 7) are bytes. */
        @Override
        public long align() {
            return Long.bitCount(bytes) == 1 ? bytes : 1;
        }

        boolean oddWidth() {
            return Long.bitCount(bytes) != 1;
        }

        /** The largest value, as the unsigned bits of a long (-1 for 8 bytes). */
        long max() {
            return bytes == 8 ? -1L : (1L << 8 * bytes) - 1;
        }

        String javaType() {
            return asLong ? "long" : "int";
        }

        /** The C type of a width that has one. */
        String cType() {
            return "uint" + bytes * 8 + "_t";
        }
    }

    record StructKind(StructDecl struct) implements Kind {
        @Override
        public long size() {
            return struct.size();
        }

        @Override
        public long align() {
            return struct.align();
        }
    }

    record ArrayKind(Kind element, int length) implements Kind {
        @Override
        public long size() {
            return element.size() * length;
        }

        @Override
        public long align() {
            return element.align();
        }
    }

    /** Text of {@code length} bytes, padded with zero bytes or (wire formats) spaces. */
    record TextKind(int length, boolean spaces) implements Kind {
        @Override
        public long size() {
            return length;
        }

        @Override
        public long align() {
            return 1;
        }
    }

    record FieldDecl(String name, Kind kind) {
        /** {@code f12} gives {@code F12_OFFSET}: the names are chosen so that no camel case is involved. */
        String offsetConstant() {
            return name.toUpperCase(java.util.Locale.ROOT) + "_OFFSET";
        }

        String lengthConstant() {
            return name.toUpperCase(java.util.Locale.ROOT) + "_LENGTH";
        }
    }

    /** One struct declaration and its layout by the independent model. */
    static final class StructDecl {
        final String name;
        final List<FieldDecl> fields;
        /** The declared {@code alignment}, 0 when left out. */
        final long declaredAlignment;
        final boolean compact;
        /** No padding, alignment 1. */
        final boolean packed;
        /** The byte order of every multi-byte field: null for native, else BIG_ENDIAN or LITTLE_ENDIAN. */
        final ByteOrder declaredOrder;
        final List<FieldDecl> memoryOrder;
        final Map<String, Long> offsets = new HashMap<>();
        final long size;
        final long align;
        /** 1 for a struct of no nested struct, else one more than its deepest nested struct. */
        final int depth;

        StructDecl(String name, List<FieldDecl> fields, long declaredAlignment, boolean compact, boolean packed,
                ByteOrder declaredOrder) {
            this.name = name;
            this.fields = List.copyOf(fields);
            this.declaredAlignment = declaredAlignment;
            this.compact = compact;
            this.packed = packed;
            this.declaredOrder = declaredOrder;
            List<FieldDecl> order = new ArrayList<>(fields);
            if (compact) {
                // Stable, by decreasing alignment (packed structs are never compact: a compile error).
                order.sort(Comparator.comparingLong((FieldDecl f) -> f.kind().align()).reversed());
            }
            this.memoryOrder = List.copyOf(order);
            long at = 0;
            long maxAlign = Math.max(1, declaredAlignment);
            for (FieldDecl field : memoryOrder) {
                long a = fieldAlign(field.kind());
                while (at % a != 0) {
                    at++;
                }
                offsets.put(field.name(), at);
                at += field.kind().size();
                maxAlign = Math.max(maxAlign, a);
            }
            while (at % maxAlign != 0) {
                at++;
            }
            this.size = at;
            this.align = maxAlign;
            int deepest = 0;
            for (FieldDecl field : fields) {
                Kind kind = field.kind() instanceof ArrayKind array ? array.element() : field.kind();
                if (kind instanceof StructKind nested) {
                    deepest = Math.max(deepest, nested.struct().depth);
                }
            }
            this.depth = deepest + 1;
        }

        long size() {
            return size;
        }

        long align() {
            return align;
        }

        /** A field's alignment in this struct: its own, or 1 when packed. */
        long fieldAlign(Kind kind) {
            return packed ? 1 : kind.align();
        }

        /** The byte order multi-byte values are stored in. */
        ByteOrder order() {
            return declaredOrder == null ? ByteOrder.nativeOrder() : declaredOrder;
        }

        /** The {@code Endian} constant of the declaration. */
        String endianName() {
            return declaredOrder == null ? "NATIVE" : declaredOrder == ByteOrder.BIG_ENDIAN ? "BIG" : "LITTLE";
        }

        /** Whether a struct may nest {@code inner}: the same byte order, and packed if this one is. */
        boolean mayNest(StructDecl inner) {
            return inner.declaredOrder == declaredOrder && (!packed || inner.packed);
        }

        long offset(FieldDecl field) {
            return offsets.get(field.name());
        }

        String flyweightName() {
            return name + "Flyweight";
        }

        String javaSource() {
            StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n"
                    + "import dev.arenastruct.ArenaStruct;\nimport dev.arenastruct.Array;\nimport dev.arenastruct.Endian;\n"
                    + "import dev.arenastruct.FieldOrder;\nimport dev.arenastruct.Text;\nimport dev.arenastruct.Unsigned;\n\n");
            List<String> attributes = new ArrayList<>();
            if (declaredAlignment != 0) {
                attributes.add("alignment = " + declaredAlignment);
            }
            if (compact) {
                attributes.add("fieldOrder = FieldOrder.COMPACT");
            }
            if (packed) {
                attributes.add("packed = true");
            }
            if (declaredOrder != null) {
                attributes.add("endian = Endian." + endianName());
            }
            out.append("@ArenaStruct").append(attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")")
                    .append("\npublic interface ").append(name).append(" {\n");
            for (FieldDecl field : fields) {
                out.append("    ");
                switch (field.kind()) {
                    case ArrayKind array -> out.append("@Array(length = ").append(array.length()).append(") ")
                            .append(unsignedAnnotation(array.element())).append(javaType(array.element())).append(' ')
                            .append(field.name()).append("(int index);\n");
                    case TextKind text -> out.append("@Text(length = ").append(text.length())
                            .append(text.spaces() ? ", padding = Text.Padding.SPACES" : "").append(") byte ")
                            .append(field.name()).append("(int index);\n");
                    default -> out.append(unsignedAnnotation(field.kind())).append(javaType(field.kind())).append(' ')
                            .append(field.name()).append("();\n");
                }
            }
            return out.append("}\n").toString();
        }

        /**
         * The C declaration, members in memory order; an alignment above the first member's goes on
         * it as {@code _Alignas}, which aligns the whole struct and rounds up its size, as C11 allows.
         */
        String cSource() {
            StringBuilder out = new StringBuilder("struct ").append(name).append(" {");
            for (FieldDecl field : memoryOrder) {
                out.append(' ');
                if (field == memoryOrder.getFirst() && declaredAlignment > field.kind().align()) {
                    out.append("_Alignas(").append(declaredAlignment).append(") ");
                }
                switch (field.kind()) {
                    case ArrayKind array -> out.append(cType(array.element())).append(' ').append(field.name())
                            .append('[').append(array.length()).append(']').append(cSuffix(array.element())).append(';');
                    case TextKind text -> out.append("char ").append(field.name()).append('[').append(text.length())
                            .append("];");
                    default -> out.append(cType(field.kind())).append(' ').append(field.name())
                            .append(cSuffix(field.kind())).append(';');
                }
            }
            return out.append(packed ? " } __attribute__((packed));\n" : " };\n").toString();
        }

        /** This struct and every struct it nests, innermost first: the declarations needed to reproduce it. */
        Set<StructDecl> closure() {
            Set<StructDecl> out = new LinkedHashSet<>();
            addClosure(out);
            return out;
        }

        private void addClosure(Set<StructDecl> out) {
            for (FieldDecl field : fields) {
                Kind kind = field.kind() instanceof ArrayKind array ? array.element() : field.kind();
                if (kind instanceof StructKind nested) {
                    nested.struct().addClosure(out);
                }
            }
            out.add(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code @Unsigned(bytes = B) } on an unsigned integer or a widened enum, else nothing. */
    static String unsignedAnnotation(Kind kind) {
        return switch (kind) {
            case UnsignedKind u -> "@Unsigned(bytes = " + u.bytes() + ") ";
            case EnumDecl e when e.width() != 0 -> "@Unsigned(bytes = " + e.width() + ") ";
            default -> "";
        };
    }

    /** What follows a C member's name: {@code [B]} for an integer of odd width, stored as bytes. */
    static String cSuffix(Kind kind) {
        return kind instanceof UnsignedKind u && u.oddWidth() ? "[" + u.bytes() + "]" : "";
    }

    static String javaType(Kind kind) {
        return switch (kind) {
            case PrimKind p -> p.prim().javaName;
            case UnsignedKind u -> u.javaType();
            case EnumDecl e -> e.name();
            case StructKind s -> s.struct().name;
            default -> throw new IllegalArgumentException("not a value kind: " + kind);
        };
    }

    static String cType(Kind kind) {
        return switch (kind) {
            case PrimKind p -> p.prim().cType;
            case UnsignedKind u -> u.oddWidth() ? "uint8_t" : u.cType();
            case EnumDecl e -> e.cType();
            case StructKind s -> "struct " + s.struct().name;
            default -> throw new IllegalArgumentException("not a value kind: " + kind);
        };
    }

    /** A batch: the enums and structs compiled by one javac run. Structs only nest earlier ones. */
    record Batch(int index, long seed, List<EnumDecl> enums, List<StructDecl> structs) {
    }

    /**
     * {@code count} random structs. Enums of 1, 2, 3 and 256 constants are stored in one byte (256
     * has ordinal 255, which a signed read would get wrong), 257 and 300 in two; coded enums of the
     * batch have random codes that need 1, 2 and 4 bytes, the largest often the top of its width.
     */
    static Batch batch(int index, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EnumDecl> enums = new ArrayList<>(List.of(new EnumDecl("E1", 1), new EnumDecl("E2", 2),
                new EnumDecl("E3", 3), new EnumDecl("E256", 256), new EnumDecl("E257", 257), new EnumDecl("E300", 300)));
        for (int bytes : new int[] {1, 2, 4}) {
            for (boolean unknown : new boolean[] {false, true}) {
                enums.add(EnumDecl.coded("K" + bytes + (unknown ? "U" : ""), codes(random, bytes, unknown)));
            }
        }
        List<StructDecl> structs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            structs.add(struct(random, "S" + i, enums, structs));
        }
        return new Batch(index, seed, List.copyOf(enums), structs);
    }

    /** 1 to 6 distinct codes whose largest needs exactly {@code bytes}, and maybe an unknown-code constant among them. */
    private static List<Long> codes(SplittableRandom random, int bytes, boolean unknown) {
        long low = bytes == 1 ? 0 : 1L << 8 * (bytes / 2 == 1 ? 1 : 2);
        long high = (1L << 8 * bytes) - 1;
        Set<Long> codes = new LinkedHashSet<>();
        codes.add(random.nextBoolean() ? high : random.nextLong(low, high + 1)); // the largest needs the width
        for (int n = random.nextInt(6); n > 0; n--) {
            long code = switch (random.nextInt(4)) {
                case 0 -> 'A' + random.nextInt(26);
                case 1 -> random.nextInt(3);
                default -> random.nextLong(0, high + 1);
            };
            codes.add(code);
        }
        List<Long> out = new ArrayList<>(codes);
        java.util.Collections.shuffle(out, new java.util.Random(random.nextLong()));
        if (unknown) {
            out.add(random.nextInt(out.size() + 1), -1L);
        }
        return List.copyOf(out);
    }

    private static StructDecl struct(SplittableRandom random, String name, List<EnumDecl> enums,
            List<StructDecl> earlier) {
        int fieldCount = 1 + random.nextInt(random.nextInt(5) == 0 ? 16 : 6);
        List<FieldDecl> fields = new ArrayList<>(fieldCount);
        int wire = random.nextInt(20);
        boolean packed = wire >= 13; // 35%
        ByteOrder order = switch (random.nextInt(4)) {
            case 0 -> ByteOrder.BIG_ENDIAN;
            case 1 -> ByteOrder.LITTLE_ENDIAN;
            default -> null;
        };
        long declaredAlignment = packed ? 0 : switch (random.nextInt(10)) {
            case 7 -> 1L << random.nextInt(4); // 1 to 8: often no more than the natural alignment
            case 8, 9 -> 1L << (4 + random.nextInt(4)); // 16 to 128: over-aligned
            default -> 0;
        };
        boolean compact = !packed && random.nextInt(8) == 0;
        // The nesting rules need the struct's own packing and order before its fields are chosen.
        StructDecl shape = new StructDecl(name, List.of(), 0, false, packed, order);
        long budget = MAX_STRUCT_SIZE / 2;
        for (int i = 0; i < fieldCount; i++) {
            Kind kind = kind(random, enums, earlier, shape, budget);
            budget -= kind.size();
            fields.add(new FieldDecl("f" + i, kind));
        }
        StructDecl struct = new StructDecl(name, fields, declaredAlignment, compact, packed, order);
        if (struct.size() > MAX_STRUCT_SIZE) { // alignment padding made it too large: keep the primitives only
            List<FieldDecl> prims = fields.stream().filter(f -> f.kind() instanceof PrimKind).toList();
            return new StructDecl(name, prims.isEmpty() ? List.of(new FieldDecl("f0", new PrimKind(Prim.LONG))) : prims,
                    declaredAlignment, false, packed, order);
        }
        return struct;
    }

    private static Kind kind(SplittableRandom random, List<EnumDecl> enums, List<StructDecl> earlier, StructDecl shape,
            long budget) {
        int roll = random.nextInt(100);
        Kind kind;
        if (roll < 27) {
            kind = prim(random);
        } else if (roll < 35) {
            kind = unsigned(random);
        } else if (roll < 43) {
            kind = enumKind(random, enums);
        } else if (roll < 55) {
            kind = nested(random, earlier, shape);
        } else if (roll < 64) {
            kind = new ArrayKind(prim(random), 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 8));
        } else if (roll < 68) {
            kind = new ArrayKind(unsigned(random), 1 + random.nextInt(random.nextInt(4) == 0 ? 20 : 6));
        } else if (roll < 75) {
            kind = new ArrayKind(enumKind(random, enums), 1 + random.nextInt(8));
        } else if (roll < 85) {
            Kind element = nested(random, earlier, shape);
            kind = element instanceof StructKind ? new ArrayKind(element, 1 + random.nextInt(4)) : element;
        } else {
            kind = new TextKind(1 + random.nextInt(random.nextInt(3) == 0 ? 64 : 12), random.nextInt(3) == 0);
        }
        return kind.size() <= budget ? kind : prim(random);
    }

    private static Kind prim(SplittableRandom random) {
        Prim[] prims = Prim.values();
        return new PrimKind(prims[random.nextInt(prims.length)]);
    }

    /** 1 to 8 bytes; an int where it holds every value (up to 3 bytes) half the time. */
    private static UnsignedKind unsigned(SplittableRandom random) {
        int bytes = 1 + random.nextInt(8);
        return new UnsignedKind(bytes, bytes > 3 || random.nextBoolean());
    }

    /** An ordinal or coded enum, a fifth of them widened by {@code @Unsigned} to a width of 1, 2 or 4 that holds them. */
    private static EnumDecl enumKind(SplittableRandom random, List<EnumDecl> enums) {
        EnumDecl e = enums.get(random.nextInt(enums.size()));
        if (random.nextInt(5) == 0) {
            List<Integer> widths = List.of(1, 2, 4).stream().filter(w -> w >= e.naturalSize()).toList();
            return e.widened(widths.get(random.nextInt(widths.size())));
        }
        return e;
    }

    /**
     * One of the last few structs that {@code shape} may nest (same byte order, packed if it is), which
     * tends to build chains of nesting several levels deep.
     */
    private static Kind nested(SplittableRandom random, List<StructDecl> earlier, StructDecl shape) {
        List<StructDecl> candidates = new ArrayList<>();
        for (int i = earlier.size() - 1; i >= 0 && candidates.size() < 6; i--) {
            if (shape.mayNest(earlier.get(i))) {
                candidates.add(earlier.get(i));
            }
        }
        if (candidates.isEmpty()) {
            return prim(random);
        }
        return new StructKind(candidates.get(random.nextInt(candidates.size())));
    }
}
