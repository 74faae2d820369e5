package dev.arenastruct;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

/**
 * {@link ArenaString#copyOf} given text that changes between measuring and encoding, or that
 * holds U+0000: it never writes outside the memory it allocated, never leaves a string whose
 * bytes, length and terminator disagree, and rejects a NUL before touching the arena.
 */
class ArenaStringSafetyTest {
    private static final byte GUARD = (byte) 0xA5;

    /** Reads as {@code before} until its first char is read a second time, then as {@code after}. */
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
            return now().charAt(index);
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

    /**
     * Encodes {@code text} as copyOf would, into the {@code bytes + 1} zeroed bytes between two runs
     * of guard bytes, and checks the guards after it, whatever it threw.
     */
    private static Throwable encodeBetweenGuards(CharSequence text, long bytes) {
        try (Arena memory = Arena.ofConfined()) {
            MemorySegment all = memory.allocate(bytes + 1 + 32);
            all.fill(GUARD);
            MemorySegment own = all.asSlice(16, bytes + 1).fill((byte) 0);
            Throwable thrown = null;
            text.charAt(0); // copyOf's measuring pass, which the value changes after
            try {
                ArenaString.encode(own, Lifetime.UNTRACKED, text, text.length(), bytes);
            } catch (RuntimeException e) {
                thrown = e;
            }
            for (long i = 0; i < all.byteSize(); i++) {
                if (i < 16 || i >= 16 + bytes + 1) {
                    assertEquals(GUARD, all.get(JAVA_BYTE, i), "guard byte " + i + " was written");
                } else {
                    assertEquals(0, all.get(JAVA_BYTE, i), "byte " + (i - 16) + " of the allocation after a failure");
                }
            }
            return thrown;
        }
    }

    @Test
    void textThatGrowsWhileCopiedNeverOverwritesTheTerminatorOrTheMemoryAfterIt() {
        Throwable e = encodeBetweenGuards(new Changing("abc", "ébcdefghij"), 3);
        assertTrue(e instanceof ConcurrentModificationException, () -> "got " + e);
        assertTrue(e.getMessage().startsWith("the value for ArenaString changed while it was being written: it"
                + " measured 3 bytes of UTF-8, then needed more or held a NUL; its 4 bytes stay allocated, zeroed,"
                + " until the arena is reset"), e.getMessage());
    }

    @Test
    void textWhoseCharsBecomeMultiByteOrSurrogatePairsIsRejectedAsChanged() {
        assertTrue(encodeBetweenGuards(new Changing("abcd", "€€€€"), 4) instanceof ConcurrentModificationException);
        assertTrue(encodeBetweenGuards(new Changing("\uD83Da\uD83Da", "\uD83D\uDE00\uD83D\uDE00"), 4)
                instanceof ConcurrentModificationException);
        assertTrue(encodeBetweenGuards(new Changing("abcd", "ab\u0000d"), 4) instanceof ConcurrentModificationException);
    }

    @Test
    void textThatShrinksWhileCopiedIsRejectedInsteadOfLeavingANulInsideTheString() {
        Throwable e = encodeBetweenGuards(new Changing("a€b", "abcde"), 5);
        assertTrue(e instanceof ConcurrentModificationException, () -> "got " + e);
        assertTrue(e.getMessage().contains("it measured 5 bytes of UTF-8, then encoded to 3;"), e.getMessage());
        assertTrue(encodeBetweenGuards(new Changing("abcdef", "ab"), 6) instanceof IndexOutOfBoundsException,
                "a value that throws propagates, its allocation zeroed");
    }

    @Test
    void textThatOnlyGrowsLongerWhileCopiedIsCopiedAsTheCharsMeasured() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            ArenaString s = ArenaString.copyOf(arena, new Changing("abc", "abcdefghij"));
            assertEquals("abc", s.toString());
            assertEquals(3, s.length());
            assertEquals(0, s.cString().get(JAVA_BYTE, 3), "terminated");
            assertEquals(4, arena.allocatedBytes());
        }
    }

    @Test
    void copyOfChangingTextThrowsAndTheArenaStaysUsable() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            assertThrows(ConcurrentModificationException.class,
                    () -> ArenaString.copyOf(arena, new Changing("abc", "ébcdefghij")));
            assertEquals(4, arena.allocatedBytes(), "the measured bytes and the NUL, as documented");
            assertThrows(ConcurrentModificationException.class,
                    () -> ArenaString.tryCopyOf(arena, new Changing("abc", "ébcdefghij")));
            ArenaString next = ArenaString.copyOf(arena, "next");
            assertEquals("next", next.toString());
            assertEquals(0, next.cString().get(JAVA_BYTE, 4));
        }
    }

    @Test
    void rejectsNulInArenaStringNamingTheIndexAndChangesNothing() {
        try (BumpArena arena = BumpArena.ofCapacity(64)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ArenaString.copyOf(arena, "ro\u0000x"));
            assertEquals("ArenaString cannot hold U+0000 (NUL), found at char index 2 of a value of 4 chars: C text"
                    + " ends at its first zero byte, so every reader would see only the text before it; remove the"
                    + " NUL (keep binary data in a byte array field or a MemorySegment)", e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> ArenaString.copyOf(arena, new StringBuilder("é\uD83D\uDE00\u0000")));
            assertTrue(e.getMessage().contains("at char index 3 of a value of 4 chars"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ArenaString.tryCopyOf(arena, "\u0000"));
            assertEquals(0, arena.allocatedBytes(), "rejected before allocating");
            ArenaString ok = ArenaString.copyOf(arena, "ro");
            assertEquals("ro", ArenaString.copyOf(arena, ok).toString(), "an ArenaString never holds a NUL to copy");
        }
    }

    @Test
    void tryCopyOfStillReturnsNullOnlyWhenTheArenaIsFull() {
        try (BumpArena arena = BumpArena.ofCapacity(4)) {
            assertNull(ArenaString.tryCopyOf(arena, "abcd"));
            assertEquals("abc", ArenaString.tryCopyOf(arena, "abc").toString());
        }
    }
}
