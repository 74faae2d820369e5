package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.arenastruct.BumpArena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ConcurrentModificationException;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated text setter over a struct array, given values that change while they are written
 * or that hold U+0000. Every byte of the array is a guard byte except the one field written: a
 * setter must never write outside its field, whatever its argument does, and a failed call leaves
 * the field unchanged (rejected before writing) or zeroed (the value changed under it).
 */
class TextSetterSafetyTest {
    private static final byte GUARD = (byte) 0xA5;
    private static final int ELEMENT = 1; // the middle struct of three: neighbours on both sides
    private static final long FIELD = ELEMENT * KindsFlyweight.BYTE_SIZE + KindsFlyweight.CODE_OFFSET;
    private static final int CAPACITY = KindsFlyweight.CODE_LENGTH;

    private BumpArena arena;
    private MemorySegment array;
    private KindsFlyweight k;

    @BeforeEach
    void open() {
        arena = BumpArena.ofCapacity(1 << 16);
        array = KindsFlyweight.allocateArray(arena, 3);
        array.fill(GUARD);
        k = new KindsFlyweight().wrapElement(array, ELEMENT);
    }

    @AfterEach
    void close() {
        arena.close();
    }

    /**
     * A {@code CharSequence} that reads as {@code before} until its first char is read a second
     * time (the start of a second pass over it), and as {@code after} from then on: a StringBuilder
     * another thread edits between the setter's two passes, made deterministic.
     */
    private static final class Changing implements CharSequence {
        private final String before;
        private final String after;
        private int passes;

        Changing(String before, String after) {
            this.before = before;
            this.after = after;
        }

        private String now() {
            return passes <= 1 ? before : after;
        }

        @Override
        public int length() {
            return now().length();
        }

        @Override
        public char charAt(int index) {
            if (index == 0) {
                passes++;
            }
            return now().charAt(index); // throws past the end, as a shrunk StringBuilder does
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return now().subSequence(start, end);
        }

        @Override
        public String toString() {
            return now();
        }
    }

    /** A {@code CharSequence} whose every answer is computed anew: {@code length} and {@code charAt} per call. */
    private static CharSequence hostile(IntUnaryOperator length, IntUnaryOperator charAt) {
        return new CharSequence() {
            private int calls;

            @Override
            public int length() {
                return length.applyAsInt(calls++);
            }

            @Override
            public char charAt(int index) {
                return (char) charAt.applyAsInt(calls++);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return "hostile";
            }

            @Override
            public String toString() {
                return "hostile";
            }
        };
    }

    private void assertGuardsUntouched() {
        for (long i = 0; i < array.byteSize(); i++) {
            if (i >= FIELD && i < FIELD + CAPACITY) {
                continue;
            }
            if (array.get(ValueLayout.JAVA_BYTE, i) != GUARD) {
                fail("byte " + i + " outside the field (at " + FIELD + ".." + (FIELD + CAPACITY - 1)
                        + ") was written: " + array.get(ValueLayout.JAVA_BYTE, i));
            }
        }
    }

    private void assertFieldZeroed() {
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(0, k.code(i), "byte " + i + " of the field after a value changed under the setter");
        }
    }

    private void assertRejectedAsChanged(CharSequence value) {
        k.code("old");
        ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class, () -> k.code(value));
        assertTrue(e.getMessage().startsWith("the value for text field 'code' changed while it was being written"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the field was zeroed (it holds the empty text)"), e.getMessage());
        assertGuardsUntouched();
        assertFieldZeroed();
        assertEquals("", k.codeAsString());
    }

    @Test
    void aValueThatGrowsBetweenMeasuringAndEncodingIsNotWrittenPastTheField() {
        assertRejectedAsChanged(new Changing("abc", "éééééééééééééééé"));
    }

    @Test
    void aValueThatOnlyGrowsLongerIsWrittenAsTheCharsMeasuredAndNoMore() {
        k.code(new Changing("abc", "abcdefghijklmnopqrstuvwxyz"));
        assertEquals("abc", k.codeAsString());
        assertGuardsUntouched();
    }

    @Test
    void aValueWhoseCharsBecomeMultiByteIsNotWrittenPastTheField() {
        assertRejectedAsChanged(new Changing("abcdef", "€€€€€€"));
    }

    @Test
    void anAsciiValueWhoseMiddleCharBecomesMultiByteIsRejectedAsChanged() {
        // measured as ASCII (the setter's one-byte-per-char path), then '€' at char 3: 8 bytes, not 6
        assertRejectedAsChanged(new Changing("abcdef", "abc\u20ACef"));
    }

    @Test
    void anAsciiValueWhoseMiddleCharBecomesAnUnpairedSurrogateIsWrittenWithAQuestionMark() {
        // still one byte per char, so the measured length holds: written as the JDK writes it
        k.code(new Changing("abcdef", "abc\uD800ef"));
        assertEquals("abc?ef", k.codeAsString());
        assertEquals(6, k.codeByteLength());
        assertGuardsUntouched();
    }

    @Test
    void surrogatePairsAppearingAfterMeasuringAreNotWrittenPastTheField() {
        // measured as three unpaired surrogates ('?') and three letters: 6 bytes; then 3 pairs: 12 bytes
        assertRejectedAsChanged(new Changing("\uD83Da\uD83Da\uD83Da", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"));
    }

    @Test
    void aValueThatShrinksToFewerBytesIsRejectedAsChanged() {
        assertRejectedAsChanged(new Changing("a€b", "abcde"));
    }

    @Test
    void aNulAppearingAfterMeasuringIsRejectedAsChanged() {
        assertRejectedAsChanged(new Changing("abcdef", "ab\u0000def"));
    }

    @Test
    void aValueThatThrowsWhileEncodedLeavesTheFieldZeroedAndTheGuardsUntouched() {
        k.code("old");
        // shrinks like a StringBuilder another thread truncated: charAt past its new end throws
        assertThrows(StringIndexOutOfBoundsException.class, () -> k.code(new Changing("abcdef", "ab")));
        assertGuardsUntouched();
        assertFieldZeroed();
    }

    @Test
    void aValueWhoseLengthGrowsOnEveryCallIsNotWrittenPastTheField() {
        k.code("old");
        try {
            k.code(hostile(call -> 2 + call, call -> 'x'));
        } catch (RuntimeException expected) {
            // rejected one way or another; what matters is where it wrote
        }
        assertGuardsUntouched();
    }

    @Test
    void randomHostileValuesNeverWriteOutsideTheFieldAndLeaveADefinedState() {
        char[] pool = {'a', 'é', '€', '\uD83D', '\uDE00', '\u0000', 'z', '\uFFFF'};
        Random random = new Random(20240611L);
        for (int round = 0; round < 5_000; round++) {
            long seed = random.nextLong();
            Random answers = new Random(seed);
            int base = answers.nextInt(CAPACITY + 1);
            int jitter = answers.nextInt(4);
            k.code("old");
            CharSequence value = hostile(call -> base + (jitter == 0 ? 0 : answers.nextInt(jitter + 1)),
                    call -> pool[answers.nextInt(pool.length)]);
            try {
                k.code(value);
                assertTrue(k.codeByteLength() <= CAPACITY);
            } catch (IllegalArgumentException rejectedBeforeWriting) {
                assertEquals("old", k.codeAsString(), "seed " + seed + ": " + rejectedBeforeWriting.getMessage());
            } catch (ConcurrentModificationException changed) {
                assertFieldZeroed();
            } catch (IndexOutOfBoundsException thrownByTheValue) {
                assertFieldZeroed();
            }
            assertGuardsUntouched();
        }
    }

    @Test
    void rejectsNulInTextWithFieldNamedAndWritesNothing() {
        k.code("old");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.code("ro\u0000x"));
        assertEquals("text field 'code' cannot hold U+0000 (NUL), found at char index 2 of a value of 4 chars:"
                + " C text ends at its first zero byte, so every reader would see only the text before it;"
                + " remove the NUL (keep binary data in a byte array field or a MemorySegment)", e.getMessage());
        assertEquals("old", k.codeAsString(), "nothing written");
        assertThrows(IllegalArgumentException.class, () -> k.code(new StringBuilder("\u0000")));
        assertThrows(IllegalArgumentException.class, () -> k.code("toolong\u0000"), "NUL found before the length");
        assertEquals("old", k.codeAsString());
        assertGuardsUntouched();
    }

    @Test
    void aFailedSetReadsAsTheEmptyTextToEveryReader() {
        assertRejectedAsChanged(new Changing("ab", "€€"));
        assertEquals(0, k.codeByteLength());
        assertTrue(k.codeEquals(""));
    }
}
