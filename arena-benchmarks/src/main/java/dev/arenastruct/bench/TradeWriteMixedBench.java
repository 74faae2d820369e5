package dev.arenastruct.bench;

import dev.arenastruct.BumpArena;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Scenario 1 ({@link TradeWriteBench}, every variant) in an application that also allocates
 * buffers of its own sizes from arenas: before measuring, 400,000 {@code arena.allocate} calls of 1
 * to 3,000 bytes in another arena, so that C2 compiles the arena's allocation path for many sizes
 * (JMH forks a JVM per benchmark, so the plain scenario never sees that).
 *
 * <p>It is here because that history used to decide the generated code's speed: the arena zeroed
 * each allocation itself, compiled for variable sizes that path passed C2's {@code InlineSmallCode},
 * C2 stopped inlining it into struct allocations ("already compiled into a big method"), and
 * {@code allocate} + three setters took 11 ns and 40 B per struct instead of 1.9 ns and 0 B. Generated
 * flyweights now zero a struct with stores of its own size (the static style through the generated
 * {@code allocateSegment}), so their rows here should match {@link TradeWriteBench}'s; the
 * {@code flyweightWrap} row, which allocates with {@code arena.allocate} itself, shows what the
 * general path still costs after such a history.
 */
public class TradeWriteMixedBench extends TradeWriteBench {
    /** Allocates 400,000 buffers of 1 to 3,000 bytes (a fixed sequence) in an arena of its own. */
    @Setup(Level.Trial)
    public void allocateBuffersOfOtherSizes() {
        try (BumpArena other = BumpArena.ofCapacity(1 << 20)) {
            long bytes = 0;
            for (int i = 0; i < 400_000; i++) {
                if (other.remaining() < 4096) {
                    other.reset();
                }
                bytes += other.allocate(1 + (i * 7919L) % 3000, 8).byteSize();
            }
            if (bytes != 600_199_000L) { // uses the result, so none of the calls is dead code
                throw new IllegalStateException("allocated " + bytes + " bytes of buffers");
            }
        }
    }
}
