package dev.arenastruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZeroStoresTest {

    @Test
    void everySizeUpToTheLimitIsCoveredExactlyOnceByTheFewestStores() {
        for (long size = 0; size <= ZeroStores.LIMIT; size++) {
            List<ZeroStores.Store> stores = ZeroStores.of(size);
            long at = 0;
            int previousWidth = Long.BYTES;
            for (ZeroStores.Store store : stores) {
                assertEquals(at, store.offset(), size + " bytes: stores follow each other without gap or overlap");
                assertTrue(store.width() <= previousWidth, size + " bytes: widest first");
                assertEquals(0, store.offset() % store.width(), size + " bytes: each store aligned to its width");
                previousWidth = store.width();
                at += store.width();
            }
            assertEquals(size, at, size + " bytes: covered exactly");
            assertEquals(size / 8 + Long.bitCount(size % 8), stores.size(), size + " bytes: the fewest stores");
        }
    }

    @Test
    void aStructAboveTheLimitIsZeroedInBulk() {
        assertTrue(ZeroStores.inline(128));
        assertFalse(ZeroStores.inline(129));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZeroStores.of(129));
        assertEquals("a struct of 129 bytes is zeroed in bulk, not with stores", e.getMessage());
    }
}
