package dev.arenastruct.processor.model;

/**
 * One struct field, placed.
 *
 * @param name the accessor's name, which is the field's name
 * @param type what it holds
 * @param offset its byte offset from the start of the struct
 * @param paddingBefore the padding bytes placed right before it in memory to align it
 * @param atomic whether it gets atomic accessors ({@code @Atomic}; only {@code int} and {@code long})
 */
public record FieldModel(String name, FieldType type, long offset, long paddingBefore, boolean atomic) {

    /** A field without atomic accessors. */
    public FieldModel(String name, FieldType type, long offset, long paddingBefore) {
        this(name, type, offset, paddingBefore, false);
    }

    /** The generated offset constant's name: {@code BID_PRICE_OFFSET}. */
    public String offsetConstant() {
        return Names.offsetConstant(name);
    }

    /** The generated length constant's name, for arrays and text: {@code SYMBOL_LENGTH}. */
    public String lengthConstant() {
        return Names.lengthConstant(name);
    }
}
