package dev.arenastruct.processor;

import dev.arenastruct.processor.model.AccessLayouts;
import dev.arenastruct.processor.model.Endian;
import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.GeneratedMembers.FieldKind;
import dev.arenastruct.processor.model.GeneratedMembers.Method;
import dev.arenastruct.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
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
     * Types every flyweight uses as an expression's qualifier ({@code MemorySegment.NULL}), by
     * simple name. A constant hides a type only there (JLS 6.5.2: a variable is chosen over a
     * type), not where only a type can stand (a parameter type, {@code @Override}).
     */
    private static final List<String> ALWAYS_QUALIFYING = List.of("dev.arenastruct.internal.Flyweights",
            "dev.arenastruct.internal.StructContents", "dev.arenastruct.internal.Links",
            "dev.arenastruct.internal.ArenaMemory", "dev.arenastruct.Lifetime", "java.lang.foreign.MemorySegment",
            "java.lang.foreign.MemoryLayout");

    /** Other types generated code names: one of these can make the writer qualify a qualifier of the same name. */
    private static final List<String> ALSO_NAMED = List.of("dev.arenastruct.ArenaAllocator",
            "dev.arenastruct.StructArray", "dev.arenastruct.StructList",
            "java.lang.foreign.SegmentAllocator", "java.lang.foreign.StructLayout", "java.lang.foreign.ValueLayout",
            "javax.annotation.processing.Generated", "java.lang.Override", "java.lang.String",
            "java.lang.StringBuilder", "java.lang.CharSequence");

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
            String valueType = kind == FieldKind.LINK
                    ? StructElements.structOf(accessor.getReturnType()).map(StructElements::flyweightQualifiedName).orElse("")
                    : types.erasure(accessor.getReturnType()).toString();
            List<Method> methods = new ArrayList<>(GeneratedMembers.methodsOf(accessor.getSimpleName().toString(), kind,
                    valueType));
            if (StructElements.isAtomic(struct, accessor)) {
                methods.addAll(GeneratedMembers.atomicMethodsOf(accessor.getSimpleName().toString(),
                        accessor.getReturnType().toString()));
            }
            if (StructElements.annotation(accessor, StructElements.TEXT)
                    .filter(text -> StructElements.length(text) <= GeneratedMembers.LONG_TEXT_BYTES).isPresent()) {
                methods.addAll(GeneratedMembers.shortTextMethodsOf(accessor.getSimpleName().toString()));
            }
            generated.put(accessor, methods);
        }
        List<Method> fixed = GeneratedMembers.fixedMethods(elements.getPackageOf(struct).getQualifiedName()
                + (elements.getPackageOf(struct).isUnnamed() ? "" : ".") + StructElements.flyweightSimpleName(struct));
        return checkFields(accessors, generated, fixed) + checkDefaultMethods(struct, accessors, generated, fixed)
                + checkShadowing(struct, accessors) + checkEnumsNamedLikeLayouts(struct, accessors);
    }

    /** Names no record component may have (JLS 8.10.1): Object's methods without parameters. */
    private static final java.util.Set<String> RECORD_FORBIDDEN = java.util.Set.of("clone", "finalize", "getClass",
            "hashCode", "notify", "notifyAll", "toString", "wait");

    /** Two fields must not generate one member, and no field one of the flyweight's own. */
    private int checkFields(List<ExecutableElement> accessors, Map<ExecutableElement, List<Method>> generated,
            List<Method> fixed) {
        int count = 0;
        Map<String, String> owner = new HashMap<>();
        for (ExecutableElement accessor : accessors) {
            String name = accessor.getSimpleName().toString();
            Optional<Method> reserved = generated.get(accessor).stream()
                    .filter(m -> fixed.stream().anyMatch(m::sameSignature)).findFirst();
            if (reserved.isPresent()) {
                count += errors.error(accessor, Message.RESERVED_NAME, name, reserved.get());
                continue;
            }
            if (name.equals("StructValues")) { // a record component: a variable, which hides the type of that name
                count += errors.error(accessor, Message.VALUE_COMPONENT_NAME, name);
                continue;
            }
            // JLS 8.10.1. Fields without parameters of these names are refused already (ObjectMethod) or are
            // not valid Java; an array or text field, with its index parameter, reached the record.
            if (!accessor.getParameters().isEmpty() && RECORD_FORBIDDEN.contains(name)) {
                count += errors.error(accessor, Message.RECORD_COMPONENT_NAME, name);
                continue;
            }
            Map<String, String> members = new LinkedHashMap<>(); // javac's identity of a member -> as shown
            generated.get(accessor).forEach(m -> members.put(m.name() + m.parameters(), m.toString()));
            GeneratedMembers.fieldsOf(name, kindOf(accessor), isEnumValued(accessor),
                    StructElements.enumOf(accessor.getReturnType()).map(StructElements::isCoded).orElse(false)).forEach(f -> members.put(f, f));
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
            Map<ExecutableElement, List<Method>> generated, List<Method> fixed) {
        int count = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(struct))) {
            if (!method.getModifiers().contains(Modifier.DEFAULT)) {
                continue;
            }
            Method signature = new Method(method.getSimpleName().toString(), method.getParameters().stream()
                    .map(p -> types.erasure(p.asType()).toString()).toList(), false);
            boolean own = method.getEnclosingElement().equals(struct);
            String how = own ? "declares" : "inherits from " + method.getEnclosingElement().getSimpleName();
            if (fixed.stream().anyMatch(signature::sameSignature)) {
                count += errors.error(own ? method : struct, Message.DEFAULT_METHOD_RESERVED, signature,
                        struct.getSimpleName(), how, StructElements.flyweightSimpleName(struct));
                continue;
            }
            for (ExecutableElement accessor : accessors) {
                List<Method> members = new ArrayList<>(generated.get(accessor));
                members.addAll(GeneratedMembers.valueMethodsOf(accessor.getSimpleName().toString(), kindOf(accessor)));
                Optional<Method> clash = members.stream().filter(signature::sameSignature).findFirst();
                if (clash.isPresent()) {
                    count += errors.error(own ? method : struct, Message.DEFAULT_METHOD_CLASH, signature,
                            struct.getSimpleName(), how, clash.get().isStatic() ? "static accessor" : "accessor",
                            StructElements.flyweightSimpleName(struct), accessor.getSimpleName());
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
        String flyweight = StructElements.flyweightSimpleName(struct);
        String valueName = flyweight.substring(0, flyweight.length() - "Flyweight".length()) + "Value";
        int count = 0;
        for (Element member : elements.getAllMembers(struct)) {
            String name = member.getSimpleName().toString();
            boolean constant = member.getKind() == ElementKind.FIELD && used.contains(name);
            boolean type = member instanceof TypeElement && (name.equals(flyweight) || name.equals(valueName));
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
     * An enum whose top-level type is named like a value layout the flyweight imports statically
     * ({@code enum JAVA_LONG}) loses to the imported variable where it qualifies
     * {@code JAVA_LONG.values()} (JLS 6.5.2), and a type of the struct's own package (or of the
     * unnamed one) cannot be written qualified to avoid it.
     */
    private int checkEnumsNamedLikeLayouts(TypeElement struct, List<ExecutableElement> accessors) {
        Set<String> layouts = staticImports(struct, accessors);
        int count = 0;
        for (ExecutableElement accessor : accessors) {
            Optional<TypeElement> enumType = StructElements.enumOf(accessor.getReturnType());
            if (enumType.isEmpty()) {
                continue;
            }
            String name = outermost(enumType.get()).getSimpleName().toString();
            if (layouts.contains(name)) {
                count += errors.error(accessor, Message.LAYOUT_NAMED_TYPE, accessor.getSimpleName(),
                        enumType.get().getQualifiedName(), name, StructElements.flyweightSimpleName(struct));
            }
        }
        return count;
    }

    /**
     * The simple names an inherited constant would hide in the generated code: the value layouts
     * it imports statically, the types it uses as qualifiers ({@code Texts.set}, {@code
     * Side.values()}, {@code LevelFlyweight.LAYOUT}), and the package root of each such type that
     * the writer has to write qualified, because another type it names, a type of the struct's
     * package or a member type of the interface has the same simple name.
     */
    /** The value layouts the flyweight of {@code struct} with {@code accessors} imports statically. */
    private static Set<String> staticImports(TypeElement struct, List<ExecutableElement> accessors) {
        StructElements.Wire wire = StructElements.wire(struct);
        Set<String> layouts = new LinkedHashSet<>();
        for (ExecutableElement accessor : accessors) {
            if (StructElements.annotation(accessor, StructElements.TEXT).isPresent()) {
                layouts.add(ScalarType.BYTE.valueLayout());
                continue;
            }
            if (StructElements.annotation(accessor, StructElements.LINK).isPresent()) {
                layouts.add(ScalarType.LONG.valueLayout()); // the address and stamp words of LAYOUT
                continue;
            }
            int unsigned = StructElements.unsignedBytes(accessor).filter(b -> b >= 1 && b <= 8).orElse(0);
            ScalarType storage = StructElements.enumOf(accessor.getReturnType()).map(e -> enumStorage(e, unsigned))
                    .or(() -> StructElements.scalarOf(accessor.getReturnType()))
                    .orElse(null);
            if (storage != null && unsigned > 0 && StructElements.enumOf(accessor.getReturnType()).isEmpty()) {
                storage = Long.bitCount(unsigned) == 1 ? FieldType.Unsigned.storageOf(unsigned) : ScalarType.BYTE;
            }
            if (storage != null) {
                layouts.addAll(AccessLayouts.staticImports(storage, wire.endian(), wire.packed()));
            }
        }
        return layouts;
    }

    /** The top-level type {@code type} is nested in, or itself: what generated code names to qualify it. */
    private static TypeElement outermost(TypeElement type) {
        TypeElement outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement outer) {
            outermost = outer;
        }
        return outermost;
    }

    private static ScalarType enumStorage(TypeElement enumType, int unsignedBytes) {
        int bytes = unsignedBytes == 1 || unsignedBytes == 2 || unsignedBytes == 4 ? unsignedBytes : 0;
        return new FieldType.EnumType(StructElements.typeRef(enumType), StructElements.enumConstantCount(enumType),
                StructElements.enumCodes(enumType), bytes).storage();
    }

    private Set<String> referencedNames(TypeElement struct, List<ExecutableElement> accessors) {
        Set<String> qualifiers = new LinkedHashSet<>(ALWAYS_QUALIFYING); // qualified names
        Set<String> used = staticImports(struct, accessors);
        if (StructElements.wire(struct).endian() != Endian.NATIVE) {
            qualifiers.add("dev.arenastruct.internal.WireLayouts");
        }
        for (ExecutableElement accessor : accessors) {
            if (StructElements.isAtomic(struct, accessor)) {
                qualifiers.add("dev.arenastruct.internal.Atomics");
            }
            Optional<AnnotationMirror> text = StructElements.annotation(accessor, StructElements.TEXT);
            if (text.isPresent()) {
                qualifiers.add(StructElements.spacePadded(text.get()) ? "dev.arenastruct.internal.SpacePaddedTexts"
                        : "dev.arenastruct.internal.Texts");
                continue;
            }
            int unsigned = StructElements.unsignedBytes(accessor).filter(b -> b >= 1 && b <= 8).orElse(0);
            if (unsigned > 0) { // the range check, the unsigned widening, and the byte order of odd widths
                qualifiers.addAll(List.of("dev.arenastruct.internal.WireInts", "java.lang.Byte", "java.lang.Short",
                        "java.lang.Integer", "java.nio.ByteOrder"));
            }
            TypeMirror type = accessor.getReturnType();
            StructElements.enumOf(type).ifPresent(e -> {
                ScalarType storage = enumStorage(e, unsigned);
                if (storage == ScalarType.BYTE || storage == ScalarType.SHORT) {
                    String box = storage == ScalarType.BYTE ? "Byte" : "Short";
                    qualifiers.add("java.lang." + box);
                }
                if (StructElements.isCoded(e)) {
                    qualifiers.addAll(List.of("dev.arenastruct.internal.EnumCodes", "java.lang.Integer"));
                }
                qualifiers.add(outermost(e).getQualifiedName().toString());
            });
            StructElements.structOf(type).ifPresent(s -> {
                qualifiers.add(StructElements.flyweightQualifiedName(s));
            });
        }
        qualifiers.forEach(q -> used.add(q.substring(q.lastIndexOf('.') + 1)));
        List<String> others = new ArrayList<>(ALSO_NAMED);
        others.addAll(qualifiers);
        others.add(StructElements.flyweightQualifiedName(struct));
        for (Element member : elements.getAllMembers(struct)) {
            if (member instanceof TypeElement t) {
                others.add(t.getQualifiedName().toString());
            }
        }
        for (Element sibling : elements.getPackageOf(struct).getEnclosedElements()) {
            if (sibling instanceof TypeElement t) {
                others.add(t.getQualifiedName().toString());
            }
        }
        for (String qualified : qualifiers) {
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            boolean clashes = others.stream()
                    .anyMatch(o -> !o.equals(qualified) && o.substring(o.lastIndexOf('.') + 1).equals(simple));
            if (clashes && qualified.contains(".")) { // a type of the unnamed package is never written qualified
                used.add(qualified.substring(0, qualified.indexOf('.')));
            }
        }
        return used;
    }

    private static boolean isEnumValued(ExecutableElement accessor) {
        return StructElements.enumOf(accessor.getReturnType()).isPresent();
    }

    /** What a field generates, by its declaration; for malformed ones the nearest shape. */
    private static FieldKind kindOf(ExecutableElement accessor) {
        TypeMirror type = accessor.getReturnType();
        if (StructElements.annotation(accessor, StructElements.LINK).isPresent()) {
            return FieldKind.LINK;
        }
        if (StructElements.annotation(accessor, StructElements.TEXT).isPresent()) {
            return FieldKind.TEXT;
        }
        boolean struct = StructElements.structOf(type).isPresent();
        if (StructElements.annotation(accessor, StructElements.ARRAY).isPresent()) {
            if (struct) {
                return FieldKind.NESTED_ARRAY;
            }
            boolean bulk = type.getKind().isPrimitive() && type.getKind() != TypeKind.BOOLEAN
                    && StructElements.annotation(accessor, StructElements.UNSIGNED).isEmpty(); // widened: no bulk copies
            return bulk ? FieldKind.BULK_ARRAY : FieldKind.ARRAY;
        }
        return struct ? FieldKind.NESTED : FieldKind.VALUE;
    }
}
