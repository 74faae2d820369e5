package dev.arenastruct.processor;

import dev.arenastruct.processor.model.Endian;
import dev.arenastruct.processor.model.FieldType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The wire-format rules of a struct's fields: a nested struct has its container's byte order (and
 * is packed in a packed one), atomics need a naturally aligned native field, and {@code @Unsigned}
 * has a width of 1 to 8 bytes that its Java type (or its enum's codes) can hold.
 */
final class WireCheck {
    /** Reports an error on an annotation value and returns 1, as the validator counts them. */
    interface ValueErrors {
        int error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args);
    }

    private final GeneratedNameCheck.Errors errors;
    private final ValueErrors valueErrors;

    WireCheck(GeneratedNameCheck.Errors errors, ValueErrors valueErrors) {
        this.errors = errors;
        this.valueErrors = valueErrors;
    }

    /** A nested struct is read by its own flyweight: same byte order, and packed if its container is. */
    int nested(TypeElement struct, ExecutableElement accessor, TypeElement nested) {
        StructElements.Wire outer = StructElements.wire(struct);
        StructElements.Wire inner = StructElements.wire(nested);
        boolean orderDiffers = outer.endian() != inner.endian();
        boolean unpacked = outer.packed() && !inner.packed();
        if (!orderDiffers && !unpacked) {
            return 0;
        }
        String why = orderDiffers
                ? "a nested struct is read by its own flyweight, in its own byte order, so both must have the same"
                : "a packed struct may place a nested one at any offset, so the nested one must be packed too";
        String fix = "@ArenaStruct(" + (outer.packed() || inner.packed() ? "packed = true, " : "")
                + "endian = Endian." + outer.endian() + ")";
        return errors.error(accessor, Message.NESTED_WIRE, accessor.getSimpleName(), nested.getSimpleName(), describe(inner),
                struct.getSimpleName(), describe(outer), why, nested.getSimpleName(), fix);
    }

    static String describe(StructElements.Wire wire) {
        return (wire.packed() ? "packed" : "not packed") + " and " + switch (wire.endian()) {
            case NATIVE -> "native-endian";
            case BIG -> "big-endian";
            case LITTLE -> "little-endian";
        };
    }

    /** Atomic access needs natural alignment and native order: not in a packed or byte-ordered struct, not unsigned. */
    int atomic(TypeElement struct, ExecutableElement accessor) {
        StructElements.Wire wire = StructElements.wire(struct);
        String why = wire.packed() ? "the struct is packed"
                : wire.endian() != Endian.NATIVE ? "the struct is " + describe(wire).substring("not packed and ".length())
                : StructElements.annotation(accessor, StructElements.UNSIGNED).isPresent() ? "the field is @Unsigned"
                : null;
        return why == null ? 0 : errors.error(accessor, Message.ATOMIC_WIRE, accessor.getSimpleName(), struct.getSimpleName(), why);
    }

    /** {@code @Unsigned}: 1 to 8 bytes, on an int (up to 3 bytes) or long, or as the width of an enum's code. */
    int unsigned(ExecutableElement accessor, AnnotationMirror unsigned, boolean text) {
        Optional<AnnotationValue> value = StructElements.value(unsigned, "bytes");
        if (value.isEmpty() || !(value.get().getValue() instanceof Integer bytes)) {
            return 1; // javac reports the missing or mistyped value
        }
        String name = accessor.getSimpleName().toString();
        if (bytes < 1 || bytes > 8) {
            return valueErrors.error(accessor, unsigned, value.get(), Message.UNSIGNED_BYTES, bytes, name);
        }
        TypeMirror type = accessor.getReturnType();
        String what = text ? "@Text" : "type " + type;
        String problem;
        if (text) {
            problem = "text is stored as bytes of UTF-8, not as a number: remove @Unsigned";
        } else if (StructElements.enumOf(type).isPresent()) {
            TypeElement enumType = StructElements.enumOf(type).get();
            int needed = (int) new FieldType.EnumType(StructElements.typeRef(enumType),
                    StructElements.enumConstantCount(enumType), StructElements.enumCodes(enumType), 0).byteSize();
            problem = (bytes == 1 || bytes == 2 || bytes == 4) && bytes >= needed ? null
                    : "an enum is stored in 1, 2 or 4 bytes, and the " + (StructElements.isCoded(enumType) ? "codes" : "ordinals")
                    + " of " + enumType.getSimpleName() + " need at least " + needed + ": use @Unsigned(bytes = "
                    + (bytes < needed ? needed : bytes <= 4 ? 4 : needed) + "), or remove it";
        } else {
            TypeKind kind = type.getKind();
            problem = kind == TypeKind.LONG || kind == TypeKind.INT && bytes <= 3 ? null
                    : kind == TypeKind.INT ? "an int holds unsigned values up to 3 bytes, this one may reach "
                            + (bytes == 8 ? "2^64 - 1" : String.valueOf((1L << bytes * 8) - 1))
                            + ": declare it as 'long " + name + "()'"
                    : StructElements.scalarOf(type).isPresent()
                            ? "an unsigned integer is read as a Java type that holds all its values: declare it as '"
                                    + (bytes <= 3 ? "int" : "long") + " " + name + "()'"
                    : "only integer and enum fields can be unsigned: remove @Unsigned";
        }
        return problem == null ? 0 : valueErrors.error(accessor, unsigned, value.get(), Message.UNSIGNED_TYPE, bytes, name, what, problem);
    }
}
