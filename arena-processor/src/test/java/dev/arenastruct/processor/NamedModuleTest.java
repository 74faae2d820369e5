package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.arenastruct.ArenaStruct;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flyweight of a struct in a named module compiles whatever that module reads:
 * {@code @Generated} (module {@code java.compiler}) only where the module can see it.
 *
 * <p>Plain {@code javax.tools}, not compile-testing: compile-testing's in-memory sources cannot
 * be placed in a module (javac reports "module name m.test does not match expected name
 * java.base" for a {@code module-info} among them), so these sources are real files.
 */
class NamedModuleTest {
    @TempDir
    Path dir;

    @Test
    void moduleRequiringOnlyTheRuntimeGetsFlyweightsWithoutGenerated() throws IOException {
        assertThat(compileModule(List.of(), "requires dev.arenastruct;")).isEmpty();
        assertThat(flyweight()).doesNotContain("Generated");
    }

    @Test
    void moduleRequiringJavaCompilerGetsGenerated() throws IOException {
        assertThat(compileModule(List.of(), "requires dev.arenastruct; requires static java.compiler;")).isEmpty();
        assertThat(flyweight()).contains("@Generated(\"dev.arenastruct.processor.ArenaStructProcessor\")");
    }

    @Test
    void moduleRequiringJavaSeReadsJavaCompilerTransitivelyAndGetsGenerated() throws IOException {
        assertThat(compileModule(List.of(), "requires dev.arenastruct; requires java.se;")).isEmpty();
        assertThat(flyweight()).contains("@Generated(\"dev.arenastruct.processor.ArenaStructProcessor\")");
    }

    @Test
    void javaCompilerInTheModuleGraphButNotReadGivesNoGenerated() throws IOException {
        // --add-modules puts java.compiler in the graph: Elements.getTypeElement(name) then finds
        // @Generated, yet this module does not read it and an import of it would not compile.
        assertThat(compileModule(List.of("--add-modules", "java.compiler"), "requires dev.arenastruct;")).isEmpty();
        assertThat(flyweight()).doesNotContain("Generated");
    }

    /** Compiles module {@code m.test} under -Xlint:all -Werror; returns every diagnostic javac printed. */
    private List<String> compileModule(List<String> extraOptions, String requires) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/m/test"));
        Files.writeString(dir.resolve("src/module-info.java"), "module m.test { " + requires + " }\n");
        Files.writeString(src.resolve("Quote.java"), StructCompiler.everyKindQuote("m.test"));
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:full",
                "--module-path", runtimeModule().toString(),
                "-d", Files.createDirectories(dir.resolve("classes")).toString(),
                "-s", Files.createDirectories(dir.resolve("generated")).toString()));
        options.addAll(extraOptions);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("Quote.java")));
            task.setProcessors(List.of(new ArenaStructProcessor()));
            boolean ok = task.call();
            List<String> printed = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.toList());
            if (!ok && printed.isEmpty()) {
                printed.add(Diagnostic.Kind.ERROR + ": compilation failed without a diagnostic");
            }
            return printed;
        }
    }

    private String flyweight() throws IOException {
        return Files.readString(dir.resolve("generated/m/test/QuoteFlyweight.java"));
    }

    /** The runtime module: its jar, or target/classes inside the reactor. */
    private static Path runtimeModule() {
        try {
            return Path.of(ArenaStruct.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
