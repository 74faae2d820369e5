package dev.arenastruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.processor.model.FieldType.ArrayOf;
import dev.arenastruct.processor.model.FieldType.EnumType;
import dev.arenastruct.processor.model.FieldType.Nested;
import dev.arenastruct.processor.model.FieldType.Scalar;
import dev.arenastruct.processor.model.FieldType.Text;
import dev.arenastruct.processor.model.FieldType.TypeRef;
import dev.arenastruct.processor.model.StructModel.DeclaredField;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructModelTest {
    private static final TypeRef QUOTE = new TypeRef("test", List.of("Quote"));

    private static DeclaredField field(String name, FieldType type) {
        return new DeclaredField(name, type);
    }

    private static Scalar scalar(ScalarType type) {
        return new Scalar(type);
    }

    private static List<Long> offsets(StructModel model) {
        return model.fields().stream().map(FieldModel::offset).toList();
    }

    @Test
    void compactOrderPlacesFieldsByDecreasingAlignmentButKeepsDeclaredOrderForAccessors() {
        List<DeclaredField> fields = List.of(field("flag", scalar(ScalarType.BYTE)), field("price", scalar(ScalarType.DOUBLE)),
                field("count", scalar(ScalarType.SHORT)), field("id", scalar(ScalarType.LONG)));
        StructModel declared = StructModel.of(QUOTE, fields, 1, false);
        StructModel compact = StructModel.of(QUOTE, fields, 1, true);
        assertEquals(List.of(0L, 8L, 16L, 24L), offsets(declared));
        assertEquals(32, declared.byteSize());
        assertEquals(List.of(18L, 0L, 16L, 8L), offsets(compact), "price, id, count, flag in memory");
        assertEquals(24, compact.byteSize());
        assertEquals(List.of("flag", "price", "count", "id"), compact.fields().stream().map(FieldModel::name).toList());
        assertEquals(List.of("price", "id", "count", "flag"), compact.memoryOrder().stream().map(FieldModel::name).toList());
        assertEquals(0, compact.fields().stream().mapToLong(FieldModel::paddingBefore).sum());
    }

    @Test
    void declaredAlignmentRaisesAlignmentAndRoundsTheSize() {
        StructModel model = StructModel.of(QUOTE, List.of(field("id", scalar(ScalarType.LONG))), 64, false);
        assertEquals(64, model.byteAlignment());
        assertEquals(64, model.byteSize());
        assertEquals(56, model.trailingPadding());
    }

    @Test
    void declaredAlignmentBelowTheNaturalOneChangesNothing() {
        StructModel model = StructModel.of(QUOTE, List.of(field("id", scalar(ScalarType.LONG))), 2, false);
        assertEquals(8, model.byteAlignment());
        assertEquals(8, model.byteSize());
    }

    @Test
    void nestedArrayEnumAndTextFieldsUseTheirOwnSizeAndAlignment() {
        Nested level = new Nested(new TypeRef("test", List.of("Level")), 32, 8);
        List<DeclaredField> fields = List.of(
                field("symbol", new Text(5)),
                field("side", new EnumType(new TypeRef("test", List.of("Side")), 2)),
                field("levels", new ArrayOf(level, 10)),
                field("ticks", new ArrayOf(scalar(ScalarType.SHORT), 3)));
        StructModel model = StructModel.of(QUOTE, fields, 1, false);
        assertEquals(List.of(0L, 5L, 8L, 328L), offsets(model));
        assertEquals(336, model.byteSize());
        assertEquals(8, model.byteAlignment());
        assertEquals("struct Level levels[10]", model.fields().get(2).type().cDeclaration("levels"));
        assertEquals("char symbol[5]", model.fields().get(0).type().cDeclaration("symbol"));
    }

    @Test
    void enumStorageIsTheSmallestUnsignedIntegerThatHoldsEveryOrdinal() {
        TypeRef e = new TypeRef("test", List.of("E"));
        assertEquals(ScalarType.BYTE, new EnumType(e, 1).storage());
        assertEquals(ScalarType.BYTE, new EnumType(e, 256).storage());
        assertEquals(ScalarType.SHORT, new EnumType(e, 257).storage());
        assertEquals(ScalarType.SHORT, new EnumType(e, 65536).storage());
        assertEquals(ScalarType.INT, new EnumType(e, 65537).storage());
    }

    @Test
    void arraySizeThatOverflowsIsAnError() {
        ArrayOf huge = new ArrayOf(new Nested(new TypeRef("t", List.of("Big")), Long.MAX_VALUE / 2, 8), 3);
        assertThrows(ArithmeticException.class, huge::byteSize);
    }
}
