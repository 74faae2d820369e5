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
     * An enum, stored as its ordinal in the smallest unsigned integer that holds every ordinal.
     *
     * @param type the enum's name
     * @param constantCount how many constants it has, at least 1
     */
    record EnumType(TypeRef type, int constantCount) implements FieldType {
        /** {@code BYTE} for up to 256 constants, {@code SHORT} up to 65536, else {@code INT}. */
        public ScalarType storage() {
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
                default -> "int32_t";
            } + " " + name;
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

    /** {@code element[length]} inline; the element is a {@link Scalar}, {@link EnumType} or {@link Nested}. */
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

    /** UTF-8 text of at most {@code length} bytes, stored inline. */
    record Text(int length) implements FieldType {
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
