package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.arenastruct.internal.Texts;
import dev.arenastruct.internal.Utf8Codec;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Text built in an arena as UTF-8: Rust's {@code String::new_in(&arena)}. Appending text, chars,
 * numbers and doubles allocates nothing on the heap; {@link #toArenaString()} copies the result
 * into an {@link ArenaString}, NUL-terminated for C.
 *
 * <pre>{@code
 * ArenaStringBuilder body = ArenaStringBuilder.allocate(arena, 256);
 * body.append("{\"id\":").append(order.id()).append(",\"price\":").append(order.price()).append('}');
 * ArenaString json = body.toArenaString();
 * }</pre>
 *
 * <p>The text is what {@code StringBuilder} would hold after the same calls, written as
 * {@code String.getBytes(UTF_8)} writes it: numbers as {@link Long#toString(long)} and
 * {@link Double#toString(double)} write them (a double as the shortest decimal that reads back as
 * the same double, {@code "1.0E-5"}, {@code "-0.0"}, {@code "NaN"}), an unpaired surrogate as
 * {@code '?'}. A surrogate pair appended in two calls is still one code point: a high surrogate at
 * the end reads as {@code '?'} until its low surrogate follows. U+0000 is refused, as
 * {@link ArenaString} refuses it: C would end the text there.
 *
 * <p>Growth, its errors, the lifetime and threads follow {@link StructList}: the storage grows in
 * place while it is the arena's last allocation and moves otherwise, an append that does not fit
 * throws {@link ArenaExhaustedException} and leaves the text as it was, and using the builder after
 * its arena was reset (or its scope closed) throws {@link StaleStructException}.
 */
public final class ArenaStringBuilder extends GrowableStorage implements Appendable {
    private static final String NAME = "ArenaStringBuilder";
    /**
     * Where doubles are formatted: {@code StringBuilder.append(double)} runs the JDK's shortest-decimal
     * algorithm without allocating (measured: 0 B per call, interpreted or compiled), so one builder
     * per thread makes the text of {@code Double.toString} with no garbage per call.
     */
    private static final ThreadLocal<StringBuilder> DECIMALS = ThreadLocal.withInitial(() -> new StringBuilder(32));

    /** The shortest ASCII run copied in bulk; shorter ones are stored byte by byte. */
    private static final int BULK_CHARS = 16;
    /** Where {@link #putAscii} gathers a run of ASCII chars for one bulk copy into the arena. */
    private static final ThreadLocal<byte[]> ASCII = ThreadLocal.withInitial(() -> new byte[256]);

    private long length;
    /** The last byte is the {@code '?'} written for a high surrogate, which a low surrogate next completes. */
    private char pendingHigh;

    private ArenaStringBuilder(ArenaAllocator arena, long initialByteCapacity) {
        super(NAME, arena, initialByteCapacity, 1, 1);
    }

    /**
     * Allocates an empty builder with room for {@code initialByteCapacity} bytes of UTF-8 in
     * {@code arena}; it lives as long as memory allocated there now.
     *
     * @throws IllegalArgumentException if {@code initialByteCapacity} is negative
     * @throws ArenaExhaustedException if the storage does not fit; the arena is then unchanged
     */
    public static ArenaStringBuilder allocate(ArenaAllocator arena, long initialByteCapacity) {
        return new ArenaStringBuilder(arena, initialByteCapacity);
    }

    /**
     * Appends the chars of {@code text} ({@code "null"} for {@code null}, as {@code StringBuilder} does).
     *
     * @throws IllegalArgumentException if {@code text} holds U+0000; the text is then unchanged
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    @Override
    public ArenaStringBuilder append(CharSequence text) {
        CharSequence chars = text == null ? "null" : text;
        return append(chars, 0, chars.length());
    }

    /**
     * Appends chars {@code [start, end)} of {@code text} ({@code "null"} for {@code null}).
     *
     * @throws IndexOutOfBoundsException if the range is not inside {@code text}; the text is then unchanged
     * @throws IllegalArgumentException if the range holds U+0000; the text is then unchanged
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    @Override
    public ArenaStringBuilder append(CharSequence text, int start, int end) {
        checkLive();
        CharSequence chars = text == null ? "null" : text;
        Objects.checkFromToIndex(start, end, chars.length());
        long oldSize = size;
        long oldLength = length;
        char oldPending = pendingHigh;
        try {
            reserve(end - start); // at least a byte a char: one growth for ASCII, put() grows for the rest
            for (int i = putAscii(chars, start, end); i < end; i++) {
                put(chars.charAt(i), i - start, end - start);
            }
        } catch (RuntimeException | Error e) {
            restore(oldSize, oldLength, oldPending);
            throw e;
        }
        return this;
    }

    /**
     * Appends {@code c}; a surrogate pair may come in two calls.
     *
     * @throws IllegalArgumentException if {@code c} is U+0000
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    @Override
    public ArenaStringBuilder append(char c) {
        checkLive();
        put(c, 0, 1);
        return this;
    }

    /**
     * Appends the text {@code byteSize} bytes of UTF-8 at {@code offset} in {@code bytes} hold, as
     * {@code new String(bytes, UTF_8)} reads them (a malformed sequence as U+FFFD), without making
     * that {@code String}: for text in other structs, such as a {@code @Text} field
     * ({@code appendUtf8(line.segment(), RequestLineFlyweight.SYMBOL_OFFSET, line.symbolByteLength())}).
     *
     * @throws IndexOutOfBoundsException if the bytes are not inside {@code bytes}; the text is then unchanged
     * @throws IllegalArgumentException if they hold U+0000; the text is then unchanged
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public ArenaStringBuilder appendUtf8(MemorySegment bytes, long offset, long byteSize) {
        checkLive();
        Objects.checkFromIndexSize(offset, byteSize, bytes.byteSize());
        long oldSize = size;
        long oldLength = length;
        char oldPending = pendingHigh;
        try {
            reserve(byteSize); // as many bytes out as in, unless some are malformed
            for (long pos = 0; pos < byteSize; ) {
                long decoded = Utf8Codec.decode(bytes, offset, pos, byteSize);
                int cp = (int) (decoded >>> 8);
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    put((char) cp, pos, byteSize);
                } else { // the pair completes itself: the high surrogate's '?' becomes the code point
                    put(Character.highSurrogate(cp), pos, byteSize);
                    put(Character.lowSurrogate(cp), pos, byteSize);
                }
                pos += decoded & 0xFF;
            }
        } catch (RuntimeException | Error e) {
            restore(oldSize, oldLength, oldPending);
            throw e;
        }
        return this;
    }

    /** Appends {@code value} in decimal, as {@link Integer#toString(int)} writes it; see {@link #append(long)}. */
    public ArenaStringBuilder append(int value) {
        return append((long) value);
    }

    /**
     * Appends {@code value} in decimal, as {@link Long#toString(long)} writes it.
     *
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public ArenaStringBuilder append(long value) {
        checkLive();
        int digits = decimalLength(value);
        ensureRoom(digits);
        long at = start + size + digits;
        long rest = value < 0 ? value : -value; // negative, so that Long.MIN_VALUE needs no special case
        do {
            long next = rest / 10;
            memory.set(JAVA_BYTE, --at, (byte) ('0' + next * 10 - rest));
            rest = next;
        } while (rest != 0);
        if (value < 0) {
            memory.set(JAVA_BYTE, --at, (byte) '-');
        }
        wrote(digits);
        return this;
    }

    /**
     * Appends {@code value} as {@link Double#toString(double)} writes it: the shortest decimal that
     * reads back as {@code value}, in scientific notation below 10<sup>-3</sup> and from
     * 10<sup>7</sup> ({@code "1.0E7"}), and {@code "NaN"}, {@code "Infinity"}, {@code "-0.0"}.
     *
     * @throws ArenaExhaustedException naming the sizes, if growing does not fit; the text is then unchanged
     * @throws IllegalStateException if it must grow while a scope deeper than its own is open
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public ArenaStringBuilder append(double value) {
        checkLive();
        StringBuilder decimal = DECIMALS.get();
        decimal.setLength(0);
        decimal.append(value);
        return appendAscii(decimal);
    }

    /** Appends {@code value} as {@link Float#toString(float)} writes it; see {@link #append(double)}. */
    public ArenaStringBuilder append(float value) {
        checkLive();
        StringBuilder decimal = DECIMALS.get();
        decimal.setLength(0);
        decimal.append(value);
        return appendAscii(decimal);
    }

    private ArenaStringBuilder appendAscii(StringBuilder ascii) {
        int n = ascii.length();
        ensureRoom(n);
        long at = start + size;
        for (int i = 0; i < n; i++) {
            memory.set(JAVA_BYTE, at + i, (byte) ascii.charAt(i));
        }
        wrote(n);
        return this;
    }

    /**
     * The number of UTF-16 chars, as {@code toString().length()} counts them.
     *
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public long length() {
        checkLive();
        return length;
    }

    /** True if no chars were appended since the builder was allocated or cleared. */
    public boolean isEmpty() {
        return length() == 0;
    }

    /**
     * The number of UTF-8 bytes.
     *
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public long byteSize() {
        checkLive();
        return size;
    }

    /** Empties the builder, keeping its storage. */
    @Override
    public void clear() {
        super.clear();
        length = 0;
        pendingHigh = 0;
    }

    /**
     * The UTF-8 bytes as a plain segment (no NUL after them), to write to a channel or hand to
     * native code with a length; valid until the builder grows or the arena is reset, which it does
     * not detect.
     *
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public MemorySegment segment() {
        return usedSegment();
    }

    /**
     * Copies the text into the builder's own arena as an {@link ArenaString}, which lives as long as
     * memory allocated there now; the builder stays usable.
     *
     * @throws ArenaExhaustedException if the copy does not fit; the arena is then unchanged
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public ArenaString toArenaString() {
        return toArenaString(null);
    }

    /**
     * Copies the text into {@code target} (the builder's own arena if {@code null}) as an
     * {@link ArenaString}: the way to keep a result built in a scratch scope in a longer-lived arena.
     *
     * @throws ArenaExhaustedException if the copy does not fit; the arena is then unchanged
     * @throws IllegalStateException if the text has more chars than a {@code CharSequence} can
     * @throws StaleStructException if the builder's memory was reclaimed
     */
    public ArenaString toArenaString(ArenaAllocator target) {
        checkLive();
        if (length > Integer.MAX_VALUE) {
            throw new IllegalStateException(NAME + " of length=" + length + " chars (" + size + " bytes) is too long"
                    + " for an ArenaString, whose length is an int; split the text");
        }
        ArenaAllocator into = target == null ? arena : target;
        MemorySegment copy = into.allocate(size + 1, 1); // zeroed: the NUL after the text
        MemorySegment.copy(memory, start, copy, 0, size);
        return ArenaString.ofEncoded(copy, into.lifetime(), size, (int) length);
    }

    /** The text as a new heap {@code String}: for cold paths, it allocates. */
    @Override
    public String toString() {
        checkLive();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(NAME + " of " + size + " bytes does not fit a String");
        }
        return new String(memory.asSlice(start, size).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
    }

    /**
     * Copies the ASCII chars from {@code start} while they fit, with one update of the size at the
     * end rather than per char; returns the index of the first char it left for {@link #put}. Runs
     * of {@value #BULK_CHARS} chars or more go through a per-thread byte array and one bulk copy
     * (a byte store per char to the segment measured ~3 ns a char, bounds and liveness checked each).
     */
    private int putAscii(CharSequence chars, int start, int end) {
        long at = this.start + size;
        int stop = (int) Math.min(end, start + (capacity - size));
        int i = start;
        if (stop - start >= BULK_CHARS) {
            byte[] bytes = ASCII.get();
            while (i < stop) {
                int chunk = Math.min(stop - i, bytes.length);
                int k = 0;
                for (; k < chunk; k++) {
                    char c = chars.charAt(i + k);
                    if (c >= 0x80 || c == 0) {
                        break;
                    }
                    bytes[k] = (byte) c;
                }
                MemorySegment.copy(bytes, 0, memory, JAVA_BYTE, at + i - start, k);
                i += k;
                if (k < chunk) {
                    break;
                }
            }
        } else {
            for (; i < stop; i++) {
                char c = chars.charAt(i);
                if (c >= 0x80 || c == 0) {
                    break;
                }
                memory.set(JAVA_BYTE, at + i - start, (byte) c);
            }
        }
        if (i > start) {
            wrote(i - start);
        }
        return i;
    }

    /** Encodes one char; {@code index} is its position in the {@code count} being appended, for the NUL message. */
    private void put(char c, long index, long count) {
        if (c < 0x80) {
            if (c == 0) {
                throw Texts.nul(NAME, index, (int) Math.min(count, Integer.MAX_VALUE));
            }
            ensureRoom(1);
            memory.set(JAVA_BYTE, start + size, (byte) c);
            wrote(1);
        } else if (c < 0x800) {
            ensureRoom(2);
            long at = start + size;
            memory.set(JAVA_BYTE, at, (byte) (0xC0 | c >> 6));
            memory.set(JAVA_BYTE, at + 1, (byte) (0x80 | c & 0x3F));
            size += 2;
            length++;
            pendingHigh = 0;
        } else if (Character.isSurrogate(c)) {
            putSurrogate(c);
        } else {
            ensureRoom(3);
            long at = start + size;
            memory.set(JAVA_BYTE, at, (byte) (0xE0 | c >> 12));
            memory.set(JAVA_BYTE, at + 1, (byte) (0x80 | c >> 6 & 0x3F));
            memory.set(JAVA_BYTE, at + 2, (byte) (0x80 | c & 0x3F));
            size += 3;
            length++;
            pendingHigh = 0;
        }
    }

    private void putSurrogate(char c) {
        if (Character.isLowSurrogate(c) && pendingHigh != 0) {
            ensureRoom(3); // the '?' already written becomes the first of four bytes
            int cp = Character.toCodePoint(pendingHigh, c);
            long at = start + size - 1;
            memory.set(JAVA_BYTE, at, (byte) (0xF0 | cp >> 18));
            memory.set(JAVA_BYTE, at + 1, (byte) (0x80 | cp >> 12 & 0x3F));
            memory.set(JAVA_BYTE, at + 2, (byte) (0x80 | cp >> 6 & 0x3F));
            memory.set(JAVA_BYTE, at + 3, (byte) (0x80 | cp & 0x3F));
            size += 3;
            length++; // the pair is two chars; the '?' counted one
            pendingHigh = 0;
            return;
        }
        ensureRoom(1);
        memory.set(JAVA_BYTE, start + size, (byte) '?');
        size++;
        length++;
        pendingHigh = Character.isHighSurrogate(c) ? c : 0;
    }

    private void ensureRoom(long bytes) {
        if (capacity - size < bytes) {
            grow(size + bytes);
        }
    }

    private void wrote(int asciiBytes) {
        size += asciiBytes;
        length += asciiBytes;
        pendingHigh = 0;
    }

    private void restore(long oldSize, long oldLength, char oldPending) {
        if (oldPending != 0 && size != oldSize) {
            memory.set(JAVA_BYTE, start + oldSize - 1, (byte) '?'); // a low surrogate may have completed it
        }
        size = oldSize;
        length = oldLength;
        pendingHigh = oldPending;
    }

    /** Chars {@code Long.toString(value)} has, the sign included. */
    static int decimalLength(long value) {
        int sign = value < 0 ? 1 : 0;
        long negative = value < 0 ? value : -value;
        long bound = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (negative > bound) {
                return sign + digits;
            }
            bound *= 10;
        }
        return sign + 19;
    }
}
