package dev.arenastruct.samples.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Packed, big- and little-endian structs with unsigned, coded and space-padded fields: offsets as
 * declared, every width's bytes checked one by one against {@code ByteBuffer}'s encoding, edges
 * of every range, refusals that write nothing, unknown codes, and values round-tripped.
 */
class WireFormatTest {
    /** Field widths of WireBig/WireLittle in declared order: packed means offsets are their running sum. */
    private static final long[] WIDTHS = {1, 1, 2, 3, 4, 5, 6, 7, 8, 2, 2, 4, 4, 8, 8, 1, 4, 8, 18, 8, 2};

    @Test
    void packedFieldsSitAtTheRunningSumOfWidths() {
        long[] offsets = {WireBigFlyweight.TYPE_OFFSET, WireBigFlyweight.U8_OFFSET, WireBigFlyweight.U16_OFFSET,
                WireBigFlyweight.U24_OFFSET, WireBigFlyweight.U32_OFFSET, WireBigFlyweight.U40_OFFSET,
                WireBigFlyweight.U48_OFFSET, WireBigFlyweight.U56_OFFSET, WireBigFlyweight.U64_OFFSET,
                WireBigFlyweight.S16_OFFSET, WireBigFlyweight.C16_OFFSET, WireBigFlyweight.S32_OFFSET,
                WireBigFlyweight.F32_OFFSET, WireBigFlyweight.S64_OFFSET, WireBigFlyweight.F64_OFFSET,
                WireBigFlyweight.SIDE_OFFSET, WireBigFlyweight.EVENT_OFFSET, WireBigFlyweight.SYMBOL_OFFSET,
                WireBigFlyweight.STAMPS_OFFSET, WireBigFlyweight.INTS_OFFSET, WireBigFlyweight.SIDES_OFFSET};
        long at = 0;
        for (int i = 0; i < offsets.length; i++) {
            assertEquals(at, offsets[i], "field " + i);
            at += WIDTHS[i];
        }
        assertEquals(at, WireBigFlyweight.BYTE_SIZE);
        assertEquals(1, WireBigFlyweight.BYTE_ALIGNMENT);
        assertEquals(WireBigFlyweight.BYTE_SIZE, WireBigFlyweight.LAYOUT.byteSize());
        assertEquals(1, WireBigFlyweight.LAYOUT.byteAlignment());
        assertEquals(WireBigFlyweight.BYTE_SIZE, WireLittleFlyweight.BYTE_SIZE);
        assertEquals(ByteOrder.BIG_ENDIAN, ((ValueLayout) WireBigFlyweight.LAYOUT
                .select(MemoryLayout.PathElement.groupElement("s32"))).order());
        assertEquals(ByteOrder.LITTLE_ENDIAN, ((ValueLayout) WireLittleFlyweight.LAYOUT
                .select(MemoryLayout.PathElement.groupElement("s64"))).order());
    }

    @Test
    void nativeUnsignedFieldsKeepNaturalAlignmentAndOddWidthsAlignToOne() {
        assertEquals(2, WireNativeFlyweight.U16_OFFSET);
        assertEquals(4, WireNativeFlyweight.U24_OFFSET);
        assertEquals(8, WireNativeFlyweight.U32_OFFSET);
        assertEquals(12, WireNativeFlyweight.U48_OFFSET);
        assertEquals(24, WireNativeFlyweight.U64_OFFSET);
        assertEquals(32, WireNativeFlyweight.SIDE_OFFSET);
        assertEquals(40, WireNativeFlyweight.BYTE_SIZE);
        assertEquals(8, WireNativeFlyweight.BYTE_ALIGNMENT);
        try (BumpArena arena = BumpArena.ofCapacity(1024)) {
            WireNativeFlyweight n = WireNativeFlyweight.allocate(arena).u16(65535).u24(0xABCDEF).u32(0xFFFF_FFFFL)
                    .u48((1L << 48) - 1).u64(-1).side(WireSide.SELL);
            assertEquals(65535, n.u16());
            assertEquals(0xABCDEF, n.u24());
            assertEquals(0xFFFF_FFFFL, n.u32());
            assertEquals((1L << 48) - 1, n.u48());
            assertEquals(-1, n.u64());
            assertEquals('S', n.segment().get(ValueLayout.JAVA_SHORT, WireNativeFlyweight.SIDE_OFFSET));
            assertSame(WireSide.SELL, n.side());
        }
    }

    @Test
    void everyWidthIsStoredInTheDeclaredByteOrderByteForByte() {
        Random random = new Random(14);
        try (BumpArena arena = BumpArena.ofCapacity(1 << 16)) {
            for (int round = 0; round < 500; round++) {
                arena.reset();
                WireBigFlyweight big = WireBigFlyweight.allocate(arena);
                WireLittleFlyweight little = WireLittleFlyweight.allocate(arena);
                long[] unsigned = new long[8];
                for (int w = 1; w <= 8; w++) {
                    unsigned[w - 1] = w == 8 ? random.nextLong() : random.nextLong() >>> (64 - 8 * w);
                }
                short s16 = (short) random.nextInt();
                char c16 = (char) random.nextInt();
                int s32 = random.nextInt();
                float f32 = random.nextFloat() * 1e6f - 5e5f;
                long s64 = random.nextLong();
                double f64 = random.nextGaussian() * 1e9;
                big.u8((int) unsigned[0]).u16((int) unsigned[1]).u24((int) unsigned[2]).u32(unsigned[3]).u40(unsigned[4])
                        .u48(unsigned[5]).u56(unsigned[6]).u64(unsigned[7]).s16(s16).c16(c16).s32(s32).f32(f32)
                        .s64(s64).f64(f64);
                little.u8((int) unsigned[0]).u16((int) unsigned[1]).u24((int) unsigned[2]).u32(unsigned[3])
                        .u40(unsigned[4]).u48(unsigned[5]).u56(unsigned[6]).u64(unsigned[7]).s16(s16).c16(c16)
                        .s32(s32).f32(f32).s64(s64).f64(f64);
                for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                    MemorySegment segment = order == ByteOrder.BIG_ENDIAN ? big.segment() : little.segment();
                    ByteBuffer expected = ByteBuffer.allocate(64).order(order);
                    for (int w = 1; w <= 8; w++) {
                        putUnsigned(expected, unsigned[w - 1], w);
                    }
                    expected.putShort(s16).putChar(c16).putInt(s32).putFloat(f32).putLong(s64).putDouble(f64);
                    byte[] actual = segment.asSlice(WireBigFlyweight.U8_OFFSET, expected.position())
                            .toArray(ValueLayout.JAVA_BYTE);
                    assertArrayEquals(java.util.Arrays.copyOf(expected.array(), expected.position()), actual,
                            order + " round " + round);
                }
                assertEquals(unsigned[0], big.u8());
                assertEquals(unsigned[1], little.u16());
                assertEquals(unsigned[2], big.u24());
                assertEquals(unsigned[2], little.u24());
                assertEquals(unsigned[3], big.u32());
                assertEquals(unsigned[4], little.u40());
                assertEquals(unsigned[4], big.u40());
                assertEquals(unsigned[5], big.u48());
                assertEquals(unsigned[5], little.u48());
                assertEquals(unsigned[6], big.u56());
                assertEquals(unsigned[6], little.u56());
                assertEquals(unsigned[7], big.u64());
                assertEquals(s16, little.s16());
                assertEquals(c16, big.c16());
                assertEquals(s32, big.s32());
                assertEquals(f32, little.f32());
                assertEquals(s64, big.s64());
                assertEquals(f64, big.f64());
            }
        }
    }

    /** {@code value}'s low {@code bytes} bytes in the buffer's order. */
    private static void putUnsigned(ByteBuffer out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            int shift = out.order() == ByteOrder.BIG_ENDIAN ? 8 * (bytes - 1 - i) : 8 * i;
            out.put((byte) (value >>> shift));
        }
    }

    @Test
    void unsignedEdgesRoundTripAndOutOfRangeWritesNothing() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireBigFlyweight m = WireBigFlyweight.allocate(arena);
            long[] max = {0xFF, 0xFFFF, 0xFF_FFFF, 0xFFFF_FFFFL, (1L << 40) - 1, (1L << 48) - 1, (1L << 56) - 1};
            for (long edge : new long[] {0, 1}) {
                m.u8((int) edge).u16((int) edge).u24((int) edge).u32(edge).u40(edge).u48(edge).u56(edge);
                assertEquals(edge, m.u8() + m.u16() + m.u24() + m.u32() + m.u40() + m.u48() + m.u56() - 6 * edge);
            }
            m.u8((int) max[0]).u16((int) max[1]).u24((int) max[2]).u32(max[3]).u40(max[4]).u48(max[5]).u56(max[6]);
            assertEquals(max[0], m.u8());
            assertEquals(max[1], m.u16());
            assertEquals(max[2], m.u24());
            assertEquals(max[3], m.u32());
            assertEquals(max[4], m.u40());
            assertEquals(max[5], m.u48());
            assertEquals(max[6], m.u56());
            byte[] before = m.segment().toArray(ValueLayout.JAVA_BYTE);
            IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> m.u16(65536));
            assertEquals("WireBig.u16 is an unsigned 2-byte integer, so it holds 0 to 65535, but was given 65536;"
                    + " nothing was written", tooBig.getMessage());
            assertThrows(IllegalArgumentException.class, () -> m.u8(-1));
            assertThrows(IllegalArgumentException.class, () -> m.u8(256));
            assertThrows(IllegalArgumentException.class, () -> m.u24(1 << 24));
            assertThrows(IllegalArgumentException.class, () -> m.u24(Integer.MIN_VALUE));
            assertThrows(IllegalArgumentException.class, () -> m.u32(1L << 32));
            assertThrows(IllegalArgumentException.class, () -> m.u40(-1));
            IllegalArgumentException u48 = assertThrows(IllegalArgumentException.class, () -> m.u48(1L << 48));
            assertTrue(u48.getMessage().contains("0 to 281474976710655, but was given 281474976710656"), u48.getMessage());
            assertThrows(IllegalArgumentException.class, () -> m.u56(Long.MIN_VALUE));
            assertThrows(IllegalArgumentException.class, () -> m.stamps(1, 1L << 48));
            assertThrows(IllegalArgumentException.class,
                    () -> WireBigFlyweight.u16(m.segment(), 0, 70_000));
            assertArrayEquals(before, m.segment().toArray(ValueLayout.JAVA_BYTE), "a refused write changed memory");
            m.u64(-1);
            assertEquals(-1L, m.u64());
            assertTrue(m.toString().contains("u64=18446744073709551615"), m.toString());
            m.u64(Long.MIN_VALUE);
            assertTrue(m.toString().contains("u64=9223372036854775808"), m.toString());
            m.u64(Long.MAX_VALUE);
            assertTrue(m.toString().contains("u64=9223372036854775807"), m.toString());
        }
    }

    @Test
    void wrapAndStaticAccessorsWorkAtAnyOffset() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            MemorySegment buffer = arena.allocate(3 * WireBigFlyweight.BYTE_SIZE + 7, 8);
            WireBigFlyweight m = new WireBigFlyweight();
            for (long offset : new long[] {1, 3, 7, WireBigFlyweight.BYTE_SIZE + 5}) {
                m.wrap(buffer, offset).u48(offset * 1_000_003).s64(-offset).u16((int) offset);
                assertEquals(offset * 1_000_003, WireBigFlyweight.u48(buffer, offset));
                assertEquals(-offset, WireBigFlyweight.s64(buffer, offset));
                WireBigFlyweight.u32(buffer, offset, 0xDEAD_BEEFL);
                assertEquals(0xDEAD_BEEFL, m.u32());
                assertEquals((byte) 0xDE, buffer.get(ValueLayout.JAVA_BYTE, offset + WireBigFlyweight.U32_OFFSET));
            }
        }
    }

    @Test
    void codedEnumsStoreTheirCodes() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireBigFlyweight m = WireBigFlyweight.allocate(arena).side(WireSide.SELL).event(WireEvent.CLOSE)
                    .sides(0, WireSide.BUY).sides(1, WireSide.SELL);
            assertEquals('S', m.segment().get(ValueLayout.JAVA_BYTE, WireBigFlyweight.SIDE_OFFSET));
            assertEquals(70_000, m.segment().get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN),
                    WireBigFlyweight.EVENT_OFFSET));
            assertEquals('B', m.segment().get(ValueLayout.JAVA_BYTE, WireBigFlyweight.SIDES_OFFSET));
            assertSame(WireSide.SELL, m.side());
            assertSame(WireEvent.CLOSE, m.event());
            assertSame(WireSide.SELL, m.sides(1));
            m.event(WireEvent.HALT);
            assertEquals(300, m.segment().get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN),
                    WireBigFlyweight.EVENT_OFFSET));
            assertSame(WireEvent.HALT, m.event());
        }
    }

    @Test
    void anUnknownCodeIsAClearErrorOrTheUnknownConstant() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireBigFlyweight m = WireBigFlyweight.allocate(arena);
            m.segment().set(ValueLayout.JAVA_BYTE, WireBigFlyweight.SIDE_OFFSET, (byte) 'X');
            IllegalStateException unknown = assertThrows(IllegalStateException.class, m::side);
            assertEquals("WireBig.side holds code 88 ('X'), which no constant of WireSide has: the memory was written"
                    + " by other code, or the feed has a code this program does not know (mark a constant of WireSide"
                    + " @UnknownCode to read such codes as it)", unknown.getMessage());
            m.segment().set(ValueLayout.JAVA_BYTE, WireBigFlyweight.SIDES_OFFSET + 1, (byte) 0);
            IllegalStateException element = assertThrows(IllegalStateException.class, () -> m.sides(1));
            assertTrue(element.getMessage().startsWith("WireBig.sides[1] holds code 0,"), element.getMessage());
            for (int code : new int[] {0, 2, 299, 301, 69_999, 1 << 30, -1}) {
                m.segment().set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN), WireBigFlyweight.EVENT_OFFSET,
                        code);
                assertSame(WireEvent.OTHER, m.event(), "code " + code);
            }
            byte[] before = m.segment().toArray(ValueLayout.JAVA_BYTE);
            IllegalArgumentException write = assertThrows(IllegalArgumentException.class, () -> m.event(WireEvent.OTHER));
            assertTrue(write.getMessage().contains("WireBig.event cannot be set to WireEvent.OTHER"), write.getMessage());
            assertArrayEquals(before, m.segment().toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void shortTextReadsAsOneBigEndianLongInTextOrder() {
        long[] offsets = {WireSymbolsFlyweight.T1_OFFSET, WireSymbolsFlyweight.T2_OFFSET, WireSymbolsFlyweight.T3_OFFSET,
            WireSymbolsFlyweight.T4_OFFSET, WireSymbolsFlyweight.T5_OFFSET, WireSymbolsFlyweight.T6_OFFSET,
            WireSymbolsFlyweight.T7_OFFSET, WireSymbolsFlyweight.T8_OFFSET, WireSymbolsFlyweight.Z8_OFFSET};
        int[] widths = {1, 2, 3, 4, 5, 6, 7, 8, 8};
        Random random = new Random(23);
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            MemorySegment buffer = arena.allocate(64 + WireSymbolsFlyweight.BYTE_SIZE, 1);
            WireSymbolsFlyweight s = new WireSymbolsFlyweight();
            for (int round = 0; round < 500; round++) {
                long at = random.nextInt(64); // packed: any offset
                byte[] bytes = new byte[(int) buffer.byteSize()];
                random.nextBytes(bytes);
                buffer.copyFrom(MemorySegment.ofArray(bytes));
                s.wrap(buffer, at);
                long[] instance = {s.t1AsLong(), s.t2AsLong(), s.t3AsLong(), s.t4AsLong(), s.t5AsLong(), s.t6AsLong(),
                    s.t7AsLong(), s.t8AsLong(), s.z8AsLong()};
                long[] statics = {WireSymbolsFlyweight.t1AsLong(buffer, at), WireSymbolsFlyweight.t2AsLong(buffer, at),
                    WireSymbolsFlyweight.t3AsLong(buffer, at), WireSymbolsFlyweight.t4AsLong(buffer, at),
                    WireSymbolsFlyweight.t5AsLong(buffer, at), WireSymbolsFlyweight.t6AsLong(buffer, at),
                    WireSymbolsFlyweight.t7AsLong(buffer, at), WireSymbolsFlyweight.t8AsLong(buffer, at),
                    WireSymbolsFlyweight.z8AsLong(buffer, at)};
                for (int f = 0; f < widths.length; f++) {
                    long expected = 0;
                    for (int i = 0; i < widths[f]; i++) {
                        expected = expected << 8 | bytes[(int) (at + offsets[f]) + i] & 0xff;
                    }
                    assertEquals(expected, instance[f], "width " + widths[f] + " at " + at);
                    assertEquals(expected, statics[f], "static, width " + widths[f] + " at " + at);
                }
            }
            WireSymbolsFlyweight m = WireSymbolsFlyweight.allocate(arena);
            m.t8("AAPL").z8("AAPL").t4("GE").t1("Z");
            assertEquals(0x4141504C20202020L, m.t8AsLong(), "padding spaces are part of the key");
            assertEquals(0x4141504C00000000L, m.z8AsLong(), "so are padding zeros");
            assertEquals(0x47452020L, m.t4AsLong());
            assertEquals('Z', m.t1AsLong());
            assertEquals(ByteBuffer.wrap("AAPL    ".getBytes(StandardCharsets.US_ASCII)).getLong(), m.t8AsLong(),
                    "ByteBuffer's default order is big-endian: the same number");
            assertThrows(NoSuchMethodException.class, () -> WireSymbolsFlyweight.class.getMethod("t9AsLong"),
                    "9 bytes do not fit in a long");
            arena.reset();
            assertThrows(StaleStructException.class, m::t8AsLong);
        }
    }

    @Test
    void spacePaddedTextReadsWithoutItsPadding() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireBigFlyweight m = WireBigFlyweight.allocate(arena);
            assertEquals("", m.symbolAsString(), "a zeroed field is the empty text");
            assertTrue(m.toString().contains("side=<code 0>, event=OTHER,"), m.toString());
            assertTrue(m.symbolEquals(""));
            m.symbol("AAPL");
            assertEquals("AAPL    ", new String(m.segment().asSlice(WireBigFlyweight.SYMBOL_OFFSET, 8)
                    .toArray(ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII));
            assertTrue(m.symbolEquals("AAPL"));
            assertFalse(m.symbolEquals("AAPL "));
            assertFalse(m.symbolEquals("AAP"));
            assertFalse(m.symbolEquals("AAPLX"));
            assertEquals(4, m.symbolByteLength());
            assertEquals(0, m.symbolCompareTo("AAPL"));
            assertTrue(m.symbolCompareTo("AAPM") < 0);
            assertEquals("[AAPL]", m.appendSymbol(new StringBuilder("[")).append(']').toString());
            m.symbol("ABCDEFGH");
            assertEquals("ABCDEFGH", m.symbolAsString());
            m.symbol(" B C");
            assertEquals(" B C", m.symbolAsString(), "leading and inner spaces are text");
            m.symbol("Ünï");
            assertEquals("Ünï", m.symbolAsString());
            assertTrue(m.symbolEquals("Ünï"));
            byte[] before = m.segment().toArray(ValueLayout.JAVA_BYTE);
            assertThrows(IllegalArgumentException.class, () -> m.symbol("ABCDEFGHI"));
            assertArrayEquals(before, m.segment().toArray(ValueLayout.JAVA_BYTE));
            m.segment().asSlice(WireBigFlyweight.SYMBOL_OFFSET, 8).copyFrom(MemorySegment.ofArray(
                    "MSFT    ".getBytes(StandardCharsets.US_ASCII)));
            assertEquals("MSFT", m.symbolAsString());
            assertTrue(m.toString().contains("symbol=MSFT,"), m.toString());
        }
    }

    @Test
    void nestedPackedStructsSitAtOddOffsets() {
        assertEquals(1, WireFrameFlyweight.HEADER_OFFSET);
        assertEquals(4, WireFrameFlyweight.MORE_OFFSET);
        assertEquals(10, WireFrameFlyweight.CRC_OFFSET);
        assertEquals(14, WireFrameFlyweight.BYTE_SIZE);
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireFrameFlyweight frame = WireFrameFlyweight.allocate(arena).flags((byte) 7).crc(0xCAFE_BABEL);
            frame.header().length(513).type((byte) 'A');
            frame.more(1).length(65535);
            assertEquals(2, frame.segment().get(ValueLayout.JAVA_BYTE, 1));
            assertEquals(1, frame.segment().get(ValueLayout.JAVA_BYTE, 2));
            assertEquals(513, frame.header().length());
            assertEquals(65535, frame.more(1).length());
            assertEquals(0xCAFE_BABEL, frame.crc());
            assertEquals(0, WireHeaderFlyweight.length(frame.segment(), WireFrameFlyweight.moreOffset(0, 0)));
            assertEquals(65535, WireHeaderFlyweight.length(frame.segment(), WireFrameFlyweight.moreOffset(0, 1)));
        }
    }

    @Test
    void valuesRoundTripAndRefuseWhatTheFlyweightWouldRefuse() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            WireBigFlyweight m = WireBigFlyweight.allocate(arena).u16(40_000).u48(123_456_789_012L).u64(-2)
                    .side(WireSide.SELL).event(WireEvent.HALT).symbol("NVDA").stamps(2, (1L << 48) - 1)
                    .sides(0, WireSide.BUY).sides(1, WireSide.BUY);
            WireBigValue value = m.toValue();
            assertEquals(40_000, value.u16());
            assertTrue(value.toString().contains("u64=18446744073709551614,"), value.toString());
            assertEquals(m.toString().replace("WireBig[", ""), value.toString().replace("WireBig[", ""),
                    "the value shows what the flyweight shows");
            assertEquals("NVDA", value.symbol());
            WireBigFlyweight copy = WireBigFlyweight.allocate(arena).copyFrom(value);
            assertTrue(copy.contentEquals(m));
            IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> new WireBigValue(
                    value.type(), value.u8(), 70_000, value.u24(), value.u32(), value.u40(), value.u48(), value.u56(),
                    value.u64(), value.s16(), value.c16(), value.s32(), value.f32(), value.s64(), value.f64(),
                    value.side(), value.event(), value.symbol(), value.stamps(), value.ints(), value.sides()));
            assertTrue(range.getMessage().contains("WireBig.u16"), range.getMessage());
            IllegalArgumentException element = assertThrows(IllegalArgumentException.class, () -> new WireBigValue(
                    value.type(), value.u8(), value.u16(), value.u24(), value.u32(), value.u40(), value.u48(),
                    value.u56(), value.u64(), value.s16(), value.c16(), value.s32(), value.f32(), value.s64(),
                    value.f64(), value.side(), value.event(), value.symbol(), new long[] {0, -1, 0}, value.ints(),
                    value.sides()));
            assertTrue(element.getMessage().contains("WireBig.stamps[1]"), element.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> new WireBigValue(
                    value.type(), value.u8(), value.u16(), value.u24(), value.u32(), value.u40(), value.u48(),
                    value.u56(), value.u64(), value.s16(), value.c16(), value.s32(), value.f32(), value.s64(),
                    value.f64(), value.side(), WireEvent.OTHER, value.symbol(), value.stamps(), value.ints(),
                    value.sides()));
            assertTrue(unknown.getMessage().contains("WireBig.event cannot be OTHER"), unknown.getMessage());
        }
    }
}
