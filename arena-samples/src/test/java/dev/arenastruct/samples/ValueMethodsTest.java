package dev.arenastruct.samples;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.ArenaExhaustedException;
import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A struct as a value: {@code segment()}, {@code copyFrom}, {@code copyInto}, {@code contentEquals},
 * {@code contentHash} and {@code appendTo}, on {@link Kinds} (every field kind, padding between
 * fields and inside its nested {@link Price}s).
 */
class ValueMethodsTest {
    private static final long SEED = new Random().nextLong();

    @Test
    void segmentIsExactlyTheStructsBytesAtItsAddress() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            arena.allocate(8, 8); // so the struct does not start at the block's first byte
            KindsFlyweight k = KindsFlyweight.allocate(arena);
            MemorySegment s = k.segment();
            assertEquals(KindsFlyweight.BYTE_SIZE, s.byteSize());
            assertEquals(0, s.address() % KindsFlyweight.BYTE_ALIGNMENT);
            s.set(JAVA_BYTE, KindsFlyweight.BYTES_OFFSET + 1, (byte) 42);
            assertEquals(42, k.bytes(1), "the same memory: a write through the segment is seen by the getter");
            MemorySegment price = k.prices(1).segment();
            assertEquals(PriceFlyweight.BYTE_SIZE, price.byteSize());
            assertEquals(s.address() + KindsFlyweight.PRICES_OFFSET + PriceFlyweight.BYTE_SIZE, price.address(),
                    "a nested view's segment is the nested struct's own bytes");
        }
    }

    @Test
    void segmentIsStaleCheckedWhenCalledAndRefusedOnAnUnpointedFlyweight() {
        BumpArena arena = BumpArena.ofCapacity(1024);
        TradeEventFlyweight t = TradeEventFlyweight.allocate(arena);
        arena.reset();
        StaleStructException stale = assertThrows(StaleStructException.class, t::segment);
        assertTrue(stale.getMessage().contains("TradeEvent"), stale.getMessage());
        arena.close();
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> new TradeEventFlyweight().segment());
        assertEquals("TradeEventFlyweight points at no struct yet: allocate, wrap or wrapElement it first",
                none.getMessage());
        try (BumpArena other = BumpArena.ofCapacity(64)) {
            TradeEventFlyweight target = TradeEventFlyweight.allocate(other);
            assertThrows(IllegalStateException.class, () -> target.copyFrom(new TradeEventFlyweight()));
        }
    }

    @Test
    void copyFromCopiesEveryFieldAndCopyIntoOutlivesTheScope() {
        Random random = new Random(SEED);
        try (BumpArena batch = BumpArena.ofCapacity(4096); BumpArena keep = BumpArena.ofCapacity(4096)) {
            KindsFlyweight promoted;
            KindsFlyweight original;
            String text;
            try (BumpArena.Scope scope = batch.openScope()) {
                original = fill(KindsFlyweight.allocate(batch), random);
                text = original.toString();
                KindsFlyweight copy = KindsFlyweight.allocate(batch).copyFrom(original);
                assertEquals(text, copy.toString(), "seed=" + SEED);
                assertTrue(copy.contentEquals(original));
                promoted = original.copyInto(keep);
                assertNotSame(original, promoted);
                assertEquals(KindsFlyweight.BYTE_SIZE, keep.allocatedBytes());
            }
            assertThrows(StaleStructException.class, original::toString, "the scope took the original");
            assertEquals(text, promoted.toString(), "the copy in the other arena is alive and the same; seed=" + SEED);
        }
    }

    @Test
    void aStaleSourceCopiesNothingAndAllocatesNothing() {
        try (BumpArena batch = BumpArena.ofCapacity(1024); BumpArena keep = BumpArena.ofCapacity(1024)) {
            TradeEventFlyweight stale = TradeEventFlyweight.allocate(batch).id(1);
            TradeEventFlyweight target = TradeEventFlyweight.allocate(keep).id(2);
            batch.reset();
            assertThrows(StaleStructException.class, () -> target.copyFrom(stale));
            assertEquals(2, target.id(), "the target is unchanged");
            long before = keep.allocatedBytes();
            assertThrows(StaleStructException.class, () -> stale.copyInto(keep));
            assertEquals(before, keep.allocatedBytes(), "nothing was allocated for a copy that could not be made");
            NullPointerException npe = assertThrows(NullPointerException.class, () -> target.copyFrom((TradeEventFlyweight) null));
            assertEquals("source", npe.getMessage());
        }
    }

    @Test
    void copyIntoAFullArenaThrowsAndLeavesItUnchanged() {
        try (BumpArena batch = BumpArena.ofCapacity(1024); BumpArena small = BumpArena.ofCapacity(16)) {
            TradeEventFlyweight t = TradeEventFlyweight.allocate(batch).id(1);
            assertThrows(ArenaExhaustedException.class, () -> t.copyInto(small));
            assertEquals(0, small.allocatedBytes());
            assertEquals(16, small.remaining());
        }
    }

    @Test
    void copyFromOverlappingAndSelfMemoryIsABulkMove() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            KindsFlyweight k = fill(KindsFlyweight.allocate(arena), new Random(SEED));
            String before = k.toString();
            assertSame(k, k.copyFrom(k));
            assertEquals(before, k.toString());
        }
    }

    @Test
    void copyFromBetweenPartlyOverlappingStructsMovesTheBytesAsMemmoveWould() {
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            MemorySegment block = arena.allocate(64, 8);
            for (long shift : new long[] {8, -8, 16, -16, 4}) {
                for (int i = 0; i < 64; i++) {
                    block.set(JAVA_BYTE, i, (byte) i);
                }
                long from = 24;
                long to = from + shift;
                byte[] expected = block.toArray(JAVA_BYTE);
                System.arraycopy(block.toArray(JAVA_BYTE), (int) from, expected, (int) to, (int) TradeEventFlyweight.BYTE_SIZE);
                TradeEventFlyweight source = new TradeEventFlyweight().wrapView(block, from, dev.arenastruct.Lifetime.UNTRACKED, 0);
                new TradeEventFlyweight().wrapView(block, to, dev.arenastruct.Lifetime.UNTRACKED, 0).copyFrom(source);
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, block.toArray(JAVA_BYTE), "shift " + shift);
            }
        }
    }

    @Test
    void contentEqualsAndHashFollowEveryFieldAndIgnorePadding() {
        Random random = new Random(SEED);
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (int round = 0; round < 200; round++) {
                KindsFlyweight a = fill(KindsFlyweight.allocate(arena), random);
                KindsFlyweight b = KindsFlyweight.allocate(arena).copyFrom(a);
                String context = "seed=" + SEED + " round=" + round + " " + a;
                assertTrue(a.contentEquals(b), context);
                assertEquals(a.contentHash(), b.contentHash(), context);
                scribbleOverPadding(b.segment(), random);
                assertTrue(a.contentEquals(b), "padding is not content; " + context);
                assertEquals(a.contentHash(), b.contentHash(), "padding is not hashed; " + context);
                List<Consumer<KindsFlyweight>> changes = changes(random);
                Consumer<KindsFlyweight> change = changes.get(round % changes.size());
                change.accept(b);
                if (!a.toString().equals(b.toString())) { // a change may write the value already there
                    assertFalse(a.contentEquals(b), "after change " + round % changes.size() + "; " + context);
                    assertFalse(b.contentEquals(a), context);
                }
            }
        }
    }

    @Test
    void hashesOfDifferentContentDiffer() {
        try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) {
            java.util.Set<Integer> hashes = new java.util.HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                hashes.add(TradeEventFlyweight.allocate(arena).id(i).price(i * 0.5).quantity(i % 7).contentHash());
            }
            assertTrue(hashes.size() > 9_990, "collisions: " + (10_000 - hashes.size()));
        }
    }

    @Test
    void contentEqualsComparesBitsAndWorksOverMemoryWrittenByOtherCode() {
        try (Arena foreign = Arena.ofConfined(); BumpArena arena = BumpArena.ofCapacity(1024)) {
            MemorySegment c = foreign.allocate(PriceFlyweight.BYTE_SIZE * 2, PriceFlyweight.BYTE_ALIGNMENT);
            c.fill((byte) 0x7F); // uninitialized padding, as C may leave it
            PriceFlyweight fromC = new PriceFlyweight().wrap(c, 0).mantissa(12345).exponent((byte) -2);
            PriceFlyweight ours = PriceFlyweight.allocate(arena).mantissa(12345).exponent((byte) -2);
            assertTrue(ours.contentEquals(fromC));
            assertEquals(ours.contentHash(), fromC.contentHash());
            TradeEventFlyweight zero = TradeEventFlyweight.allocate(arena).price(0.0);
            TradeEventFlyweight minusZero = TradeEventFlyweight.allocate(arena).price(-0.0);
            assertFalse(zero.contentEquals(minusZero), "0.0 and -0.0 have different bits");
            TradeEventFlyweight nan = TradeEventFlyweight.allocate(arena).price(Double.NaN);
            assertTrue(nan.contentEquals(TradeEventFlyweight.allocate(arena).price(Double.NaN)));
            assertThrows(NullPointerException.class, () -> ours.contentEquals(null));
        }
    }

    @Test
    void appendToWritesWhatToStringReturnsAfterWhatIsThere() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            KindsFlyweight k = fill(KindsFlyweight.allocate(arena), new Random(SEED));
            StringBuilder out = new StringBuilder("log: ");
            assertSame(out, k.appendTo(out));
            assertEquals("log: " + k, out.toString());
            assertTrue(k.toString().contains("prices=[Price[mantissa="), k.toString());
            arena.reset();
            assertThrows(StaleStructException.class, () -> k.appendTo(new StringBuilder()));
        }
    }

    /** Every field of {@code k} set to a random value. */
    static KindsFlyweight fill(KindsFlyweight k, Random random) {
        for (int i = 0; i < KindsFlyweight.BYTES_LENGTH; i++) {
            k.bytes(i, (byte) random.nextInt()).flags(i, random.nextBoolean()).shorts(i, (short) random.nextInt())
                    .chars(i, (char) random.nextInt()).ints(i, random.nextInt()).floats(i, random.nextFloat())
                    .longs(i, random.nextLong()).doubles(i, random.nextDouble());
        }
        k.side(Side.values()[random.nextInt(2)]);
        for (int i = 0; i < KindsFlyweight.SIDES_LENGTH; i++) {
            k.sides(i, Side.values()[random.nextInt(2)]);
            k.prices(i).mantissa(random.nextLong()).exponent((byte) random.nextInt());
        }
        k.price().mantissa(random.nextLong()).exponent((byte) random.nextInt());
        k.code("ab" + random.nextInt(1000));
        return k;
    }

    /** One change per field kind, each to a random place in it. */
    private static List<Consumer<KindsFlyweight>> changes(Random random) {
        List<Consumer<KindsFlyweight>> changes = new ArrayList<>();
        int i = random.nextInt(3);
        changes.add(k -> k.bytes(i, (byte) (k.bytes(i) + 1)));
        changes.add(k -> k.flags(i, !k.flags(i)));
        changes.add(k -> k.shorts(i, (short) (k.shorts(i) + 1)));
        changes.add(k -> k.chars(i, (char) (k.chars(i) + 1)));
        changes.add(k -> k.ints(i, k.ints(i) + 1));
        changes.add(k -> k.floats(i, k.floats(i) + 1));
        changes.add(k -> k.longs(i, k.longs(i) + 1));
        changes.add(k -> k.doubles(i, k.doubles(i) + 1));
        changes.add(k -> k.side(k.side() == Side.BID ? Side.ASK : Side.BID));
        changes.add(k -> k.sides(i % 2, k.sides(i % 2) == Side.BID ? Side.ASK : Side.BID));
        changes.add(k -> k.price().exponent((byte) (k.price().exponent() + 1)));
        changes.add(k -> k.prices(i % 2).mantissa(k.prices(i % 2).mantissa() + 1));
        changes.add(k -> k.code("zz" + random.nextInt(1000)));
        return changes;
    }

    /** Random bytes in every byte that is no field's: what C may leave there. */
    private static void scribbleOverPadding(MemorySegment struct, Random random) {
        boolean[] data = new boolean[(int) KindsFlyweight.BYTE_SIZE];
        mark(data, KindsFlyweight.BYTES_OFFSET, 3);
        mark(data, KindsFlyweight.FLAGS_OFFSET, 3);
        mark(data, KindsFlyweight.SHORTS_OFFSET, 6);
        mark(data, KindsFlyweight.CHARS_OFFSET, 6);
        mark(data, KindsFlyweight.INTS_OFFSET, 12);
        mark(data, KindsFlyweight.FLOATS_OFFSET, 12);
        mark(data, KindsFlyweight.LONGS_OFFSET, 24);
        mark(data, KindsFlyweight.DOUBLES_OFFSET, 24);
        mark(data, KindsFlyweight.SIDE_OFFSET, 1);
        mark(data, KindsFlyweight.SIDES_OFFSET, 2);
        for (long price : new long[] {KindsFlyweight.PRICE_OFFSET, KindsFlyweight.PRICES_OFFSET,
                KindsFlyweight.PRICES_OFFSET + PriceFlyweight.BYTE_SIZE}) {
            mark(data, price + PriceFlyweight.MANTISSA_OFFSET, 8);
            mark(data, price + PriceFlyweight.EXPONENT_OFFSET, 1);
        }
        mark(data, KindsFlyweight.CODE_OFFSET, KindsFlyweight.CODE_LENGTH);
        int padding = 0;
        for (int at = 0; at < data.length; at++) {
            if (!data[at]) {
                struct.set(JAVA_BYTE, at, (byte) (1 + random.nextInt(255)));
                padding++;
            }
        }
        assertNotEquals(0, padding, "Kinds has padding between fields and inside Price");
    }

    private static void mark(boolean[] data, long offset, long length) {
        for (long at = offset; at < offset + length; at++) {
            data[(int) at] = true;
        }
    }
}
