package dev.arenastruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.arenastruct.processor.StructCompiler.assertOnlyError;
import static dev.arenastruct.processor.StructCompiler.compile;
import static dev.arenastruct.processor.StructCompiler.compileWith;
import static dev.arenastruct.processor.StructCompiler.recordingFiler;
import static dev.arenastruct.processor.StructCompiler.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per diagnostic of nested structs, arrays, enums, text and struct attributes. */
class TypeSystemDiagnosticsTest {

    @Test
    void rejectsStructThatContainsItselfNamingTheCycle() {
        JavaFileObject file = source("Node",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Node {",
                "    long value();",
                "    Node next();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/RecursiveStruct] field 'next' makes struct 'Node' contain itself"
                + " by value (Node.next -> Node), which would make it infinitely large: store an index or id of the"
                + " other struct instead, as in 'int nextIndex()'");
    }

    @Test
    void rejectsIndirectCycleThroughAnArrayOnEveryStructInIt() {
        JavaFileObject file = source("A",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface A {",
                "    @Array(length = 2) B children(int index);",
                "}",
                "@ArenaStruct",
                "interface B {",
                "    long id();",
                "    A parent();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/RecursiveStruct] field 'children' makes struct 'A'"
                + " contain itself by value (A.children -> B.parent -> A)").inFile(file).onLine(5);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/RecursiveStruct] field 'parent' makes struct 'B'"
                + " contain itself by value (B.parent -> A.children -> B)").inFile(file).onLine(10);
    }

    @Test
    void rejectsFieldWhoseNestedStructHasErrorsAndReportsTheNestedErrorOnce() {
        JavaFileObject file = source("Outer",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Outer {",
                "    Inner inner();",
                "}",
                "@dev.arenastruct.ArenaStruct",
                "interface Inner {",
                "    String name();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/InvalidNestedStruct] field 'inner' has struct type"
                + " Inner, whose declaration has errors (reported on it); fix those first: nothing was generated for"
                + " 'Outer'").inFile(file).onLine(4);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField] field 'name'").inFile(file).onLine(8);
    }

    @Test
    void rejectsArrayLengthBelowOneOnTheAnnotation() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(",
                "        length = 0)",
                "    long prices(int index);",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/ArrayLength] @Array(length = 0) on 'prices' declares no elements;"
                + " the length must be at least 1");
    }

    @Test
    void rejectsNegativeTextLength() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Text(length = -8) byte symbol(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/ArrayLength] @Text(length = -8) on 'symbol' declares no elements");
    }

    @Test
    void rejectsArrayAccessorWithoutExactlyOneIntIndex() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(length = 4) double prices(long index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/IndexedParameters] method 'prices' is annotated @Array, so its only"
                + " parameter is the int index: declare it as 'double prices(int index)'");
    }

    @Test
    void rejectsArrayAccessorWithNoIndex() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Text(length = 4) byte symbol();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/IndexedParameters] method 'symbol' is annotated @Text, so its only"
                + " parameter is the int index: declare it as 'byte symbol(int index)'");
    }

    @Test
    void suggestsArrayForAnIndexedAccessorWithoutAnnotation() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    double prices(int index);",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/AccessorParameters] method 'prices' has parameters (int); a field"
                + " accessor takes none: declare it as 'double prices()', or give it a default body if it is not a"
                + " field; for an inline array, annotate it @Array(length = N)");
    }

    @Test
    void rejectsArrayAndTextOnOneAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(length = 4) @Text(length = 4) byte symbol(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/ArrayAndText] method 'symbol' is annotated both @Array and @Text;"
                + " keep @Text for UTF-8 text, or @Array for an array of numbers");
    }

    @Test
    void rejectsTextOfAnythingButBytes() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Text(length = 8) char symbol(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/TextElement] @Text field 'symbol' has element type char, but text is"
                + " stored as UTF-8 bytes: declare it as 'byte symbol(int index)'");
    }

    @Test
    void rejectsArrayOfReferencesWithTheFix() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(length = 4) String names(int index);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/ArrayElement] @Array field 'names' has element type java.lang.String,"
                + " which is a reference; array elements are primitives, enums or @ArenaStruct interfaces: for text,"
                + " declare '@Text(length = N) byte names(int index)'");
    }

    @Test
    void rejectsEnumWithoutConstants() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    Nothing kind();",
                "    enum Nothing { }",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/EmptyEnum] field 'kind' has enum type test.Quote.Nothing, which has no"
                + " constants, so no value could be stored: add a constant to the enum or remove the field");
    }

    @Test
    void rejectsStructAlignmentThatIsNotAPowerOfTwoOnTheValue() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct(",
                "    alignment = 48)",
                "public interface Quote { long id(); }");
        assertOnlyError(file, 3, "[ArenaStruct/StructAlignment] @ArenaStruct(alignment = 48) on 'Quote' is not a"
                + " power of two: use 1, 2, 4, 8, 16, 32, 64, ..., or leave it out for the natural alignment");
    }

    @Test
    void rejectsStructWhoseSizeOverflowsALong() {
        JavaFileObject file = source("Huge",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Huge {",
                "    @Array(length = 2147483647) Big items(int index);",
                "}",
                "@ArenaStruct",
                "interface Big { @Array(length = 2147483647) long values(int index); }");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/StructTooLarge] struct 'Huge' is too large: its size"
                + " in bytes overflows a long; make its arrays shorter").inFile(file).onLine(4);
    }

    @Test
    void rejectsFieldNamedLikeAGeneratedMethod() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long wrap();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/ReservedName] field 'wrap' would clash with the generated method"
                + " wrap(MemorySegment, long): rename the field");
    }

    @Test
    void rejectsFieldNamedSegmentBecauseEveryFlyweightHandsOutItsSegment() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long segment();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/ReservedName] field 'segment' would clash with the generated method"
                + " segment(): rename the field");
    }

    @Test
    void rejectsAnEnumNamedLikeAStaticallyImportedLayout() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "interface Quote {",
                "    JAVA_LONG kind();",
                "    long id();",
                "}",
                "enum JAVA_LONG { A, B }");
        assertOnlyError(file, 4, "[ArenaStruct/ShadowedName] field 'kind' has enum type 'test.JAVA_LONG', named like the"
                + " value layout ValueLayout.JAVA_LONG that the generated QuoteFlyweight imports statically");
    }

    @Test
    void rejectsAtomicOnAFieldThatIsNotIntLongFloatOrDouble() {
        JavaFileObject file = source("Counter",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Counter {",
                "    long id();",
                "    @dev.arenastruct.Atomic short total();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/AtomicType] @Atomic on field 'total' of type short: atomic accessors"
                + " are generated for int, long, float and double fields (what java.lang.foreign can compare-and-set"
                + " in memory); make it 'int total()' or 'long total()', or remove @Atomic");
    }

    @Test
    void rejectsAtomicOnAnArrayField() {
        JavaFileObject file = source("Counter",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Counter {",
                "    @dev.arenastruct.Atomic @dev.arenastruct.Array(length = 4) long hits(int index);",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/AtomicType] @Atomic on field 'hits' of an @Array: atomic accessors");
    }

    @Test
    void rejectsAtomicStructWithoutFieldsItCouldApplyTo() {
        JavaFileObject file = source("Flags",
                "package test;",
                "@dev.arenastruct.ArenaStruct @dev.arenastruct.Atomic",
                "public interface Flags {",
                "    boolean on();",
                "}");
        assertOnlyError(file, 3, "[ArenaStruct/AtomicType] @Atomic on struct interface 'Flags' asks for atomic"
                + " accessors on its int, long, float and double fields, but it has none");
    }

    @Test
    void rejectsAFieldNamedLikeAnAtomicAccessorOfAnother() {
        JavaFileObject file = source("Counter",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Counter {",
                "    @dev.arenastruct.Atomic long hits();",
                "    long hitsVolatile();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/NameClash] field 'hitsVolatile'");
    }

    @Test
    void rejectsFieldThatClashesWithATextHelper() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Text(length = 8) byte symbol(int index);",
                "    int symbolByteLength();",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/NameClash] field 'symbolByteLength' maps to the generated name"
                + " symbolByteLength(), as field 'symbol' does; rename one of them");
    }

    @Test
    void rejectsArrayAnnotationOnAMethodThatIsNotAField() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    @Array(length = 4) default long prices(int index) { return 0; }",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/NotAField] @Array on method 'prices' has no effect, because only"
                + " abstract methods of an @ArenaStruct interface are fields: remove the annotation, or make 'prices'"
                + " an abstract accessor in a struct");
    }
    @Test
    void rejectsTextFieldNamedLikeAnotherTextFieldsHelper() {
        // Found by ProcessorFuzzTest: both generated symbolCompareTo(CharSequence), so the flyweight did not compile.
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Text(length = 8) byte symbol(int index);",
                "    @Text(length = 8) byte symbolCompareTo(int index);",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/NameClash] field 'symbolCompareTo' maps to the generated name"
                + " symbolCompareTo(CharSequence), as field 'symbol' does; rename one of them");
    }

    @Test
    void rejectsArrayNamedLikeAnotherArraysBulkCopy() {
        // Found by ProcessorFuzzTest: pricesTo(long[]) was both the copy out of 'prices' and the bulk setter of 'pricesTo'.
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(length = 4) long prices(int index);",
                "    @Array(length = 4) long pricesTo(int index);",
                "}");
        assertOnlyError(file, 6, "[ArenaStruct/NameClash] field 'pricesTo' maps to the generated name"
                + " pricesTo(long[]), as field 'prices' does; rename one of them");
    }

    @Test
    void arraysOfDifferentElementTypesMayShareTheBulkCopyName() {
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array(length = 4) long prices(int index);",
                "    @Array(length = 4) int pricesTo(int index);",
                "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void missingArrayLengthIsLeftToJavacAndNothingIsGenerated() {
        // Found by ProcessorFuzzTest: the flyweight was generated without a PRICES_LENGTH and failed to compile.
        JavaFileObject file = source("Quote",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    @Array long prices(int index);",
                "}");
        assertOnlyErrorFromJavac(file, 5, "length");
    }

    @Test
    void structAttributesOfTheWrongTypeAreLeftToJavacWithoutAnInternalError() {
        // Found by ProcessorFuzzTest: alignment = "8" reached the model as a String: ClassCastException, InternalError.
        assertOnlyErrorFromJavac(source("Quote", "package test;", "import dev.arenastruct.*;",
                "@ArenaStruct(alignment = \"8\")", "public interface Quote { long id(); }"), 3, "");
        assertOnlyErrorFromJavac(source("Quote", "package test;", "import dev.arenastruct.*;",
                "@ArenaStruct(fieldOrder = null)", "public interface Quote { long id(); }"), 3, "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "String toString();   | enum String { A }   | toString() in test.Quote cannot override toString() in java.lang.Object",
        "long hashCode();     | enum Unused { A }   | hashCode() in test.Quote cannot override hashCode() in java.lang.Object",
        "int equals(Object o); | enum Unused { A }  | equals(java.lang.Object) in test.Quote cannot override equals(java.lang.Object) in java.lang.Object",
    })
    void objectMethodRedeclaredWithAnotherReturnTypeIsLeftToJavac(String method, String beside, String javacSays) {
        // Found by the long ProcessorFuzzTest run (seed 7): with an enum String in the package,
        // 'String toString()' is no redeclaration of Object's; the flyweight's java.lang.String
        // toString() could not implement it, an error in generated code on top of javac's own.
        assertOnlyErrorFromJavac(source("Quote", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Quote { long id(); " + method + " }", beside), 3, javacSays);
    }

    @ParameterizedTest
    @CsvSource({"long, finalize, void", "int, clone, Object"})
    void rejectsFieldNamedLikeAProtectedObjectMethod(String type, String name, String returns) {
        // Found by ProcessorFuzzTest: the flyweight's public 'long finalize()' cannot override Object's.
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    " + type + " " + name + "();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/ObjectMethod] field '" + name + "' would override Object's protected "
                + name + "(), which returns " + returns + ", so the generated flyweight could not compile: rename the field");
    }

    /** One error, javac's own on {@code line}; none from the processor; no file generated. */
    private static void assertOnlyErrorFromJavac(JavaFileObject file, int line, String containing) {
        List<String> created = new ArrayList<>();
        Compilation compilation = compileWith(new Processor[] {recordingFiler(new ArenaStructProcessor(), created)}, file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(containing).inFile(file).onLine(line);
        com.google.common.truth.Truth.assertThat(compilation.errors().getFirst().getMessage(null)).doesNotContain("[ArenaStruct/");
        com.google.common.truth.Truth.assertThat(created).isEmpty();
    }
}
