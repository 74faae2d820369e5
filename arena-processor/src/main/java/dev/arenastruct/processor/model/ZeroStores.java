package dev.arenastruct.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The stores with which a generated flyweight zeroes a freshly allocated struct of its size: eight
 * bytes a store, then four, two and one for the rest. Above {@link #LIMIT} bytes there are none:
 * such a struct is zeroed by the runtime's bulk zeroing instead.
 */
public final class ZeroStores {
    /** The largest struct zeroed with stores of its own: sixteen of eight bytes. */
    public static final long LIMIT = 128;

    private ZeroStores() {
    }

    /**
     * One store of zero.
     *
     * @param offset from the start of the struct
     * @param width 8, 4, 2 or 1 bytes
     */
    public record Store(long offset, int width) {
    }

    /** Whether a struct of {@code byteSize} bytes is zeroed with {@link #of} (else in bulk by the runtime). */
    public static boolean inline(long byteSize) {
        return byteSize <= LIMIT;
    }

    /** The stores that zero exactly {@code byteSize <= LIMIT} bytes, in increasing offset. */
    public static List<Store> of(long byteSize) {
        if (!inline(byteSize)) {
            throw new IllegalArgumentException("a struct of " + byteSize + " bytes is zeroed in bulk, not with stores");
        }
        List<Store> stores = new ArrayList<>();
        long at = 0;
        for (int width = Long.BYTES; width >= 1; width /= 2) {
            while (byteSize - at >= width) {
                stores.add(new Store(at, width));
                at += width;
            }
        }
        return stores;
    }
}
