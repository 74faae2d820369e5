package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.arenastruct.processor.DeclarationFuzzer.Case;
import dev.arenastruct.processor.DeclarationFuzzer.Expected;
import dev.arenastruct.processor.model.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles thousands of generated struct declarations, malformed and borderline, and checks that
 * the processor never crashes javac, reports every malformed one on the right line with its tag,
 * and that every valid one compiles without warnings to a flyweight whose layout the JDK accepts
 * and matches the C rules (packed ones at the running sum), every multi-byte member of its {@code
 * LAYOUT} in the declared byte order.
 *
 * <p>Reproducible from its seed. The default size runs in CI; a longer run is
 * {@code ./mvn25 -pl arena-processor -am verify -Dtest=ProcessorFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Darenastruct.fuzz.inputs=50000} (and {@code -Darenastruct.fuzz.seed=N} for another sequence).
 */
class ProcessorFuzzTest {
    private static final long SEED = Long.getLong("arenastruct.fuzz.seed", 20_251_121L);
    private static final int INPUTS = Integer.getInteger("arenastruct.fuzz.inputs", 2000);
    /** Files per javac run: each case is its own package, so errors stay attributable to their file. */
    private static final int BATCH = 100;

    private static final Pattern CONSTANT = Pattern.compile("public static final long ([^\\s=]+) = (-?\\d+)L;",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Counts reported at the end: inputs by category, errors checked. */
    private final Map<String, Integer> byCategory = new TreeMap<>();
    private int malformed;
    private int valid;
    private int errorsChecked;
    private int layoutsChecked;
    private int byteOrdersChecked;
    private int probesRejected;

    @Test
    void hostileAndBorderlineDeclarationsNeverCrashTheProcessorAndAreReportedWhereTheyAre() {
        DeclarationFuzzer fuzzer = new DeclarationFuzzer(SEED);
        int validInputs = INPUTS / 5; // valid ones cost more: their generated code is compiled and loaded
        for (int done = 0; done < INPUTS; ) {
            boolean validBatch = done >= INPUTS - validInputs; // malformed first: they are quicker to fail
            int size = Math.min(BATCH, (validBatch ? INPUTS : INPUTS - validInputs) - done);
            List<Case> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(fuzzer.next(validBatch));
            }
            if (validBatch) {
                checkValid(batch);
            } else {
                checkMalformed(batch);
            }
            done += size;
        }
        System.out.printf("ProcessorFuzzTest seed=%d inputs=%d: %d malformed, %d valid; %d errors checked on their"
                        + " lines, %d layouts checked against the C rules and the JDK (%d value members' byte order),"
                        + " %d probes rejected; by category %s%n",
                SEED, INPUTS, malformed, valid, errorsChecked, layoutsChecked, byteOrdersChecked, probesRejected, byCategory);
        assertWithMessage("every input is one or the other").that(malformed + valid).isEqualTo(INPUTS);
    }

    // ---------------------------------------------------------------- valid inputs

    /** All valid: compiles without a single diagnostic, and each struct's layout is the expected one. */
    private void checkValid(List<Case> batch) {
        Compilation compilation = compile(batch, false, new ArrayList<>());
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                Case owner = owner(batch, d);
                throw new AssertionError("valid input got " + d.getKind() + " " + describe(d) + "\n"
                        + (owner == null ? "" : owner) + generated(compilation, owner));
            }
        }
        ClassLoader loader = new GeneratedClassLoader(compilation);
        for (Case c : batch) {
            count(c);
            valid++;
            assertWithMessage("valid case %s", c).that(c.layouts).isNotEmpty();
            for (Map.Entry<String, Expected> struct : c.layouts.entrySet()) {
                checkLayout(c, compilation, loader, struct.getKey(), struct.getValue());
            }
        }
    }

    private void checkLayout(Case c, Compilation compilation, ClassLoader loader, String flyweight, Expected expected) {
        String qualified = c.packageName + "." + flyweight;
        String source = compilation.generatedSourceFile(qualified).map(ProcessorFuzzTest::content)
                .orElseThrow(() -> new AssertionError("no " + qualified + " generated for " + c));
        Map<String, Long> constants = new HashMap<>();
        Matcher m = CONSTANT.matcher(source);
        while (m.find()) {
            constants.put(m.group(1), Long.parseLong(m.group(2)));
        }
        String context = qualified + " of " + c.packageName;
        for (String name : expected.offsets().keySet()) {
            if (!constants.containsKey(Names.offsetConstant(name))) {
                throw new AssertionError("no " + Names.offsetConstant(name) + " in " + context + "\n" + source);
            }
        }
        assertWithMessage("BYTE_SIZE of %s", context).that(BigInteger.valueOf(constants.get("BYTE_SIZE")))
                .isEqualTo(expected.byteSize());
        assertWithMessage("BYTE_ALIGNMENT of %s", context).that(constants.get("BYTE_ALIGNMENT"))
                .isEqualTo(expected.byteAlignment());
        for (Map.Entry<String, BigInteger> field : expected.offsets().entrySet()) {
            assertWithMessage("offset of %s in %s", field.getKey(), context)
                    .that(BigInteger.valueOf(constants.get(Names.offsetConstant(field.getKey()))))
                    .isEqualTo(field.getValue());
        }
        // The JDK re-checks every member's size, offset and alignment when the layout is built.
        StructLayout layout;
        try {
            layout = (StructLayout) Class.forName(qualified, true, loader).getField("LAYOUT").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AssertionError("LAYOUT of " + context + " failed: " + e, e);
        }
        assertWithMessage("LAYOUT.byteSize() of %s", context).that(BigInteger.valueOf(layout.byteSize()))
                .isEqualTo(expected.byteSize());
        assertWithMessage("LAYOUT.byteAlignment() of %s", context).that(layout.byteAlignment())
                .isEqualTo(expected.byteAlignment());
        for (Map.Entry<String, BigInteger> field : expected.offsets().entrySet()) {
            assertWithMessage("LAYOUT offset of %s in %s", field.getKey(), context)
                    .that(BigInteger.valueOf(layout.byteOffset(MemoryLayout.PathElement.groupElement(field.getKey()))))
                    .isEqualTo(field.getValue());
        }
        // Every multi-byte value, array elements included, in the declared byte order.
        ByteOrder order = switch (expected.endian()) {
            case "BIG" -> ByteOrder.BIG_ENDIAN;
            case "LITTLE" -> ByteOrder.LITTLE_ENDIAN;
            default -> ByteOrder.nativeOrder();
        };
        for (MemoryLayout member : layout.memberLayouts()) {
            MemoryLayout value = member instanceof SequenceLayout sequence ? sequence.elementLayout() : member;
            if (value instanceof ValueLayout v && v.byteSize() > 1) {
                assertWithMessage("byte order of LAYOUT member %s in %s", member, context).that(v.order()).isEqualTo(order);
                byteOrdersChecked++;
            }
        }
        layoutsChecked++;
    }

    // ---------------------------------------------------------------- malformed inputs

    /**
     * Each case gets an error on every required line, processor errors only on the lines and with
     * the tags its generator allows, no internal error, and no diagnostic at all in generated code.
     */
    private void checkMalformed(List<Case> batch) {
        List<String> created = new ArrayList<>();
        Compilation compilation = compile(batch, true, created);
        Map<Case, List<Diagnostic<? extends JavaFileObject>>> errors = new HashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(null);
            Case owner = owner(batch, d);
            if (message.contains("[ArenaStruct/" + Message.INTERNAL_ERROR.tag() + "]")) {
                throw new AssertionError("processor crashed: " + describe(d) + "\n" + owner);
            }
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                assertWithMessage("%s in generated code %s", d.getKind(), describe(d)).that(
                        d.getSource() == null || owner == null || isCaseFile(owner, d)).isTrue();
                continue;
            }
            if (owner == null || !isCaseFile(owner, d)) {
                throw new AssertionError("error outside the input files (generated code?): " + describe(d) + "\n"
                        + (owner == null ? "" : owner + generated(compilation, owner)));
            }
            errors.computeIfAbsent(owner, k -> new ArrayList<>()).add(d);
        }
        for (Case c : batch) {
            count(c);
            List<Diagnostic<? extends JavaFileObject>> found = errors.getOrDefault(c, List.of());
            if (c.eitherCleanOrRejected && found.isEmpty()) {
                valid++;
                for (String flyweight : c.layouts.keySet()) {
                    assertWithMessage("probe compiled clean but generated no %s: %s", flyweight, c)
                            .that(created).contains(c.packageName + "." + flyweight);
                }
                continue;
            }
            malformed++;
            if (c.eitherCleanOrRejected) {
                probesRejected++;
            } else {
                assertWithMessage("malformed case has a required line: %s", c).that(c.required).isNotEmpty();
            }
            for (Diagnostic<? extends JavaFileObject> d : found) {
                String message = d.getMessage(null);
                int line = (int) d.getLineNumber();
                boolean tagged = message.contains("[ArenaStruct/");
                boolean allowed = c.allowed.getOrDefault(line, java.util.Set.of()).stream().anyMatch(tag ->
                        tag.equals(DeclarationFuzzer.JAVAC) ? !tagged : message.contains("[ArenaStruct/" + tag + "]"));
                if (!allowed && !(c.javacErrorsAnywhere && !tagged)) {
                    throw new AssertionError("unexpected error " + describe(d) + "\n" + c);
                }
            }
            for (int line : c.required) {
                boolean hit = found.stream().anyMatch(d -> d.getLineNumber() == line);
                if (!hit) {
                    throw new AssertionError("no error on line " + line + ", expected one of " + c.allowed.get(line)
                            + "; errors were " + found.stream().map(ProcessorFuzzTest::describe).toList() + "\n" + c);
                }
                errorsChecked++;
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private void count(Case c) {
        byCategory.merge(c.category, 1, Integer::sum);
    }

    /**
     * Compiles the batch with every lint warning on. Malformed batches keep going after errors
     * (to the flow phase), so that code generated for their valid structs is checked as well.
     */
    private static Compilation compile(List<Case> batch, boolean keepGoing, List<String> created) {
        List<String> options = new ArrayList<>(List.of("-Xlint:all,-auxiliaryclass", "-Xmaxerrs", "100000", "-Xmaxwarns",
                "100000"));
        if (keepGoing) {
            options.add("-XDshould-stop.ifError=FLOW");
        }
        try {
            return javac().withProcessors(StructCompiler.recordingFiler(new ArenaStructProcessor(), created))
                    .withOptions(options)
                    .compile(batch.stream().map(Case::file).toList());
        } catch (RuntimeException crash) { // compile-testing rethrows what escaped a processor
            throw new AssertionError("javac or the processor crashed on the batch starting " + batch.getFirst(), crash);
        }
    }

    private static Case owner(List<Case> batch, Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return null;
        }
        String path = "/" + d.getSource().toUri().getPath();
        for (Case c : batch) {
            if (path.contains("/" + c.packageName + "/")) {
                return c;
            }
        }
        return null;
    }

    private static boolean isCaseFile(Case c, Diagnostic<? extends JavaFileObject> d) {
        return ("/" + d.getSource().toUri().getPath()).endsWith("/" + c.packageName + "/Decl.java");
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        return (d.getSource() == null ? "(no file)" : d.getSource().toUri().getPath()) + ":" + d.getLineNumber() + ": "
                + d.getMessage(null);
    }

    private static String generated(Compilation compilation, Case c) {
        if (c == null) {
            return "";
        }
        if (compilation.status() != Compilation.Status.SUCCESS) {
            return ""; // compile-testing keeps no generated files of a failed compilation
        }
        StringBuilder out = new StringBuilder();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (("/" + file.toUri().getPath()).contains("/" + c.packageName + "/")) {
                out.append("--- ").append(file.toUri().getPath()).append('\n').append(content(file));
            }
        }
        return out.toString();
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
