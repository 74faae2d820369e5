package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.arenastruct.internal.Flyweights;
import dev.arenastruct.internal.Texts;
import dev.arenastruct.internal.Utf8Chars;
import dev.arenastruct.internal.Utf8Codec;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ConcurrentModificationException;
import java.util.Objects;

/**
 * Text copied into an arena as UTF-8 and read back through a {@link CharSequence} that allocates
 * nothing: {@link #charAt}, {@link #contentEquals}, {@link #compareTo}, {@link #hashCode} and
 * {@link #appendTo} read the arena bytes in place. The bytes are followed by a NUL, so
 * {@link #cString()} can be handed to C as a {@code const char *}.
 *
 * <pre>{@code
 * try (BumpArena.Scope scratch = SCRATCH.open()) {
 *     ArenaString symbol = ArenaString.copyOf(scratch.arena(), request.symbol());
 *     if (symbol.contentEquals("AAPL")) { ... }
 *     symbol.appendTo(log);                // no String made
 * }                                        // symbol is stale from here on
 * }</pre>
 *
 * <p>Like a flyweight, an {@code ArenaString} lives as long as its memory: it records the arena's
 * {@link ArenaAllocator#lifetime()} when copied, and every method throws
 * {@link StaleStructException} (naming {@code ArenaString}) once the arena was reset, the scope it
 * was copied in closed, or the arena closed.
 *
 * <p>{@link #length()}, {@link #byteSize()} and whether the text is all ASCII are computed once,
 * when copying. ASCII text answers {@code charAt} in O(1); other text is decoded from a cursor the
 * view keeps, so a forward or backward walk costs O(1) per char and a random index at most half
 * the text. Unpaired surrogates are stored as {@code '?'}, as {@code String.getBytes(UTF_8)} and
 * {@link Text} fields do, so the copy of {@code "a"} and U+D800 is {@code "a?"}, and is not
 * {@code contentEquals} to the value it was copied from. Every reader decodes the bytes with one decoder, the one
 * {@link Text} fields use, so {@code toString}, {@code length}, {@code charAt}, {@code contentEquals},
 * {@code compareTo}, {@code hashCode}, {@code appendTo} and {@code subSequence} all describe one
 * text. U+0000 is rejected when copying: C, and {@link #cString()}, would end the
 * text there. The content never changes, so a published {@code ArenaString} may be
 * read from any thread that may read its memory (a {@link BumpArena}'s is confined to its owner).
 */
public final class ArenaString implements CharSequence, Comparable<ArenaString> {
    private static final String NAME = "ArenaString";
    /** {@code toArray} cannot make a larger array; longer text is decoded through a builder. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** The cursor packs {@code charIndex << BYTE_BITS | byteOffset}: 31 + 33 bits (at most 3 bytes a char). */
    private static final int BYTE_BITS = 33;
    private static final long BYTE_MASK = (1L << BYTE_BITS) - 1;
    private static final VarHandle CURSOR;

    static {
        try {
            CURSOR = MethodHandles.lookup().findVarHandle(ArenaString.class, "cursor", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MemorySegment terminated; // read-only: the UTF-8, then one NUL byte
    private final Lifetime lifetime;
    private final long generation;
    private final long byteSize;
    private final int length;
    private final boolean ascii;
    // Well-formed UTF-8, as every copy is: then bytes compare as code points and can be walked backward.
    private final boolean valid;
    // A code point start, read and written opaquely so that racing readers see a whole one, never a torn long.
    @SuppressWarnings("unused")
    private long cursor;
    private int hash;
    private boolean hashIsZero;

    private ArenaString(MemorySegment memory, Lifetime lifetime, long byteSize, int length, boolean ascii,
            boolean valid) {
        this.terminated = memory.asReadOnly();
        this.lifetime = lifetime;
        this.generation = lifetime.generation();
        this.byteSize = byteSize;
        this.length = length;
        this.ascii = ascii;
        this.valid = valid;
    }

    /**
     * A view of bytes other code wrote, up to their first zero byte, which {@code memory} must hold:
     * the text is what {@link Utf8Codec#decode} makes of them, malformed or not. For the tests that
     * hold every reader to that one decoder, and for text handed over by C.
     */
    static ArenaString ofTerminated(MemorySegment memory, Lifetime lifetime) {
        long byteSize = 0;
        while (memory.get(JAVA_BYTE, byteSize) != 0) {
            byteSize++;
        }
        long chars = 0;
        boolean ascii = true;
        boolean valid = true;
        for (long pos = 0; pos < byteSize; ) {
            long decoded = Utf8Codec.decode(memory, 0, pos, byteSize);
            int cp = (int) (decoded >>> 8);
            chars += Character.charCount(cp);
            ascii &= cp < 0x80;
            valid &= cp != Utf8Codec.REPLACEMENT || Utf8Codec.isEncodedReplacement(memory, 0, pos, decoded);
            pos += decoded & 0xFF;
        }
        return new ArenaString(memory.asSlice(0, byteSize + 1), lifetime, byteSize, Math.toIntExact(chars), ascii,
                valid);
    }

    /**
     * Copies {@code text} into {@code arena} as UTF-8 followed by a NUL byte (alignment 1).
     * Copying another {@code ArenaString} copies its bytes, without decoding them: the way to move
     * text from a scratch scope into a longer-lived arena. The UTF-8 is measured, the memory
     * allocated, then the text encoded into exactly that memory, never beyond it.
     *
     * @throws IllegalArgumentException if {@code text} holds U+0000, which would end the text for C
     *     and {@link #cString()}; the arena is then unchanged
     * @throws ArenaExhaustedException if it does not fit; the arena is then unchanged
     * @throws StaleStructException if {@code text} is a stale {@code ArenaString}
     * @throws ConcurrentModificationException if {@code text} changed between measuring and encoding
     *     (another thread editing it, or a {@code CharSequence} whose answers change); the memory
     *     allocated for it stays allocated, zeroed, until the arena is reset, and nothing else changed
     */
    public static ArenaString copyOf(ArenaAllocator arena, CharSequence text) {
        if (Objects.requireNonNull(text, "text") instanceof ArenaString s) {
            return copyBytes(arena.allocate(s.byteSize() + 1, 1), arena.lifetime(), s);
        }
        int n = text.length();
        long bytes = measure(text, n);
        return encode(arena.allocate(bytes + 1, 1), arena.lifetime(), text, n, bytes);
    }

    /**
     * Like {@link #copyOf}, but returns {@code null} instead of throwing when the arena is full.
     */
    public static ArenaString tryCopyOf(ArenaAllocator arena, CharSequence text) {
        if (Objects.requireNonNull(text, "text") instanceof ArenaString s) {
            MemorySegment memory = arena.tryAllocate(s.byteSize() + 1, 1);
            return memory == null ? null : copyBytes(memory, arena.lifetime(), s);
        }
        int n = text.length();
        long bytes = measure(text, n);
        MemorySegment memory = arena.tryAllocate(bytes + 1, 1);
        return memory == null ? null : encode(memory, arena.lifetime(), text, n, bytes);
    }

    private static long measure(CharSequence text, int n) {
        long bytes = Utf8Codec.utf8Length(text, n);
        if (bytes < 0) {
            throw Texts.nul(NAME, -1 - bytes, n);
        }
        return bytes;
    }

    private static ArenaString copyBytes(MemorySegment memory, Lifetime lifetime, ArenaString s) {
        MemorySegment.copy(s.live(), 0, memory, 0, s.byteSize);
        return new ArenaString(memory, lifetime, s.byteSize, s.length, s.ascii, s.valid);
    }

    /**
     * The text {@code memory} holds: {@code byteSize} bytes of well-formed UTF-8 without U+0000
     * that decode to {@code length} chars, then a zero byte. For {@link ArenaStringBuilder}, which
     * encoded them itself.
     */
    static ArenaString ofEncoded(MemorySegment memory, Lifetime lifetime, long byteSize, int length) {
        return new ArenaString(memory, lifetime, byteSize, length, byteSize == length, true);
    }

    /** Encodes chars {@code [0, n)} of {@code text}, measured as {@code bytes}, into {@code memory} of {@code bytes + 1} zeroed bytes. */
    static ArenaString encode(MemorySegment memory, Lifetime lifetime, CharSequence text, int n, long bytes) {
        long end;
        try {
            end = Utf8Codec.encode(memory, 0, bytes, text, n); // the NUL after it: arenas hand out zeroed memory
        } catch (RuntimeException e) {
            memory.fill((byte) 0);
            throw e;
        }
        if (end != bytes) {
            memory.fill((byte) 0);
            throw Texts.changed(NAME, bytes, end, "its " + (bytes + 1)
                    + " bytes stay allocated, zeroed, until the arena is reset");
        }
        // The encoder took n chars, each of which decodes back to one char (a pair to a pair, an
        // unpaired surrogate to '?'); only ASCII (or '?') takes exactly one byte.
        return new ArenaString(memory, lifetime, bytes, n, bytes == n, true);
    }

    /** The number of UTF-16 chars, as {@code toString().length()} would count them. */
    @Override
    public int length() {
        live();
        return length;
    }

    /** True if there are no chars. */
    @Override
    public boolean isEmpty() {
        return length() == 0;
    }

    /**
     * The UTF-16 char at {@code index}; a code point above U+FFFF is two chars, a surrogate pair.
     *
     * @throws IndexOutOfBoundsException naming the index and the length, if {@code index} is not in
     *     {@code [0, length())}
     */
    @Override
    public char charAt(int index) {
        MemorySegment bytes = live();
        Objects.checkIndex(index, length);
        return ascii ? (char) bytes.get(JAVA_BYTE, index) : decodedCharAt(bytes, index);
    }

    private char decodedCharAt(MemorySegment bytes, int index) {
        long at = (long) CURSOR.getOpaque(this);
        int chars = (int) (at >>> BYTE_BITS);
        long pos = at & BYTE_MASK;
        // Start from the nearest known code point start: the beginning, the cursor or the end. Only
        // well-formed UTF-8 can be walked backward: a lone continuation byte is a char of its own.
        if (index < chars) {
            if (!valid || index < chars - index) {
                chars = 0;
                pos = 0;
            }
        } else if (valid && length - index < index - chars) {
            chars = length;
            pos = byteSize;
        }
        while (chars > index) { // back one code point: over its continuation bytes to its lead byte
            do {
                pos--;
            } while ((bytes.get(JAVA_BYTE, pos) & 0xC0) == 0x80);
            chars -= (bytes.get(JAVA_BYTE, pos) & 0xF8) == 0xF0 ? 2 : 1;
        }
        while (true) {
            long decoded = Utf8Codec.decode(bytes, 0, pos, byteSize);
            int cp = (int) (decoded >>> 8);
            int count = Character.charCount(cp);
            if (index < chars + count) {
                // Park the cursor where the next call of a forward walk starts.
                boolean last = index == chars + count - 1;
                CURSOR.setOpaque(this, last ? (long) (chars + count) << BYTE_BITS | pos + (decoded & 0xFF)
                        : (long) chars << BYTE_BITS | pos);
                return count == 1 ? (char) cp : index == chars ? Character.highSurrogate(cp)
                        : Character.lowSurrogate(cp);
            }
            chars += count;
            pos += decoded & 0xFF;
        }
    }

    /**
     * The chars in {@code [start, end)} as a new heap {@code String}: unlike the other methods it
     * allocates. Not a view sharing the bytes, because a view could not start or end inside a
     * surrogate pair and would not be NUL-terminated.
     *
     * @throws IndexOutOfBoundsException if {@code start < 0}, {@code end > length()} or {@code start > end}
     */
    @Override
    public CharSequence subSequence(int start, int end) {
        live();
        Objects.checkFromToIndex(start, end, length);
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            out.append(charAt(i));
        }
        return out.toString();
    }

    /** The text as a new heap {@code String}: for cold paths, it allocates. */
    @Override
    public String toString() {
        MemorySegment bytes = live();
        if (byteSize > MAX_ARRAY) {
            return appendTo(new StringBuilder(length)).toString();
        }
        return new String(bytes.asSlice(0, byteSize).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
    }

    /** The number of UTF-8 bytes, without the terminating NUL. */
    public long byteSize() {
        live();
        return byteSize;
    }

    /** The UTF-8 bytes without the NUL, read-only: a new segment object each call, over the same memory. */
    public MemorySegment segment() {
        return live().asSlice(0, byteSize);
    }

    /**
     * The UTF-8 bytes and the terminating NUL ({@code byteSize() + 1} bytes), read-only: the
     * {@code const char *} to pass to native code, or to read back with {@code getString(0)}. The
     * text holds no U+0000, so C sees all of it.
     */
    public MemorySegment cString() {
        return live();
    }

    /** Appends the text to {@code out} and returns {@code out}, allocating nothing beyond the builder's growth. */
    public StringBuilder appendTo(StringBuilder out) {
        MemorySegment bytes = live();
        if (!ascii) {
            return Texts.appendRange(bytes, 0, byteSize, out);
        }
        out.ensureCapacity(out.length() + length);
        for (int i = 0; i < length; i++) {
            out.append((char) bytes.get(JAVA_BYTE, i));
        }
        return out;
    }

    /**
     * True if {@code other} has the same chars, as {@code toString().contentEquals(other)} would say,
     * without allocating. An unpaired surrogate in {@code other} does not equal the {@code '?'} stored
     * for it.
     */
    public boolean contentEquals(CharSequence other) {
        MemorySegment bytes = live();
        if (other instanceof ArenaString s) {
            return sameText(bytes, s);
        }
        if (other.length() != length) {
            return false;
        }
        return ascii ? Utf8Chars.equalsAscii(bytes, other) : Utf8Chars.equals(bytes, byteSize, other);
    }

    /**
     * Compares by Unicode code point, which is the order of the UTF-8 bytes, without allocating.
     * {@code String.compareTo} compares UTF-16 chars instead, and differs for text above U+FFFF
     * against text in U+E000..U+FFFF.
     */
    @Override
    public int compareTo(ArenaString other) {
        MemorySegment bytes = live();
        MemorySegment others = other.live();
        if (!valid || !other.valid) {
            return Utf8Chars.compare(bytes, byteSize, others, other.byteSize);
        }
        long at = MemorySegment.mismatch(bytes, 0, byteSize, others, 0, other.byteSize);
        if (at < 0) {
            return 0;
        }
        if (at == byteSize || at == other.byteSize) {
            return Long.compare(byteSize, other.byteSize);
        }
        return Integer.compare(Byte.toUnsignedInt(bytes.get(JAVA_BYTE, at)),
                Byte.toUnsignedInt(others.get(JAVA_BYTE, at)));
    }

    /** True if {@code other} is an {@code ArenaString} with the same text; {@link #contentEquals} takes a String. */
    @Override
    public boolean equals(Object other) {
        MemorySegment bytes = live();
        return other instanceof ArenaString s && sameText(bytes, s);
    }

    /** The hash {@code toString().hashCode()} would return, computed without making the {@code String}. */
    @Override
    public int hashCode() {
        MemorySegment bytes = live();
        int h = hash;
        if (h == 0 && !hashIsZero) {
            h = ascii ? Utf8Chars.hashAscii(bytes, length) : Utf8Chars.hash(bytes, byteSize);
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    /** Same text: for well-formed UTF-8 the same bytes; malformed runs of different bytes may decode alike. */
    private boolean sameText(MemorySegment bytes, ArenaString other) {
        MemorySegment others = other.live();
        if (!valid || !other.valid) {
            return length == other.length && Utf8Chars.compare(bytes, byteSize, others, other.byteSize) == 0;
        }
        return byteSize == other.byteSize && MemorySegment.mismatch(bytes, 0, byteSize, others, 0, byteSize) < 0;
    }

    private MemorySegment live() {
        return Flyweights.live(terminated, lifetime, generation, NAME);
    }
}
