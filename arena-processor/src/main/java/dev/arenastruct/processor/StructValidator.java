package dev.arenastruct.processor;

import dev.arenastruct.processor.model.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Checks a struct declaration and reports every independent problem once, on the most specific
 * element, before anything is generated.
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

    private final Elements elements;
    private final Types types;
    private final Messager messager;

    StructValidator(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
    }

    /**
     * Validates {@code type}. Unresolved field types defer it, unless this is the last round,
     * where they are reported.
     */
    Outcome validate(TypeElement type, boolean lastRound) {
        if (type.getKind() != ElementKind.INTERFACE) {
            String name = type.getSimpleName().toString();
            error(type, Message.NOT_AN_INTERFACE, kindName(type.getKind()), name, name);
            return Outcome.INVALID;
        }
        List<ExecutableElement> accessors = StructElements.fieldAccessors(type);
        if (!lastRound && accessors.stream().anyMatch(a -> StructElements.isUnresolved(a.getReturnType()))) {
            return Outcome.UNRESOLVED;
        }
        int errors = 0;
        errors += checkImplementable(type);
        for (TypeParameterElement parameter : type.getTypeParameters()) {
            errors += error(parameter, Message.GENERIC_STRUCT, type.getSimpleName(), parameter.getSimpleName());
        }
        errors += checkInherited(type);
        for (ExecutableElement accessor : accessors) {
            errors += checkAccessor(type, accessor);
        }
        if (accessors.isEmpty()) {
            errors += error(type, Message.NO_FIELDS, type.getSimpleName());
        }
        errors += checkNameClashes(accessors);
        return errors == 0 ? Outcome.VALID : Outcome.INVALID;
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
                Names.flyweightName(StructElements.nestedNames(type)));
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

    private int checkAccessor(TypeElement type, ExecutableElement accessor) {
        int errors = 0;
        String name = accessor.getSimpleName().toString();
        TypeMirror returned = accessor.getReturnType();
        if (!accessor.getTypeParameters().isEmpty()) {
            String parameters = accessor.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
            errors += error(accessor, Message.GENERIC_ACCESSOR, name, parameters);
        }
        if (!accessor.getParameters().isEmpty()) {
            String parameters = accessor.getParameters().stream()
                    .map(p -> p.asType().toString()).collect(Collectors.joining(", "));
            String suggested = returned.getKind() == TypeKind.VOID ? "long" : returned.toString();
            errors += error(accessor, Message.ACCESSOR_PARAMETERS, name, parameters, suggested, name);
        }
        if (returned.getKind() == TypeKind.VOID) {
            errors += error(accessor, Message.VOID_ACCESSOR, name, name);
        } else if (StructElements.isUnresolved(returned)) {
            errors += error(accessor, Message.UNRESOLVED_TYPE, name, returned, type.getSimpleName());
        } else if (StructElements.scalarOf(returned).isEmpty()) {
            errors += error(accessor, Message.REFERENCE_FIELD, name, returned, referenceFix(name, returned));
        }
        return errors;
    }

    /** The fix that fits the kind of reference the user wrote. */
    private String referenceFix(String name, TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            try {
                TypeKind primitive = types.unboxedType(type).getKind();
                return ": declare it as '" + primitive.name().toLowerCase(Locale.ROOT) + " " + name + "()'";
            } catch (IllegalArgumentException notABox) {
                return ": keep the object outside the arena and store a primitive key or index to it here";
            }
        }
        return switch (type.getKind()) {
            case ARRAY -> ": a Java array lives on the heap; store its elements in primitive fields instead";
            case TYPEVAR -> ": replace the type variable with a primitive type";
            default -> ": declare a primitive type instead";
        };
    }

    private int checkNameClashes(List<ExecutableElement> accessors) {
        int errors = 0;
        Map<String, String> fieldByConstant = new HashMap<>();
        for (ExecutableElement accessor : accessors) {
            String name = accessor.getSimpleName().toString();
            String constant = Names.offsetConstant(name);
            String earlier = fieldByConstant.putIfAbsent(constant, name);
            if (earlier != null) {
                errors += error(accessor, Message.NAME_CLASH, name, constant, earlier);
            }
        }
        return errors;
    }

    private int error(Element element, Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
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
