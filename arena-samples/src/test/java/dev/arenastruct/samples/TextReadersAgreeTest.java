package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated text readers of one field give one answer: bytes written raw (as C would, through
 * the indexed byte setter) read as {@code new String(bytes up to the first NUL, UTF_8)} through
 * {@code codeAsString}, {@code appendCode}, {@code codeEquals}, {@code codeCompareTo} and
 * {@code codeByteLength}. The runtime's OneDecoderPropertyTest covers the decoder in depth; this
 * checks the generated code is wired to it.
 */
class TextReadersAgreeTest {
    private static final int[][] PIECES = {{'a'}, {'Z'}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80},
        {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xF0, 0x9F}, {0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
        {0xED, 0xA0}, {0xF5}, {0xFF}, {0xC1}, {0x80}, {0xBF}, {0}, {0xEF, 0xBF, 0xBD}, {0xF4, 0x90, 0x80, 0x80}};
    private static final char[] CHARS = {'a', 'Z', '?', 'é', '€', '\uFFFD', '\uFFFF', '\uD83D', '\uDE00', '\uD800'};

    private static int codePointCompare(String a, String b) {
        return Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
    }

    @Test
    void everyReaderOfATextFieldAgreesWithTheJdkDecoderOnRawBytes() {
        Random random = new Random(20261202L);
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            KindsFlyweight k = KindsFlyweight.allocate(arena);
            for (int run = 0; run < 5_000; run++) {
                byte[] bytes = new byte[KindsFlyweight.CODE_LENGTH];
                int length = 0;
                while (length < bytes.length) {
                    for (int b : PIECES[random.nextInt(PIECES.length)]) {
                        if (length < bytes.length) {
                            bytes[length++] = (byte) b;
                        }
                    }
                    if (random.nextInt(4) == 0) {
                        break; // zero padded
                    }
                }
                for (int i = 0; i < bytes.length; i++) {
                    k.code(i, bytes[i]);
                }
                int end = 0;
                while (end < bytes.length && bytes[end] != 0) {
                    end++;
                }
                String expected = new String(bytes, 0, end, StandardCharsets.UTF_8);
                String what = HexFormat.ofDelimiter(" ").formatHex(bytes);
                assertEquals(expected, k.codeAsString(), what);
                assertEquals(expected, k.appendCode(new StringBuilder()).toString(), what);
                assertEquals(end, k.codeByteLength(), what);
                assertTrue(k.codeEquals(expected), what);
                StringBuilder other = new StringBuilder(expected.substring(0, random.nextInt(expected.length() + 1)));
                for (int i = random.nextInt(3); i > 0; i--) {
                    other.append(CHARS[random.nextInt(CHARS.length)]);
                }
                assertEquals(expected.contentEquals(other), k.codeEquals(other), what + " vs " + other);
                assertEquals(codePointCompare(expected, other.toString()), Integer.signum(k.codeCompareTo(other)),
                        what + " vs " + other);
            }
        }
    }

    @Test
    void aTruncatedSequenceReadsAsOneReplacementCharacterEverywhere() {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 10)) {
            KindsFlyweight k = KindsFlyweight.allocate(arena);
            k.code(0, (byte) 'a').code(1, (byte) 'b').code(2, (byte) 0xE2).code(3, (byte) 0x82); // "ab" then 2 of 3 bytes of '€'
            assertEquals("ab\uFFFD", k.codeAsString());
            assertEquals("ab\uFFFD", k.appendCode(new StringBuilder()).toString());
            assertTrue(k.codeEquals("ab\uFFFD"));
            assertFalse(k.codeEquals("ab\uFFFD\uFFFD"));
        }
    }

    @Test
    void anUnpairedSurrogateIsStoredAsAQuestionMarkAndComparedAsItself() {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 10)) {
            KindsFlyweight k = KindsFlyweight.allocate(arena).code("a\uD800");
            assertEquals("a?", k.codeAsString());
            assertTrue(k.codeEquals("a?"));
            assertFalse(k.codeEquals("a\uD800"), "the stored text is the '?' version, as String.getBytes makes it");
            assertTrue(k.codeCompareTo("a\uD800") < 0, "'?' sorts before U+D800, as \"a?\".compareTo does");
        }
    }
}
