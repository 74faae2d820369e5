package dev.arenastruct.processor;

import java.lang.foreign.ValueLayout;
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

    /** An enum of {@code constants} constants: the ordinal in one unsigned byte up to 256 of them, else two. */
    record EnumDecl(String name, int constants) implements Kind {
        @Override
        public long size() {
            return constants <= 256 ? 1 : 2;
        }

        @Override
        public long align() {
            return size();
        }

        String cType() {
            return size() == 1 ? "uint8_t" : "uint16_t";
        }

        String javaSource() {
            StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\npublic enum " + name + " {");
            for (int i = 0; i < constants; i++) {
                out.append(i % 16 == 0 ? "\n    " : " ").append('C').append(i).append(i + 1 < constants ? "," : "");
            }
            return out.append("\n}\n").toString();
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

    record TextKind(int length) implements Kind {
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
        final List<FieldDecl> memoryOrder;
        final Map<String, Long> offsets = new HashMap<>();
        final long size;
        final long align;
        /** 1 for a struct of no nested struct, else one more than its deepest nested struct. */
        final int depth;

        StructDecl(String name, List<FieldDecl> fields, long declaredAlignment, boolean compact) {
            this.name = name;
            this.fields = List.copyOf(fields);
            this.declaredAlignment = declaredAlignment;
            this.compact = compact;
            List<FieldDecl> order = new ArrayList<>(fields);
            if (compact) {
                order.sort(Comparator.comparingLong((FieldDecl f) -> f.kind().align()).reversed()); // stable
            }
            this.memoryOrder = List.copyOf(order);
            long at = 0;
            long maxAlign = Math.max(1, declaredAlignment);
            for (FieldDecl field : memoryOrder) {
                long a = field.kind().align();
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

        long offset(FieldDecl field) {
            return offsets.get(field.name());
        }

        String flyweightName() {
            return name + "Flyweight";
        }

        String javaSource() {
            StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n"
                    + "import dev.arenastruct.ArenaStruct;\nimport dev.arenastruct.Array;\n"
                    + "import dev.arenastruct.FieldOrder;\nimport dev.arenastruct.Text;\n\n");
            List<String> attributes = new ArrayList<>();
            if (declaredAlignment != 0) {
                attributes.add("alignment = " + declaredAlignment);
            }
            if (compact) {
                attributes.add("fieldOrder = FieldOrder.COMPACT");
            }
            out.append("@ArenaStruct").append(attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")")
                    .append("\npublic interface ").append(name).append(" {\n");
            for (FieldDecl field : fields) {
                out.append("    ");
                switch (field.kind()) {
                    case ArrayKind array -> out.append("@Array(length = ").append(array.length()).append(") ")
                            .append(javaType(array.element())).append(' ').append(field.name()).append("(int index);\n");
                    case TextKind text -> out.append("@Text(length = ").append(text.length()).append(") byte ")
                            .append(field.name()).append("(int index);\n");
                    default -> out.append(javaType(field.kind())).append(' ').append(field.name()).append("();\n");
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
                            .append('[').append(array.length()).append("];");
                    case TextKind text -> out.append("char ").append(field.name()).append('[').append(text.length())
                            .append("];");
                    default -> out.append(cType(field.kind())).append(' ').append(field.name()).append(';');
                }
            }
            return out.append(" };\n").toString();
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

    static String javaType(Kind kind) {
        return switch (kind) {
            case PrimKind p -> p.prim().javaName;
            case EnumDecl e -> e.name();
            case StructKind s -> s.struct().name;
            default -> throw new IllegalArgumentException("not a value kind: " + kind);
        };
    }

    static String cType(Kind kind) {
        return switch (kind) {
            case PrimKind p -> p.prim().cType;
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
     * has ordinal 255, which a signed read would get wrong), 257 and 300 in two.
     */
    static Batch batch(int index, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EnumDecl> enums = List.of(new EnumDecl("E1", 1), new EnumDecl("E2", 2), new EnumDecl("E3", 3),
                new EnumDecl("E256", 256), new EnumDecl("E257", 257), new EnumDecl("E300", 300));
        List<StructDecl> structs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            structs.add(struct(random, "S" + i, enums, structs));
        }
        return new Batch(index, seed, enums, structs);
    }

    private static StructDecl struct(SplittableRandom random, String name, List<EnumDecl> enums,
            List<StructDecl> earlier) {
        int fieldCount = 1 + random.nextInt(random.nextInt(5) == 0 ? 16 : 6);
        List<FieldDecl> fields = new ArrayList<>(fieldCount);
        long declaredAlignment = switch (random.nextInt(10)) {
            case 7 -> 1L << random.nextInt(4); // 1 to 8: often no more than the natural alignment
            case 8, 9 -> 1L << (4 + random.nextInt(4)); // 16 to 128: over-aligned
            default -> 0;
        };
        long budget = MAX_STRUCT_SIZE / 2;
        for (int i = 0; i < fieldCount; i++) {
            Kind kind = kind(random, enums, earlier, budget);
            budget -= kind.size();
            fields.add(new FieldDecl("f" + i, kind));
        }
        StructDecl struct = new StructDecl(name, fields, declaredAlignment, random.nextInt(8) == 0);
        if (struct.size() > MAX_STRUCT_SIZE) { // alignment padding made it too large: keep the primitives only
            List<FieldDecl> prims = fields.stream().filter(f -> f.kind() instanceof PrimKind).toList();
            return new StructDecl(name, prims.isEmpty() ? List.of(new FieldDecl("f0", new PrimKind(Prim.LONG))) : prims,
                    declaredAlignment, false);
        }
        return struct;
    }

    private static Kind kind(SplittableRandom random, List<EnumDecl> enums, List<StructDecl> earlier, long budget) {
        int roll = random.nextInt(100);
        Kind kind;
        if (roll < 34) {
            kind = prim(random);
        } else if (roll < 44) {
            kind = enums.get(random.nextInt(enums.size()));
        } else if (roll < 58) {
            kind = nested(random, earlier);
        } else if (roll < 70) {
            kind = new ArrayKind(prim(random), 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 8));
        } else if (roll < 77) {
            kind = new ArrayKind(enums.get(random.nextInt(enums.size())), 1 + random.nextInt(8));
        } else if (roll < 87) {
            Kind element = nested(random, earlier);
            kind = element instanceof StructKind ? new ArrayKind(element, 1 + random.nextInt(4)) : element;
        } else {
            kind = new TextKind(1 + random.nextInt(random.nextInt(3) == 0 ? 64 : 12));
        }
        return kind.size() <= budget ? kind : prim(random);
    }

    private static Kind prim(SplittableRandom random) {
        Prim[] prims = Prim.values();
        return new PrimKind(prims[random.nextInt(prims.length)]);
    }

    /** One of the last few structs, which tends to build chains of nesting several levels deep. */
    private static Kind nested(SplittableRandom random, List<StructDecl> earlier) {
        if (earlier.isEmpty()) {
            return prim(random);
        }
        int back = 1 + random.nextInt(Math.min(6, earlier.size()));
        return new StructKind(earlier.get(earlier.size() - back));
    }
}
