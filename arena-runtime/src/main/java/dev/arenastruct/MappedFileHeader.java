package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The first {@link #BYTES} bytes of a {@link MappedArena} file, in the platform's byte order:
 * <pre>
 * offset  size  field
 *      0     8  magic "ARENAMAP" (ASCII)
 *      8     4  format version ({@link #VERSION})
 *     12     4  header size ({@link #BYTES})
 *     16     8  capacity: bytes of the data area after the header; the file is header + capacity
 *     24     8  claimed: end of the last allocation in the data area (compare-and-set)
 *     32     8  allocated: bytes requested since the last reset, without padding
 *     40     8  high-water mark of claimed before the last reset
 *     48    16  reserved, zero
 * </pre>
 * {@link #validate} reads the header with a plain file read, not through a mapping, so a file of
 * any size or content is judged before a byte of it is mapped.
 */
final class MappedFileHeader {
    static final long BYTES = 64;
    static final int VERSION = 1;
    static final long CAPACITY = 16;
    static final long CLAIMED = 24;
    static final long ALLOCATED = 32;
    static final long HIGH_WATER = 40;
    private static final byte[] MAGIC = "ARENAMAP".getBytes(StandardCharsets.US_ASCII);
    private static final long VERSION_AT = 8;
    private static final long SIZE_AT = 12;
    static final VarHandle LONG = JAVA_LONG.varHandle();

    private MappedFileHeader() {
    }

    /**
     * Writes a fresh header into {@code header} (a new, zero-filled file). The magic goes last,
     * with a release store: a file whose creator died halfway has no magic and opens as foreign.
     */
    static void write(MemorySegment header, long capacity) {
        header.set(JAVA_INT, VERSION_AT, VERSION);
        header.set(JAVA_INT, SIZE_AT, (int) BYTES);
        header.set(JAVA_LONG, CAPACITY, capacity);
        long magic = MemorySegment.ofArray(MAGIC).get(JAVA_LONG_UNALIGNED, 0); // the bytes, in native order
        LONG.setRelease(header, 0L, magic);
    }

    /**
     * Checks the header of the open {@code channel} against its size and returns the capacity.
     *
     * @throws MappedArenaFormatException naming the file and the numbers, if it is not a mapped arena
     */
    static long validate(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < BYTES) {
            throw new MappedArenaFormatException(file, "is not a MappedArena file: it has " + size + " bytes, fewer "
                    + "than the " + BYTES + "-byte header (empty, truncated, or never written)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) BYTES).order(ByteOrder.nativeOrder());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // a file channel may return fewer bytes than asked; size >= BYTES, so the loop ends
        }
        byte[] magic = new byte[MAGIC.length];
        buffer.get(0, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new MappedArenaFormatException(file, "is not a MappedArena file: its first bytes are 0x"
                    + HexFormat.of().formatHex(magic) + ", expected the magic \"ARENAMAP\" (0x"
                    + HexFormat.of().formatHex(MAGIC) + ")");
        }
        int version = buffer.getInt((int) VERSION_AT);
        if (version != VERSION) {
            throw new MappedArenaFormatException(file, "has format version " + version + ", this runtime reads version "
                    + VERSION + (Integer.reverseBytes(version) == VERSION
                            ? " (it was written on a machine of the other byte order)" : ""));
        }
        int headerSize = buffer.getInt((int) SIZE_AT);
        long capacity = buffer.getLong((int) CAPACITY);
        long claimed = buffer.getLong((int) CLAIMED);
        long allocated = buffer.getLong((int) ALLOCATED);
        if (headerSize != BYTES || capacity < 1 || capacity > Long.MAX_VALUE - BYTES) {
            throw new MappedArenaFormatException(file, "has a corrupt header: headerSize=" + headerSize + " capacity="
                    + capacity + " (expected headerSize=" + BYTES + " and 1 <= capacity <= " + (Long.MAX_VALUE - BYTES)
                    + ")");
        }
        if (size != BYTES + capacity) {
            throw new MappedArenaFormatException(file, (size < BYTES + capacity ? "is truncated" : "has extra bytes")
                    + ": its header says capacity=" + capacity + ", so " + (BYTES + capacity) + " bytes with the header, "
                    + "but the file has " + size + " bytes");
        }
        if (claimed < 0 || claimed > capacity || allocated < 0 || allocated > claimed) {
            throw new MappedArenaFormatException(file, "has a corrupt header: claimed=" + claimed + " allocated="
                    + allocated + " capacity=" + capacity + " (expected 0 <= allocated <= claimed <= capacity)");
        }
        return capacity;
    }
}
