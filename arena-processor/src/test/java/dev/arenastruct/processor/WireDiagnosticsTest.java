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

/** One test per diagnostic of wire formats: packing, byte order, unsigned widths and enum codes. */
class WireDiagnosticsTest {

    @Test
    void compilesAWireMessageCleanly() {
        Compilation compilation = compile(source("AddOrder",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(packed = true, endian = Endian.BIG)",
                "public interface AddOrder {",
                "    byte messageType();",
                "    @Unsigned(bytes = 2) int stockLocate();",
                "    @Unsigned(bytes = 6) long timestamp();",
                "    long orderReferenceNumber();",
                "    Side side();",
                "    @Unsigned(bytes = 4) long shares();",
                "    @Text(length = 8, padding = Text.Padding.SPACES) byte stock(int index);",
                "    @Unsigned(bytes = 4) long price();",
                "    enum Side { @Code('B') BUY, @Code('S') SELL }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsPackedWithAnAlignmentOnTheAlignment() {
        assertOnlyError(source("P",
                "package test;",
                "@dev.arenastruct.ArenaStruct(packed = true, alignment = 8)",
                "public interface P { long id(); }"), 2,
                "[ArenaStruct/PackedAlignment] @ArenaStruct(packed = true, alignment = 8) on 'P' asks for both: a packed"
                        + " struct has no padding and alignment 1; remove alignment, or packed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|@Unsigned(bytes = 0) on 'x': an unsigned field is 1 to 8 bytes wide",
            "9|@Unsigned(bytes = 9) on 'x': an unsigned field is 1 to 8 bytes wide"})
    void rejectsWidthsOutsideOneToEight(int bytes, String message) {
        assertOnlyError(source("U",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface U {",
                "    @dev.arenastruct.Unsigned(bytes = " + bytes + ") long x();",
                "}"), 4, "[ArenaStruct/UnsignedBytes] " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int|4|an int holds unsigned values up to 3 bytes, this one may reach 4294967295: declare it as 'long x()'",
            "int|8|an int holds unsigned values up to 3 bytes, this one may reach 2^64 - 1: declare it as 'long x()'",
            "short|2|an unsigned integer is read as a Java type that holds all its values: declare it as 'int x()'",
            "double|8|an unsigned integer is read as a Java type that holds all its values: declare it as 'long x()'",
            "Inner|2|only integer and enum fields can be unsigned: remove @Unsigned"})
    void rejectsJavaTypesThatCannotHoldTheValues(String type, int bytes, String problem) {
        JavaFileObject file = source("U",
                "package test;",
                "@dev.arenastruct.ArenaStruct",
                "public interface U {",
                "    @dev.arenastruct.Unsigned(bytes = " + bytes + ") " + type + " x();",
                "    @dev.arenastruct.ArenaStruct interface Inner { long id(); }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/UnsignedType] @Unsigned(bytes = " + bytes
                + ") on field 'x' of type " + (type.equals("Inner") ? "test.U.Inner" : type) + ": " + problem)
                .inFile(file).onLine(4);
    }

    @Test
    void rejectsUnsignedText() {
        assertOnlyError(source("U",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface U {",
                "    @Unsigned(bytes = 1) @Text(length = 4) byte name(int index);",
                "}"), 5, "[ArenaStruct/UnsignedType] @Unsigned(bytes = 1) on field 'name' of @Text: text is stored as"
                + " bytes of UTF-8, not as a number: remove @Unsigned");
    }

    @Test
    void rejectsAnEnumWidthTooNarrowForItsCodes() {
        assertOnlyError(source("U",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface U {",
                "    @Unsigned(bytes = 1) Event event();",
                "}",
                "enum Event { @Code(1) OPEN, @Code(300) HALT }"), 5,
                "[ArenaStruct/UnsignedType] @Unsigned(bytes = 1) on field 'event' of type test.Event: an enum is stored"
                        + " in 1, 2 or 4 bytes, and the codes of Event need at least 2: use @Unsigned(bytes = 2), or"
                        + " remove it");
    }

    @Test
    void rejectsAtomicFieldsInWireStructs() {
        JavaFileObject file = source("A",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(packed = true)",
                "public interface A {",
                "    @Atomic long hits();",
                "}",
                "@ArenaStruct(endian = Endian.BIG)",
                "interface B {",
                "    @Atomic int hits();",
                "}",
                "@ArenaStruct",
                "interface C {",
                "    @Atomic @Unsigned(bytes = 4) long hits();",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/AtomicType] @Atomic on field 'hits' of struct 'A':"
                + " the struct is packed, but atomic access needs a naturally aligned field in native byte order")
                .inFile(file).onLine(5);
        assertThat(compilation).hadErrorContaining("of struct 'B': the struct is big-endian, but").inFile(file).onLine(9);
        assertThat(compilation).hadErrorContaining("of struct 'C': the field is @Unsigned, but").inFile(file).onLine(13);
    }

    @Test
    void rejectsNestedStructsOfAnotherByteOrderOrNotPacked() {
        JavaFileObject file = source("Outer",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct(packed = true, endian = Endian.BIG)",
                "public interface Outer {",
                "    Native header();",
                "    @Array(length = 2) Aligned items(int index);",
                "}",
                "@ArenaStruct interface Native { short length(); }",
                "@ArenaStruct(endian = Endian.BIG) interface Aligned { short length(); }");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/NestedLayout] field 'header' nests struct Native, which"
                + " is not packed and native-endian, in struct 'Outer', which is packed and big-endian; a nested struct"
                + " is read by its own flyweight, in its own byte order, so both must have the same: declare Native with"
                + " @ArenaStruct(packed = true, endian = Endian.BIG)").inFile(file).onLine(5);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/NestedLayout] field 'items' nests struct Aligned, which"
                + " is not packed and big-endian, in struct 'Outer', which is packed and big-endian; a packed struct may"
                + " place a nested one at any offset, so the nested one must be packed too: declare Aligned with"
                + " @ArenaStruct(packed = true, endian = Endian.BIG)").inFile(file).onLine(6);
    }

    @Test
    void reportsEveryCodeProblemOnItsConstantOnce() {
        JavaFileObject file = source("S",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface S {",
                "    Side side();",
                "    Side other();",
                "}",
                "enum Side {",
                "    @Code('B') BUY,",
                "    SELL,",
                "    @Code('B') SHORT,",
                "    @Code(-1) NEGATIVE,",
                "    @Code(0x1_0000_0000L) HUGE,",
                "    @UnknownCode @Code(5) BOTH,",
                "    @UnknownCode OTHER,",
                "    @UnknownCode ANOTHER",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(7);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/EnumCode] constant SELL of enum Side has no @Code, but"
                + " other constants of it have: a coded enum is stored by code, so give SELL a @Code, or mark it"
                + " @UnknownCode to stand for codes no constant has").inFile(file).onLine(10);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/EnumCode] constants BUY and SHORT of enum Side both have"
                + " @Code(66) ('B'), so a stored 66 could not tell them apart: give each constant a code of its own")
                .inFile(file).onLine(11);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/EnumCode] @Code(-1) on constant NEGATIVE of enum Side is"
                + " outside 0..4294967295").inFile(file).onLine(12);
        assertThat(compilation).hadErrorContaining("@Code(4294967296) on constant HUGE").inFile(file).onLine(13);
        assertThat(compilation).hadErrorContaining("[ArenaStruct/EnumCode] constant BOTH of enum Side has both @Code and"
                + " @UnknownCode; exactly one constant may stand for codes no constant has, and it has no code of its"
                + " own: remove one of them").inFile(file).onLine(14);
        assertThat(compilation).hadErrorContaining("constant OTHER of enum Side is marked @UnknownCode, as BOTH is")
                .inFile(file).onLine(15);
        assertThat(compilation).hadErrorContaining("constant ANOTHER of enum Side is marked @UnknownCode, as OTHER is")
                .inFile(file).onLine(16);
    }

    @Test
    void rejectsAnEnumWhoseOnlyMarkIsUnknownCode() {
        assertOnlyError(source("S",
                "package test;",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface S { Kind kind(); }",
                "enum Kind {",
                "    @UnknownCode OTHER",
                "}"), 6, "[ArenaStruct/EnumCode] constant OTHER of enum Kind is marked @UnknownCode, but no constant has"
                + " a @Code; exactly one constant may stand for codes no constant has, and it has no code of its own:"
                + " give the other constants their codes");
    }
}
