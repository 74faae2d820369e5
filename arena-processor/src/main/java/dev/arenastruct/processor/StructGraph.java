package dev.arenastruct.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Which structs contain which by value, to find the cycles that would make a struct infinitely large. */
final class StructGraph {
    private StructGraph() {
    }

    /** The struct a field holds by value, directly or as the element of an {@code @Array}. */
    static Optional<TypeElement> nestedStruct(ExecutableElement accessor) {
        return StructElements.structOf(accessor.getReturnType());
    }

    /**
     * The path by which {@code from} contains {@code target} by value, as {@code Type.field} steps
     * ending in the target's name, or empty if it does not.
     */
    static Optional<List<String>> pathTo(TypeElement from, TypeElement target) {
        List<String> path = new ArrayList<>();
        return search(from, target, path, new HashSet<>()) ? Optional.of(path) : Optional.empty();
    }

    private static boolean search(TypeElement at, TypeElement target, List<String> path, Set<TypeElement> seen) {
        if (at.equals(target)) {
            path.add(target.getSimpleName().toString());
            return true;
        }
        if (!seen.add(at)) {
            return false;
        }
        for (ExecutableElement accessor : StructElements.fieldAccessors(at)) {
            Optional<TypeElement> next = nestedStruct(accessor);
            if (next.isPresent()) {
                path.add(at.getSimpleName() + "." + accessor.getSimpleName());
                if (search(next.get(), target, path, seen)) {
                    return true;
                }
                path.removeLast();
            }
        }
        return false;
    }

    /** True if any field of {@code type}, or of a struct it nests, has a type javac has not resolved. */
    static boolean hasUnresolved(TypeElement type) {
        return hasUnresolved(type, new HashSet<>());
    }

    private static boolean hasUnresolved(TypeElement type, Set<TypeElement> seen) {
        if (!seen.add(type)) {
            return false;
        }
        for (ExecutableElement accessor : StructElements.fieldAccessors(type)) {
            if (StructElements.isUnresolved(accessor.getReturnType())) {
                return true;
            }
            Optional<TypeElement> nested = nestedStruct(accessor);
            if (nested.isPresent() && hasUnresolved(nested.get(), seen)) {
                return true;
            }
        }
        return false;
    }
}
