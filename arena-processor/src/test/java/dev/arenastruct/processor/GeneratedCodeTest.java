package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.compileWith;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid declarations compile cleanly, and the generated code has the promised shape. */
class GeneratedCodeTest {

    @ParameterizedTest
    @CsvSource({
        "byte, (byte) -7",
        "boolean, true",
        "short, (short) 300",
        "char, (char) 120",
        "int, 70000",
        "float, 1.5f",
        "long, 1L << 40",
        "double, 2.25",
    })
    void everyPrimitiveCompilesCleanWithGetterAndFluentSetter(String type, String value) {
        JavaFileObject struct = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote { " + type + " field(); }");
        JavaFileObject use = source("Use",
                "package test;",
                "import dev.arenastruct.BumpArena;",
                "class Use {",
                "    static " + type + " roundTrip(BumpArena arena) {",
                "        QuoteFlyweight q = QuoteFlyweight.allocate(arena).field(" + value + ");",
                "        Quote asInterface = q;",
                "        return asInterface.field();",
                "    }",
                "}");
        Compilation compilation = compile(struct, use);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.QuoteFlyweight").contentsAsUtf8String()
                .contains("public QuoteFlyweight field(" + type + " value)");
    }

    @Test
    void generatedSourceMatchesTheReviewedGoldenFile() throws IOException {
        JavaFileObject struct = source("TradeEvent",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface TradeEvent {",
                "    long id();",
                "    double price();",
                "    int quantity();",
                "}");
        Compilation compilation = compile(struct);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.TradeEventFlyweight").contentsAsUtf8String()
                .isEqualTo(golden("TradeEventFlyweight.java"));
    }

    @Test
    void paddingAppearsInTheLayoutAndTheJavadocTable() {
        JavaFileObject struct = source("Padded",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Padded { byte flag(); long value(); short tail(); }");
        Compilation compilation = compile(struct);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = contents(compilation, "test.PaddedFlyweight");
        assertThat(generated).contains("public static final long VALUE_OFFSET = 8L;");
        assertThat(generated).contains("public static final long BYTE_SIZE = 24L;");
        assertThat(generated).contains("JAVA_BYTE.withName(\"flag\"),\n"
                + "            MemoryLayout.paddingLayout(7L),\n"
                + "            JAVA_LONG.withName(\"value\"),\n"
                + "            JAVA_SHORT.withName(\"tail\"),\n"
                + "            MemoryLayout.paddingLayout(6L));");
        assertThat(generated).contains(" *      1     7  (padding)\n");
        assertThat(generated).contains(" *     18     6  (padding)\n");
    }

    @Test
    void nestedInterfaceGetsOuterUnderscoreInnerFlyweight() {
        JavaFileObject file = source("Book",
                "package test;",
                "public class Book {",
                "    @dev.arenastruct.ArenaStruct",
                "    public interface Level { double price(); long size(); }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Book_LevelFlyweight").contentsAsUtf8String()
                .contains("public final class Book_LevelFlyweight implements Book.Level {");
        assertThat(contents(compilation, "test.Book_LevelFlyweight")).contains("out.append(\"Level[\");");
    }

    @Test
    void defaultStaticPrivateAndObjectMethodsAreNotFields() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default long twice() { return helper() * 2; }",
                "    static Quote none() { return null; }",
                "    private long helper() { return id(); }",
                "    String toString();",
                "    int hashCode();",
                "    boolean equals(Object other);",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = contents(compilation, "test.QuoteFlyweight");
        assertThat(generated).contains("public static final long BYTE_SIZE = 8L;");
        assertThat(generated).doesNotContain("TWICE_OFFSET");
        assertThat(generated).doesNotContain("HASH_CODE_OFFSET");
    }

    @Test
    void structInTheUnnamedPackageCompiles() {
        JavaFileObject file = com.google.testing.compile.JavaFileObjects.forSourceLines("Tick",
                "@dev.arenastruct.ArenaStruct",
                "public interface Tick { int seq(); }");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("TickFlyweight");
    }

    @Test
    void aTypeGeneratedInALaterRoundIsWaitedForInsteadOfReportedUnresolved() {
        // Gen does not exist until the helper processor writes it in round 1; the struct is deferred,
        // then judged on the real type (a class, so a reference), never as "unresolved".
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    Gen other();",
                "}");
        // GeneratesGen supports "*" and comes first: ours claims its annotations, and javac offers a
        // round in which every annotation is claimed to no further processor.
        Compilation compilation = compileWith(new Processor[] {new GeneratesGen(), new ArenaStructProcessor()}, file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField] field 'other' has type test.Gen")
                .inFile(file).onLine(5);
    }

    @Test
    void enumOfMoreThan256ConstantsIsStoredInTwoBytes() {
        StringBuilder constants = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            constants.append(i == 0 ? "" : ", ").append("C").append(i);
        }
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    Wide kind();",
                "    enum Wide { " + constants + " }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = contents(compilation, "test.QuoteFlyweight");
        assertThat(generated).contains("public static final long BYTE_SIZE = 2L;");
        assertThat(generated).contains("int ordinal = Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset + KIND_OFFSET));");
        assertThat(generated).contains(
                "return KIND_VALUES[Flyweights.checkOrdinal(ordinal, KIND_VALUES.length, \"Quote\", \"kind\", \"Quote.Wide\")];");
        assertThat(generated).contains("segment.set(JAVA_SHORT_UNALIGNED, offset + KIND_OFFSET, (short) value.ordinal());");
    }

    @Test
    void everyKindTogetherCompilesWithoutWarnings() {
        JavaFileObject file = source("Book",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(alignment = 64, fieldOrder = FieldOrder.COMPACT)",
                "public interface Book {",
                "    @Text(length = 8) byte symbol(int index);",
                "    Side side();",
                "    Level best();",
                "    @Array(length = 4) Level levels(int index);",
                "    @Array(length = 3) Side sides(int index);",
                "    @Array(length = 5) boolean flags(int index);",
                "    @Array(length = 2) double prices(int index);",
                "    enum Side { BID, ASK }",
                "}");
        JavaFileObject level = source("Level", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Level { double price(); long size(); }");
        Compilation compilation = compile(file, level);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.BookFlyweight");
        assertThat(compilation).generatedSourceFile("test.LevelFlyweight");
    }

    @Test
    void structWhoseFieldsAreAllNestedStructsCompiles() {
        // Found by ProcessorFuzzTest: with no scalar field there was no ValueLayout to import, and
        // JavaPoet's empty static import crashed the processor (InternalError).
        JavaFileObject file = source("Pair",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Pair {",
                "    Level bid();",
                "    @Array(length = 2) Level asks(int index);",
                "}");
        JavaFileObject level = source("Level", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Level { double price(); }");
        Compilation compilation = compile(file, level);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.PairFlyweight");
    }

    @Test
    void fieldNamesWithADollarSignCompile() {
        // Found by ProcessorFuzzTest: the name went into a JavaPoet format string, where '$' is a placeholder.
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long $();",
                "    int a$b();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(contents(compilation, "test.QuoteFlyweight")).contains("Byte offset of {@code a$b} from the start");
    }

    @Test
    void memberTypesOfTheInterfaceDoNotShadowTheTypesTheFlyweightUses() {
        // Found by ProcessorFuzzTest: the flyweight inherits Quote.Lifetime and Quote.StructLayout,
        // which shadowed dev.arenastruct.Lifetime and java.lang.foreign.StructLayout in its body.
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    Lifetime lifetime();",
                "    StructLayout layout();",
                "    @dev.arenastruct.Text(length = 4) byte symbol(int index);",
                "    enum Lifetime { DAY, GTC }",
                "    enum StructLayout { A, B }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void typesOfThePackageNamedLikeJavaLangTypesDoNotShadowThem() {
        // Found by ProcessorFuzzTest: JavaPoet writes java.lang types unqualified, so test.Override
        // and test.String were what @Override and String meant in the flyweight.
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    Override kind();",
                "    @dev.arenastruct.Text(length = 4) byte symbol(int index);",
                "}");
        JavaFileObject override = source("Override", "package test;", "public enum Override { A, B }");
        JavaFileObject string = source("String", "package test;", "public enum String { A }");
        Compilation compilation = compile(file, override, string);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void annotationNamesMatchTheRuntimeAnnotations() {
        assertThat(StructElements.ARENA_STRUCT).isEqualTo(dev.arenastruct.ArenaStruct.class.getCanonicalName());
        assertThat(StructElements.ARRAY).isEqualTo(dev.arenastruct.Array.class.getCanonicalName());
        assertThat(StructElements.TEXT).isEqualTo(dev.arenastruct.Text.class.getCanonicalName());
    }

    private static String contents(Compilation compilation, String qualifiedName) {
        try {
            return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GeneratedCodeTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code test.Gen} in the first round, as another code generator in a user's build would. */
    static final class GeneratesGen extends AbstractProcessor {
        private boolean written;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("test.Gen").openWriter()) {
                    out.write("package test; public class Gen { }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
