package dev.arenastruct.processor;

import dev.arenastruct.processor.model.ScalarType;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** How a struct interface's elements map to fields: shared by the validator and the model factory. */
final class StructElements {
    /** The annotation's name, kept as text so the processor does not load the runtime's classes. */
    static final String ARENA_STRUCT = "dev.arenastruct.ArenaStruct";

    private StructElements() {
    }

    /**
     * The methods of {@code type} that are fields: abstract, declared in the interface itself, in
     * declared order, except redeclarations of {@code Object}'s methods (which Object implements).
     */
    static List<ExecutableElement> fieldAccessors(TypeElement type) {
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(StructElements::isFieldCandidate)
                .toList();
    }

    /** Abstract, and not one of {@code toString()}, {@code hashCode()}, {@code equals(Object)}. */
    static boolean isFieldCandidate(ExecutableElement method) {
        return method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method);
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        List<? extends TypeMirror> parameters = method.getParameters().stream().map(p -> p.asType()).toList();
        return switch (name) {
            case "toString", "hashCode" -> parameters.isEmpty();
            case "equals" -> parameters.size() == 1 && parameters.getFirst().toString().equals("java.lang.Object");
            default -> false;
        };
    }

    /** The scalar a type maps to, or empty for any type that is not one of the eight primitives. */
    static Optional<ScalarType> scalarOf(TypeMirror type) {
        return Optional.ofNullable(switch (type.getKind()) {
            case BYTE -> ScalarType.BYTE;
            case BOOLEAN -> ScalarType.BOOLEAN;
            case SHORT -> ScalarType.SHORT;
            case CHAR -> ScalarType.CHAR;
            case INT -> ScalarType.INT;
            case FLOAT -> ScalarType.FLOAT;
            case LONG -> ScalarType.LONG;
            case DOUBLE -> ScalarType.DOUBLE;
            default -> null;
        });
    }

    /** The type's simple name and those of its enclosing types, outermost first. */
    static List<String> nestedNames(TypeElement type) {
        ArrayDeque<String> names = new ArrayDeque<>();
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            names.addFirst(t.getSimpleName().toString());
        }
        return List.copyOf(names);
    }

    /** True if javac could not resolve the type yet: another processor may generate it later. */
    static boolean isUnresolved(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }
}
