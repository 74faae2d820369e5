package dev.arenastruct.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.Names.AtomicMode;
import dev.arenastruct.processor.model.ScalarType;
import javax.lang.model.element.Modifier;

/**
 * The atomic accessors of an {@code @Atomic} {@code int}, {@code long}, {@code float} or {@code double}
 * field, one per var handle
 * access mode, each calling {@code Atomics} on the stale-checked memory. The plain getter and
 * setter are {@link AccessorWriter}'s, unchanged.
 */
final class AtomicAccessorWriter {
    private AtomicAccessorWriter() {
    }

    static void add(TypeSpec.Builder type, ClassName self, String structName, FieldModel field, ScalarType scalar) {
        String suffix = switch (scalar) {
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> "Int";
        };
        TypeName javaType = JavaTypes.primitive(scalar);
        String name = field.name();
        CodeBlock memory = CodeBlock.of("$T.live(segment, lifetime, generation, $S), offset + $L", JavaTypes.FLYWEIGHTS,
                structName, field.offsetConstant());
        for (AtomicMode mode : AtomicMode.values()) {
            if (mode == AtomicMode.GET_AND_ADD && !AtomicMode.adds(javaType.toString())) {
                continue;
            }
            MethodSpec.Builder method = MethodSpec.methodBuilder(mode.methodName(name)).addModifiers(Modifier.PUBLIC);
            switch (mode) {
                case VOLATILE -> {
                    type.addMethod(method.returns(javaType)
                            .addJavadoc("Reads {@code $L} with volatile semantics, as {@code VarHandle.getVolatile}.\n", name)
                            .addStatement("return $T.getVolatile$L($L)", JavaTypes.ATOMICS, suffix, memory).build());
                    type.addMethod(MethodSpec.methodBuilder(mode.methodName(name)).addModifiers(Modifier.PUBLIC)
                            .returns(self).addParameter(javaType, "value")
                            .addJavadoc("Writes {@code $L} with volatile semantics, as {@code VarHandle.setVolatile}, and\n"
                                    + "returns this flyweight.\n", name)
                            .addStatement("$T.setVolatile$L($L, value)", JavaTypes.ATOMICS, suffix, memory)
                            .addStatement("return this").build());
                }
                case ACQUIRE -> type.addMethod(method.returns(javaType)
                        .addJavadoc("Reads {@code $L} with acquire semantics, as {@code VarHandle.getAcquire}: what was\n"
                                + "written before a release write of the value read is visible after it.\n", name)
                        .addStatement("return $T.getAcquire$L($L)", JavaTypes.ATOMICS, suffix, memory).build());
                case RELEASE -> type.addMethod(method.returns(self).addParameter(javaType, "value")
                        .addJavadoc("Writes {@code $L} with release semantics, as {@code VarHandle.setRelease}: it\n"
                                + "publishes every write made before it; returns this flyweight.\n", name)
                        .addStatement("$T.setRelease$L($L, value)", JavaTypes.ATOMICS, suffix, memory)
                        .addStatement("return this").build());
                case COMPARE_AND_SET -> type.addMethod(method.returns(boolean.class)
                        .addParameter(javaType, "expected").addParameter(javaType, "value")
                        .addJavadoc("Sets {@code $L} to {@code value} if it holds {@code expected}, atomically, as\n"
                                + "{@code VarHandle.compareAndSet} (a float or double compares by its bits); returns\n"
                                + "whether it did.\n", name)
                        .addStatement("return $T.compareAndSet$L($L, expected, value)", JavaTypes.ATOMICS, suffix, memory)
                        .build());
                case GET_AND_ADD -> type.addMethod(method.returns(javaType).addParameter(javaType, "delta")
                        .addJavadoc("Adds {@code delta} to {@code $L} atomically and returns the value before, as\n"
                                + "{@code VarHandle.getAndAdd} (it wraps around on overflow).\n", name)
                        .addStatement("return $T.getAndAdd$L($L, delta)", JavaTypes.ATOMICS, suffix, memory).build());
                case GET_AND_SET -> type.addMethod(method.returns(javaType).addParameter(javaType, "value")
                        .addJavadoc("Sets {@code $L} to {@code value} atomically and returns the value before, as\n"
                                + "{@code VarHandle.getAndSet}.\n", name)
                        .addStatement("return $T.getAndSet$L($L, value)", JavaTypes.ATOMICS, suffix, memory).build());
            }
        }
    }
}
