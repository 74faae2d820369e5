package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.arenastruct.processor.StructCompiler.assertOnlyError;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.arenastruct.processor.model.StructModel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations whose flyweight would reach what it cannot (an enum it may not name, a nested
 * struct compiled without its flyweight) or grow past what javac and the class file format allow
 * (thousands of fields, nesting thousands deep): an error on the declaration, or code that
 * compiles; never errors inside generated files, a javac crash or a stack overflow.
 */
class ReachDiagnosticsTest {

    @Test
    void rejectsPrivateEnumOfTheEnclosingClassOnTheField() {
        JavaFileObject file = source("Orders",
                "package test;",
                "public class Orders {",
                "    private enum Side { BID, ASK }",
                "    @dev.arenastruct.ArenaStruct interface Order {",
                "        Side side();",
                "        long id();",
                "    }",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/InaccessibleType] field 'side' has enum type test.Orders.Side, which is"
                + " private, so the generated Orders_OrderFlyweight, a class of its own in package test, cannot refer"
                + " to it: make Side public, or package-private in that package");
    }

    @Test
    void rejectsProtectedEnumInheritedFromAnotherPackageEvenAsArrayElement() {
        JavaFileObject base = JavaFileObjects.forSourceLines("other.Base",
                "package other;",
                "public class Base { protected enum Side { BID, ASK } }");
        JavaFileObject file = source("Orders",
                "package test;",
                "public class Orders extends other.Base {",
                "    @dev.arenastruct.ArenaStruct interface Order {",
                "        @dev.arenastruct.Array(length = 2) Side sides(int index);",
                "    }",
                "}");
        Compilation compilation = compile(base, file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/InaccessibleType] field 'sides' has enum type"
                + " other.Base.Side, which is protected").inFile(file).onLine(4);
    }

    @Test
    void acceptsPackagePrivateEnumOfTheSamePackageNestedInAnotherClass() {
        JavaFileObject sides = source("Sides",
                "package test;",
                "class Sides { enum Side { BID, ASK } }");
        JavaFileObject file = source("Orders",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Orders { Sides.Side side(); }");
        assertThat(compile(sides, file)).succeededWithoutWarnings();
    }

    @Test
    void rejectsNestedStructCompiledWithoutTheProcessorOnTheField(@TempDir Path classes) throws IOException {
        JavaFileObject level = JavaFileObjects.forSourceLines("lib.Level",
                "package lib;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Level { long price(); }");
        Compilation library = javac().withOptions("-proc:none").compile(level);
        assertThat(library).succeeded();
        writeClasses(library, classes);
        JavaFileObject file = source("Book",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Book {",
                "    lib.Level best();",
                "}");
        Compilation compilation = javac().withProcessors(new ArenaStructProcessor()).withClasspath(classPathWith(classes))
                .compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/MissingFlyweight] field 'best' has struct type"
                + " lib.Level, which comes compiled (").inFile(file).onLine(4);
        assertThat(compilation).hadErrorContaining("Level.class) without its generated lib.LevelFlyweight: compile"
                + " Level's sources with the arenastruct processor on the annotation processor path");
    }

    @Test
    void acceptsNestedStructOfTheUnnamedPackageCompiledWithItsFlyweight(@TempDir Path classes) throws IOException {
        // The flyweight of a struct in the unnamed package is "LevelFlyweight", not ".LevelFlyweight".
        JavaFileObject level = JavaFileObjects.forSourceLines("Level",
                "@dev.arenastruct.ArenaStruct",
                "public interface Level { long price(); }");
        Compilation library = javac().withProcessors(new ArenaStructProcessor()).compile(level);
        assertThat(library).succeeded();
        writeClasses(library, classes);
        JavaFileObject file = JavaFileObjects.forSourceLines("Book",
                "@dev.arenastruct.ArenaStruct",
                "public interface Book { Level best(); }");
        Compilation compilation = javac().withProcessors(new ArenaStructProcessor())
                .withClasspath(classPathWith(classes)).compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("BookFlyweight");
    }

    private static List<File> classPathWith(Path classes) {
        List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return classPath;
    }

    @Test
    void acceptsAStructOfTheMostFieldsOfTheBulkiestKindsAndRejectsOneMore() {
        Compilation atLimit = compile(wideStruct(StructModel.MAX_FIELDS));
        assertThat(atLimit).succeededWithoutWarnings();
        JavaFileObject tooMany = wideStruct(StructModel.MAX_FIELDS + 1);
        Compilation compilation = compile(tooMany);
        assertThat(compilation).hadErrorCount(1); // on the struct only: Cell is fine
        assertThat(compilation).hadErrorContaining("[ArenaStruct/TooManyFields] struct 'Struct' declares 1025 fields,"
                + " more than the 1024 one generated class can hold").inFile(tooMany).onLine(7);
    }

    /** Arrays of padded structs, text and enum arrays, with padding between: the most generated code per field. */
    private static JavaFileObject wideStruct(int fields) {
        List<String> lines = new ArrayList<>(List.of("package test;", "import dev.arenastruct.*;",
                "public class Wide {", "enum Kind { A, B }", "@ArenaStruct interface Cell { long x(); byte y(); }",
                "@ArenaStruct", "public interface Struct {"));
        for (int i = 0; i < fields; i++) {
            lines.add(switch (i % 4) {
                case 0 -> "    byte b" + i + "();";
                case 1 -> "    @Array(length = 3) Cell cells" + i + "(int index);";
                case 2 -> "    @Text(length = 3) byte text" + i + "(int index);";
                default -> "    @Array(length = 2) Kind kinds" + i + "(int index);";
            });
        }
        lines.add("}");
        lines.add("}");
        return source("Wide", lines.toArray(String[]::new));
    }

    @Test
    void aChainOfAThousandNestedStructsCompiles() {
        int depth = 1000;
        Compilation compilation = compile(chain(depth, "long last();"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Chain_S0Flyweight").contentsAsUtf8String()
                .contains("public static final long BYTE_SIZE = " + 8 * (depth + 1) + "L;");
    }

    @Test
    void aChainOfAThousandNestedStructsWithABadInnermostGetsOneErrorPerLevelAndNoCrash() {
        int depth = 1000;
        Compilation compilation = javac().withProcessors(new ArenaStructProcessor())
                .withOptions("-Xmaxerrs", String.valueOf(2 * depth)).compile(chain(depth, "String bad();"));
        assertThat(compilation).hadErrorCount(depth);
        assertThat(compilation.errors().stream().filter(d -> d.getMessage(null).contains("InternalError")).toList())
                .isEmpty();
    }

    /** Structs S0 .. S(depth-1), each holding the next by value after a long; the last has {@code innermost}. */
    private static JavaFileObject chain(int depth, String innermost) {
        List<String> lines = new ArrayList<>(List.of("package test;", "import dev.arenastruct.*;", "public class Chain {"));
        for (int i = 0; i < depth; i++) {
            lines.add("@ArenaStruct interface S" + i + " { long a(); "
                    + (i < depth - 1 ? "S" + (i + 1) + " next(); }" : innermost + " }"));
        }
        lines.add("}");
        return source("Chain", lines.toArray(String[]::new));
    }

    private static void writeClasses(Compilation compilation, Path root) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                Path target = root.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        try (Stream<Path> written = Files.walk(root)) {
            assertThat(written.anyMatch(p -> p.toString().endsWith("Level.class"))).isTrue();
        }
    }
}
