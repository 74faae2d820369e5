package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a struct's content is, for comparing, hashing and copying it by value: its fields in
 * memory order, with neighbouring plain fields (primitives, enums, text, arrays of those) merged
 * into runs of bytes and the padding between fields left out. Nested structs stay separate, so
 * that their own padding is left out too.
 */
public final class ContentRuns {
    private ContentRuns() {
    }

    /** One part of a struct's content. */
    public sealed interface Run {
    }

    /**
     * Plain bytes that hold data: compared and hashed as they are.
     *
     * @param offset from the start of the struct
     * @param length at least 1
     */
    public record Bytes(long offset, long length) implements Run {
    }

    /** A nested struct, or an array of them: compared and hashed through the nested flyweight. */
    public record Struct(FieldModel field) implements Run {
    }

    /** The runs of {@code model}, in memory order; fields of size 0 (empty text) contribute nothing. */
    public static List<Run> of(StructModel model) {
        List<Run> runs = new ArrayList<>();
        for (FieldModel field : model.memoryOrder()) {
            boolean nested = field.type() instanceof FieldType.Nested
                    || field.type() instanceof FieldType.ArrayOf array && array.element() instanceof FieldType.Nested;
            long length = field.type().byteSize();
            if (nested) {
                runs.add(new Struct(field));
            } else if (length > 0) {
                if (!runs.isEmpty() && runs.getLast() instanceof Bytes last
                        && last.offset() + last.length() == field.offset()) {
                    runs.set(runs.size() - 1, new Bytes(last.offset(), last.length() + length));
                } else {
                    runs.add(new Bytes(field.offset(), length));
                }
            }
        }
        return List.copyOf(runs);
    }
}
