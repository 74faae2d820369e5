package dev.arenastruct;

/** How a struct's fields are placed in memory. */
public enum FieldOrder {
    /** In declared order, as a C compiler places them: the default, and what native code expects. */
    DECLARED,
    /**
     * By decreasing alignment, declared order kept among equals: removes the padding between
     * fields (only tail padding can remain), at the price of not matching the declaration in C.
     * Getters, setters and {@code toString()} still follow the declaration.
     */
    COMPACT
}
