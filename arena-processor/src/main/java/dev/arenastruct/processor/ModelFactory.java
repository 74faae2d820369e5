package dev.arenastruct.processor;

import dev.arenastruct.processor.model.StructModel;
import dev.arenastruct.processor.model.StructModel.DeclaredField;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Turns a validated struct interface into the plain model the layout and the writer work on. */
final class ModelFactory {
    private final Elements elements;

    ModelFactory(Elements elements) {
        this.elements = elements;
    }

    /** Builds the model of {@code type}, which {@link StructValidator} has found valid. */
    StructModel create(TypeElement type) {
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        return StructModel.of(packageName, StructElements.nestedNames(type),
                StructElements.fieldAccessors(type).stream().map(ModelFactory::field).toList());
    }

    private static DeclaredField field(ExecutableElement accessor) {
        return new DeclaredField(accessor.getSimpleName().toString(),
                StructElements.scalarOf(accessor.getReturnType()).orElseThrow(
                        () -> new IllegalStateException("validated accessor has no scalar type: " + accessor)));
    }
}
