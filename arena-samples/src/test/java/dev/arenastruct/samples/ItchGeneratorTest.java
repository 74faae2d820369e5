package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The ITCH generator writes the bytes the specification lays out (read back here with a
 * {@link ByteBuffer}, not with the generator's own layouts), is deterministic, and keeps the day
 * consistent: increasing timestamps and references, actions only on live orders.
 */
class ItchGeneratorTest {
    private static final int MESSAGES = 60_000;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
        byte[] one = ItchGenerator.generate(42, 5_000).bytes().toArray(ValueLayout.JAVA_BYTE);
        assertArrayEquals(one, ItchGenerator.generate(42, 5_000).bytes().toArray(ValueLayout.JAVA_BYTE));
        assertFalse(java.util.Arrays.equals(one, ItchGenerator.generate(43, 5_000).bytes().toArray(ValueLayout.JAVA_BYTE)));
    }

    @Test
    void everyMessageIsWrittenAtTheSpecifiedOffsets() {
        List<ItchMessage> messages = new ArrayList<>();
        ItchStream stream = ItchGenerator.generate(7, MESSAGES, messages::add);
        assertEquals(MESSAGES, stream.messageCount());
        assertEquals(MESSAGES, messages.size());
        ByteBuffer bytes = ByteBuffer.wrap(stream.bytes().toArray(ValueLayout.JAVA_BYTE)); // big-endian by default
        int at = 0;
        for (ItchMessage expected : messages) {
            int length = Short.toUnsignedInt(bytes.getShort(at));
            assertEquals(expected.length(), length, "length prefix at " + at);
            ByteBuffer m = bytes.slice(at + 2, length);
            assertEquals(expected, read(m), "message at offset " + at);
            at += 2 + length;
        }
        assertEquals(stream.bytes().byteSize(), at);
    }

    @Test
    void theDayIsConsistent() {
        List<ItchMessage> messages = new ArrayList<>();
        ItchStream stream = ItchGenerator.generate(11, MESSAGES, messages::add);
        assertEquals(List.of((byte) 'O', (byte) 'S', (byte) 'Q'), messages.subList(0, 3).stream()
                .map(m -> ((ItchMessage.SystemEvent) m).eventCode()).toList());
        assertEquals(List.of((byte) 'M', (byte) 'E', (byte) 'C'), messages.subList(MESSAGES - 3, MESSAGES).stream()
                .map(m -> ((ItchMessage.SystemEvent) m).eventCode()).toList());
        long lastTimestamp = -1;
        long nextReference = ItchGenerator.FIRST_ORDER_REFERENCE;
        long nextMatch = ItchGenerator.FIRST_MATCH_NUMBER;
        Map<Long, Long> shares = new HashMap<>();
        Map<Long, Integer> locates = new HashMap<>();
        Map<Character, Integer> types = new TreeMap<>();
        for (ItchMessage message : messages) {
            assertTrue(message.timestamp() > lastTimestamp, () -> message + " after " + message.timestamp());
            lastTimestamp = message.timestamp();
            types.merge((char) message.type(), 1, Integer::sum);
            switch (message) {
                case ItchMessage.SystemEvent e -> assertEquals(0, e.stockLocate());
                case ItchMessage.AddOrder a -> {
                    assertEquals(nextReference++, a.orderReferenceNumber());
                    assertEquals(ItchGenerator.SYMBOLS.get(a.stockLocate() - 1), a.stock());
                    assertTrue(a.shares() > 0 && a.price() > 0 && (a.side() == 'B' || a.side() == 'S'), a::toString);
                    shares.put(a.orderReferenceNumber(), a.shares());
                    locates.put(a.orderReferenceNumber(), a.stockLocate());
                }
                case ItchMessage.OrderExecuted e -> {
                    assertEquals(nextMatch++, e.matchNumber());
                    take(shares, locates, e.orderReferenceNumber(), e.stockLocate(), e.executedShares());
                }
                case ItchMessage.OrderCancel c -> {
                    take(shares, locates, c.orderReferenceNumber(), c.stockLocate(), c.cancelledShares());
                    assertTrue(shares.containsKey(c.orderReferenceNumber()), "a cancel leaves shares: " + c);
                }
                case ItchMessage.OrderDelete d -> take(shares, locates, d.orderReferenceNumber(), d.stockLocate(),
                        shares.getOrDefault(d.orderReferenceNumber(), 0L));
                case ItchMessage.OrderReplace u -> {
                    take(shares, locates, u.originalOrderReferenceNumber(), u.stockLocate(),
                            shares.getOrDefault(u.originalOrderReferenceNumber(), 0L));
                    assertEquals(nextReference++, u.newOrderReferenceNumber());
                    assertTrue(u.shares() > 0, u::toString);
                    shares.put(u.newOrderReferenceNumber(), u.shares());
                    locates.put(u.newOrderReferenceNumber(), u.stockLocate());
                }
                case ItchMessage.Trade t -> {
                    assertEquals(nextMatch++, t.matchNumber());
                    assertEquals(0, t.orderReferenceNumber());
                    assertEquals(ItchGenerator.SYMBOLS.get(t.stockLocate() - 1), t.stock());
                }
            }
        }
        assertEquals(nextReference - ItchGenerator.FIRST_ORDER_REFERENCE, stream.orderReferences());
        assertEquals(ItchGenerator.FIRST_ORDER_REFERENCE, stream.firstOrderReference());
        // every type is there in a realistic share: adds and deletes lead, trades are the fewest
        assertEquals(List.of('A', 'D', 'E', 'P', 'S', 'U', 'X'), List.copyOf(types.keySet()));
        assertTrue(types.get('A') > types.get('D') && types.get('D') > types.get('U') && types.get('U') > types.get('P'),
                types::toString);
        assertEquals(ItchGenerator.SYSTEM_EVENTS, types.get('S'));
    }

    @Test
    void fewerMessagesThanTheSystemEventsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItchGenerator.generate(1, 5));
        assertEquals("an ITCH stream here has at least 6 messages (its system events): messages=5", e.getMessage());
        assertEquals(6, ItchGenerator.generate(1, 6).messageCount());
    }

    private static void take(Map<Long, Long> shares, Map<Long, Integer> locates, long reference, int locate, long taken) {
        Long left = shares.get(reference);
        assertNotNull(left, () -> "order " + reference + " is not live");
        assertEquals(locates.get(reference), locate, () -> "locate of order " + reference);
        assertTrue(taken > 0 && taken <= left, () -> "order " + reference + " has " + left + ", takes " + taken);
        if (taken == left) {
            shares.remove(reference);
        } else {
            shares.put(reference, left - taken);
        }
    }

    /** The message in {@code m} per the ITCH 5.0 specification's offsets. */
    private static ItchMessage read(ByteBuffer m) {
        int locate = Short.toUnsignedInt(m.getShort(1));
        int tracking = Short.toUnsignedInt(m.getShort(3));
        long timestamp = (long) Short.toUnsignedInt(m.getShort(5)) << 32 | Integer.toUnsignedLong(m.getInt(7));
        return switch (m.get(0)) {
            case 'S' -> new ItchMessage.SystemEvent(locate, tracking, timestamp, m.get(11));
            case 'A' -> new ItchMessage.AddOrder(locate, tracking, timestamp, m.getLong(11), m.get(19), u32(m, 20),
                    text(m, 24), u32(m, 32));
            case 'E' -> new ItchMessage.OrderExecuted(locate, tracking, timestamp, m.getLong(11), u32(m, 19), m.getLong(23));
            case 'X' -> new ItchMessage.OrderCancel(locate, tracking, timestamp, m.getLong(11), u32(m, 19));
            case 'D' -> new ItchMessage.OrderDelete(locate, tracking, timestamp, m.getLong(11));
            case 'U' -> new ItchMessage.OrderReplace(locate, tracking, timestamp, m.getLong(11), m.getLong(19), u32(m, 27),
                    u32(m, 31));
            case 'P' -> new ItchMessage.Trade(locate, tracking, timestamp, m.getLong(11), m.get(19), u32(m, 20), text(m, 24),
                    u32(m, 32), m.getLong(36));
            default -> throw new AssertionError("unknown type " + m.get(0));
        };
    }

    private static long u32(ByteBuffer m, int at) {
        return Integer.toUnsignedLong(m.getInt(at));
    }

    /** Left-justified, space-padded ASCII. */
    private static String text(ByteBuffer m, int at) {
        byte[] bytes = new byte[8];
        m.get(at, bytes);
        String padded = new String(bytes, StandardCharsets.US_ASCII);
        assertEquals(padded.strip(), padded.stripTrailing(), "left-justified");
        assertTrue(padded.length() == 8 && !padded.contains("\0"), padded);
        return padded.stripTrailing();
    }
}
