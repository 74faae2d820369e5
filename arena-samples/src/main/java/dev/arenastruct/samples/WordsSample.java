package dev.arenastruct.samples;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.ArenaString;
import dev.arenastruct.ArenaStringBuilder;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StructList;

/**
 * The arena collections in the shape of Rust's {@code Vec::new_in(&arena)} and
 * {@code String::new_in(&arena)}: the words of an input collected in a growable {@link StructList},
 * then each written with a suffix into an {@link ArenaStringBuilder}. Everything lives in the
 * arena; the heap holds the two collection objects and the one reused flyweight. The README's
 * "Collections" example is this code.
 */
public final class WordsSample {
    private WordsSample() {
    }

    /** Runs the sample on standard output. */
    public static void main(String[] args) {
        try (BumpArena arena = BumpArena.builder().blockSize(4096).build()) {
            System.out.println(process(arena, "parse  these words\tin an arena"));
        }
    }

    /** Every whitespace-separated word of {@code input} followed by {@code "_processed"}, one space between. */
    static ArenaString process(ArenaAllocator arena, String input) {
        StructList<WordFlyweight> words = WordFlyweight.allocateList(arena, 8);    // Vec::new_in(&arena)
        WordFlyweight word = new WordFlyweight();                                  // one view, reused
        for (int i = 0; i < input.length(); ) {
            int start = i;
            while (i < input.length() && !Character.isWhitespace(input.charAt(i))) {
                i++;
            }
            if (i > start) {
                word.wrapNew(words).start(start).end(i);                           // push: grows in place
            }
            i++;
        }
        ArenaStringBuilder text = ArenaStringBuilder.allocate(arena, 64);         // String::new_in(&arena)
        for (long w = 0; w < words.size(); w++) {
            word.wrapElement(words, w);
            text.append(w == 0 ? "" : " ").append(input, word.start(), word.end()).append("_processed");
        }
        return text.toArenaString();                                               // NUL-terminated, for C too
    }
}
