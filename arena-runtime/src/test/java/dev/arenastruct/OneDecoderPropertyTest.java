package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.internal.SpacePaddedTexts;
import dev.arenastruct.internal.Texts;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text of a {@link Text} field or an {@link ArenaString} is what {@code new String(bytes up to
 * the first NUL, UTF_8)} makes of its bytes, and every reader says so: thousands of seeded random
 * byte runs (valid UTF-8, sequences cut short at the end and in the middle, overlong forms, encoded
 * surrogates, F5..FF, C0/C1, lone continuation bytes, zero bytes) written raw, then read by each
 * reader and compared with that String, and with random CharSequences holding unpaired surrogates.
 */
class OneDecoderPropertyTest {
    private static final long SEED = Long.getLong("arenastruct.property.seed", 20261202L);
    private static final int RUNS = Integer.getInteger("arenastruct.property.texts", 20_000);
    private static final long OFFSET = 8;
    private static final byte GUARD = (byte) 0xA5;

    /** Appends one piece of a byte run, chosen to hit every way UTF-8 can be right or wrong. */
    private static void piece(Random random, ByteArrayOutputStream out) {
        switch (random.nextInt(14)) {
            case 0, 1 -> out.write('a' + random.nextInt(26));
            case 2 -> out.writeBytes(new String(Character.toChars(randomCodePoint(random))).getBytes(StandardCharsets.UTF_8));
            case 3 -> { // a valid sequence cut short: at the end of the run or before whatever follows
                byte[] whole = new String(Character.toChars(0x80 + random.nextInt(0x10FF80 - 0x80)))
                        .getBytes(StandardCharsets.UTF_8);
                out.write(whole, 0, 1 + random.nextInt(Math.max(1, whole.length - 1)));
            }
            case 4 -> out.writeBytes(pick(random, new int[][] {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80},
                {0xE0, 0x9F, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF}})); // overlong
            case 5 -> out.writeBytes(pick(random, new int[][] {{0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
                {0xED, 0xA0}, {0xED, 0xB0, 0x80}, {0xED, 0x9F, 0xBF}})); // encoded surrogates and the last before them
            case 6 -> out.write(0xF5 + random.nextInt(11)); // F5..FF
            case 7 -> out.write(0xC0 + random.nextInt(2));
            case 8 -> out.write(0x80 + random.nextInt(0x40)); // a lone continuation byte
            case 9 -> out.write(0);
            case 10 -> out.writeBytes(pick(random, new int[][] {{0xF4, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
                {0xEF, 0xBF, 0xBD}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}})); // edges, a real U+FFFD
            default -> out.write(random.nextInt(256)); // anything
        }
    }

    private static byte[] pick(Random random, int[][] choices) {
        int[] chosen = choices[random.nextInt(choices.length)];
        byte[] bytes = new byte[chosen.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) chosen[i];
        }
        return bytes;
    }

    private static int randomCodePoint(Random random) {
        int[] bounds = {0x80, 0x800, 0x10000, 0x110000};
        int cp;
        do {
            int top = bounds[random.nextInt(bounds.length)];
            cp = 1 + random.nextInt(top - 1);
        } while (Character.isSurrogate((char) cp) && cp <= 0xFFFF);
        return cp;
    }

    private static byte[] randomBytes(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            piece(random, out);
        }
        return out.toByteArray();
    }

    /** A CharSequence to compare with {@code text}: near it (a prefix, one char changed) or not, often with surrogates. */
    static String randomOther(Random random, String text) {
        char[] pool = {'a', 'z', '?', '\uFFFD', '\uFFFE', '\uFFFF', 'é', '€', '\uD83D', '\uDE00', '\uD800', '\uDFFF',
            '\uE000', '\u007F', '\u0080'};
        StringBuilder other = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> other.append(text);
            case 1 -> other.append(text, 0, random.nextInt(text.length() + 1));
            case 2 -> {
                other.append(text);
                if (!other.isEmpty()) {
                    other.setCharAt(random.nextInt(other.length()), pool[random.nextInt(pool.length)]);
                }
            }
            default -> {
            }
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            if (random.nextBoolean()) {
                other.append(pool[random.nextInt(pool.length)]);
            } else {
                other.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return other.toString();
    }

    static int codePointCompare(String a, String b) {
        return Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
    }

    /**
     * A text field of {@code capacity} bytes at {@code OFFSET} holding {@code bytes} raw (cut to the
     * capacity, zero padded after them), between guard bytes that no reader may touch.
     */
    private static MemorySegment field(Arena arena, byte[] bytes, int capacity) {
        MemorySegment segment = arena.allocate(OFFSET * 2 + capacity).fill(GUARD);
        segment.asSlice(OFFSET, capacity).fill((byte) 0);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, segment, OFFSET, Math.min(capacity, bytes.length));
        return segment;
    }

    private static int nul(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return limit;
    }

    @Test
    void everyTextFieldReaderAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(SEED);
        try (Arena arena = Arena.ofConfined()) {
            for (int run = 0; run < RUNS; run++) {
                byte[] bytes = randomBytes(random);
                int capacity = Math.max(0, bytes.length - 2 + random.nextInt(5)); // full, cut, or zero padded
                MemorySegment segment = field(arena, bytes, capacity);
                int end = nul(bytes, Math.min(capacity, bytes.length));
                String expected = new String(bytes, 0, end, StandardCharsets.UTF_8);
                String what = "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes) + " capacity " + capacity
                        + " (seed " + SEED + ", run " + run + ")";

                assertEquals(expected, Texts.toString(segment, OFFSET, capacity), what);
                assertEquals(expected, Texts.appendTo(segment, OFFSET, capacity, new StringBuilder()).toString(), what);
                assertEquals(end, Texts.byteLength(segment, OFFSET, capacity), what);
                assertTrue(Texts.equals(segment, OFFSET, capacity, expected), what);
                assertEquals(0, Texts.compare(segment, OFFSET, capacity, expected), what);
                for (int k = 0; k < 4; k++) {
                    String other = randomOther(random, expected);
                    String pair = what + " vs " + HexFormat.of().formatHex(other.getBytes(StandardCharsets.UTF_16BE));
                    assertEquals(expected.contentEquals(other), Texts.equals(segment, OFFSET, capacity, other), pair);
                    assertEquals(codePointCompare(expected, other),
                            Integer.signum(Texts.compare(segment, OFFSET, capacity, other)), pair);
                }
            }
        }
    }

    /**
     * A {@code @Text(padding = SPACES)} field: the same bytes with spaces among and after them, read
     * by each space-padded reader; the text is the JDK's String of the bytes up to the first NUL
     * without its trailing spaces (a 0x20 byte is never part of a sequence, so stripping it from the
     * bytes or from the String is the same). Others are compared as for plain text fields, and with
     * a space appended, which the stored text never ends with.
     */
    @Test
    void everySpacePaddedReaderAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(SEED + 2);
        try (Arena arena = Arena.ofConfined()) {
            for (int run = 0; run < RUNS; run++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(randomBytes(random));
                if (random.nextBoolean()) {
                    out.write(' ');
                    out.writeBytes(randomBytes(random));
                }
                for (int pad = random.nextInt(4); pad > 0; pad--) {
                    out.write(' ');
                }
                byte[] bytes = out.toByteArray();
                int capacity = Math.max(0, bytes.length - 2 + random.nextInt(5));
                MemorySegment segment = field(arena, bytes, capacity);
                int end = nul(bytes, Math.min(capacity, bytes.length));
                while (end > 0 && bytes[end - 1] == ' ') {
                    end--;
                }
                String expected = new String(bytes, 0, end, StandardCharsets.UTF_8);
                String what = "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes) + " capacity " + capacity
                        + " (seed " + (SEED + 2) + ", run " + run + ")";

                assertEquals(end, SpacePaddedTexts.byteLength(segment, OFFSET, capacity), what);
                assertEquals(expected, SpacePaddedTexts.toString(segment, OFFSET, capacity), what);
                assertEquals(expected, SpacePaddedTexts.appendTo(segment, OFFSET, capacity, new StringBuilder())
                        .toString(), what);
                assertTrue(SpacePaddedTexts.equals(segment, OFFSET, capacity, expected), what);
                assertEquals(0, SpacePaddedTexts.compare(segment, OFFSET, capacity, expected), what);
                for (int k = 0; k < 4; k++) {
                    String other = randomOther(random, expected) + (k == 3 ? " " : "");
                    String pair = what + " vs " + HexFormat.of().formatHex(other.getBytes(StandardCharsets.UTF_16BE));
                    assertEquals(expected.contentEquals(other), SpacePaddedTexts.equals(segment, OFFSET, capacity, other),
                            pair);
                    assertEquals(codePointCompare(expected, other),
                            Integer.signum(SpacePaddedTexts.compare(segment, OFFSET, capacity, other)), pair);
                }
            }
        }
    }

    @Test
    void everyArenaStringReaderAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(SEED + 1);
        try (Arena arena = Arena.ofConfined(); BumpArena copies = BumpArena.builder().blockSize(1 << 16).build()) {
            ArenaString previous = ArenaString.ofTerminated(arena.allocate(1), Lifetime.UNTRACKED);
            String previousText = "";
            for (int run = 0; run < RUNS; run++) {
                byte[] bytes = randomBytes(random);
                int end = nul(bytes, bytes.length);
                MemorySegment terminated = arena.allocate(end + 1);
                MemorySegment.copy(MemorySegment.ofArray(bytes), 0, terminated, 0, end);
                String expected = new String(bytes, 0, end, StandardCharsets.UTF_8);
                String what = "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, end) + " (seed " + SEED
                        + ", run " + run + ")";
                ArenaString s = ArenaString.ofTerminated(terminated, Lifetime.UNTRACKED);

                assertEquals(expected, s.toString(), what);
                assertEquals(expected.length(), s.length(), what);
                assertEquals(expected, s.appendTo(new StringBuilder()).toString(), what);
                assertEquals(expected.hashCode(), s.hashCode(), what);
                assertTrue(s.contentEquals(expected), what);
                for (int i = expected.length() - 1; i >= 0; i--) { // backward first: the cursor starts at 0
                    assertEquals(expected.charAt(i), s.charAt(i), what + " backward at " + i);
                }
                for (int i = 0; i < expected.length(); i++) {
                    assertEquals(expected.charAt(i), s.charAt(i), what + " forward at " + i);
                }
                int from = random.nextInt(expected.length() + 1);
                int to = from + random.nextInt(expected.length() - from + 1);
                assertEquals(expected.substring(from, to), s.subSequence(from, to).toString(), what);
                String other = randomOther(random, expected);
                assertEquals(expected.contentEquals(other), s.contentEquals(other), what + " vs " + other);

                ArenaString copy = ArenaString.copyOf(copies, s); // bytes copied as they are
                assertEquals(expected, copy.toString(), what);
                ArenaString clean = ArenaString.copyOf(copies, expected); // re-encoded: well-formed bytes
                assertTrue(s.contentEquals(clean) && clean.contentEquals(s) && s.equals(clean), what);
                assertEquals(0, s.compareTo(clean), what);
                assertEquals(codePointCompare(expected, previousText), Integer.signum(s.compareTo(previous)), what);
                assertEquals(codePointCompare(previousText, expected), Integer.signum(previous.compareTo(s)), what);
                assertEquals(expected.equals(previousText), s.equals(previous), what);
                previous = s;
                previousText = expected;
                if (run % 500 == 0) {
                    copies.reset();
                }
            }
        }
    }

    @Test
    void theStoredTextOfAnUnpairedSurrogateIsTheQuestionMarkVersion() {
        try (Arena arena = Arena.ofConfined(); BumpArena copies = BumpArena.ofCapacity(64)) {
            MemorySegment segment = arena.allocate(OFFSET + 8);
            Texts.set(segment, OFFSET, 8, "a\uD800", "f");
            assertEquals("a?", Texts.toString(segment, OFFSET, 8));
            assertTrue(Texts.equals(segment, OFFSET, 8, "a?"));
            assertTrue(!Texts.equals(segment, OFFSET, 8, "a\uD800"), "the value as given is not the stored text");
            assertTrue(Texts.compare(segment, OFFSET, 8, "a\uD800") < 0, "'?' (U+003F) sorts before U+D800");
            ArenaString s = ArenaString.copyOf(copies, "a\uD800");
            assertTrue(s.contentEquals("a?") && !s.contentEquals("a\uD800"));
        }
    }
}
