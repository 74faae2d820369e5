package dev.arenastruct.processor;

import dev.arenastruct.processor.model.Endian;
import dev.arenastruct.processor.model.FieldType.TypeRef;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** How a struct interface's elements map to fields: shared by the validator and the model factory. */
final class StructElements {
    /** The annotations' names, kept as text so the processor does not load the runtime's classes. */
    static final String ARENA_STRUCT = "dev.arenastruct.ArenaStruct";
    static final String ARRAY = "dev.arenastruct.Array";
    static final String TEXT = "dev.arenastruct.Text";
    static final String ATOMIC = "dev.arenastruct.Atomic";
    static final String UNSIGNED = "dev.arenastruct.Unsigned";
    static final String CODE = "dev.arenastruct.Code";
    static final String UNKNOWN_CODE = "dev.arenastruct.UnknownCode";

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

    /**
     * A redeclaration of {@code toString()}, {@code hashCode()} or {@code equals(Object)} whose return
     * type is not Object's (say {@code String toString()} where {@code String} is a type of the
     * struct's package): javac rejects it in the interface, and no flyweight could implement it.
     */
    static boolean redeclaresObjectMethodIncompatibly(ExecutableElement method) {
        if (!method.getModifiers().contains(Modifier.ABSTRACT) || !isObjectMethod(method)) {
            return false;
        }
        TypeMirror returned = method.getReturnType();
        return switch (method.getSimpleName().toString()) {
            case "toString" -> !returned.toString().equals("java.lang.String");
            case "hashCode" -> returned.getKind() != TypeKind.INT;
            default -> returned.getKind() != TypeKind.BOOLEAN;
        };
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

    /** The element of a declared type, or empty for primitives, arrays, type variables, ... */
    static Optional<TypeElement> declaredElement(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                ? Optional.of(element) : Optional.empty();
    }

    /** The struct interface a type names, if it is an {@code @ArenaStruct} interface. */
    static Optional<TypeElement> structOf(TypeMirror type) {
        return declaredElement(type)
                .filter(e -> e.getKind() == ElementKind.INTERFACE && annotation(e, ARENA_STRUCT).isPresent());
    }

    /** The enum a type names, if it is an enum. */
    static Optional<TypeElement> enumOf(TypeMirror type) {
        return declaredElement(type).filter(e -> e.getKind() == ElementKind.ENUM);
    }

    static int enumConstantCount(TypeElement enumType) {
        return enumConstants(enumType).size();
    }

    /** The enum's constants, in ordinal order. */
    static List<VariableElement> enumConstants(TypeElement enumType) {
        return ElementFilter.fieldsIn(enumType.getEnclosedElements()).stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).toList();
    }

    /** The {@code @Code} of an enum constant, if it has one (of the right type: javac reports others). */
    static Optional<Long> codeOf(VariableElement constant) {
        return annotation(constant, CODE).flatMap(m -> value(m, "value"))
                .flatMap(v -> v.getValue() instanceof Number n ? Optional.of(n.longValue()) : Optional.empty());
    }

    /** Whether the enum's constants are stored as codes: one of them has {@code @Code} or {@code @UnknownCode}. */
    static boolean isCoded(TypeElement enumType) {
        return enumConstants(enumType).stream()
                .anyMatch(c -> annotation(c, CODE).isPresent() || annotation(c, UNKNOWN_CODE).isPresent());
    }

    /** The codes of a valid coded enum by ordinal, {@code -1} for its {@code @UnknownCode} constant; empty if not coded. */
    static List<Long> enumCodes(TypeElement enumType) {
        if (!isCoded(enumType)) {
            return List.of();
        }
        return enumConstants(enumType).stream().map(c -> codeOf(c).orElse(-1L)).toList();
    }

    /** The {@code bytes} of an {@code @Unsigned} accessor, if it has the annotation (0 if the value is missing). */
    static Optional<Integer> unsignedBytes(ExecutableElement accessor) {
        return annotation(accessor, UNSIGNED)
                .map(m -> value(m, "bytes").map(v -> v.getValue() instanceof Integer i ? i : 0).orElse(0));
    }

    /** A struct's {@code packed} and {@code endian}, defaults where not written. */
    record Wire(Endian endian, boolean packed) {
        boolean isDefault() {
            return endian == Endian.NATIVE && !packed;
        }
    }

    static Wire wire(TypeElement struct) {
        Optional<AnnotationMirror> mirror = annotation(struct, ARENA_STRUCT);
        boolean packed = mirror.flatMap(m -> value(m, "packed")).map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false);
        Endian endian = mirror.flatMap(m -> value(m, "endian"))
                .filter(v -> v.getValue() instanceof VariableElement)
                .map(v -> Endian.valueOf(((VariableElement) v.getValue()).getSimpleName().toString()))
                .orElse(Endian.NATIVE);
        return new Wire(endian, packed);
    }

    /** A {@code @Text} field's padding is spaces. */
    static boolean spacePadded(AnnotationMirror text) {
        return value(text, "padding").map(v -> v.getValue() instanceof VariableElement e
                && e.getSimpleName().contentEquals("SPACES")).orElse(false);
    }

    /**
     * Whether {@code accessor} of {@code struct} gets atomic accessors: an {@code int}, {@code long},
     * {@code float} or {@code double} value field annotated {@code @Atomic}, or one of a struct
     * annotated {@code @Atomic}. (An
     * {@code @Atomic} field of another kind is a validation error.)
     */
    static boolean isAtomic(TypeElement struct, ExecutableElement accessor) {
        TypeKind kind = accessor.getReturnType().getKind();
        boolean atomicKind = kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.FLOAT
                || kind == TypeKind.DOUBLE;
        return atomicKind && annotation(accessor, ARRAY).isEmpty()
                && annotation(accessor, TEXT).isEmpty()
                && (annotation(accessor, ATOMIC).isPresent() || annotation(struct, ATOMIC).isPresent());
    }

    /** The annotation of the given qualified name on {@code element}, if present. */
    static Optional<AnnotationMirror> annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** An explicitly written annotation value, if present. */
    static Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The annotation's {@code length}, or 0 when it is missing (javac reports that itself). */
    static int length(AnnotationMirror mirror) {
        return value(mirror, "length").map(v -> v.getValue() instanceof Integer i ? i : 0).orElse(0);
    }

    /** The type's package and its nested simple names. */
    static TypeRef typeRef(TypeElement type) {
        ArrayDeque<String> names = new ArrayDeque<>();
        Element e = type;
        for (; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            names.addFirst(t.getSimpleName().toString());
        }
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return new TypeRef(((PackageElement) e).getQualifiedName().toString(), List.copyOf(names));
    }

    /** The simple name of the flyweight generated for {@code struct}: {@code Outer_InnerFlyweight}. */
    static String flyweightSimpleName(TypeElement struct) {
        return Names.flyweightName(typeRef(struct).nestedNames());
    }

    /** The qualified name of the flyweight generated for {@code struct}; just its simple name in the unnamed package. */
    static String flyweightQualifiedName(TypeElement struct) {
        String packageName = typeRef(struct).packageName();
        String simple = flyweightSimpleName(struct);
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }

    /** True if javac could not resolve the type yet: another processor may generate it later. */
    static boolean isUnresolved(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }
}
