package dev.arenastruct.processor.model;

/**
 * The primitive field types a struct may hold, with their C ABI size and alignment (LP64) and the
 * {@code java.lang.foreign.ValueLayout} constant that reads and writes them in native byte order.
 */
public enum ScalarType {
    BYTE("byte", 1, "JAVA_BYTE", "int8_t"),
    BOOLEAN("boolean", 1, "JAVA_BOOLEAN", "uint8_t"),
    SHORT("short", 2, "JAVA_SHORT", "int16_t"),
    CHAR("char", 2, "JAVA_CHAR", "uint16_t"),
    INT("int", 4, "JAVA_INT", "int32_t"),
    FLOAT("float", 4, "JAVA_FLOAT", "float"),
    LONG("long", 8, "JAVA_LONG", "int64_t"),
    DOUBLE("double", 8, "JAVA_DOUBLE", "double");

    private final String javaName;
    private final long byteSize;
    private final String valueLayout;
    private final String cType;

    ScalarType(String javaName, long byteSize, String valueLayout, String cType) {
        this.javaName = javaName;
        this.byteSize = byteSize;
        this.valueLayout = valueLayout;
        this.cType = cType;
    }

    /** The Java keyword: {@code long}. */
    public String javaName() {
        return javaName;
    }

    /** Size in bytes. */
    public long byteSize() {
        return byteSize;
    }

    /** Alignment in bytes: on LP64 every primitive is aligned to its own size. */
    public long byteAlignment() {
        return byteSize;
    }

    /** The {@code ValueLayout} constant name, such as {@code JAVA_LONG}. */
    public String valueLayout() {
        return valueLayout;
    }

    /**
     * The {@code ValueLayout} constant accessors use: the unaligned variant, such as {@code
     * JAVA_LONG_UNALIGNED}, where there is one. Neither instance nor static accessors check
     * alignment (see {@link AccessLayouts#of}).
     */
    public String accessorLayout() {
        return byteSize == 1 ? valueLayout : valueLayout + "_UNALIGNED";
    }

    /** The C type with the same size, alignment and values, such as {@code int64_t}. */
    public String cType() {
        return cType;
    }
}
