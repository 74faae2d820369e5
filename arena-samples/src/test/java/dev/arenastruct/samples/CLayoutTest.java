package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the same structs with the platform's C compiler and compares {@code offsetof},
 * {@code sizeof} and {@code _Alignof} with the generated constants: the layout promise is
 * "byte-for-byte the C struct", so C is the judge.
 */
class CLayoutTest {
    @TempDir
    Path dir;

    @Test
    void tradeEventMatchesTheCCompiler() throws Exception {
        String c = """
                struct TradeEvent { int64_t id; double price; int32_t quantity; };
                int main(void) {
                  printf("%zu %zu %zu %zu %zu\\n", sizeof(struct TradeEvent), _Alignof(struct TradeEvent),
                    offsetof(struct TradeEvent, id), offsetof(struct TradeEvent, price),
                    offsetof(struct TradeEvent, quantity));
                  return 0;
                }
                """;
        assertEquals(List.of(TradeEventFlyweight.BYTE_SIZE, TradeEventFlyweight.BYTE_ALIGNMENT,
                TradeEventFlyweight.ID_OFFSET, TradeEventFlyweight.PRICE_OFFSET, TradeEventFlyweight.QUANTITY_OFFSET),
                runC(c));
    }

    @Test
    void everyPrimitiveWithPaddingMatchesTheCCompiler() throws Exception {
        String c = """
                struct P { int8_t b; bool flag; int16_t s; uint16_t c; int32_t i; float f; int64_t l; double d;
                           int8_t tail; };
                int main(void) {
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n", sizeof(struct P), _Alignof(struct P),
                    offsetof(struct P, b), offsetof(struct P, flag), offsetof(struct P, s), offsetof(struct P, c),
                    offsetof(struct P, i), offsetof(struct P, f), offsetof(struct P, l), offsetof(struct P, d),
                    offsetof(struct P, tail));
                  return 0;
                }
                """;
        assertEquals(List.of(AllPrimitivesFlyweight.BYTE_SIZE, AllPrimitivesFlyweight.BYTE_ALIGNMENT,
                AllPrimitivesFlyweight.B_OFFSET, AllPrimitivesFlyweight.FLAG_OFFSET, AllPrimitivesFlyweight.S_OFFSET,
                AllPrimitivesFlyweight.C_OFFSET, AllPrimitivesFlyweight.I_OFFSET, AllPrimitivesFlyweight.F_OFFSET,
                AllPrimitivesFlyweight.L_OFFSET, AllPrimitivesFlyweight.D_OFFSET, AllPrimitivesFlyweight.TAIL_OFFSET),
                runC(c));
    }

    @Test
    void nestedStructsArraysEnumsTextAndAlignmentMatchTheCCompiler() throws Exception {
        String c = """
                struct Price { int64_t mantissa; int8_t exponent; };
                struct Level { struct Price price; int64_t quantity; int32_t orders; };
                struct BookSnapshot { char symbol[8]; int64_t sequence; uint8_t lastTradeSide;
                                      struct Level bids[10]; struct Level asks[10]; } __attribute__((aligned(64)));
                int main(void) {
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n",
                    sizeof(struct Price), sizeof(struct Level), _Alignof(struct Level), offsetof(struct Level, quantity),
                    sizeof(struct BookSnapshot), _Alignof(struct BookSnapshot),
                    offsetof(struct BookSnapshot, sequence), offsetof(struct BookSnapshot, lastTradeSide),
                    offsetof(struct BookSnapshot, bids), offsetof(struct BookSnapshot, asks),
                    offsetof(struct BookSnapshot, asks[3].price.exponent));
                  return 0;
                }
                """;
        assertEquals(List.of(PriceFlyweight.BYTE_SIZE, LevelFlyweight.BYTE_SIZE, LevelFlyweight.BYTE_ALIGNMENT,
                LevelFlyweight.QUANTITY_OFFSET, BookSnapshotFlyweight.BYTE_SIZE, BookSnapshotFlyweight.BYTE_ALIGNMENT,
                BookSnapshotFlyweight.SEQUENCE_OFFSET, BookSnapshotFlyweight.LAST_TRADE_SIDE_OFFSET,
                BookSnapshotFlyweight.BIDS_OFFSET, BookSnapshotFlyweight.ASKS_OFFSET,
                BookSnapshotFlyweight.ASKS_OFFSET + 3 * LevelFlyweight.BYTE_SIZE + LevelFlyweight.PRICE_OFFSET
                        + PriceFlyweight.EXPONENT_OFFSET),
                runC(c));
    }

    @Test
    void everyArrayKindMatchesTheCCompiler() throws Exception {
        String c = """
                struct Price { int64_t mantissa; int8_t exponent; };
                struct Kinds { int8_t bytes[3]; bool flags[3]; int16_t shorts[3]; uint16_t chars[3]; int32_t ints[3];
                               float floats[3]; int64_t longs[3]; double doubles[3]; uint8_t side; uint8_t sides[2];
                               struct Price price; struct Price prices[2]; char code[6]; };
                int main(void) {
                  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\\n",
                    sizeof(struct Kinds), _Alignof(struct Kinds), offsetof(struct Kinds, bytes),
                    offsetof(struct Kinds, flags), offsetof(struct Kinds, shorts), offsetof(struct Kinds, chars),
                    offsetof(struct Kinds, ints), offsetof(struct Kinds, floats), offsetof(struct Kinds, longs),
                    offsetof(struct Kinds, doubles), offsetof(struct Kinds, side), offsetof(struct Kinds, sides),
                    offsetof(struct Kinds, price), offsetof(struct Kinds, prices), offsetof(struct Kinds, code));
                  return 0;
                }
                """;
        assertEquals(List.of(KindsFlyweight.BYTE_SIZE, KindsFlyweight.BYTE_ALIGNMENT, KindsFlyweight.BYTES_OFFSET,
                KindsFlyweight.FLAGS_OFFSET, KindsFlyweight.SHORTS_OFFSET, KindsFlyweight.CHARS_OFFSET,
                KindsFlyweight.INTS_OFFSET, KindsFlyweight.FLOATS_OFFSET, KindsFlyweight.LONGS_OFFSET,
                KindsFlyweight.DOUBLES_OFFSET, KindsFlyweight.SIDE_OFFSET, KindsFlyweight.SIDES_OFFSET,
                KindsFlyweight.PRICE_OFFSET, KindsFlyweight.PRICES_OFFSET, KindsFlyweight.CODE_OFFSET),
                runC(c));
    }

    @Test
    void compactOrderMatchesTheCStructDeclaredInMemoryOrder() throws Exception {
        String c = """
                struct Compact { double price; int64_t id; int16_t count; int8_t flag; };
                int main(void) {
                  printf("%zu %zu %zu %zu %zu %zu\\n", sizeof(struct Compact), _Alignof(struct Compact),
                    offsetof(struct Compact, price), offsetof(struct Compact, id), offsetof(struct Compact, count),
                    offsetof(struct Compact, flag));
                  return 0;
                }
                """;
        assertEquals(List.of(CompactFlyweight.BYTE_SIZE, CompactFlyweight.BYTE_ALIGNMENT, CompactFlyweight.PRICE_OFFSET,
                CompactFlyweight.ID_OFFSET, CompactFlyweight.COUNT_OFFSET, CompactFlyweight.FLAG_OFFSET), runC(c));
    }

    /** Compiles and runs a C program (after the standard headers) and parses the numbers it prints. */
    private List<Long> runC(String body) throws IOException, InterruptedException {
        String compiler = CTools.find("cc", "gcc", "clang").orElse(null);
        assumeTrue(compiler != null, "no C compiler (cc or gcc) on PATH; the layout cross-check needs one");
        Path source = dir.resolve("layout.c");
        Files.writeString(source, "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n"
                + "#include <stdio.h>\n" + body, StandardCharsets.UTF_8);
        Path binary = dir.resolve("layout");
        CTools.run(List.of(compiler, "-std=c11", "-o", binary.toString(), source.toString()));
        String out = CTools.run(List.of(binary.toString()));
        return Arrays.stream(out.trim().split(" ")).map(Long::valueOf).toList();
    }
}
