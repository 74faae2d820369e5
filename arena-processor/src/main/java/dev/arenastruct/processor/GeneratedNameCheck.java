package dev.arenastruct.processor;

import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.GeneratedMembers.FieldKind;
import dev.arenastruct.processor.model.GeneratedMembers.Method;
import dev.arenastruct.processor.model.Names;
import dev.arenastruct.processor.model.ScalarType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The names a struct's flyweight would declare or use, checked against each other and against
 * what the interface already has, so that a clash is an error on the declaration instead of a
 * generated file that does not compile: two fields generating one member ({@code NameClash}), a
 * field generating one of the flyweight's own members ({@code ReservedName}), a default method
 * with a generated member's signature ({@code DefaultMethodClash}), and an interface constant or
 * member type that would hide a name the generated code refers to ({@code ShadowedName}).
 */
final class GeneratedNameCheck {
    /** Reports one error and returns 1, as the validator counts them. */
    interface Errors {
        int error(Element element, Message message, Object... args);
    }

    /**
     * Types the generated code names, with the root of their package. A constant hides a type only
     * where the name is used as an expression's qualifier ({@code MemorySegment.NULL}; JLS 6.5.2:
     * a variable is chosen over a type there), not where only a type can stand (a parameter type,
     * {@code @Override}); but where the writer qualifies a type because a member type of the
     * interface has its simple name, the qualified name starts with the package root.
     */
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("ArenaAllocator", "dev"),
            Map.entry("Flyweights", "dev"), Map.entry("Lifetime", "dev"), Map.entry("Texts", "dev"),
            Map.entry("MemoryLayout", "java"), Map.entry("MemorySegment", "java"), Map.entry("SegmentAllocator", "java"),
            Map.entry("StructLayout", "java"), Map.entry("ValueLayout", "java"), Map.entry("Generated", "javax"),
            Map.entry("Override", "java"), Map.entry("String", "java"), Map.entry("StringBuilder", "java"),
            Map.entry("CharSequence", "java"), Map.entry("Byte", "java"), Map.entry("Short", "java"));

    /** Of those, the ones every flyweight uses as an expression's qualifier. */
    private static final Set<String> ALWAYS_QUALIFYING = Set.of("Flyweights", "Lifetime", "MemorySegment", "MemoryLayout");

    private final Elements elements;
    private final Types types;
    private final Errors errors;

    GeneratedNameCheck(Elements elements, Types types, Errors errors) {
        this.elements = elements;
        this.types = types;
        this.errors = errors;
    }

    /** Runs every check on {@code struct} with its field accessors; returns the number of errors. */
    int check(TypeElement struct, List<ExecutableElement> accessors) {
        Map<ExecutableElement, List<Method>> generated = new HashMap<>();
        for (ExecutableElement accessor : accessors) {
            FieldKind kind = kindOf(accessor);
            generated.put(accessor, GeneratedMembers.methodsOf(accessor.getSimpleName().toString(), kind,
                    types.erasure(accessor.getReturnType()).toString()));
        }
        return checkFields(accessors, generated) + checkDefaultMethods(struct, accessors, generated)
                + checkShadowing(struct, accessors);
    }

    /** Two fields must not generate one member, and no field one of the flyweight's own. */
    private int checkFields(List<ExecutableElement> accessors, Map<ExecutableElement, List<Method>> generated) {
        int count = 0;
        Map<String, String> owner = new HashMap<>();
        for (ExecutableElement accessor : accessors) {
            String name = accessor.getSimpleName().toString();
            Optional<Method> reserved = generated.get(accessor).stream()
                    .filter(m -> GeneratedMembers.fixedMethods().stream().anyMatch(m::sameSignature)).findFirst();
            if (reserved.isPresent()) {
                count += errors.error(accessor, Message.RESERVED_NAME, name, reserved.get());
                continue;
            }
            Map<String, String> members = new LinkedHashMap<>(); // javac's identity of a member -> as shown
            generated.get(accessor).forEach(m -> members.put(m.name() + m.parameters(), m.toString()));
            GeneratedMembers.fieldsOf(name, kindOf(accessor), isEnumValued(accessor)).forEach(f -> members.put(f, f));
            for (Map.Entry<String, String> member : members.entrySet()) {
                String other = owner.putIfAbsent(member.getKey(), name);
                if (other != null && !other.equals(name)) {
                    count += errors.error(accessor, Message.NAME_CLASH, name, member.getValue(), other);
                    break;
                }
            }
        }
        return count;
    }

    /**
     * A default method of the interface (its own or inherited) with the signature of a generated
     * member: the flyweight would either fail to compile (another return type, or a static
     * accessor against an instance method) or silently replace the method's body.
     */
    private int checkDefaultMethods(TypeElement struct, List<ExecutableElement> accessors,
            Map<ExecutableElement, List<Method>> generated) {
        int count = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(struct))) {
            if (!method.getModifiers().contains(Modifier.DEFAULT)) {
                continue;
            }
            Method signature = new Method(method.getSimpleName().toString(), method.getParameters().stream()
                    .map(p -> types.erasure(p.asType()).toString()).toList(), false);
            for (ExecutableElement accessor : accessors) {
                Optional<Method> clash = generated.get(accessor).stream().filter(signature::sameSignature).findFirst();
                if (clash.isPresent()) {
                    boolean own = method.getEnclosingElement().equals(struct);
                    count += errors.error(own ? method : struct, Message.DEFAULT_METHOD_CLASH, signature,
                            struct.getSimpleName(),
                            own ? "declares" : "inherits from " + method.getEnclosingElement().getSimpleName(),
                            clash.get().isStatic() ? "static accessor" : "accessor", flyweightName(struct),
                            accessor.getSimpleName());
                    break;
                }
            }
        }
        return count;
    }

    /**
     * Constants and member types the flyweight inherits from the interface are in scope in its
     * body, ahead of imports: a constant named like a static import or a qualifying type the
     * generated code uses would be found instead of it. Member types are qualified by the writer,
     * except one named like the flyweight itself.
     */
    private int checkShadowing(TypeElement struct, List<ExecutableElement> accessors) {
        Set<String> used = referencedNames(struct, accessors);
        String flyweight = flyweightName(struct);
        int count = 0;
        for (Element member : elements.getAllMembers(struct)) {
            String name = member.getSimpleName().toString();
            boolean constant = member.getKind() == ElementKind.FIELD && used.contains(name);
            boolean type = member instanceof TypeElement && name.equals(flyweight);
            if (constant || type) {
                boolean own = member.getEnclosingElement().equals(struct);
                String what = (constant ? "constant '" : "member type '") + name + "'"
                        + (own ? "" : " (inherited from " + member.getEnclosingElement().getSimpleName() + ")");
                count += errors.error(own ? member : struct, Message.SHADOWED_NAME, what, struct.getSimpleName(),
                        name, flyweight);
            }
        }
        return count;
    }

    /**
     * The simple names an inherited constant would hide in the generated code: the value layouts
     * it imports statically, the types it uses as qualifiers ({@code Texts.set}, {@code
     * Side.values()}, {@code LevelFlyweight.LAYOUT}), and the package root of each type the writer
     * qualifies because a member type of the interface has its simple name.
     */
    private Set<String> referencedNames(TypeElement struct, List<ExecutableElement> accessors) {
        Map<String, String> typeRoots = new HashMap<>(NAMED);
        Set<String> used = new LinkedHashSet<>(ALWAYS_QUALIFYING);
        typeRoots.put(flyweightName(struct), packageRoot(struct));
        for (ExecutableElement accessor : accessors) {
            if (StructElements.annotation(accessor, StructElements.TEXT).isPresent()) {
                used.add(ScalarType.BYTE.valueLayout());
                used.add("Texts");
                continue;
            }
            TypeMirror type = accessor.getReturnType();
            StructElements.scalarOf(type).ifPresent(s -> used.add(s.valueLayout()));
            StructElements.enumOf(type).ifPresent(e -> {
                ScalarType storage = new FieldType.EnumType(StructElements.typeRef(e), StructElements.enumConstantCount(e))
                        .storage();
                used.add(storage.valueLayout());
                used.add(storage == ScalarType.BYTE ? "Byte" : storage == ScalarType.SHORT ? "Short" : "");
                String outermost = StructElements.typeRef(e).nestedNames().getFirst();
                used.add(outermost);
                typeRoots.put(outermost, packageRoot(e));
            });
            StructElements.structOf(type).ifPresent(s -> {
                String flyweight = Names.flyweightName(StructElements.typeRef(s).nestedNames());
                used.add(flyweight);
                typeRoots.put(flyweight, packageRoot(s));
            });
        }
        used.remove("");
        for (Element member : elements.getAllMembers(struct)) {
            String root = typeRoots.get(member.getSimpleName().toString());
            if (member instanceof TypeElement && root != null) {
                used.add(root);
            }
        }
        return used;
    }

    private static String packageRoot(TypeElement type) {
        Element e = type;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        String name = ((PackageElement) e).getQualifiedName().toString();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }

    private static String flyweightName(TypeElement struct) {
        return Names.flyweightName(StructElements.typeRef(struct).nestedNames());
    }

    private static boolean isEnumValued(ExecutableElement accessor) {
        return StructElements.enumOf(accessor.getReturnType()).isPresent();
    }

    /** What a field generates, by its declaration; for malformed ones the nearest shape. */
    private static FieldKind kindOf(ExecutableElement accessor) {
        TypeMirror type = accessor.getReturnType();
        if (StructElements.annotation(accessor, StructElements.TEXT).isPresent()) {
            return FieldKind.TEXT;
        }
        boolean struct = StructElements.structOf(type).isPresent();
        if (StructElements.annotation(accessor, StructElements.ARRAY).isPresent()) {
            if (struct) {
                return FieldKind.NESTED_ARRAY;
            }
            return type.getKind().isPrimitive() && type.getKind() != TypeKind.BOOLEAN ? FieldKind.BULK_ARRAY : FieldKind.ARRAY;
        }
        return struct ? FieldKind.NESTED : FieldKind.VALUE;
    }
}
