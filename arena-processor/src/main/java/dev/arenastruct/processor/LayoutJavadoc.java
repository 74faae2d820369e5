package dev.arenastruct.processor;

import dev.arenastruct.processor.model.FieldModel;
import dev.arenastruct.processor.model.StructModel;
import java.util.Locale;

/** The class javadoc of a flyweight: what it is, and its layout as a table a reviewer can check. */
final class LayoutJavadoc {
    private LayoutJavadoc() {
    }

    static String of(StructModel model) {
        StringBuilder doc = new StringBuilder()
                .append("Flyweight over a {@link ").append(model.type().sourceName())
                .append("} in arena memory: getters and setters read and write the struct in place.\n")
                .append("Allocate one with {@link #allocate}, or reuse one over other memory with {@link #wrap}.\n\n")
                .append("<pre>\n")
                .append(row("offset", "size", "field (as C declares it)"));
        for (FieldModel field : model.memoryOrder()) {
            if (field.paddingBefore() > 0) {
                doc.append(row(field.offset() - field.paddingBefore(), field.paddingBefore(), "(padding)"));
            }
            doc.append(row(field.offset(), field.type().byteSize(), field.type().cDeclaration(field.name())));
        }
        if (model.trailingPadding() > 0) {
            doc.append(row(model.byteSize() - model.trailingPadding(), model.trailingPadding(), "(padding)"));
        }
        return doc.append("byteSize ").append(model.byteSize())
                .append(", byteAlignment ").append(model.byteAlignment())
                .append(model.packed() ? ", packed" : "")
                .append(switch (model.endian()) {
                    case NATIVE -> "";
                    case BIG -> ", big-endian";
                    case LITTLE -> ", little-endian";
                })
                .append("\n</pre>\n")
                .toString();
    }

    private static String row(Object offset, Object size, String field) {
        return String.format(Locale.ROOT, "%6s  %4s  %s", offset, size, field) + "\n";
    }
}
