package dev.arenastruct.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks a coded enum ({@code @Code} on its constants) once, reporting on the constant at fault:
 * every constant has a code in {@code 0..2^32-1} or is the one {@code @UnknownCode} constant, and
 * no two share a code.
 */
final class EnumCodeCheck {
    private static final long MAX_CODE = 0xFFFF_FFFFL;

    private final GeneratedNameCheck.Errors errors;
    private final Map<String, Integer> checked = new HashMap<>();
    private final boolean remember;

    /**
     * @param remember whether each enum is checked only once (its errors were reported); a silent
     *     check only counts, and counts again when asked
     */
    EnumCodeCheck(GeneratedNameCheck.Errors errors, boolean remember) {
        this.errors = errors;
        this.remember = remember;
    }

    /** The number of problems with the codes of {@code enumType}: 0 for an ordinal enum. */
    int check(TypeElement enumType) {
        if (!StructElements.isCoded(enumType)) {
            return 0;
        }
        String key = enumType.getQualifiedName().toString();
        Integer known = checked.get(key);
        if (known != null) {
            return known;
        }
        int count = 0;
        String enumName = enumType.getSimpleName().toString();
        Map<Long, VariableElement> byCode = new HashMap<>();
        VariableElement unknown = null;
        for (VariableElement constant : StructElements.enumConstants(enumType)) {
            Optional<AnnotationMirror> code = StructElements.annotation(constant, StructElements.CODE);
            String name = constant.getSimpleName().toString();
            if (StructElements.annotation(constant, StructElements.UNKNOWN_CODE).isPresent()) {
                if (code.isPresent()) {
                    count += errors.error(constant, Message.UNKNOWN_CODE, name, enumName, "has both @Code and @UnknownCode",
                            "remove one of them");
                } else if (unknown != null) {
                    count += errors.error(constant, Message.UNKNOWN_CODE, name, enumName, "is marked @UnknownCode, as "
                            + unknown.getSimpleName() + " is", "remove one of the two marks");
                }
                unknown = constant;
                continue;
            }
            if (code.isEmpty()) {
                count += errors.error(constant, Message.MISSING_CODE, name, enumName, name);
                continue;
            }
            Optional<Long> value = StructElements.codeOf(constant);
            if (value.isEmpty()) {
                count++; // a value of the wrong type or none: javac reports it
            } else if (value.get() < 0 || value.get() > MAX_CODE) {
                count += errors.error(constant, Message.CODE_RANGE, value.get(), name, enumName);
            } else {
                VariableElement first = byCode.putIfAbsent(value.get(), constant);
                if (first != null) {
                    long v = value.get();
                    String printable = v >= 0x20 && v < 0x7F ? " ('" + (char) v + "')" : "";
                    count += errors.error(constant, Message.DUPLICATE_CODE, first.getSimpleName(), name, enumName, v,
                            printable, v);
                }
            }
        }
        if (count == 0 && byCode.isEmpty() && unknown != null) {
            count += errors.error(unknown, Message.UNKNOWN_CODE, unknown.getSimpleName(), enumName,
                    "is marked @UnknownCode, but no constant has a @Code", "give the other constants their codes");
        }
        if (remember) {
            checked.put(key, count);
        }
        return count;
    }
}
