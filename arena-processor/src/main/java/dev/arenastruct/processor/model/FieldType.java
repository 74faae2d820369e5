package dev.arenastruct.processor.model;

import java.util.List;

/** What a struct field holds, with its C size and alignment. Plain data: no javac types. */
public sealed interface FieldType {
    /** Size in bytes. */
    long byteSize();

    /** Alignment in bytes. */
    long byteAlignment();

    /** The C declaration of a field of this type named {@code name}, for the layout table. */
    String cDeclaration(String name);

    /** A primitive. */
    record Scalar(ScalarType type) implements FieldType {
        @Override
        public long byteSize() {
            return type.byteSize();
        }

        @Override
        public long byteAlignment() {
            return type.byteAlignment();
        }

        @Override
        public String cDeclaration(String name) {
            return type.cType() + " " + name;
        }
    }

    /**
     * An enum, stored as its ordinal in the smallest unsigned integer that holds every ordinal, or,
     * for a coded enum ({@code @Code} on its constants), as its constant's code.
     *
     * @param type the enum's name
     * @param constantCount how many constants it has, at least 1
     * @param codes empty for an ordinal enum; else the code of each constant by ordinal, {@code -1}
     *     for the {@code @UnknownCode} constant
     * @param storageBytes the declared width of the stored code ({@code @Unsigned}), or 0 for the smallest that fits
     */
    record EnumType(TypeRef type, int constantCount, List<Long> codes, int storageBytes) implements FieldType {
        public EnumType {
            codes = List.copyOf(codes);
        }

        /** An ordinal enum. */
        public EnumType(TypeRef type, int constantCount) {
            this(type, constantCount, List.of(), 0);
        }

        /** Whether constants are stored as their {@code @Code}s rather than their ordinals. */
        public boolean coded() {
            return !codes.isEmpty();
        }

        /**
         * The stored integer: the declared width; for codes the smallest of 1, 2 and 4 bytes that
         * holds the largest; for ordinals {@code BYTE} up to 256 constants, {@code SHORT} up to 65536, else {@code INT}.
         */
        public ScalarType storage() {
            if (storageBytes > 0) {
                return Unsigned.storageOf(storageBytes);
            }
            if (coded()) {
                return Unsigned.storageOf(Unsigned.bytesFor(codes.stream().mapToLong(Long::longValue).max().orElse(0)));
            }
            return constantCount <= 1 << 8 ? ScalarType.BYTE : constantCount <= 1 << 16 ? ScalarType.SHORT : ScalarType.INT;
        }

        @Override
        public long byteSize() {
            return storage().byteSize();
        }

        @Override
        public long byteAlignment() {
            return storage().byteAlignment();
        }

        @Override
        public String cDeclaration(String name) {
            return switch (storage()) {
                case BYTE -> "uint8_t";
                case SHORT -> "uint16_t";
                default -> coded() ? "uint32_t" : "int32_t";
            } + " " + name;
        }
    }

    /**
     * An unsigned integer of {@code bytes} bytes ({@code @Unsigned}), read as {@code javaType}
     * ({@code INT} or {@code LONG}). Widths of 3, 5, 6 and 7 bytes have no C type: they are byte
     * arrays to C, aligned to 1.
     */
    record Unsigned(int bytes, ScalarType javaType) implements FieldType {
        public Unsigned {
            if (bytes < 1 || bytes > 8 || javaType != ScalarType.INT && javaType != ScalarType.LONG) {
                throw new IllegalArgumentException("unsigned " + bytes + " bytes as " + javaType);
            }
        }

        /** The primitive of the same width, for widths 1, 2, 4 and 8: {@code BYTE ... LONG}. */
        public static ScalarType storageOf(int bytes) {
            return switch (bytes) {
                case 1 -> ScalarType.BYTE;
                case 2 -> ScalarType.SHORT;
                case 4 -> ScalarType.INT;
                case 8 -> ScalarType.LONG;
                default -> throw new IllegalArgumentException("no primitive of " + bytes + " bytes");
            };
        }

        /** The fewest of 1, 2 and 4 bytes that hold {@code max} unsigned (8 past 4 bytes). */
        public static int bytesFor(long max) {
            return max < 1L << 8 ? 1 : max < 1L << 16 ? 2 : max < 1L << 32 ? 4 : 8;
        }

        /** Whether a primitive of this width exists (1, 2, 4, 8 bytes); otherwise it is read in pieces. */
        public boolean primitiveWidth() {
            return Long.bitCount(bytes) == 1;
        }

        /** The primitive it is stored as, for {@link #primitiveWidth()} widths. */
        public ScalarType storage() {
            return storageOf(bytes);
        }

        @Override
        public long byteSize() {
            return bytes;
        }

        @Override
        public long byteAlignment() {
            return primitiveWidth() ? bytes : 1;
        }

        @Override
        public String cDeclaration(String name) {
            return primitiveWidth() ? "uint" + bytes * 8 + "_t " + name : "uint8_t " + name + "[" + bytes + "]";
        }
    }

    /** Another struct, nested by value. */
    record Nested(TypeRef type, long byteSize, long byteAlignment) implements FieldType {
        /** The nested struct's generated flyweight. */
        public TypeRef flyweight() {
            return new TypeRef(type.packageName(), List.of(Names.flyweightName(type.nestedNames())));
        }

        @Override
        public String cDeclaration(String name) {
            return "struct " + type.simpleName() + " " + name;
        }
    }

    /** {@code element[length]} inline; the element is a {@link Scalar}, {@link Unsigned}, {@link EnumType} or {@link Nested}. */
    record ArrayOf(FieldType element, int length) implements FieldType {
        public ArrayOf {
            if (element instanceof ArrayOf || element instanceof Text) {
                throw new IllegalArgumentException("array elements are scalars, enums or structs: " + element);
            }
        }

        @Override
        public long byteSize() {
            return Math.multiplyExact(element.byteSize(), (long) length);
        }

        @Override
        public long byteAlignment() {
            return element.byteAlignment();
        }

        @Override
        public String cDeclaration(String name) {
            return element.cDeclaration(name) + "[" + length + "]";
        }
    }

    /**
     * UTF-8 text of at most {@code length} bytes, stored inline.
     *
     * @param spacePadded padded with spaces ({@code @Text(padding = SPACES)}) rather than zeros
     */
    record Text(int length, boolean spacePadded) implements FieldType {
        /** Zero-padded text. */
        public Text(int length) {
            this(length, false);
        }

        @Override
        public long byteSize() {
            return length;
        }

        @Override
        public long byteAlignment() {
            return 1;
        }

        @Override
        public String cDeclaration(String name) {
            return "char " + name + "[" + length + "]";
        }
    }

    /**
     * A link to another struct of the same arena ({@code @Link}): the target's address and a stamp
     * of its lifetime, 16 bytes aligned to 8.
     */
    record Link(TypeRef type) implements FieldType {
        @Override
        public long byteSize() {
            return 16;
        }

        @Override
        public long byteAlignment() {
            return 8;
        }

        @Override
        public String cDeclaration(String name) {
            return "uint64_t " + name + "[2] (@Link " + type.sourceName() + ": address, stamp)";
        }
    }

    /** A Java type by package and nested simple names, outermost first. */
    record TypeRef(String packageName, List<String> nestedNames) {
        public TypeRef {
            nestedNames = List.copyOf(nestedNames);
        }

        public String simpleName() {
            return nestedNames.getLast();
        }

        /** As written in source: {@code Outer.Inner}. */
        public String sourceName() {
            return String.join(".", nestedNames);
        }
    }
}
