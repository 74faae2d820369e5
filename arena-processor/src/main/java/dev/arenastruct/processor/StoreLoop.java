package dev.arenastruct.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.arenastruct.processor.model.ZeroStores;
import java.util.List;

/**
 * Emits one statement per store that covers a small struct's bytes ({@link ZeroStores}): the
 * eight-byte ones as a loop over an int {@code at}, not written out (C2 parses a loop body once, an
 * FFM access being hundreds of IR nodes, and unrolls it later, so the method stays within its
 * callers' inlining budget), then the four-, two- and one-byte rest. Shared by the generated
 * zeroing and copying of a struct.
 */
final class StoreLoop {
    private StoreLoop() {
    }

    /** One store's statement, from its layout constant, its offset and a zero of its Java type. */
    interface Store {
        CodeBlock statement(String layout, String offset, String zero);
    }

    /** Adds to {@code method} the statement {@code store} makes for each store that covers {@code byteSize} bytes. */
    static void add(MethodSpec.Builder method, long byteSize, Store store) {
        List<ZeroStores.Store> stores = ZeroStores.of(byteSize);
        long words = stores.stream().filter(each -> each.width() == Long.BYTES).count();
        if (words == 1) {
            method.addStatement(store.statement("JAVA_LONG_UNALIGNED", "0L", "0L"));
        } else if (words > 1) {
            method.beginControlFlow("for (int at = 0; at < $L; at += 8)", words * Long.BYTES)
                    .addStatement(store.statement("JAVA_LONG_UNALIGNED", "at", "0L"))
                    .endControlFlow();
        }
        for (ZeroStores.Store each : stores) {
            String offset = each.offset() + "L";
            switch (each.width()) {
                case 8 -> { } // in the loop above
                case 4 -> method.addStatement(store.statement("JAVA_INT_UNALIGNED", offset, "0"));
                case 2 -> method.addStatement(store.statement("JAVA_SHORT_UNALIGNED", offset, "(short) 0"));
                default -> method.addStatement(store.statement("JAVA_BYTE", offset, "(byte) 0"));
            }
        }
    }
}
