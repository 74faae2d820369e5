package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
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

/** One test per diagnostic: its full message, the file and line it points at, and the error count. */
class DiagnosticsTest {
    private static final String PRIMITIVES = "an arena struct holds only primitives (byte, boolean, short, char,"
            + " int, float, long, double), enums, @ArenaStruct interfaces, @Array and @Text fields, because the"
            + " garbage collector never scans an arena";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "class Quote { }                          | class",
        "enum Quote { BID }                       | enum",
        "record Quote(long id) { }                | record",
        "@interface Quote { }                     | annotation interface",
        "abstract class Quote { abstract long id(); } | class",
    })
    void rejectsStructAnnotationOnAnythingButAnInterface(String declaration, String kind) {
        JavaFileObject file = source("Quote", "package test;", "@dev.arenastruct.ArenaStruct", declaration);
        assertOnlyError(file, 3,
                "[ArenaStruct/NotInterface] @ArenaStruct is on " + kind + " 'Quote', but a struct is declared as an"
                        + " interface: write 'interface Quote' with one abstract accessor per field, as in 'long id();'");
    }

    @Test
    void rejectsStringFieldWithErrorOnAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    String name();",
                "}");
        assertOnlyError(file, 5,
                "[ArenaStruct/ReferenceField] field 'name' has type java.lang.String, which is a reference; "
                        + PRIMITIVES + ": for text, declare '@Text(length = N) byte name(int index)'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Integer         | java.lang.Integer             | : declare it as 'int field()'",
        "Long            | java.lang.Long                | : declare it as 'long field()'",
        "Boolean         | java.lang.Boolean             | : declare it as 'boolean field()'",
        "Object          | java.lang.Object              | : keep the object outside the arena and store a primitive key or index to it here",
        "java.util.List<Long> | java.util.List<java.lang.Long> | : keep the object outside the arena and store a primitive key or index to it here",
        "long[]          | long[]                        | : for an inline array, declare '@Array(length = N) long field(int index)'",
        "Runnable        | java.lang.Runnable            | : keep the object outside the arena and store a primitive key or index to it here",
        "Other           | test.Quote.Other              | : keep the object outside the arena and store a primitive key or index to it here",
        "Helper          | test.Quote.Helper             | : to nest it by value, annotate Helper with @ArenaStruct",
        "java.time.Duration | java.time.Duration | : keep the object outside the arena and store a primitive key or index to it here",
    })
    void rejectsEveryReferenceTypeWithErrorOnAccessor(String declared, String shown, String fix) {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    " + declared + " field();",
                "    class Other { }",
                "    interface Helper { long x(); }",
                "}");
        assertOnlyError(file, 4,
                "[ArenaStruct/ReferenceField] field 'field' has type " + shown + ", which is a reference; "
                        + PRIMITIVES + fix);
    }

    @Test
    void rejectsTypeVariableFieldWithErrorOnAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    <T> T field();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField] field 'field' has type T, which is a"
                + " reference; " + PRIMITIVES + ": replace the type variable with a primitive type")
                .inFile(file).onLine(4);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/GenericAccessor] method 'field' declares type"
                + " parameters <T>; a field accessor cannot be generic: remove them").inFile(file).onLine(4);
    }

    @Test
    void rejectsGenericAccessorWithErrorOnAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    <T extends Number> long size();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/GenericAccessor] method 'size' declares type"
                + " parameters <T>; a field accessor cannot be generic: remove them");
    }

    @Test
    void rejectsAccessorWithParametersWithErrorOnAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    double price(int level, long scale);",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/AccessorParameters] method 'price' has parameters"
                + " (int, long); a field accessor takes none: declare it as 'double price()', or give it a default"
                + " body if it is not a field");
    }

    @Test
    void rejectsVoidAccessorWithErrorOnAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    void clear();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/VoidAccessor] method 'clear()' returns void; a field"
                + " accessor returns the field's value: declare the type, as in 'long clear()', or give it a default"
                + " body if it is not a field");
    }

    @Test
    void rejectsGenericStructWithErrorOnTypeParameter() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote<",
                "        T> {",
                "    long id();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/GenericStruct] struct interface 'Quote' declares type"
                + " parameter 'T'; a struct's layout is fixed at compile time: remove the type parameter and give"
                + " every field a primitive type");
    }

    @Test
    void rejectsStructWithoutFieldsWithErrorOnInterface() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    default long id() { return 1; }",
                "    String toString();",
                "}");
        assertOnlyError(file, 3, "[ArenaStruct/NoFields] struct interface 'Quote' declares no field"
                + " accessors; a struct needs at least one field, as in 'long id();'");
    }

    @Test
    void rejectsInheritedAbstractAccessorWithErrorOnInterface() {
        JavaFileObject file = source("Quote",
                "package test;",
                "interface HasId { long id(); }",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote extends HasId {",
                "    double price();",
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/InheritedAccessor] struct interface 'Quote' inherits"
                + " abstract method 'id()' from 'HasId'; struct fields are declared in the @ArenaStruct interface"
                + " itself: redeclare 'id()' in 'Quote', or give it a default body");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    private interface Quote { long id(); } | private",
        "    sealed interface Quote permits Impl { long id(); } final class Impl implements Quote { public long id() { return 0; } } | sealed",
    })
    void rejectsNestedInterfaceTheFlyweightCannotImplement(String declaration, String why) {
        JavaFileObject file = source("Outer",
                "package test;",
                "public class Outer {",
                "    @dev.arenastruct.ArenaStruct",
                declaration,
                "}");
        assertOnlyError(file, 4, "[ArenaStruct/NotImplementable] struct interface 'Quote' is " + why
                + ", so the generated Outer_QuoteFlyweight cannot implement it: make it a public or package-private"
                + " interface that is not sealed");
    }

    @Test
    void rejectsInterfaceNestedInPrivateClass() {
        JavaFileObject file = source("Outer",
                "package test;",
                "public class Outer {",
                "    private static class Hidden {",
                "        @dev.arenastruct.ArenaStruct",
                "        interface Quote { long id(); }",
                "    }",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/NotImplementable] struct interface 'Quote' is nested in"
                + " private type 'Hidden', so the generated Outer_Hidden_QuoteFlyweight cannot implement it");
    }

    @Test
    void rejectsTwoFieldsThatMapToTheSameConstantWithErrorOnTheSecond() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    double bidPrice();",
                "    double bid_price();",
                "}");
        assertOnlyError(file, 5, "[ArenaStruct/NameClash] field 'bid_price' maps to the generated name"
                + " BID_PRICE_OFFSET, as field 'bidPrice' does; rename one of them");
    }

    @Test
    void rejectsFlyweightNameThatIsAlreadyTaken() {
        JavaFileObject struct = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote { long id(); }");
        JavaFileObject taken = source("QuoteFlyweight", "package test;", "public class QuoteFlyweight { }");
        Compilation compilation = compile(struct, taken);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/WriteFailed] could not write QuoteFlyweight for"
                + " 'Quote'").inFile(struct).onLine(3);
        assertThat(compilation).hadErrorContaining("remove or rename any class of that name in the package");
    }

    @Test
    void reportsATypeThatNeverResolvesOnTheAccessor() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    Missing other();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[ArenaStruct/UnresolvedType] field 'other' has type Missing,"
                + " which could not be resolved; nothing was generated for 'Quote'").inFile(file).onLine(5);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLine(5);
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void reportsEveryIndependentProblemInOneCompile() {
        JavaFileObject file = source("Quote",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface Quote<T> {",
                "    String name();",
                "    void clear();",
                "    long level(int i);",
                "    Integer size();",
                "    long id();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/GenericStruct]").inFile(file).onLine(3);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField] field 'name'").inFile(file).onLine(4);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/VoidAccessor]").inFile(file).onLine(5);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/AccessorParameters]").inFile(file).onLine(6);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField] field 'size'").inFile(file).onLine(7);
    }

    @Test
    void errorsInOneStructDoNotStopAnotherFromBeingGenerated() {
        JavaFileObject bad = source("Bad", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Bad { String name(); }");
        JavaFileObject good = source("Good", "package test;", "@dev.arenastruct.ArenaStruct",
                "public interface Good { long id(); }");
        List<String> created = new ArrayList<>();
        Compilation compilation = compileWith(
                new Processor[] {recordingFiler(new ArenaStructProcessor(), created)}, bad, good);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/ReferenceField]").inFile(bad).onLine(3);
        assertThat(created).containsExactly("test.GoodFlyweight", "test.GoodValue");
    }
}
