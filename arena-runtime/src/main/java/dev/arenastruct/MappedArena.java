package dev.arenastruct;

import dev.arenastruct.internal.Zeroing;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A fixed-size bump arena over a memory-mapped file: structs allocated in it are in the file, so
 * they survive the process (persistence) and another process mapping the same file sees them
 * while they are written (inter-process communication). The file is a 64-byte header (magic,
 * format version, capacity, the allocation offset and statistics) followed by the data area of
 * {@link #capacity()} bytes; {@link #segment()} is the data area, and an allocation's offset in
 * it is the same in every process and every run (for alignments up to 64).
 *
 * <p>Allocation claims bytes with one compare-and-set on the offset in the header, as
 * {@link ConcurrentArena} does in memory, so threads and even processes may allocate at once; the
 * memory is shared ({@link Arena#ofShared()}). {@link #reset()} and {@link #close()} must not race
 * with any use, in this process or another. Stale detection is per process: a reset makes only the
 * resetting process's flyweights stale. Every process maps the file read-write (a reader, too,
 * needs write permission), as the header it allocates through is in the file.
 *
 * <p><b>What a reader may trust.</b> The offset in the header says which bytes were <em>claimed</em>,
 * not which were written: a writer killed between claiming a struct and filling it leaves it zeroed
 * or half-written. Publish each struct with a release write of an {@code @Atomic} field after its
 * plain fields ({@code tick.price(p).quantity(q).sequenceRelease(n)}); a reader acquires that field
 * and trusts a struct only once it reads the value it was waiting for ({@code sequenceAcquire() == n}).
 * That holds across processes as between threads (the same memory, the same fences), and after the
 * writer is killed: the page cache keeps every store the process made, so a struct whose release
 * write happened is whole, and one whose release write did not happen reads as unpublished. Bytes
 * at or above the offset are always zero (the file starts zero-filled, {@code reset()} zeroes what
 * was used before moving the offset back, and only a write through {@link #segment()} goes there),
 * so memory claimed by a writer that died before zeroing it reads as zero, never as data from
 * before a reset. A writer killed <em>inside</em> {@code reset()} leaves a file that is partly
 * zeroed: reset it again before trusting it.
 * Surviving a power loss or an operating system crash needs {@link #force()}.
 *
 * <p>Mapped memory belongs to the file: if another process truncates the file while it is mapped,
 * touching a page past the new end faults, which the JVM reports as an {@link InternalError} in
 * the accessing thread (an allocation that faults has already claimed its bytes). {@link #open}
 * checks the file before mapping it, and {@link #create} replaces a file by renaming a new one
 * over it rather than truncating it, but neither can stop another program truncating it.
 *
 * <pre>{@code
 * try (MappedArena arena = MappedArena.create(Path.of("ticks.arena"), 1 << 20)) {
 *     TickFlyweight tick = TickFlyweight.allocate(arena);    // at offset 0 of arena.segment()
 *     tick.price(101).quantity(5).sequenceRelease(1);         // published
 * }
 * try (MappedArena arena = MappedArena.open(Path.of("ticks.arena"))) {  // next run, or another process
 *     TickFlyweight tick = new TickFlyweight().wrap(arena.segment(), 0);
 *     if (tick.sequenceAcquire() == 1) { System.out.println(tick.price()); }
 * }
 * }</pre>
 */
public final class MappedArena implements ArenaAllocator, AutoCloseable {
    private final Path file;
    private final Arena owner;
    private final MemorySegment header;
    private final MemorySegment data;
    private final long base;
    private final long capacity;
    private final String name;
    private final Lifetime lifetime = new Lifetime("MappedArena", 0, this);
    private volatile boolean closed;
    // What the statistics report once the header is unmapped.
    private long closedAllocated;
    private long closedClaimed;
    private long closedHighWater;

    private MappedArena(Path file, Arena owner, MemorySegment mapping, long capacity) {
        this.file = file;
        this.owner = owner;
        this.header = mapping.asSlice(0, MappedFileHeader.BYTES);
        this.data = mapping.asSlice(MappedFileHeader.BYTES, capacity);
        this.base = data.address();
        this.capacity = capacity;
        this.name = "MappedArena(" + file + ")";
    }

    /**
     * Creates {@code file} as an empty arena with a data area of {@code capacity} bytes, replacing
     * any file of that name, and maps it. The file is built under a temporary name next to it and
     * renamed into place, so another process opening {@code file} finds either no file or a whole
     * header, and processes that had the old file mapped keep reading the old file (its memory is
     * not truncated under them).
     *
     * @throws IllegalArgumentException if {@code capacity < 1} or the file size would overflow a long
     * @throws IOException if the file cannot be created, sized, mapped or renamed
     */
    public static MappedArena create(Path file, long capacity) throws IOException {
        if (capacity < 1 || capacity > Long.MAX_VALUE - MappedFileHeader.BYTES) {
            throw new IllegalArgumentException("MappedArena capacity must be between 1 and "
                    + (Long.MAX_VALUE - MappedFileHeader.BYTES) + " bytes: capacity=" + capacity + " file=" + file);
        }
        Path building = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".creating");
        MappedArena arena = null;
        try (FileChannel channel = FileChannel.open(building, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            arena = map(file, channel, capacity); // mapping past the end grows the file, zero-filled
            MappedFileHeader.write(arena.header, capacity);
            Files.move(building, file, StandardCopyOption.ATOMIC_MOVE); // replaces file, as rename(2) does
            return arena;
        } catch (IOException | RuntimeException | Error e) {
            if (arena != null) {
                arena.close();
            }
            Files.deleteIfExists(building);
            throw e;
        }
    }

    /**
     * Maps an existing arena file, written by {@link #create} in this run, an earlier one, or
     * another process: its structs and its allocation offset are as they were left, and the next
     * allocation follows the last one. The header is checked before anything is mapped.
     *
     * @throws MappedArenaFormatException naming the file and the numbers, if it is empty, truncated,
     *     not a mapped arena, of another format version or has a contradictory header
     * @throws IOException if the file cannot be opened or mapped
     */
    public static MappedArena open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return map(file, channel, MappedFileHeader.validate(file, channel));
        }
    }

    private static MappedArena map(Path file, FileChannel channel, long capacity) throws IOException {
        // The mapping outlives the channel; it ends when the arena closes. Not a restricted method.
        Arena arena = Arena.ofShared();
        try {
            MemorySegment mapping = channel.map(MapMode.READ_WRITE, 0, MappedFileHeader.BYTES + capacity, arena);
            return new MappedArena(file, arena, mapping, capacity);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Returns {@code byteSize} zeroed bytes of the file whose address is a multiple of
     * {@code byteAlignment}; safe from any number of threads and processes at once.
     *
     * @throws IllegalArgumentException if {@code byteSize < 0}, or {@code byteAlignment} is not a
     *     power of two greater than zero
     * @throws ArenaExhaustedException if the request does not fit; nothing is claimed then
     * @throws IllegalStateException if the arena is closed
     */
    @Override
    public MemorySegment allocate(long byteSize, long byteAlignment) {
        return data.asSlice(bump(byteSize, byteAlignment), byteSize);
    }

    /** Like {@link #allocate(long, long)}, but returns {@code null} when the request does not fit. */
    @Override
    public MemorySegment tryAllocate(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        return start < 0 ? null : data.asSlice(start, byteSize);
    }

    /** The allocation without a segment: where {@code byteSize} claimed, zeroed bytes start in {@link #block()}, or -1. */
    long tryBump(long byteSize, long byteAlignment) {
        long start = tryClaim(byteSize, byteAlignment);
        if (start >= 0) {
            Zeroing.zero(data, start, byteSize); // already zero unless someone wrote there through segment()
        }
        return start;
    }

    /** {@link #tryBump} without zeroing, for generated code (see {@link BumpArena#tryClaim}). */
    long tryClaim(long byteSize, long byteAlignment) {
        checkOpen();
        BumpArena.checkArguments(byteSize, byteAlignment);
        long start;
        while (true) {
            long current = claimed();
            long pad = -(base + current) & (byteAlignment - 1);
            long room = capacity - current;
            if (pad > room || byteSize > room - pad) {
                return -1;
            }
            start = current + pad;
            if (MappedFileHeader.LONG.compareAndSet(header, MappedFileHeader.CLAIMED, current, start + byteSize)) {
                break;
            }
        }
        MappedFileHeader.LONG.getAndAdd(header, MappedFileHeader.ALLOCATED, byteSize);
        return start;
    }

    /** {@link #tryClaim}, throwing when the request does not fit. */
    long claim(long byteSize, long byteAlignment) {
        long start = tryClaim(byteSize, byteAlignment);
        if (start < 0) {
            throw exhausted(byteSize, byteAlignment);
        }
        return start;
    }

    /** {@link #tryBump}, throwing when the request does not fit. */
    long bump(long byteSize, long byteAlignment) {
        long start = tryBump(byteSize, byteAlignment);
        if (start < 0) {
            throw exhausted(byteSize, byteAlignment);
        }
        return start;
    }

    ArenaExhaustedException exhausted(long byteSize, long byteAlignment) {
        return new ArenaExhaustedException(name, byteSize, byteAlignment, remaining(), capacity, capacity, false);
    }

    /**
     * Grows the allocation that ends at {@code end} by {@code extra} zeroed bytes if nothing was
     * claimed after it, by this process or another: one compare-and-set of the claimed offset.
     */
    boolean tryExtend(MemorySegment in, long end, long extra) {
        checkOpen();
        if (in != data || extra < 0 || end < 0 || extra > capacity - end
                || !MappedFileHeader.LONG.compareAndSet(header, MappedFileHeader.CLAIMED, end, end + extra)) {
            return false;
        }
        MappedFileHeader.LONG.getAndAdd(header, MappedFileHeader.ALLOCATED, extra);
        Zeroing.zero(data, end, extra);
        return true;
    }

    /** The data area every allocation is in. */
    MemorySegment block() {
        return data;
    }

    /**
     * The data area: {@link #capacity()} bytes after the header, where a reader finds the structs
     * (wrap a flyweight at an offset a writer allocated at; the first allocation is at offset 0).
     * Touching it after {@link #close()} throws {@link IllegalStateException}.
     */
    public MemorySegment segment() {
        return data;
    }

    /** The file this arena maps. */
    public Path file() {
        return file;
    }

    /** The lifetime of memory allocated now, in this process; it ends at {@link #reset()} or {@link #close()}. */
    @Override
    public Lifetime lifetime() {
        return lifetime;
    }

    /**
     * Forgets every allocation, for this process and every other mapping the file: zeroes the bytes
     * used so far, then moves the offset back to zero, so a later allocation never finds old data.
     * Unlike the other arenas' resets it costs a pass over the used bytes. Flyweights this process
     * allocated before become stale; other processes are not told. Call it only when no thread or
     * process uses the arena.
     *
     * @throws IllegalStateException if the arena is closed
     */
    public void reset() {
        checkOpen();
        long used = claimed();
        MappedFileHeader.LONG.setRelease(header, MappedFileHeader.HIGH_WATER, highWaterMark());
        data.asSlice(0, used).fill((byte) 0);
        MappedFileHeader.LONG.setRelease(header, MappedFileHeader.ALLOCATED, 0L);
        MappedFileHeader.LONG.setRelease(header, MappedFileHeader.CLAIMED, 0L);
        lifetime.end(name + ".reset()");
    }

    /**
     * Writes what is in memory to the storage device, as {@link MemorySegment#force()} does: needed
     * only to survive a power loss or an operating system crash (a process that dies leaves its
     * writes in the page cache, which the next {@link #open} sees).
     *
     * @throws IllegalStateException if the arena is closed
     */
    public void force() {
        checkOpen();
        header.force();
        data.force();
    }

    /** Bytes requested since the file was created or last reset, without padding, by every process. */
    public long allocatedBytes() {
        return closed ? closedAllocated : (long) MappedFileHeader.LONG.getAcquire(header, MappedFileHeader.ALLOCATED);
    }

    /** Bytes lost to alignment padding since the file was created or last reset. */
    public long paddingBytes() {
        return Math.max(0, claimedOrClosed() - allocatedBytes());
    }

    /** The size of the data area in bytes (the file has 64 more, for the header). */
    public long capacity() {
        return capacity;
    }

    /** Bytes not yet claimed; an allocation may also need some of them for alignment padding. Zero once closed. */
    public long remaining() {
        return closed ? 0 : capacity - claimed();
    }

    /** The most bytes claimed at once since the file was created, across resets and runs. */
    public long highWaterMark() {
        return closed ? closedHighWater
                : Math.max((long) MappedFileHeader.LONG.getAcquire(header, MappedFileHeader.HIGH_WATER), claimed());
    }

    /** All statistics at once. */
    public ArenaStats stats() {
        return new ArenaStats(allocatedBytes(), paddingBytes(), capacity, highWaterMark(), closed ? 0 : 1, capacity);
    }

    /**
     * Unmaps the file (its contents stay in it). Segments from the arena then throw
     * {@link IllegalStateException} when touched, and flyweights are stale.
     *
     * @throws IllegalStateException if the arena is already closed
     */
    @Override
    public void close() {
        checkOpen();
        closedAllocated = allocatedBytes();
        closedClaimed = claimed();
        closedHighWater = highWaterMark();
        closed = true;
        lifetime.end(name + ".close()");
        owner.close();
    }

    @Override
    public String toString() {
        return name + "[capacity=" + capacity + ", claimed=" + claimedOrClosed() + (closed ? ", closed" : "") + "]";
    }

    private long claimed() {
        return (long) MappedFileHeader.LONG.getVolatile(header, MappedFileHeader.CLAIMED);
    }

    private long claimedOrClosed() {
        return closed ? closedClaimed : claimed();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + " already closed: capacity=" + capacity
                    + "; allocate, reset, force and close are only valid before close()");
        }
    }
}
