package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenastruct.ArenaString;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's collections example, against the same words split and joined on the heap. */
class WordsSampleTest {

    @Test
    void processesEveryWordAsSplittingOnWhitespaceDoes() {
        Random random = new Random(3);
        String[] pieces = {"a", "b", " ", "\t", "\n", "xyz", "\u00e9", "\uD83D\uDE00", "  "};
        try (BumpArena arena = BumpArena.builder().blockSize(256).build()) {
            for (int round = 0; round < 300; round++) {
                arena.reset();
                StringBuilder input = new StringBuilder();
                for (int i = random.nextInt(200); i > 0; i--) {
                    input.append(pieces[random.nextInt(pieces.length)]);
                }
                String expected = Arrays.stream(input.toString().split("\\s+")).filter(w -> !w.isEmpty())
                        .map(w -> w + "_processed").collect(Collectors.joining(" "));
                assertEquals(expected, WordsSample.process(arena, input.toString()).toString(), input.toString());
            }
        }
    }

    @Test
    void theResultIsStaleOnceTheArenaIsReset() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            ArenaString text = WordsSample.process(arena, "one two");
            assertEquals("one_processed two_processed", text.toString());
            arena.reset();
            assertThrows(StaleStructException.class, text::length);
        }
    }
}
