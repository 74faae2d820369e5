package dev.arenastruct.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Which structs contain which by value: the cycles that would make a struct infinitely large, and
 * the order in which nested structs are checked and modelled. Every walk here is iterative, with
 * an explicit stack: a declaration can nest structs thousands deep, and no walk a declaration
 * drives may grow the Java stack with it.
 */
final class StructGraph {
    private StructGraph() {
    }

    /** The struct a field holds by value, directly or as the element of an {@code @Array}. */
    static Optional<TypeElement> nestedStruct(ExecutableElement accessor) {
        if (StructElements.annotation(accessor, StructElements.LINK).isPresent()) {
            return Optional.empty(); // a link refers to a struct; it does not contain it
        }
        return StructElements.structOf(accessor.getReturnType());
    }

    /** The structs {@code type}'s fields hold by value, in declared order (repeats included). */
    private static List<TypeElement> children(TypeElement type) {
        List<TypeElement> children = new ArrayList<>();
        for (ExecutableElement accessor : StructElements.fieldAccessors(type)) {
            nestedStruct(accessor).ifPresent(children::add);
        }
        return children;
    }

    /** A struct being walked, with the fields still to visit and the step that led into it. */
    private record Frame(TypeElement type, List<ExecutableElement> accessors, int next) {
        Frame(TypeElement type) {
            this(type, StructElements.fieldAccessors(type), 0);
        }
    }

    /**
     * The path by which {@code from} contains {@code target} by value, as {@code Type.field} steps
     * ending in the target's name, or empty if it does not.
     */
    static Optional<List<String>> pathTo(TypeElement from, TypeElement target) {
        Deque<Frame> stack = new ArrayDeque<>();
        List<String> path = new ArrayList<>();
        Set<TypeElement> seen = new HashSet<>();
        if (from.equals(target)) {
            return Optional.of(List.of(target.getSimpleName().toString()));
        }
        seen.add(from);
        stack.push(new Frame(from));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (frame.next() == frame.accessors().size()) { // done with it: step back out
                if (!path.isEmpty()) {
                    path.removeLast();
                }
                continue;
            }
            ExecutableElement accessor = frame.accessors().get(frame.next());
            stack.push(new Frame(frame.type(), frame.accessors(), frame.next() + 1));
            Optional<TypeElement> next = nestedStruct(accessor);
            if (next.isEmpty()) {
                continue;
            }
            String step = frame.type().getSimpleName() + "." + accessor.getSimpleName();
            if (next.get().equals(target)) {
                path.add(step);
                path.add(target.getSimpleName().toString());
                return Optional.of(path);
            }
            if (seen.add(next.get())) {
                path.add(step);
                stack.push(new Frame(next.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every struct {@code root} holds by value, directly or through others, each once, nested
     * ones before the structs that hold them (post-order), {@code root} itself excluded. Within a
     * cycle the order is the order of discovery.
     */
    static List<TypeElement> nestedFirst(TypeElement root) {
        List<TypeElement> order = new ArrayList<>();
        Set<TypeElement> seen = new HashSet<>();
        seen.add(root);
        Deque<TypeElement> types = new ArrayDeque<>();
        Deque<ArrayDeque<TypeElement>> pending = new ArrayDeque<>();
        types.push(root);
        pending.push(new ArrayDeque<>(children(root)));
        while (!types.isEmpty()) {
            TypeElement child = pending.peek().poll();
            if (child == null) {
                pending.pop();
                TypeElement done = types.pop();
                if (!done.equals(root)) {
                    order.add(done);
                }
            } else if (seen.add(child)) {
                types.push(child);
                pending.push(new ArrayDeque<>(children(child)));
            }
        }
        return order;
    }

    /** True if any field of {@code type}, or of a struct it nests, has a type javac has not resolved. */
    static boolean hasUnresolved(TypeElement type) {
        List<TypeElement> all = new ArrayList<>(nestedFirst(type));
        all.add(type);
        for (TypeElement struct : all) {
            for (ExecutableElement accessor : StructElements.fieldAccessors(struct)) {
                if (StructElements.isUnresolved(accessor.getReturnType())) {
                    return true;
                }
            }
        }
        return false;
    }
}
