package dev.arenastruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenastruct.processor.model.ContentRuns.Bytes;
import dev.arenastruct.processor.model.ContentRuns.Run;
import dev.arenastruct.processor.model.ContentRuns.Struct;
import dev.arenastruct.processor.model.FieldType.ArrayOf;
import dev.arenastruct.processor.model.FieldType.EnumType;
import dev.arenastruct.processor.model.FieldType.Nested;
import dev.arenastruct.processor.model.FieldType.Scalar;
import dev.arenastruct.processor.model.FieldType.Text;
import dev.arenastruct.processor.model.FieldType.TypeRef;
import dev.arenastruct.processor.model.StructModel.DeclaredField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRunsTest {
    private static final TypeRef STRUCT = new TypeRef("test", List.of("S"));
    private static final TypeRef SIDE = new TypeRef("test", List.of("Side"));
    private static final Nested PRICE = new Nested(new TypeRef("test", List.of("Price")), 16, 8);

    @Test
    void neighbouringPlainFieldsMergeAndPaddingSplitsThem() {
        StructModel model = StructModel.of(STRUCT, List.of(
                new DeclaredField("a", new Scalar(ScalarType.INT)),        // 0..4
                new DeclaredField("b", new Scalar(ScalarType.SHORT)),      // 4..6
                new DeclaredField("side", new EnumType(SIDE, 2)),          // 6..7, then 1 byte of padding
                new DeclaredField("id", new Scalar(ScalarType.LONG)),      // 8..16
                new DeclaredField("code", new Text(3)),                    // 16..19
                new DeclaredField("flags", new ArrayOf(new Scalar(ScalarType.BOOLEAN), 2))), // 19..21, 3 trailing
                1, false);
        assertEquals(List.<Run>of(new Bytes(0, 7), new Bytes(8, 13)), ContentRuns.of(model));
    }

    @Test
    void nestedStructsAndTheirArraysStaySeparateInMemoryOrder() {
        StructModel model = StructModel.of(STRUCT, List.of(
                new DeclaredField("id", new Scalar(ScalarType.LONG)),
                new DeclaredField("price", PRICE),
                new DeclaredField("count", new Scalar(ScalarType.LONG)),
                new DeclaredField("levels", new ArrayOf(PRICE, 4))),
                1, false);
        List<Run> runs = ContentRuns.of(model);
        assertEquals(4, runs.size());
        assertEquals(new Bytes(0, 8), runs.get(0));
        assertEquals("price", ((Struct) runs.get(1)).field().name());
        assertEquals(new Bytes(24, 8), runs.get(2), "not merged across the nested struct");
        assertEquals("levels", ((Struct) runs.get(3)).field().name());
    }

    @Test
    void compactLayoutsAreWalkedInMemoryOrderNotDeclaredOrder() {
        StructModel model = StructModel.of(STRUCT, List.of(
                new DeclaredField("flag", new Scalar(ScalarType.BYTE)),
                new DeclaredField("id", new Scalar(ScalarType.LONG)),
                new DeclaredField("count", new Scalar(ScalarType.INT))),
                1, true);
        assertEquals(List.<Run>of(new Bytes(0, 13)), ContentRuns.of(model), "id, count, flag: one run, then padding");
    }
}
