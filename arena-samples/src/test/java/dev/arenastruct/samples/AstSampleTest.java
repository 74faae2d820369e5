package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.StaleStructException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AstSampleTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 + 2 * 3;                          | 7
            (1 + 2) * 3;                        | 9
            7 - 2 - 1;                          | 4
            100 / 7 * 7;                        | 98
            -7 / 2;                             | -3
            2 * -3;                             | -6
            --5;                                | 5
            let x = 4; x * x - 1;               | 15
            let x = 1; let x = x + 1; x;        | 2
            let a=1;let b=a+1;b*10;             | 20
            1; 2; 3;                            | 6
            let unused = 42;                    | 0
            9223372036854775807 + 1;            | -9223372036854775808
            let letter = 3; letter;             | 3
            ''                                  | 0
            """)
    void knownProgramsGiveKnownValuesOnTheArenaAndTheHeap(String source, long expected) {
        try (BumpArena arena = AstSample.newArena(source.length())) {
            assertEquals(expected, AstSample.parseAndEvaluateArena(source, arena), "arena");
        }
        assertEquals(expected, AstSample.parseAndEvaluateHeap(source), "heap");
    }

    @Test
    void arenaAndHeapAgreeOnTwoHundredSeededPrograms() {
        try (BumpArena arena = AstSample.newArena(4_000)) {
            for (long seed = 0; seed < 200; seed++) {
                arena.reset();
                String source = ProgramGenerator.generate(seed, 1 + (int) (seed * 37 % 4_000));
                assertEquals(AstSample.parseAndEvaluateHeap(source), AstSample.parseAndEvaluateArena(source, arena),
                        "seed " + seed);
            }
        }
    }

    @Test
    void generatorIsDeterministicAndReachesTheRequestedSize() {
        String program = ProgramGenerator.generate(42, 100_000);
        assertEquals(program, ProgramGenerator.generate(42, 100_000));
        assertTrue(program.length() >= 100_000 && program.length() < 101_000, "length " + program.length());
        assertTrue(program.startsWith("let "), program.substring(0, 40));
    }

    @Test
    void parsingHundredKilobyteFilesRepeatedlyReusesTheSameBlocks() {
        try (BumpArena arena = AstSample.newArena(100_000)) {
            long firstCapacity = -1;
            for (int file = 0; file < 10; file++) {
                arena.reset();
                String source = ProgramGenerator.generate(1000 + file, 100_000);
                ArenaAst ast = ArenaAst.parse(source, arena);
                assertEquals(AstSample.parseAndEvaluateHeap(source), ast.evaluate(), "file " + file);
                assertTrue(ast.nodeCount() > 20_000, "nodes " + ast.nodeCount());
                assertEquals(1, arena.blockCount(), "a 100 KB file fits the capacity hint's one block");
                if (file == 0) {
                    firstCapacity = arena.capacity();
                }
                assertEquals(firstCapacity, arena.capacity(), "file " + file + " reserved more memory");
            }
        }
    }

    @Test
    void theNodeListGrowsInPlaceWhenTheCapacityHintIsTooSmall() {
        try (BumpArena arena = AstSample.newArena(100_000)) {
            String source = "1;".repeat(2_000); // 2 nodes per 2 characters: 4 times the hint
            ArenaAst ast = ArenaAst.parse(source, arena);
            assertEquals(2_000, ast.evaluate());
            assertEquals(4_000, ast.nodeCount());
            assertEquals(ast.listBytes(), arena.allocatedBytes(), "one list, grown in place: nothing abandoned");
            assertEquals(1, arena.blockCount());
        }
    }

    @Test
    void aLargerFileGrowsTheArenaOnceAndLaterFilesReuseTheGrownBlocks() {
        try (BumpArena arena = AstSample.newArena(10_000)) {
            arena.reset();
            AstSample.parseAndEvaluateArena(ProgramGenerator.generate(1, 50_000), arena);
            int blocks = arena.blockCount();
            long capacity = arena.capacity();
            assertTrue(blocks > 1, "blocks " + blocks);
            for (int file = 0; file < 5; file++) {
                arena.reset();
                AstSample.parseAndEvaluateArena(ProgramGenerator.generate(2 + file, 40_000 + file * 2_000), arena);
                assertEquals(blocks, arena.blockCount());
                assertEquals(capacity, arena.capacity());
            }
        }
    }

    @Test
    void aNodeKeptPastTheResetThrowsStaleStructException() {
        try (BumpArena arena = AstSample.newArena(100)) {
            ArenaAst ast = ArenaAst.parse("let x = 1 + 2; x * 3;", arena);
            AstNodeFlyweight first = ast.view(ast.firstStatement());
            assertEquals(NodeKind.LET, first.kind());
            assertEquals(9, ast.evaluate());

            arena.reset();
            StaleStructException e = assertThrows(StaleStructException.class, first::kind);
            assertTrue(e.getMessage().startsWith("AstNode is stale"), e.getMessage());
            assertThrows(StaleStructException.class, ast::evaluate, "the whole tree is stale, not just one view");
        }
    }

    // DEFINE and MAX abbreviate long message tails, to keep the table readable; \n is a newline.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1 +;                   | line 1, column 4 (offset 3): expected an expression but found ';'
            let = 3;               | line 1, column 5 (offset 4): expected a variable name after 'let' but found '='
            let x 3;               | line 1, column 7 (offset 6): expected '=' but found '3'
            1 + 2                  | line 1, column 6 (offset 5): expected ';' but found end of input
            (1 + 2;                | line 1, column 7 (offset 6): expected ')' but found ';'
            x + 1;                 | line 1, column 1 (offset 0): undefined variable 'x'; DEFINE
            let y = y;             | line 1, column 9 (offset 8): undefined variable 'y'; DEFINE
            1 2;                   | line 1, column 3 (offset 2): expected ';' but found '2'
            99999999999999999999;  | line 1, column 1 (offset 0): integer literal out of range (the largest is MAX)
            let a = 1;\\nb $ 2;    | line 2, column 1 (offset 11): undefined variable 'b'; DEFINE
            let a = 1;\\na $ 2;    | line 2, column 3 (offset 13): unexpected character '$'
            """)
    void syntaxErrorsNameLineColumnAndProblemOnTheArenaAndTheHeap(String escapedSource, String abbreviated) {
        String source = escapedSource.replace("\\n", "\n");
        String where = abbreviated.replace("DEFINE", "define it with 'let' before using it")
                .replace("MAX", Long.toString(Long.MAX_VALUE));
        SyntaxException onHeap = assertThrows(SyntaxException.class, () -> AstSample.parseAndEvaluateHeap(source));
        assertEquals("syntax error at " + where, onHeap.getMessage());
        try (BumpArena arena = AstSample.newArena(100)) {
            SyntaxException inArena = assertThrows(SyntaxException.class,
                    () -> AstSample.parseAndEvaluateArena(source, arena));
            assertEquals(onHeap.getMessage(), inArena.getMessage());
            assertEquals(onHeap.position(), inArena.position());
        }
    }

    @Test
    void syntaxExceptionCarriesLineColumnAndOffset() {
        SyntaxException e = assertThrows(SyntaxException.class,
                () -> AstSample.parseAndEvaluateHeap("let a = 1;\nlet b = 2;\n  a + * b;"));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertEquals(28, e.position());
    }

    @Test
    void hostileNestingIsASyntaxErrorNotAStackOverflow() {
        String parentheses = "(".repeat(100_000) + "1" + ")".repeat(100_000) + ";";
        String minuses = "-".repeat(100_000) + "1;";
        String chain = "1" + " - 1".repeat(5_000) + ";";
        for (String source : List.of(parentheses, minuses, chain)) {
            SyntaxException e = assertThrows(SyntaxException.class, () -> AstSample.parseAndEvaluateHeap(source));
            assertTrue(e.getMessage().endsWith("expression nested more than 1000 levels deep"), e.getMessage());
        }
        String deepButAllowed = "(".repeat(999) + "1" + ")".repeat(999) + " + " + "-".repeat(998) + "2;";
        try (BumpArena arena = AstSample.newArena(deepButAllowed.length())) {
            assertEquals(3, AstSample.parseAndEvaluateArena(deepButAllowed, arena));
        }
    }

    @Test
    void divisionByZeroNamesThePositionOfTheDivision() {
        String source = "let z = 0;\n1 + 8 / z;";
        ArithmeticException onHeap = assertThrows(ArithmeticException.class,
                () -> AstSample.parseAndEvaluateHeap(source));
        assertEquals("division by zero at line 2, column 7 (offset 17)", onHeap.getMessage());
        try (BumpArena arena = AstSample.newArena(100)) {
            assertEquals(onHeap.getMessage(), assertThrows(ArithmeticException.class,
                    () -> AstSample.parseAndEvaluateArena(source, arena)).getMessage());
        }
    }

    @Test
    void anArenaIsUsableAgainAfterASyntaxErrorAndAReset() {
        try (BumpArena arena = AstSample.newArena(100)) {
            assertThrows(SyntaxException.class, () -> AstSample.parseAndEvaluateArena("let a = 1; a +", arena));
            arena.reset();
            assertEquals(2, AstSample.parseAndEvaluateArena("let a = 1; a + 1;", arena));
        }
    }

    @Test
    void sampleParsesFiveFilesGrowsOnceAndFreesEachTreeWithOneReset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AstSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "arena: first block 800000 bytes for 100000-byte files",
                "file 0: 100009 bytes, 25731 nodes in 750096 bytes, result 8921412586749632010 (heap: same)",
                "  blocks=1 capacity=800000 allocated=750096 padding=0",
                "file 1: 100031 bytes, 25734 nodes in 750240 bytes, result 487224378155708512 (heap: same)",
                "  blocks=1 capacity=800000 allocated=750240 padding=0",
                "file 2: 160028 bytes, 41253 nodes in 1440288 bytes, result 7160686733101113767 (heap: same)",
                "  blocks=2 capacity=2400000 allocated=1440288 padding=800000",
                "file 3: 100020 bytes, 25933 nodes in 750192 bytes, result 3114311971291790047 (heap: same)",
                "  blocks=2 capacity=2400000 allocated=750192 padding=0",
                "file 4: 100006 bytes, 25705 nodes in 750072 bytes, result -1521617793646384261 (heap: same)",
                "  blocks=2 capacity=2400000 allocated=750072 padding=0",
                "after 5 files: ArenaStats[allocatedBytes=750072, paddingBytes=0, capacity=2400000, "
                        + "highWaterMark=2240288, blockCount=2, limit=9223372036854775807]",
                "a node kept from file 0 throws StaleStructException"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
