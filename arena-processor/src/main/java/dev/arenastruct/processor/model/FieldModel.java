package dev.arenastruct.processor.model;

/**
 * One struct field, placed.
 *
 * @param name the accessor's name, which is the field's name
 * @param type its primitive type
 * @param offset its byte offset from the start of the struct
 * @param paddingBefore the padding bytes inserted before it to align it
 */
public record FieldModel(String name, ScalarType type, long offset, long paddingBefore) {

    /** The generated offset constant's name: {@code BID_PRICE_OFFSET}. */
    public String offsetConstant() {
        return Names.offsetConstant(name);
    }
}
