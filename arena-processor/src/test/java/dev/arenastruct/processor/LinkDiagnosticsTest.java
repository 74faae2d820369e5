package dev.arenastruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.arenastruct.processor.StructCompiler.assertOnlyError;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @Link}: structs that refer to themselves and to each other compile; misuse is an error on the field. */
class LinkDiagnosticsTest {

    @Test
    void structsThatLinkToThemselvesAndToEachOtherCompileWithoutAValueRecord() {
        Compilation compilation = compile(source("Node",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Node {",
                "    long value();",
                "    @Link Node parent();",
                "    @Link Edge edges();",
                "    @ArenaStruct interface Edge { @Link Node to(); @Link Edge next(); }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.NodeFlyweight");
        assertThat(compilation).generatedSourceFile("test.Node_EdgeFlyweight");
        org.junit.jupiter.api.Assertions.assertTrue(compilation.generatedSourceFile("test.NodeValue").isEmpty(),
                "a struct with links has no heap value record");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@Link long parent();|has type long, which is not an @ArenaStruct interface",
            "@Link String parent();|has type java.lang.String, which is not an @ArenaStruct interface",
            "@Link @Array(length = 2) Node parent(int index);|is combined with @Array",
            "@Link @Text(length = 4) Node parent(int index);|is combined with @Text",
            "@Link Node parent(int index);|takes parameters"})
    void rejectsALinkThatIsNotAPlainStructAccessor(String declaration, String problem) {
        assertOnlyError(source("Node",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Node {",
                "    long value();",
                "    " + declaration,
                "}"), 6, "[ArenaStruct/LinkType] @Link on 'parent' " + problem + "; a link is declared as 'Node"
                + " parent()', with Node an @ArenaStruct interface, and no other field annotation");
    }

    @Test
    void rejectsALinkInAWireStruct() {
        JavaFileObject file = source("Message",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(packed = true, endian = Endian.BIG)",
                "public interface Message {",
                "    @Link Message next();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/LinkType] @Link field 'next' in struct 'Message', which is packed and"
                + " big-endian: a link holds an address in this process's memory, not wire data; keep links in structs"
                + " that are not packed and have native byte order");
    }

    @Test
    void rejectsALinkToAStructWithErrors() {
        JavaFileObject file = source("Node",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Node {",
                "    @Link Bad other();",
                "    @ArenaStruct interface Bad { String name(); }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/InvalidNestedStruct] field 'other' has struct type Bad")
                .inFile(file).onLine(5);
    }
}
