package dev.arenastruct;

/**
 * Which blocks a growable {@link BumpArena} keeps when it is reset. Keeping blocks makes the next
 * batch allocation-free; returning them bounds the memory an idle arena holds after one big batch.
 * Whichever policy, {@code reset()} never walks the allocations, only the blocks.
 */
public final class RetainPolicy {
    private static final RetainPolicy ALL = new RetainPolicy(Kind.ALL, Long.MAX_VALUE);
    private static final RetainPolicy LARGEST = new RetainPolicy(Kind.LARGEST, 0);

    enum Kind { ALL, LARGEST, UP_TO }

    private final Kind kind;
    private final long bytes;

    private RetainPolicy(Kind kind, long bytes) {
        this.kind = kind;
        this.bytes = bytes;
    }

    /** Keep every block: the arena keeps its peak size, and later batches of that size reserve nothing. */
    public static RetainPolicy all() {
        return ALL;
    }

    /** Keep only the largest block and return the others; the next batch starts in it. */
    public static RetainPolicy largest() {
        return LARGEST;
    }

    /**
     * Keep blocks from the start of the chain while their total size stays at most {@code bytes};
     * return the rest. {@code upTo(0)} returns every block.
     *
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public static RetainPolicy upTo(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("RetainPolicy.upTo needs a byte count of zero or more: bytes=" + bytes);
        }
        return new RetainPolicy(Kind.UP_TO, bytes);
    }

    Kind kind() {
        return kind;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "RetainPolicy.all()";
            case LARGEST -> "RetainPolicy.largest()";
            case UP_TO -> "RetainPolicy.upTo(" + bytes + ")";
        };
    }
}
