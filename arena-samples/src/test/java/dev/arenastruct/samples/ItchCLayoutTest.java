package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arenastruct.BumpArena;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ITCH wire-format structs against C: the seven messages as {@code __attribute__((packed))}
 * structs (the 48-bit timestamp as {@code uint8_t[6]}) have the generated sizes and offsets; values
 * C stores with {@code htobe16/32/64} read back through the flyweights, and values the flyweights
 * store read back in C with {@code be16toh/be32toh/be64toh}. Extreme values (top bits set) catch a
 * sign or a byte order gone wrong.
 */
class ItchCLayoutTest {
    private static final String STRUCTS = """
            #define HEADER char messageType; uint16_t stockLocate; uint16_t trackingNumber; uint8_t timestamp[6];
            struct __attribute__((packed)) SystemEvent { HEADER char eventCode; };
            struct __attribute__((packed)) AddOrder { HEADER uint64_t orderReferenceNumber; char side; uint32_t shares;
                                                      char stock[8]; uint32_t price; };
            struct __attribute__((packed)) OrderExecuted { HEADER uint64_t orderReferenceNumber; uint32_t executedShares;
                                                           uint64_t matchNumber; };
            struct __attribute__((packed)) OrderCancel { HEADER uint64_t orderReferenceNumber; uint32_t cancelledShares; };
            struct __attribute__((packed)) OrderDelete { HEADER uint64_t orderReferenceNumber; };
            struct __attribute__((packed)) OrderReplace { HEADER uint64_t originalOrderReferenceNumber;
                                                          uint64_t newOrderReferenceNumber; uint32_t shares; uint32_t price; };
            struct __attribute__((packed)) Trade { HEADER uint64_t orderReferenceNumber; char side; uint32_t shares;
                                                   char stock[8]; uint32_t price; uint64_t matchNumber; };
            static inline void put48(uint8_t *t, uint64_t v) { for (int i = 0; i < 6; i++) t[i] = (uint8_t) (v >> (40 - 8 * i)); }
            static inline uint64_t get48(const uint8_t *t) { uint64_t v = 0; for (int i = 0; i < 6; i++) v = v << 8 | t[i]; return v; }
            """;

    /** One message of each type, with the top bit of most fields set. */
    private static final List<ItchMessage> MESSAGES = List.of(
            new ItchMessage.SystemEvent(0, 0xFFFF, 0xFFFF_FFFF_FFFFL, (byte) 'Q'),
            new ItchMessage.AddOrder(0xFEDC, 0xBA98, 0xFEDC_BA98_7654L, 0x8123_4567_89AB_CDEFL, (byte) 'S', 0xF0E1_D2C3L,
                    "GOOGL", 0xE1D2_C3B4L),
            new ItchMessage.OrderExecuted(0x8001, 0x7FFF, 0x8000_0000_0001L, 0x0123_4567_89AB_CDEFL, 0xFFFF_FFFFL, -2L),
            new ItchMessage.OrderCancel(1, 2, 34_200_000_000_000L, 5_000_000_001L, 0x8000_0000L),
            new ItchMessage.OrderDelete(65_535, 0, 1L << 32, Long.MIN_VALUE),
            new ItchMessage.OrderReplace(7, 0x8888, 57_600_000_000_000L, 0xFFFF_FFFF_FFFF_FFFFL, 0x7FFF_FFFF_FFFF_FFFFL,
                    0x8765_4321L, 0xFEDC_BA98L),
            new ItchMessage.Trade(3, 0xABCD, 0xABCD_EF01_2345L, 0, (byte) 'B', 0xC0FF_EE00L, "BRKA.X", 0xDEAD_BEEFL,
                    0xF123_4567_89AB_CDEFL));

    @TempDir
    Path dir;

    @Test
    void sizesAndOffsetsMatchThePackedCStructs() throws Exception {
        String c = """
                #define H(s) offsetof(struct s, messageType), offsetof(struct s, stockLocate), \\
                  offsetof(struct s, trackingNumber), offsetof(struct s, timestamp)
                int main(void) {
                  printf("%zu %zu %zu %zu %zu %zu\\n", sizeof(struct SystemEvent), _Alignof(struct SystemEvent), H(SystemEvent));
                  printf("%zu\\n", offsetof(struct SystemEvent, eventCode));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct AddOrder), H(AddOrder),
                    offsetof(struct AddOrder, orderReferenceNumber), offsetof(struct AddOrder, side),
                    offsetof(struct AddOrder, shares), offsetof(struct AddOrder, stock), offsetof(struct AddOrder, price));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct OrderExecuted), H(OrderExecuted),
                    offsetof(struct OrderExecuted, orderReferenceNumber), offsetof(struct OrderExecuted, executedShares),
                    offsetof(struct OrderExecuted, matchNumber));
                  printf("%zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct OrderCancel), H(OrderCancel),
                    offsetof(struct OrderCancel, orderReferenceNumber), offsetof(struct OrderCancel, cancelledShares));
                  printf("%zu %zu %zu %zu %zu %zu\\n", sizeof(struct OrderDelete), H(OrderDelete),
                    offsetof(struct OrderDelete, orderReferenceNumber));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct OrderReplace), H(OrderReplace),
                    offsetof(struct OrderReplace, originalOrderReferenceNumber),
                    offsetof(struct OrderReplace, newOrderReferenceNumber), offsetof(struct OrderReplace, shares),
                    offsetof(struct OrderReplace, price));
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct Trade), H(Trade),
                    offsetof(struct Trade, orderReferenceNumber), offsetof(struct Trade, side), offsetof(struct Trade, shares),
                    offsetof(struct Trade, stock), offsetof(struct Trade, price), offsetof(struct Trade, matchNumber));
                  return 0;
                }
                """;
        List<Long> expected = List.of(
                ItchSystemEventFlyweight.BYTE_SIZE, ItchSystemEventFlyweight.BYTE_ALIGNMENT,
                ItchSystemEventFlyweight.MESSAGE_TYPE_OFFSET, ItchSystemEventFlyweight.STOCK_LOCATE_OFFSET,
                ItchSystemEventFlyweight.TRACKING_NUMBER_OFFSET, ItchSystemEventFlyweight.TIMESTAMP_OFFSET,
                ItchSystemEventFlyweight.EVENT_CODE_OFFSET,
                ItchAddOrderFlyweight.BYTE_SIZE, ItchAddOrderFlyweight.MESSAGE_TYPE_OFFSET, ItchAddOrderFlyweight.STOCK_LOCATE_OFFSET,
                ItchAddOrderFlyweight.TRACKING_NUMBER_OFFSET, ItchAddOrderFlyweight.TIMESTAMP_OFFSET,
                ItchAddOrderFlyweight.ORDER_REFERENCE_NUMBER_OFFSET, ItchAddOrderFlyweight.SIDE_OFFSET,
                ItchAddOrderFlyweight.SHARES_OFFSET, ItchAddOrderFlyweight.STOCK_OFFSET, ItchAddOrderFlyweight.PRICE_OFFSET,
                ItchOrderExecutedFlyweight.BYTE_SIZE, ItchOrderExecutedFlyweight.MESSAGE_TYPE_OFFSET,
                ItchOrderExecutedFlyweight.STOCK_LOCATE_OFFSET, ItchOrderExecutedFlyweight.TRACKING_NUMBER_OFFSET,
                ItchOrderExecutedFlyweight.TIMESTAMP_OFFSET, ItchOrderExecutedFlyweight.ORDER_REFERENCE_NUMBER_OFFSET,
                ItchOrderExecutedFlyweight.EXECUTED_SHARES_OFFSET, ItchOrderExecutedFlyweight.MATCH_NUMBER_OFFSET,
                ItchOrderCancelFlyweight.BYTE_SIZE, ItchOrderCancelFlyweight.MESSAGE_TYPE_OFFSET,
                ItchOrderCancelFlyweight.STOCK_LOCATE_OFFSET, ItchOrderCancelFlyweight.TRACKING_NUMBER_OFFSET,
                ItchOrderCancelFlyweight.TIMESTAMP_OFFSET, ItchOrderCancelFlyweight.ORDER_REFERENCE_NUMBER_OFFSET,
                ItchOrderCancelFlyweight.CANCELLED_SHARES_OFFSET,
                ItchOrderDeleteFlyweight.BYTE_SIZE, ItchOrderDeleteFlyweight.MESSAGE_TYPE_OFFSET,
                ItchOrderDeleteFlyweight.STOCK_LOCATE_OFFSET, ItchOrderDeleteFlyweight.TRACKING_NUMBER_OFFSET,
                ItchOrderDeleteFlyweight.TIMESTAMP_OFFSET, ItchOrderDeleteFlyweight.ORDER_REFERENCE_NUMBER_OFFSET,
                ItchOrderReplaceFlyweight.BYTE_SIZE, ItchOrderReplaceFlyweight.MESSAGE_TYPE_OFFSET,
                ItchOrderReplaceFlyweight.STOCK_LOCATE_OFFSET, ItchOrderReplaceFlyweight.TRACKING_NUMBER_OFFSET,
                ItchOrderReplaceFlyweight.TIMESTAMP_OFFSET, ItchOrderReplaceFlyweight.ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET,
                ItchOrderReplaceFlyweight.NEW_ORDER_REFERENCE_NUMBER_OFFSET, ItchOrderReplaceFlyweight.SHARES_OFFSET,
                ItchOrderReplaceFlyweight.PRICE_OFFSET,
                ItchTradeFlyweight.BYTE_SIZE, ItchTradeFlyweight.MESSAGE_TYPE_OFFSET, ItchTradeFlyweight.STOCK_LOCATE_OFFSET,
                ItchTradeFlyweight.TRACKING_NUMBER_OFFSET, ItchTradeFlyweight.TIMESTAMP_OFFSET,
                ItchTradeFlyweight.ORDER_REFERENCE_NUMBER_OFFSET, ItchTradeFlyweight.SIDE_OFFSET, ItchTradeFlyweight.SHARES_OFFSET,
                ItchTradeFlyweight.STOCK_OFFSET, ItchTradeFlyweight.PRICE_OFFSET, ItchTradeFlyweight.MATCH_NUMBER_OFFSET)
                .stream().map(Number::longValue).toList();
        String out = runC(c);
        assertEquals(expected, Arrays.stream(out.trim().split("\\s+")).map(Long::valueOf).toList(), out);
    }

    @Test
    void whatCWritesBigEndianTheFlyweightsRead() throws Exception {
        StringBuilder c = new StringBuilder("int main(int argc, char **argv) {\n  FILE *f = fopen(argv[1], \"wb\");\n");
        for (ItchMessage m : MESSAGES) {
            c.append(cWrite(m));
        }
        c.append("  return fclose(f);\n}\n");
        Path file = dir.resolve("written-by-c.bin");
        runC(c.toString(), file.toString());
        MemorySegment bytes = MemorySegment.ofArray(Files.readAllBytes(file));
        assertEquals(MESSAGES.stream().mapToLong(ItchMessage::length).sum(), bytes.byteSize());
        List<ItchMessage> read = new ArrayList<>();
        for (long at = 0; at < bytes.byteSize(); at += read.getLast().length()) {
            read.add(ItchFlyweights.read(bytes, at, bytes.get(ValueLayout.JAVA_BYTE, at)));
        }
        assertEquals(MESSAGES, read);
    }

    @Test
    void whatTheFlyweightsWriteCReadsBigEndian() throws Exception {
        Path file = dir.resolve("written-by-java.bin");
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            MemorySegment out = arena.allocate(MESSAGES.stream().mapToLong(ItchMessage::length).sum(), 1);
            long at = 0;
            for (ItchMessage m : MESSAGES) {
                ItchFlyweights.write(m, out, at);
                at += m.length();
            }
            Files.write(file, out.toArray(ValueLayout.JAVA_BYTE));
        }
        String c = """
                #define PRINT_HEADER(m) printf("%c %u %u %llu", m.messageType, be16toh(m.stockLocate), \\
                  be16toh(m.trackingNumber), (unsigned long long) get48(m.timestamp))
                #define U64(v) ((unsigned long long) be64toh(v))
                int main(int argc, char **argv) {
                  FILE *f = fopen(argv[1], "rb");
                  struct SystemEvent s; struct AddOrder a; struct OrderExecuted e; struct OrderCancel x;
                  struct OrderDelete d; struct OrderReplace u; struct Trade p;
                  if (fread(&s, sizeof s, 1, f) != 1) return 2;
                  PRINT_HEADER(s); printf(" %c\\n", s.eventCode);
                  if (fread(&a, sizeof a, 1, f) != 1) return 2;
                  PRINT_HEADER(a); printf(" %llu %c %u %.8s %u\\n", U64(a.orderReferenceNumber), a.side, be32toh(a.shares),
                    a.stock, be32toh(a.price));
                  if (fread(&e, sizeof e, 1, f) != 1) return 2;
                  PRINT_HEADER(e); printf(" %llu %u %llu\\n", U64(e.orderReferenceNumber), be32toh(e.executedShares),
                    U64(e.matchNumber));
                  if (fread(&x, sizeof x, 1, f) != 1) return 2;
                  PRINT_HEADER(x); printf(" %llu %u\\n", U64(x.orderReferenceNumber), be32toh(x.cancelledShares));
                  if (fread(&d, sizeof d, 1, f) != 1) return 2;
                  PRINT_HEADER(d); printf(" %llu\\n", U64(d.orderReferenceNumber));
                  if (fread(&u, sizeof u, 1, f) != 1) return 2;
                  PRINT_HEADER(u); printf(" %llu %llu %u %u\\n", U64(u.originalOrderReferenceNumber),
                    U64(u.newOrderReferenceNumber), be32toh(u.shares), be32toh(u.price));
                  if (fread(&p, sizeof p, 1, f) != 1) return 2;
                  PRINT_HEADER(p); printf(" %llu %c %u %.8s %u %llu\\n", U64(p.orderReferenceNumber), p.side, be32toh(p.shares),
                    p.stock, be32toh(p.price), U64(p.matchNumber));
                  return fgetc(f) == EOF ? 0 : 3;
                }
                """;
        List<String> expected = MESSAGES.stream().map(ItchCLayoutTest::printed).toList();
        assertEquals(expected, runC(c, file.toString()).lines().toList());
    }

    /** The line the C reader prints for {@code m}: unsigned decimals, chars, the stock with its spaces. */
    private static String printed(ItchMessage m) {
        String header = String.format(Locale.ROOT, "%c %d %d %d", (char) m.type(), m.stockLocate(), m.trackingNumber(),
                m.timestamp());
        return header + " " + switch (m) {
            case ItchMessage.SystemEvent s -> String.valueOf((char) s.eventCode());
            case ItchMessage.AddOrder a -> String.join(" ", u64(a.orderReferenceNumber()), String.valueOf((char) a.side()),
                    String.valueOf(a.shares()), padded(a.stock()), String.valueOf(a.price()));
            case ItchMessage.OrderExecuted e -> String.join(" ", u64(e.orderReferenceNumber()),
                    String.valueOf(e.executedShares()), u64(e.matchNumber()));
            case ItchMessage.OrderCancel x -> u64(x.orderReferenceNumber()) + " " + x.cancelledShares();
            case ItchMessage.OrderDelete d -> u64(d.orderReferenceNumber());
            case ItchMessage.OrderReplace u -> String.join(" ", u64(u.originalOrderReferenceNumber()),
                    u64(u.newOrderReferenceNumber()), String.valueOf(u.shares()), String.valueOf(u.price()));
            case ItchMessage.Trade p -> String.join(" ", u64(p.orderReferenceNumber()), String.valueOf((char) p.side()),
                    String.valueOf(p.shares()), padded(p.stock()), String.valueOf(p.price()), u64(p.matchNumber()));
        };
    }

    /** C statements that store {@code m} with {@code htobe*} and write it to {@code f}. */
    private static String cWrite(ItchMessage m) {
        String struct = switch (m) {
            case ItchMessage.SystemEvent _ -> "SystemEvent";
            case ItchMessage.AddOrder _ -> "AddOrder";
            case ItchMessage.OrderExecuted _ -> "OrderExecuted";
            case ItchMessage.OrderCancel _ -> "OrderCancel";
            case ItchMessage.OrderDelete _ -> "OrderDelete";
            case ItchMessage.OrderReplace _ -> "OrderReplace";
            case ItchMessage.Trade _ -> "Trade";
        };
        StringBuilder c = new StringBuilder("  {\n    struct ").append(struct).append(" m;\n    memset(&m, 0, sizeof m);\n");
        c.append(String.format(Locale.ROOT, "    m.messageType = '%c'; m.stockLocate = htobe16(%d); m.trackingNumber = htobe16(%d);%n"
                + "    put48(m.timestamp, %dULL);%n", (char) m.type(), m.stockLocate(), m.trackingNumber(), m.timestamp()));
        switch (m) {
            case ItchMessage.SystemEvent s -> c.append(field("eventCode", "'" + (char) s.eventCode() + "'"));
            case ItchMessage.AddOrder a -> c.append(field("orderReferenceNumber", be64(a.orderReferenceNumber())))
                    .append(field("side", "'" + (char) a.side() + "'")).append(field("shares", be32(a.shares())))
                    .append(stock(a.stock())).append(field("price", be32(a.price())));
            case ItchMessage.OrderExecuted e -> c.append(field("orderReferenceNumber", be64(e.orderReferenceNumber())))
                    .append(field("executedShares", be32(e.executedShares())))
                    .append(field("matchNumber", be64(e.matchNumber())));
            case ItchMessage.OrderCancel x -> c.append(field("orderReferenceNumber", be64(x.orderReferenceNumber())))
                    .append(field("cancelledShares", be32(x.cancelledShares())));
            case ItchMessage.OrderDelete d -> c.append(field("orderReferenceNumber", be64(d.orderReferenceNumber())));
            case ItchMessage.OrderReplace u -> c.append(field("originalOrderReferenceNumber",
                    be64(u.originalOrderReferenceNumber()))).append(field("newOrderReferenceNumber",
                    be64(u.newOrderReferenceNumber()))).append(field("shares", be32(u.shares())))
                    .append(field("price", be32(u.price())));
            case ItchMessage.Trade p -> c.append(field("orderReferenceNumber", be64(p.orderReferenceNumber())))
                    .append(field("side", "'" + (char) p.side() + "'")).append(field("shares", be32(p.shares())))
                    .append(stock(p.stock())).append(field("price", be32(p.price())))
                    .append(field("matchNumber", be64(p.matchNumber())));
        }
        return c.append("    if (fwrite(&m, sizeof m, 1, f) != 1) return 2;\n  }\n").toString();
    }

    private static String field(String name, String value) {
        return "    m." + name + " = " + value + ";\n";
    }

    private static String stock(String symbol) {
        return "    memcpy(m.stock, \"" + padded(symbol) + "\", 8);\n";
    }

    private static String be32(long value) {
        return "htobe32(" + value + "U)";
    }

    private static String be64(long value) {
        return "htobe64(" + Long.toUnsignedString(value) + "ULL)";
    }

    private static String u64(long value) {
        return Long.toUnsignedString(value);
    }

    private static String padded(String symbol) {
        return String.format(Locale.ROOT, "%-8s", symbol);
    }

    /** Compiles the structs and {@code body} with the C compiler and runs the program with {@code args}; its output. */
    private String runC(String body, String... args) throws IOException, InterruptedException {
        String compiler = CTools.find("cc", "gcc", "clang").orElse(null);
        assumeTrue(compiler != null, "no C compiler (cc or gcc) on PATH; the wire-format cross-check needs one");
        Path source = dir.resolve("itch.c");
        Files.writeString(source, "#define _DEFAULT_SOURCE\n#include <endian.h>\n#include <stddef.h>\n#include <stdint.h>\n"
                + "#include <stdio.h>\n#include <string.h>\n" + STRUCTS + body, StandardCharsets.UTF_8);
        Path binary = dir.resolve("itch");
        CTools.run(List.of(compiler, "-std=c11", "-Wall", "-Werror", "-o", binary.toString(), source.toString()));
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(List.of(args));
        return CTools.run(command);
    }
}
