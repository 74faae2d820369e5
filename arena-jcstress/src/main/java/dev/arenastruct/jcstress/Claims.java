package dev.arenastruct.jcstress;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.ConcurrentArena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The state every test shares: one {@link ConcurrentArena}, one claim per actor, and the check
 * the arbiter runs once the actors are done. The verdict is {@code "ok claimed=<one bit per
 * actor>"} when every claim is sound, else names the first thing that is wrong (the tests mark
 * every such outcome FORBIDDEN).
 *
 * <p>jcstress makes a new state per iteration, millions of them; closing a shared arena each time
 * would cost a handshake with every thread, so arenas are reused: the arbiter resets its arena
 * (the actors are done, as {@link ConcurrentArena#reset()} requires) and returns it to a pool.
 * Reuse also means the memory an actor gets held another iteration's bytes before, so the check
 * that it comes back zeroed means something.
 */
class Claims {
    private static final Map<Long, Queue<ConcurrentArena>> POOLS = new ConcurrentHashMap<>();

    final ConcurrentArena arena;
    final long base;
    final long capacity;
    private final long[] sizes;
    private final long[] alignments;
    private final MemorySegment[] claimed;
    private final String[] problems;

    Claims(long capacity, long[] sizes, long[] alignments) {
        ConcurrentArena pooled = POOLS.computeIfAbsent(capacity, c -> new ConcurrentLinkedQueue<>()).poll();
        this.arena = pooled != null ? pooled : ConcurrentArena.ofCapacity(capacity);
        this.capacity = capacity;
        this.base = arena.allocate(0, 1).address(); // offset 0: a zero-size claim claims nothing
        this.sizes = sizes;
        this.alignments = alignments;
        this.claimed = new MemorySegment[sizes.length];
        this.problems = new String[sizes.length];
    }

    /** Actor {@code i}'s claim with tryAllocate: on success it checks the bytes are zero, then writes its mark. */
    void tryClaim(int i) {
        record(i, arena.tryAllocate(sizes[i], alignments[i]));
    }

    /** Actor {@code i}'s claim with allocate: exhaustion must throw with the request's numbers. */
    void claim(int i) {
        try {
            record(i, arena.allocate(sizes[i], alignments[i]));
        } catch (ArenaExhaustedException e) {
            if (e.requested() != sizes[i] || e.alignment() != alignments[i] || e.capacity() != capacity
                    || e.remaining() < 0 || e.remaining() > capacity) {
                problems[i] = "BAD_EXCEPTION_" + i;
            }
        }
    }

    private void record(int i, MemorySegment segment) {
        if (segment == null) {
            return;
        }
        for (long b = 0; b < segment.byteSize(); b++) {
            if (segment.get(JAVA_BYTE, b) != 0) {
                problems[i] = "NOT_ZEROED_" + i;
                break;
            }
        }
        segment.fill(mark(i));
        claimed[i] = segment;
    }

    private static byte mark(int i) {
        return (byte) (0x41 + i);
    }

    /** The arbiter: checks every claim against the others and the arena's counters, then recycles the arena. */
    String verdict() {
        try {
            return check();
        } finally {
            arena.reset();
            POOLS.get(capacity).offer(arena);
        }
    }

    private String check() {
        StringBuilder bits = new StringBuilder();
        long end = 0; // the arena's offset now: the end of the claim that moved it last, i.e. the largest end
        long sum = 0;
        for (int i = 0; i < claimed.length; i++) {
            if (problems[i] != null) {
                return problems[i];
            }
            MemorySegment s = claimed[i];
            bits.append(s == null ? '0' : '1');
            if (s == null) {
                continue;
            }
            long start = s.address() - base;
            if (s.byteSize() != sizes[i]) {
                return "WRONG_SIZE_" + i;
            }
            if ((s.address() & (alignments[i] - 1)) != 0) {
                return "MISALIGNED_" + i;
            }
            if (start < 0 || start > capacity - sizes[i]) {
                return "OUT_OF_BLOCK_" + i;
            }
            for (int j = 0; j < i; j++) {
                MemorySegment o = claimed[j];
                if (o != null && s.byteSize() > 0 && o.byteSize() > 0
                        && s.address() < o.address() + o.byteSize() && o.address() < s.address() + s.byteSize()) {
                    return "OVERLAP_" + j + "_" + i;
                }
            }
            for (long b = 0; b < s.byteSize(); b++) {
                if (s.get(JAVA_BYTE, b) != mark(i)) {
                    return "OVERWRITTEN_" + i;
                }
            }
            end = Math.max(end, start + sizes[i]);
            sum += sizes[i];
        }
        if (sum > capacity) {
            return "MORE_THAN_CAPACITY";
        }
        if (arena.allocatedBytes() != sum || arena.paddingBytes() != end - sum || arena.remaining() != capacity - end) {
            return "INCONSISTENT_COUNTERS";
        }
        for (int i = 0; i < claimed.length; i++) {
            // Room only shrinks: a claim refused at any time cannot fit in what is left at the end.
            long pad = -(base + end) & (alignments[i] - 1);
            if (claimed[i] == null && pad <= capacity - end && sizes[i] <= capacity - end - pad) {
                return "REFUSED_BUT_FITS_" + i;
            }
        }
        return "ok claimed=" + bits;
    }
}
