package dev.arenastruct.processor;

import dev.arenastruct.processor.model.StructModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Checks a struct declaration and reports every independent problem once, on the most specific
 * element, before anything is generated. Nested structs are checked silently: their own errors
 * are reported on them, and the containing struct only says that it depends on them.
 */
final class StructValidator {
    /** What validation found. */
    enum Outcome {
        /** No problems: generate. */
        VALID,
        /** Problems were reported: generate nothing. */
        INVALID,
        /** A field's type is not resolved yet; nothing reported; try again next round. */
        UNRESOLVED
    }

    /**
     * Object's protected no-argument methods, with what they return: an interface may declare an
     * accessor of that name, but the flyweight's public getter would override them incompatibly.
     */
    private static final Map<String, String> OBJECT_PROTECTED = Map.of("clone", "Object", "finalize", "void");

    private final Elements elements;
    private final Types types;
    private final Messager messager; // null: count problems without reporting them
    private final Map<String, Boolean> nestedValid;
    private final EnumCodeCheck codes;
    private final WireCheck wire;

    StructValidator(Elements elements, Types types, Messager messager) {
        this(elements, types, messager, new HashMap<>());
    }

    private StructValidator(Elements elements, Types types, Messager messager, Map<String, Boolean> nestedValid) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
        this.nestedValid = nestedValid;
        this.codes = new EnumCodeCheck(this::error, messager != null);
        this.wire = new WireCheck(this::error, this::error);
    }

    /**
     * Validates {@code type}. Unresolved field types, its own or a nested struct's, defer it,
     * unless this is the last round, where they are reported.
     */
    Outcome validate(TypeElement type, boolean lastRound) {
        if (type.getKind() != ElementKind.INTERFACE) {
            String name = type.getSimpleName().toString();
            error(type, Message.NOT_AN_INTERFACE, kindName(type.getKind()), name, name);
            return Outcome.INVALID;
        }
        if (!lastRound && StructGraph.hasUnresolved(type)) {
            return Outcome.UNRESOLVED;
        }
        List<ExecutableElement> accessors = StructElements.fieldAccessors(type);
        int errors = checkStructAnnotation(type) + checkImplementable(type) + checkInherited(type);
        for (TypeParameterElement parameter : type.getTypeParameters()) {
            errors += error(parameter, Message.GENERIC_STRUCT, type.getSimpleName(), parameter.getSimpleName());
        }
        for (ExecutableElement accessor : accessors) {
            errors += checkAccessor(type, accessor);
        }
        errors += checkMisplacedSizing(type);
        if (StructElements.annotation(type, StructElements.ATOMIC).isPresent() && !accessors.isEmpty()
                && accessors.stream().noneMatch(a -> StructElements.isAtomic(type, a))) {
            errors += error(type, Message.ATOMIC_NOTHING, type.getSimpleName(), "sequence");
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (StructElements.redeclaresObjectMethodIncompatibly(method)) {
                errors++; // javac reports the incompatible return type; a flyweight would only add errors
            }
        }
        if (accessors.isEmpty()) {
            errors += error(type, Message.NO_FIELDS, type.getSimpleName());
        } else if (accessors.size() > StructModel.MAX_FIELDS) {
            errors += error(type, Message.TOO_MANY_FIELDS, type.getSimpleName(), accessors.size(), StructModel.MAX_FIELDS);
        }
        errors += new GeneratedNameCheck(elements, types, this::error).check(type, accessors);
        return errors == 0 ? Outcome.VALID : Outcome.INVALID;
    }

    private int checkStructAnnotation(TypeElement type) {
        AnnotationMirror struct = StructElements.annotation(type, StructElements.ARENA_STRUCT).orElseThrow();
        Optional<AnnotationValue> alignment = StructElements.value(struct, "alignment");
        Optional<AnnotationValue> fieldOrder = StructElements.value(struct, "fieldOrder");
        if (alignment.isPresent() && !(alignment.get().getValue() instanceof Long)
                || fieldOrder.isPresent() && !(fieldOrder.get().getValue() instanceof VariableElement)) {
            return 1; // a value of the wrong type: javac reports it, and no layout can be computed from it
        }
        if (alignment.isPresent() && alignment.get().getValue() instanceof Long value
                && value != 0 && (value < 0 || Long.bitCount(value) != 1)) {
            return error(type, struct, alignment.get(), Message.STRUCT_ALIGNMENT, value, type.getSimpleName());
        }
        if (alignment.isPresent() && alignment.get().getValue() instanceof Long value && value != 0
                && StructElements.wire(type).packed()) {
            return error(type, struct, alignment.get(), Message.PACKED_ALIGNMENT, value, type.getSimpleName());
        }
        if (fieldOrder.isPresent() && fieldOrder.get().getValue() instanceof VariableElement order
                && order.getSimpleName().contentEquals("COMPACT") && StructElements.wire(type).packed()) {
            return error(type, struct, fieldOrder.get(), Message.PACKED_ORDER, type.getSimpleName());
        }
        return 0;
    }

    private int checkImplementable(TypeElement type) {
        String why = null;
        // Local interfaces never reach a processor (javac does not report local classes to them).
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            why = "private";
        } else if (type.getModifiers().contains(Modifier.SEALED)) {
            why = "sealed";
        } else {
            for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
                if (outer.getModifiers().contains(Modifier.PRIVATE)) {
                    why = "nested in private type '" + outer.getSimpleName() + "'";
                    break;
                }
            }
        }
        if (why == null) {
            return 0;
        }
        return error(type, Message.NOT_IMPLEMENTABLE, type.getSimpleName(), why,
                StructElements.flyweightSimpleName(type));
    }

    private int checkInherited(TypeElement type) {
        int errors = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getEnclosingElement().equals(type) && StructElements.isFieldCandidate(method)) {
                Element owner = method.getEnclosingElement();
                errors += error(type, Message.INHERITED_ACCESSOR, type.getSimpleName(), signature(method),
                        owner.getSimpleName(), signature(method), type.getSimpleName());
            }
        }
        return errors;
    }

    private int checkAccessor(TypeElement struct, ExecutableElement accessor) {
        int errors = 0;
        String name = accessor.getSimpleName().toString();
        if (!accessor.getTypeParameters().isEmpty()) {
            String parameters = accessor.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
            errors += error(accessor, Message.GENERIC_ACCESSOR, name, parameters);
        }
        if (accessor.getParameters().isEmpty() && OBJECT_PROTECTED.containsKey(name)) {
            errors += error(accessor, Message.OBJECT_METHOD, name, name, OBJECT_PROTECTED.get(name));
        }
        Optional<AnnotationMirror> array = StructElements.annotation(accessor, StructElements.ARRAY);
        Optional<AnnotationMirror> text = StructElements.annotation(accessor, StructElements.TEXT);
        if (StructElements.annotation(accessor, StructElements.ATOMIC).isPresent()
                && !StructElements.isAtomic(struct, accessor)) {
            String what = array.isPresent() ? "an @Array" : text.isPresent() ? "@Text" : "type " + accessor.getReturnType();
            errors += error(accessor, Message.ATOMIC_TYPE, name, what, name, name);
        }
        if (StructElements.isAtomic(struct, accessor)) {
            errors += wire.atomic(struct, accessor);
        }
        Optional<AnnotationMirror> unsigned = StructElements.annotation(accessor, StructElements.UNSIGNED);
        if (unsigned.isPresent()) {
            errors += wire.unsigned(accessor, unsigned.get(), text.isPresent());
        }
        if (StructElements.annotation(accessor, StructElements.LINK).isPresent()) {
            // @Unsigned and @Atomic on it are reported above, as UnsignedType and AtomicType.
            return errors + checkLink(struct, accessor, array.isPresent() ? "@Array" : text.isPresent() ? "@Text" : null);
        }
        if (array.isPresent() && text.isPresent()) {
            return errors + error(accessor, Message.ARRAY_AND_TEXT, name);
        }
        if (array.isPresent() || text.isPresent()) {
            return errors + checkIndexed(struct, accessor, array.isPresent() ? array.get() : text.get(), text.isPresent());
        }
        TypeMirror returned = accessor.getReturnType();
        if (!accessor.getParameters().isEmpty()) {
            String parameters = accessor.getParameters().stream()
                    .map(p -> p.asType().toString()).collect(Collectors.joining(", "));
            String suggested = returned.getKind() == TypeKind.VOID ? "long" : returned.toString();
            boolean indexLike = accessor.getParameters().size() == 1
                    && accessor.getParameters().getFirst().asType().getKind() == TypeKind.INT;
            errors += error(accessor, Message.ACCESSOR_PARAMETERS, name, parameters, suggested, name,
                    indexLike ? "; for an inline array, annotate it @Array(length = N)" : "");
        }
        if (returned.getKind() == TypeKind.VOID) {
            return errors + error(accessor, Message.VOID_ACCESSOR, name, name);
        }
        return errors + checkValueType(struct, accessor, returned, false);
    }

    private int checkIndexed(TypeElement struct, ExecutableElement accessor, AnnotationMirror sizing, boolean text) {
        int errors = 0;
        String name = accessor.getSimpleName().toString();
        String annotation = text ? "Text" : "Array";
        int length = StructElements.length(sizing);
        Optional<AnnotationValue> lengthValue = StructElements.value(sizing, "length");
        if (lengthValue.isEmpty()) {
            errors++; // javac reports the missing length itself; generating code without one would only add errors
        } else if (length < 1) {
            errors += error(accessor, sizing, lengthValue.get(), Message.ARRAY_LENGTH, annotation, length, name);
        }
        TypeMirror element = accessor.getReturnType();
        if (accessor.getParameters().size() != 1 || accessor.getParameters().getFirst().asType().getKind() != TypeKind.INT) {
            String shown = text || element.getKind() == TypeKind.VOID ? "byte" : element.toString();
            errors += error(accessor, Message.INDEXED_PARAMETERS, name, annotation, shown, name);
        }
        if (text) {
            return element.getKind() == TypeKind.BYTE ? errors : errors + error(accessor, Message.TEXT_ELEMENT, name, element, name);
        }
        if (element.getKind() == TypeKind.VOID) {
            return errors + error(accessor, Message.VOID_ACCESSOR, name, name);
        }
        return errors + checkValueType(struct, accessor, element, true);
    }

    /** A field's value type, or an array's element type: a scalar, a non-empty enum, or a valid, acyclic struct. */
    private int checkValueType(TypeElement struct, ExecutableElement accessor, TypeMirror type, boolean element) {
        String name = accessor.getSimpleName().toString();
        if (StructElements.isUnresolved(type)) {
            return error(accessor, Message.UNRESOLVED_TYPE, name, type, struct.getSimpleName());
        }
        if (StructElements.scalarOf(type).isPresent()) {
            return 0;
        }
        Optional<TypeElement> enumType = StructElements.enumOf(type);
        if (enumType.isPresent()) {
            if (StructElements.enumConstantCount(enumType.get()) == 0) {
                return error(accessor, Message.EMPTY_ENUM, name, type);
            }
            return checkAccessible(struct, accessor, enumType.get()) + codes.check(enumType.get());
        }
        Optional<TypeElement> nested = StructElements.structOf(type);
        if (nested.isPresent()) {
            return checkNested(struct, accessor, nested.get());
        }
        String fix = referenceFix(name, type);
        return element ? error(accessor, Message.ARRAY_ELEMENT, name, type, fix)
                : error(accessor, Message.REFERENCE_FIELD, name, type, fix);
    }

    private int checkNested(TypeElement struct, ExecutableElement accessor, TypeElement nested) {
        String name = accessor.getSimpleName().toString();
        Optional<List<String>> cycle = StructGraph.pathTo(nested, struct);
        if (cycle.isPresent()) {
            String path = struct.getSimpleName() + "." + name + " -> " + String.join(" -> ", cycle.get());
            return error(accessor, Message.RECURSIVE_STRUCT, name, struct.getSimpleName(), path, name);
        }
        if (!isValidNested(nested)) {
            return error(accessor, Message.INVALID_NESTED_STRUCT, name, nested.getSimpleName(), struct.getSimpleName());
        }
        return wire.nested(struct, accessor, nested) + checkFlyweightExists(accessor, nested);
    }

    /**
     * A link names an {@code @ArenaStruct} (itself too: a link is not containment), alone, in a
     * struct of native order that is not packed; its target must be valid and have a flyweight.
     *
     * @param other another field annotation on it, or null
     */
    private int checkLink(TypeElement struct, ExecutableElement accessor, String other) {
        String name = accessor.getSimpleName().toString();
        TypeMirror type = accessor.getReturnType();
        if (StructElements.isUnresolved(type)) {
            return error(accessor, Message.UNRESOLVED_TYPE, name, type, struct.getSimpleName());
        }
        Optional<TypeElement> target = StructElements.structOf(type);
        String problem = other != null ? "is combined with " + other
                : !accessor.getParameters().isEmpty() ? "takes parameters"
                : target.isEmpty() ? "has type " + type + ", which is not an @ArenaStruct interface"
                : null;
        if (problem != null) {
            return error(accessor, Message.LINK_TYPE, name, problem, name);
        }
        StructElements.Wire layout = StructElements.wire(struct);
        if (!layout.isDefault()) {
            return error(accessor, Message.LINK_WIRE, name, struct.getSimpleName(), WireCheck.describe(layout));
        }
        if (!target.get().equals(struct) && !isValidNested(target.get())) {
            return error(accessor, Message.INVALID_NESTED_STRUCT, name, target.get().getSimpleName(), struct.getSimpleName());
        }
        return checkFlyweightExists(accessor, target.get());
    }

    /**
     * The generated flyweight is a top-level class of the struct's package: it names the enum
     * types of its fields, so each must be accessible from there, not only from the interface
     * (which may see a private enum of its enclosing class, or a protected one it inherits).
     */
    private int checkAccessible(TypeElement struct, ExecutableElement accessor, TypeElement enumType) {
        PackageElement here = elements.getPackageOf(struct);
        boolean samePackage = elements.getPackageOf(enumType).equals(here);
        for (Element e = enumType; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            String why = modifiers.contains(Modifier.PRIVATE) ? "private"
                    : samePackage || modifiers.contains(Modifier.PUBLIC) ? null
                    : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
            if (why != null) {
                String where = t.equals(enumType) ? "" : " (through its enclosing type " + t.getSimpleName() + ")";
                return error(accessor, Message.INACCESSIBLE_TYPE, accessor.getSimpleName(), enumType.getQualifiedName(),
                        why + where, StructElements.flyweightSimpleName(struct),
                        here.getQualifiedName(), t.getSimpleName());
            }
        }
        return 0;
    }

    /**
     * A nested struct read from a class file was compiled earlier, perhaps without this processor:
     * its flyweight must exist already, or the generated code would not compile. (One compiled in
     * this run from source gets its flyweight in this round.)
     */
    private int checkFlyweightExists(ExecutableElement accessor, TypeElement nested) {
        JavaFileObject file = elements.getFileObjectOf(nested);
        if (file == null || file.getKind() != JavaFileObject.Kind.CLASS) {
            return 0;
        }
        String flyweight = StructElements.flyweightQualifiedName(nested);
        if (elements.getTypeElement(elements.getModuleOf(nested), flyweight) != null) {
            return 0;
        }
        return error(accessor, Message.MISSING_FLYWEIGHT, accessor.getSimpleName(), nested.getQualifiedName(),
                file.getName(), flyweight, nested.getSimpleName());
    }

    /**
     * Whether a nested struct is valid, checked silently and remembered. Every struct it nests is
     * checked first, deepest first, so that checking one finds its own nested structs decided and
     * never recurses: a chain of thousands of nested structs takes no more stack than one.
     */
    private boolean isValidNested(TypeElement nested) {
        Boolean known = nestedValid.get(nested.getQualifiedName().toString());
        if (known != null) {
            return known;
        }
        List<TypeElement> order = StructGraph.nestedFirst(nested);
        order.add(nested);
        StructValidator silent = new StructValidator(elements, types, null, nestedValid);
        for (TypeElement struct : order) {
            String key = struct.getQualifiedName().toString();
            if (!nestedValid.containsKey(key)) {
                // Assumed valid while it is checked: structs that link to each other check each other.
                nestedValid.put(key, true);
                nestedValid.put(key, silent.validate(struct, true) == Outcome.VALID);
            }
        }
        return nestedValid.get(nested.getQualifiedName().toString());
    }

    /** The fix that fits the kind of reference the user wrote. */
    private String referenceFix(String name, TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return ": for an inline array, declare '@Array(length = N) " + ((ArrayType) type).getComponentType()
                    + " " + name + "(int index)'";
        }
        if (type.getKind() == TypeKind.TYPEVAR) {
            return ": replace the type variable with a primitive type";
        }
        Optional<TypeElement> element = StructElements.declaredElement(type);
        if (element.isEmpty()) {
            return ": declare a primitive type instead";
        }
        try {
            TypeKind primitive = types.unboxedType(type).getKind();
            return ": declare it as '" + primitive.name().toLowerCase(Locale.ROOT) + " " + name + "()'";
        } catch (IllegalArgumentException notABox) {
            // fall through to the kinds of declared type
        }
        TypeElement declared = element.get();
        if (declared.getQualifiedName().contentEquals("java.lang.String")) {
            return ": for text, declare '@Text(length = N) byte " + name + "(int index)'";
        }
        boolean ownInterface = declared.getKind() == ElementKind.INTERFACE
                && !declared.getQualifiedName().toString().startsWith("java.");
        if (ownInterface) {
            return ": to nest it by value, annotate " + declared.getSimpleName() + " with @ArenaStruct";
        }
        return ": keep the object outside the arena and store a primitive key or index to it here";
    }

    /** {@code @Array}/{@code @Text} on default, static or private methods would silently do nothing. */
    private int checkMisplacedSizing(TypeElement type) {
        int errors = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!StructElements.isFieldCandidate(method)) {
                for (String annotation : List.of(StructElements.ARRAY, StructElements.TEXT, StructElements.ATOMIC)) {
                    if (StructElements.annotation(method, annotation).isPresent()) {
                        String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
                        errors += error(method, Message.NOT_A_FIELD, simple, method.getSimpleName(), method.getSimpleName());
                    }
                }
            }
        }
        return errors;
    }

    private int error(Element element, Message message, Object... args) {
        if (messager != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
        }
        return 1;
    }

    private int error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        if (messager != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, mirror, value);
        }
        return 1;
    }

    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + "(" + method.getParameters().stream()
                .map(p -> p.asType().toString()).collect(Collectors.joining(", ")) + ")";
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "class";
            case ENUM -> "enum";
            case RECORD -> "record";
            case ANNOTATION_TYPE -> "annotation interface";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
