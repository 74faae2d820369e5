package dev.arenastruct.samples;

import java.util.Arrays;

/**
 * Variable names to slot numbers, 0, 1, 2, ... in order of first {@code let}. Names are ranges
 * of the source, compared in place: looking one up makes no {@code String}, so parsing a program
 * allocates only the tree. Open addressing with linear probing, at most half full.
 */
final class SymbolTable {
    private static final int EMPTY = -1;

    private final String source;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] slots = filled(64);
    private int size;

    SymbolTable(String source) {
        this.source = source;
    }

    /** How many variables were defined; the slots are 0 to size - 1. */
    int size() {
        return size;
    }

    /** The slot of the name at {@code [start, end)}, or -1 if it was never defined. */
    int find(int start, int end) {
        int at = indexOf(start, end - start);
        return slots[at];
    }

    /** The slot of the name at {@code [start, end)}, defining it first if it is new. */
    int define(int start, int end) {
        int length = end - start;
        int at = indexOf(start, length);
        if (slots[at] == EMPTY) {
            starts[at] = start;
            lengths[at] = length;
            slots[at] = size++;
            if (size * 2 > slots.length) {
                grow();
            }
            return size - 1;
        }
        return slots[at];
    }

    /** Where the name is in the table, or the empty place where it would go. */
    private int indexOf(int start, int length) {
        int mask = slots.length - 1;
        int at = hash(start, length) & mask;
        while (slots[at] != EMPTY
                && !(lengths[at] == length && source.regionMatches(starts[at], source, start, length))) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private int hash(int start, int length) {
        int h = 0;
        for (int i = start; i < start + length; i++) {
            h = 31 * h + source.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldSlots = slots;
        starts = new int[oldSlots.length * 2];
        lengths = new int[oldSlots.length * 2];
        slots = filled(oldSlots.length * 2);
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                int at = indexOf(oldStarts[i], oldLengths[i]);
                starts[at] = oldStarts[i];
                lengths[at] = oldLengths[i];
                slots[at] = oldSlots[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
