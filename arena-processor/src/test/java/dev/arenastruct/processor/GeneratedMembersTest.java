package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.GeneratedMembers.FieldKind;
import dev.arenastruct.processor.model.GeneratedMembers.Method;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clash checks trust {@link GeneratedMembers} to list what a flyweight declares: compare it
 * with the members of a compiled flyweight that has a field of every kind, so that a method the
 * writer adds without the table (and so without clash checks) fails here.
 */
class GeneratedMembersTest {

    @Test
    void theTableListsExactlyTheMethodsAndFieldsOfACompiledFlyweight() throws ReflectiveOperationException {
        Compilation compilation = compile(source("Every",
                "package test;",
                "import dev.arenastruct.*;",
                "public interface Every {",
                "    enum Side { BID, ASK }",
                "    enum Code { @dev.arenastruct.Code('B') BUY, @UnknownCode OTHER }",
                "    @ArenaStruct interface Price { long mantissa(); }",
                "    @ArenaStruct interface Struct {",
                "        long id();",
                "        @Atomic int hits();",
                "        Side side();",
                "        Price price();",
                "        @Array(length = 2) boolean flags(int index);",
                "        @Array(length = 2) double prices(int index);",
                "        @Array(length = 2) Price levels(int index);",
                "        @Text(length = 8) byte symbol(int index);",
                "        Code code();",
                "        @Unsigned(bytes = 6) long stamp();",
                "        @Array(length = 2) @Unsigned(bytes = 2) int ports(int index);",
                "        @Text(length = 4, padding = Text.Padding.SPACES) byte ticker(int index);",
                "        @Text(length = 9) byte label(int index);",
                "    }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> flyweight = new GeneratedClassLoader(compilation).loadClass("test.Every_StructFlyweight");

        List<Method> expected = new ArrayList<>(GeneratedMembers.fixedMethods("test.Every_StructFlyweight"));
        List<String> expectedFields = new ArrayList<>(List.of("BYTE_SIZE", "BYTE_ALIGNMENT", "LAYOUT", "segment",
                "offset", "lifetime", "generation"));
        addField(expected, expectedFields, "id", FieldKind.VALUE, "long", false);
        addField(expected, expectedFields, "hits", FieldKind.VALUE, "int", false);
        expected.addAll(GeneratedMembers.atomicMethodsOf("hits", "int"));
        addField(expected, expectedFields, "side", FieldKind.VALUE, "test.Every.Side", true);
        addField(expected, expectedFields, "price", FieldKind.NESTED, "test.Every.Price", false);
        addField(expected, expectedFields, "flags", FieldKind.ARRAY, "boolean", false);
        addField(expected, expectedFields, "prices", FieldKind.BULK_ARRAY, "double", false);
        addField(expected, expectedFields, "levels", FieldKind.NESTED_ARRAY, "test.Every.Price", false);
        methodsAndFields(expected, expectedFields, "code", FieldKind.VALUE, "test.Every.Code", true, true);
        addField(expected, expectedFields, "stamp", FieldKind.VALUE, "long", false);
        addField(expected, expectedFields, "ports", FieldKind.ARRAY, "int", false);
        addField(expected, expectedFields, "ticker", FieldKind.TEXT, "byte", false);
        expected.addAll(GeneratedMembers.shortTextMethodsOf("ticker"));
        addField(expected, expectedFields, "symbol", FieldKind.TEXT, "byte", false);
        expected.addAll(GeneratedMembers.shortTextMethodsOf("symbol"));
        addField(expected, expectedFields, "label", FieldKind.TEXT, "byte", false); // 9 bytes: no labelAsLong

        List<String> declared = Arrays.stream(flyweight.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(m -> new Method(m.getName(), Arrays.stream(m.getParameterTypes()).map(Class::getTypeName).toList(),
                        Modifier.isStatic(m.getModifiers())).name() + params(m.getParameterTypes())
                        + (Modifier.isStatic(m.getModifiers()) ? " static" : ""))
                .toList();
        List<String> listed = expected.stream()
                .map(m -> m.name() + m.parameters().toString().replace('$', '.') + (m.isStatic() ? " static" : ""))
                .toList();
        assertThat(declared.stream().map(d -> d.replace('$', '.')).toList()).containsExactlyElementsIn(listed);
        assertThat(Arrays.stream(flyweight.getDeclaredFields()).filter(f -> !f.isSynthetic()).map(Field::getName).toList())
                .containsExactlyElementsIn(expectedFields);
    }

    private static void addField(List<Method> methods, List<String> fields, String name, FieldKind kind, String type,
            boolean enumValued) {
        methodsAndFields(methods, fields, name, kind, type, enumValued, false);
    }

    private static void methodsAndFields(List<Method> methods, List<String> fields, String name, FieldKind kind,
            String type, boolean enumValued, boolean coded) {
        methods.addAll(GeneratedMembers.methodsOf(name, kind, type));
        fields.addAll(GeneratedMembers.fieldsOf(name, kind, enumValued, coded));
    }

    private static String params(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getTypeName).toList().toString();
    }
}
