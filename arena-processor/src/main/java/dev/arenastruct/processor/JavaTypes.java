package dev.arenastruct.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.arenastruct.processor.model.AccessLayouts;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;

/** JavaPoet names for model types. */
final class JavaTypes {
    static final ClassName ARENA_ALLOCATOR = ClassName.get("dev.arenastruct", "ArenaAllocator");
    static final ClassName LIFETIME = ClassName.get("dev.arenastruct", "Lifetime");
    static final ClassName FLYWEIGHTS = ClassName.get("dev.arenastruct.internal", "Flyweights");
    static final ClassName TEXTS = ClassName.get("dev.arenastruct.internal", "Texts");
    static final ClassName SPACE_PADDED_TEXTS = ClassName.get("dev.arenastruct.internal", "SpacePaddedTexts");
    static final ClassName WIRE_LAYOUTS = ClassName.get("dev.arenastruct.internal", "WireLayouts");
    static final ClassName WIRE_INTS = ClassName.get("dev.arenastruct.internal", "WireInts");
    static final ClassName ENUM_CODES = ClassName.get("dev.arenastruct.internal", "EnumCodes");
    static final ClassName LINKS = ClassName.get("dev.arenastruct.internal", "Links");
    static final ClassName STRUCT_CONTENTS = ClassName.get("dev.arenastruct.internal", "StructContents");
    static final ClassName STRUCT_VALUES = ClassName.get("dev.arenastruct.internal", "StructValues");
    static final ClassName ATOMICS = ClassName.get("dev.arenastruct.internal", "Atomics");
    static final ClassName ARENA_MEMORY = ClassName.get("dev.arenastruct.internal", "ArenaMemory");
    static final ClassName STRUCT_ARRAY = ClassName.get("dev.arenastruct", "StructArray");
    static final ClassName STRUCT_LIST = ClassName.get("dev.arenastruct", "StructList");

    private JavaTypes() {
    }

    static ClassName className(FieldType.TypeRef type) {
        return ClassName.get(type.packageName(), type.nestedNames().getFirst(),
                type.nestedNames().subList(1, type.nestedNames().size()).toArray(String[]::new));
    }

    static ClassName flyweight(FieldType.TypeRef struct) {
        return ClassName.get(struct.packageName(), Names.flyweightName(struct.nestedNames()));
    }

    /** The generated heap value record of a struct: {@code TradeEventValue}, {@code Outer_InnerValue}. */
    static ClassName value(FieldType.TypeRef struct) {
        return ClassName.get(struct.packageName(), Names.valueName(struct.nestedNames()));
    }

    /** A layout constant as generated code names it: statically imported, or qualified by {@code WireLayouts}. */
    static CodeBlock layout(AccessLayouts.Ref ref) {
        return ref.wire() ? CodeBlock.of("$T.$L", WIRE_LAYOUTS, ref.name()) : CodeBlock.of("$L", ref.name());
    }

    static TypeName primitive(ScalarType scalar) {
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

    /** The Java type a getter of a scalar, enum or nested struct value returns. */
    static TypeName valueType(FieldType type) {
        return switch (type) {
            case FieldType.Scalar scalar -> primitive(scalar.type());
            case FieldType.Unsigned unsigned -> primitive(unsigned.javaType());
            case FieldType.EnumType enumType -> className(enumType.type());
            case FieldType.Nested nested -> flyweight(nested.type());
            case FieldType.Link link -> flyweight(link.type());
            case FieldType.ArrayOf array -> valueType(array.element());
            case FieldType.Text text -> TypeName.BYTE;
        };
    }
}
