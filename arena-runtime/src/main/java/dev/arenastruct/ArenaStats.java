package dev.arenastruct;

/**
 * A snapshot of an arena's statistics, for logs and capacity planning.
 *
 * @param allocatedBytes bytes requested since the last reset (or rewind), without padding
 * @param paddingBytes bytes lost since the last reset: alignment padding, and the unused ends of
 *     blocks the arena moved on from
 * @param capacity bytes of native memory the arena holds now, in all its blocks
 * @param highWaterMark the most bytes (allocated plus padding) in use at once since creation
 * @param blockCount how many blocks the arena holds now
 * @param limit the most bytes of blocks the arena may hold; {@code Long.MAX_VALUE} if unlimited
 */
public record ArenaStats(long allocatedBytes, long paddingBytes, long capacity, long highWaterMark, int blockCount,
        long limit) {
}
