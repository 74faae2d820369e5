package dev.arenastruct.processor;

import dev.arenastruct.processor.model.FieldType;
import dev.arenastruct.processor.model.ScalarType;
import dev.arenastruct.processor.model.StructModel;
import dev.arenastruct.processor.model.StructModel.DeclaredField;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Turns a validated struct interface into the plain model the layout and the writer work on. */
final class ModelFactory {
    private final Elements elements;
    private final Map<String, StructModel> models = new HashMap<>();

    ModelFactory(Elements elements) {
        this.elements = elements;
    }

    /**
     * Builds the model of {@code type}, which {@link StructValidator} has found valid (so its
     * nested structs are valid and acyclic).
     *
     * @throws ArithmeticException if the struct's size overflows a {@code long}
     */
    StructModel create(TypeElement type) {
        String key = type.getQualifiedName().toString();
        StructModel known = models.get(key);
        if (known != null) {
            return known;
        }
        // Nested structs first, deepest first, so that modelling one never recurses (validation
        // has ruled out cycles): a chain thousands deep takes no more stack than one struct.
        for (TypeElement nested : StructGraph.nestedFirst(type)) {
            if (!models.containsKey(nested.getQualifiedName().toString())) {
                models.put(nested.getQualifiedName().toString(), model(nested));
            }
        }
        StructModel model = model(type);
        models.put(key, model);
        return model;
    }

    private StructModel model(TypeElement type) {
        AnnotationMirror struct = StructElements.annotation(type, StructElements.ARENA_STRUCT).orElseThrow();
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(struct);
        long alignment = (Long) attribute(values, "alignment");
        boolean compact = ((VariableElement) attribute(values, "fieldOrder")).getSimpleName().contentEquals("COMPACT");
        StructElements.Wire wire = StructElements.wire(type);
        return StructModel.of(StructElements.typeRef(type),
                StructElements.fieldAccessors(type).stream().map(accessor -> field(type, accessor)).toList(),
                alignment == 0 ? 1 : alignment, compact, wire.endian(), wire.packed());
    }

    private DeclaredField field(TypeElement struct, ExecutableElement accessor) {
        String name = accessor.getSimpleName().toString();
        TypeMirror type = accessor.getReturnType();
        Optional<AnnotationMirror> text = StructElements.annotation(accessor, StructElements.TEXT);
        if (text.isPresent()) {
            return new DeclaredField(name, new FieldType.Text(StructElements.length(text.get()),
                    StructElements.spacePadded(text.get())));
        }
        Optional<AnnotationMirror> array = StructElements.annotation(accessor, StructElements.ARRAY);
        FieldType value = valueType(type, StructElements.unsignedBytes(accessor).orElse(0));
        return new DeclaredField(name,
                array.isPresent() ? new FieldType.ArrayOf(value, StructElements.length(array.get())) : value,
                StructElements.isAtomic(struct, accessor));
    }

    /** @param unsignedBytes the {@code @Unsigned} width, or 0 */
    private FieldType valueType(TypeMirror type, int unsignedBytes) {
        Optional<TypeElement> enumType = StructElements.enumOf(type);
        if (enumType.isPresent()) {
            return new FieldType.EnumType(StructElements.typeRef(enumType.get()),
                    StructElements.enumConstantCount(enumType.get()), StructElements.enumCodes(enumType.get()),
                    unsignedBytes);
        }
        Optional<TypeElement> nested = StructElements.structOf(type);
        if (nested.isPresent()) {
            StructModel inner = models.get(nested.get().getQualifiedName().toString());
            return new FieldType.Nested(inner.type(), inner.byteSize(), inner.byteAlignment());
        }
        ScalarType scalar = StructElements.scalarOf(type).orElseThrow(
                () -> new IllegalStateException("validated field has no storable type: " + type));
        return unsignedBytes > 0 ? new FieldType.Unsigned(unsignedBytes, scalar) : new FieldType.Scalar(scalar);
    }

    private static Object attribute(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        return values.entrySet().stream().filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .findFirst().orElseThrow().getValue().getValue();
    }
}
