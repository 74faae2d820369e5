package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.JavaFile;
import dev.arenastruct.ArenaStruct;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eclipse compiler (ecj, what Eclipse IDE builds with) runs the processor as a user's
 * build would: the processor and JavaPoet on {@code -processorpath}, the runtime on the class
 * path. ecj is loaded apart from the test class path, which holds the processor too: else
 * ecj's processor class loader would find it through its parent whatever the arguments say.
 */
class EcjTest {
    @TempDir
    Path dir;

    @Test
    void ecjGeneratesTheFlyweightAndCompilesIt() throws Exception {
        writeSources();
        Result result = compile(
                "-cp", location(ArenaStruct.class),
                "-processorpath", location(ArenaStructProcessor.class) + File.pathSeparator + location(JavaFile.class));

        assertWithMessage("ecj output:\n%s", result.output()).that(result.compiled()).isTrue();
        assertThat(result.output()).isEmpty(); // not one warning with ecj's defaults
        assertThat(Files.readString(dir.resolve("generated/test/QuoteFlyweight.java")))
                .contains("public final class QuoteFlyweight implements Quote {");
        assertThat(Files.exists(dir.resolve("generated/test/Quote_LevelFlyweight.java"))).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Object quote = loader.loadClass("test.Use").getMethod("roundTrip").invoke(null);
            assertThat(quote).isEqualTo("Quote[id=7, best=Level[price=1.5], sizes=[0, 3], symbol=AAPL, side=ASK]");
        }
    }

    @Test
    void ecjIgnoresAProcessorPathGivenBeforeTheClassPath() throws Exception {
        // ecj 3.46's EclipseFileManager.handleOption: a -cp after -processorpath also becomes the
        // ANNOTATION_PROCESSOR_MODULE_PATH, which BatchAnnotationProcessorManager prefers to the
        // processor path: no processor runs, silently. Why the README says "after the class path";
        // when this fails, ecj has fixed it and that note can go.
        writeSources();
        Result result = compile(
                "-processorpath", location(ArenaStructProcessor.class) + File.pathSeparator + location(JavaFile.class),
                "-cp", location(ArenaStruct.class));

        assertThat(result.compiled()).isFalse();
        assertThat(result.output()).contains("QuoteFlyweight cannot be resolved to a type");
        assertThat(Files.exists(dir.resolve("generated/test/QuoteFlyweight.java"))).isFalse();
    }

    private void writeSources() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/test"));
        Files.writeString(src.resolve("Quote.java"), StructCompiler.everyKindQuote("test"));
        Files.writeString(src.resolve("Use.java"), String.join("\n",
                "package test;",
                "import dev.arenastruct.BumpArena;",
                "public class Use {",
                "    public static String roundTrip() {",
                "        try (BumpArena arena = BumpArena.ofCapacity(1024)) {",
                "            QuoteFlyweight q = QuoteFlyweight.allocate(arena).id(7).sizes(1, 3).symbol(\"AAPL\")",
                "                    .side(Quote.Side.ASK);",
                "            q.best().price(1.5);",
                "            return q.toString();",
                "        }",
                "    }",
                "}",
                ""));
    }

    /** Whether ecj compiled without errors, and what it printed. */
    private record Result(boolean compiled, String output) { }

    /** Compiles the sources with ecj, {@code paths} first. */
    private Result compile(String... paths) throws Exception {
        Path src = dir.resolve("src/test");
        List<String> args = new ArrayList<>(List.of(paths));
        args.addAll(List.of("--release", "25",
                "-d", dir.resolve("classes").toString(),
                "-s", dir.resolve("generated").toString(),
                src.resolve("Quote.java").toString(), src.resolve("Use.java").toString()));
        StringWriter out = new StringWriter();
        try (URLClassLoader ecj = new URLClassLoader(new URL[] {Path.of(location(BatchCompiler.class)).toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> batch = ecj.loadClass(BatchCompiler.class.getName());
            Class<?> progress = ecj.loadClass("org.eclipse.jdt.core.compiler.CompilationProgress");
            Object compiled = batch.getMethod("compile", String[].class, PrintWriter.class, PrintWriter.class, progress)
                    .invoke(null, args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out), null);
            return new Result((Boolean) compiled, out.toString());
        }
    }

    /** The class-path entry (a directory or a jar) that holds {@code type}. */
    private static String location(Class<?> type) throws URISyntaxException, IOException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
