package dev.arenastruct.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The stale-detection design we measured and did not pick: one FFM scope per batch. Every
 * segment handed out is a slice of the block re-scoped ({@code reinterpret}) to a confined arena
 * that {@link #reset()} closes, so {@code java.lang.foreign} itself refuses stale access. It costs
 * a restricted method ({@code --enable-native-access}) and new objects on every reset.
 */
final class EpochScopedArena implements AutoCloseable {
    private final Arena owner = Arena.ofConfined();
    private final MemorySegment block;
    private Arena epoch;
    private MemorySegment view;
    private long offset;

    EpochScopedArena(long capacity) {
        block = owner.allocate(capacity, 64);
        newEpoch();
    }

    MemorySegment allocate(long byteSize, long byteAlignment) {
        long start = offset + (-(view.address() + offset) & (byteAlignment - 1));
        if (start + byteSize > view.byteSize()) {
            throw new IllegalStateException("EpochScopedArena full: requested=" + byteSize + " offset=" + offset);
        }
        MemorySegment segment = view.asSlice(start, byteSize);
        segment.fill((byte) 0);
        offset = start + byteSize;
        return segment;
    }

    void reset() {
        epoch.close();
        newEpoch();
        offset = 0;
    }

    private void newEpoch() {
        epoch = Arena.ofConfined();
        view = block.reinterpret(epoch, null);
    }

    @Override
    public void close() {
        epoch.close();
        owner.close();
    }
}
