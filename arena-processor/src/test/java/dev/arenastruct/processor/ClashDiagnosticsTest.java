package dev.arenastruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.arenastruct.processor.StructCompiler.assertOnlyError;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names the generated flyweight would declare or use that clash with each other or with what the
 * interface already has: each an error on the declaration, never a generated file that does not
 * compile (each of these once produced errors inside the flyweight).
 */
class ClashDiagnosticsTest {

    @ParameterizedTest
    @ValueSource(strings = {"@Text(length = 4) byte clone", "@Array(length = 2) int finalize",
        "@Array(length = 2) long hashCode", "@Text(length = 4) byte toString", "@Array(length = 2) int getClass",
        "@Array(length = 2) long wait", "@Text(length = 4) byte notify", "@Array(length = 2) short notifyAll"})
    void rejectsArrayAndTextFieldsNamedLikeTheRecordComponentsJavaForbids(String declaration) {
        // Found by ProcessorFuzzTest: '@Text(length = 4) byte clone(int index)' generated a value record
        // 'record QuoteValue(long id, String clone)', which is not valid Java, and a flyweight calling value.clone().
        String name = declaration.substring(declaration.lastIndexOf(' ') + 1);
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct public interface Quote {",
                "    long id();",
                "    " + declaration + "(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/ReservedName] field '" + name + "' would be a component of the generated"
                + " heap value record, and Java forbids a record component named like a method of Object without"
                + " parameters: rename the field");
    }

    @Test
    void rejectsTextFieldsWhoseAppendHelpersDifferOnlyInTheFirstLettersCase() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct public interface Quote {",
                "    @Text(length = 4) byte iX(int index);",
                "    @Text(length = 4) byte IX(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/NameClash] field 'IX' maps to the generated name"
                + " appendIX(StringBuilder), as field 'iX' does; rename one of them");
    }

    @Test
    void rejectsTextFieldsWhoseCapitalisedNamesFoldToTheSameLetters() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct public interface Quote {",
                "    @Text(length = 4) byte ßx(int index);",
                "    @Text(length = 4) byte SSx(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/NameClash] field 'SSx' maps to the generated name"
                + " appendSSx(StringBuilder), as field 'ßx' does");
    }

    @Test
    void acceptsTextFieldNamedLikeAFlyweightMethodWhenNoSignatureClashes() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct public interface Quote {",
                "    @Text(length = 4) byte wrap(int index);",
                "    @Array(length = 2) long wrapElement(int index);",
                "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void rejectsDefaultMethodWithTheSignatureOfTheGeneratedListAppend() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.StructList;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default Quote wrapNew(StructList<?> list) { return this; }",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/DefaultMethodClash] default method 'wrapNew(StructList)' that struct"
                + " interface 'Quote' declares has the signature of a method every generated flyweight declares");
    }

    @Test
    void rejectsDefaultMethodWithTheSignatureOfTheGeneratedListFactory() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.ArenaAllocator;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default void allocateList(ArenaAllocator arena, long n) { }",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/DefaultMethodClash] default method 'allocateList(ArenaAllocator, long)'"
                + " that struct interface 'Quote' declares has the signature of a method every generated flyweight");
    }

    @Test
    void acceptsFieldsNamedLikeTheListMethodsWhenNoSignatureClashes() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct public interface Quote {",
                "    long append();",
                "    int allocateList();",
                "    @Array(length = 2) long wrapNew(int index);",
                "    @Text(length = 4) byte list(int index);",
                "    double initialCapacity();",
                "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void rejectsDefaultMethodWithTheSetterSignatureOnTheDefaultMethod() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default void id(long v) { }",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/DefaultMethodClash] default method 'id(long)' that struct interface"
                + " 'Quote' declares has the signature of the accessor the generated QuoteFlyweight declares for field"
                + " 'id', so the flyweight could not keep both: rename or remove the default method, or rename the field");
    }

    @Test
    void rejectsDefaultMethodWithTheStaticAccessorSignature() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import java.lang.foreign.MemorySegment;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default long id(MemorySegment segment, long offset) { return 0; }",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/DefaultMethodClash] default method 'id(MemorySegment, long)' that"
                + " struct interface 'Quote' declares has the signature of the static accessor");
    }

    @Test
    void rejectsInheritedDefaultMethodWithATextHelperSignatureOnTheStruct() {
        JavaFileObject file = source("Quote",
                "package test;",
                "interface Named { default boolean nameEquals(CharSequence other) { return false; } }",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote extends Named {",
                "    @dev.arenastruct.Text(length = 8) byte name(int index);",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/DefaultMethodClash] default method 'nameEquals(CharSequence)' that"
                + " struct interface 'Quote' inherits from Named has the signature of the accessor");
    }

    @Test
    void rejectsDefaultMethodWithTheSignatureOfAMethodEveryFlyweightHas() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import java.lang.foreign.MemorySegment;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    default Quote wrap(MemorySegment segment) { return this; }",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/DefaultMethodClash] default method 'wrap(MemorySegment)' that struct"
                + " interface 'Quote' declares has the signature of a method every generated flyweight declares"
                + " (QuoteFlyweight's too), so the flyweight could not keep both: rename or remove the default method");
    }

    @ParameterizedTest
    @ValueSource(strings = {"long JAVA_LONG = 1;", "int MemorySegment = 2;", "int Flyweights = 3;", "int Lifetime = 4;"})
    void rejectsConstantThatHidesANameTheFlyweightUses(String constant) {
        String name = constant.split(" ")[1];
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    " + constant,
                "    long id();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/ShadowedName] constant '" + name + "' of struct interface 'Quote'"
                + " hides the name " + name + " that the generated QuoteFlyweight refers to");
    }

    @Test
    void constantsNamedLikeTypesTheFlyweightUsesOnlyAsTypesCompile() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    int String = 1, Override = 2, StructLayout = 3, ArenaAllocator = 4, CharSequence = 5;",
                "    int StringBuilder = 6, SegmentAllocator = 7, QuoteFlyweight = 8, Byte = 9, JAVA_INT = 10;",
                "    long id();",
                "    @dev.arenastruct.Text(length = 3) byte t(int index);",
                "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void rejectsConstantNamedLikeTheNestedFlyweight() {
        JavaFileObject file = source("Book",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct interface Level { long price(); }",
                "@ArenaStruct public interface Book {",
                "    int LevelFlyweight = 1;",
                "    Level best();",
                "}");
        Compilation compilation = compile(file); // Level is fine and gets its flyweight
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ShadowedName] constant 'LevelFlyweight' of struct"
                + " interface 'Book'").inFile(file).onLine(5);
    }

    @Test
    void rejectsInheritedConstantOnTheStruct() {
        JavaFileObject file = source("Quote",
                "package test;",
                "interface Layouts { int JAVA_INT = 4; }",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote extends Layouts {",
                "    int size();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/ShadowedName] constant 'JAVA_INT' (inherited from Layouts) of struct"
                + " interface 'Quote' hides the name JAVA_INT");
    }

    @Test
    void rejectsMemberTypeNamedLikeTheFlyweightItself() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    interface QuoteFlyweight { }",
                "    long id();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/ShadowedName] member type 'QuoteFlyweight' of struct interface 'Quote'");
    }

    @Test
    void rejectsConstantNamedLikeAPackageRootOnlyWhereTheWriterQualifiesIntoIt() {
        JavaFileObject clean = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    int java = 1;",
                "    long id();",
                "}");
        assertThat(compile(clean)).succeededWithoutWarnings();
        JavaFileObject qualified = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    int java = 1;",
                "    interface MemorySegment { }",
                "    long id();",
                "}");
        assertOnlyError(qualified, 4, "[ArenaStruct/ShadowedName] constant 'java' of struct interface 'Quote'");
    }

    @Test
    void rejectsConstantNamedLikeThePackageRootOfARuntimeTypeThatATypeOfTheStructsPackageForcesQualified() {
        // Found by ProcessorFuzzTest (seed 777): the package's own Flyweights makes the writer write
        // dev.arenastruct.internal.Flyweights.live(...), and the constant 'dev' is found instead of the package.
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "interface Quote {",
                "    Flyweights kind();",
                "    int dev = 2;",
                "}",
                "enum Flyweights { A, B }");
        assertOnlyError(file, 5, "[ArenaStruct/ShadowedName] constant 'dev' of struct interface 'Quote'");
    }

    @Test
    void constantsNamedLikeGeneratedMembersCompile() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long BYTE_SIZE = 99; int ID_OFFSET = 7; int segment = 1; int value = 2;",
                "    long id();",
                "    @dev.arenastruct.Text(length = 3) byte t(int index);",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.QuoteFlyweight").contentsAsUtf8String()
                .contains("public static final long BYTE_SIZE = 16L;");
    }
}
