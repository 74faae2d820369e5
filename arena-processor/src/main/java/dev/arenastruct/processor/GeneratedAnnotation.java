package dev.arenastruct.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides whether a flyweight may carry {@code @javax.annotation.processing.Generated}, and tells
 * the ones this processor wrote from other generators' (only those may be claimed). The
 * annotation lives in module {@code java.compiler}, which a named module that requires only
 * {@code dev.arenastruct} does not read: there the import alone fails to compile.
 */
final class GeneratedAnnotation {
    /** Qualified name of the annotation. */
    static final String NAME = "javax.annotation.processing.Generated";
    private static final String MODULE = "java.compiler";

    private GeneratedAnnotation() {
    }

    /** Whether code in {@code struct}'s module can refer to {@code @Generated}. */
    static boolean isReadableFrom(TypeElement struct, Elements elements) {
        ModuleElement module = elements.getModuleOf(struct);
        if (module == null) { // a compiler without modules (source level 8): the class path is all there is
            return elements.getTypeElement(NAME) != null;
        }
        if (module.isUnnamed()) { // reads every module in the graph; null if java.compiler is left out of it
            return elements.getTypeElement(module, NAME) != null;
        }
        // javac's getTypeElement(module, name) answers "as seen from the module" too, but the module's
        // own requires are what every compiler agrees on (single-argument getTypeElement does not
        // check readability at all: it finds the class whenever java.compiler is in the graph).
        return reads(module, MODULE);
    }

    /** Whether {@code element} is marked {@code @Generated} by this processor, and by no other. */
    static boolean isMarkedByUs(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(NAME)) {
                for (var entry : mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals("value")) {
                        return namesOnlyUs(entry.getValue());
                    }
                }
            }
        }
        return false;
    }

    private static boolean namesOnlyUs(AnnotationValue value) {
        // value() is a String[]: javac hands a single string over as a one-element list.
        if (!(value.getValue() instanceof List<?> names) || names.size() != 1) {
            return false;
        }
        return ((AnnotationValue) names.get(0)).getValue().equals(ArenaStructProcessor.class.getName());
    }

    /**
     * Whether {@code module} reads {@code target}: requires it, or requires a module that
     * requires it transitively ({@code java.se} does), at any depth.
     */
    private static boolean reads(ModuleElement module, String target) {
        Set<ModuleElement> seen = new HashSet<>();
        Deque<ModuleElement> readable = new ArrayDeque<>();
        for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            readable.add(requires.getDependency());
        }
        while (!readable.isEmpty()) {
            ModuleElement next = readable.pop();
            if (next == null || !seen.add(next)) { // null: a dependency the compiler could not resolve
                continue;
            }
            if (next.getQualifiedName().contentEquals(target)) {
                return true;
            }
            for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
                if (requires.isTransitive()) {
                    readable.add(requires.getDependency());
                }
            }
        }
        return false;
    }
}
