package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Builds with {@code -Xlint:all -Werror} pass. javac's {@code -Xlint:processing} warns "No
 * processor claimed any of these annotations" about every annotation in a round that no processor
 * returned {@code true} for; supporting an annotation is not enough. (The other tests compile
 * with {@code -Xlint:all} and expect no warning; these add {@code -Werror}, as users do.)
 */
class WerrorTest {

    @Test
    void structWithArrayAndTextBesideAFileWithoutStructsCompilesUnderXlintAllWerror() throws IOException {
        JavaFileObject struct = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    @Array(length = 4) int sizes(int index);",
                "    @Text(length = 8) byte symbol(int index);",
                "}");
        JavaFileObject plain = source("Plain", "package test;", "public class Plain { }");
        Compilation compilation = javac().withProcessors(new ArenaStructProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(struct, plain);
        assertThat(compilation).succeededWithoutWarnings();
        // The flyweight's own @Generated is claimed in the next round, or it would warn there.
        assertThat(compilation.generatedSourceFile("test.QuoteFlyweight").orElseThrow().getCharContent(true).toString())
                .contains("@Generated(\"dev.arenastruct.processor.ArenaStructProcessor\")");
    }

    @Test
    void wireStructAndACodedEnumInItsOwnFileCompileUnderXlintAllWerror() {
        JavaFileObject side = source("Side", "package test;", "import dev.arenastruct.*;",
                "public enum Side { @Code('B') BUY, @Code('S') SELL, @UnknownCode OTHER }");
        JavaFileObject struct = source("Order",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(packed = true, endian = Endian.BIG)",
                "public interface Order {",
                "    @Unsigned(bytes = 6) long timestamp();",
                "    Side side();",
                "    @Text(length = 8, padding = Text.Padding.SPACES) byte stock(int index);",
                "}");
        assertThat(javac().withProcessors(new ArenaStructProcessor()).withOptions("-Xlint:all", "-Werror")
                .compile(side, struct)).succeededWithoutWarnings();
        // The enum alone, in a compilation of its own (a module compiled before the structs that use it).
        assertThat(javac().withProcessors(new ArenaStructProcessor()).withOptions("-Xlint:all", "-Werror")
                .compile(side)).succeededWithoutWarnings();
    }

    @Test
    void anotherGeneratorsGeneratedAnnotationIsLeftUnclaimed() {
        // Claiming @Generated would hide it from the processors after ours; only ours is ours to claim.
        JavaFileObject struct = source("Quote", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Quote { long id(); }");
        JavaFileObject other = source("Other", "package test;",
                "@javax.annotation.processing.Generated(\"other.Tool\")",
                "public class Other { }");
        Compilation compilation = javac().withProcessors(new ArenaStructProcessor())
                .withOptions("-Xlint:all").compile(struct, other);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
        assertThat(compilation).hadWarningContaining("javax.annotation.processing.Generated");
        assertThat(compilation).generatedSourceFile("test.QuoteFlyweight");
    }

    @Test
    void supportsExactlyTheAnnotationsItClaims() {
        assertThat(new ArenaStructProcessor().getSupportedAnnotationTypes()).containsExactly(
                dev.arenastruct.ArenaStruct.class.getCanonicalName(),
                dev.arenastruct.Array.class.getCanonicalName(),
                dev.arenastruct.Text.class.getCanonicalName(),
                dev.arenastruct.Atomic.class.getCanonicalName(),
                dev.arenastruct.Unsigned.class.getCanonicalName(),
                dev.arenastruct.Code.class.getCanonicalName(),
                dev.arenastruct.UnknownCode.class.getCanonicalName(),
                javax.annotation.processing.Generated.class.getCanonicalName());
    }
}
