package dev.arenastruct.processor;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.arenastruct.BumpArena;
import dev.arenastruct.processor.RandomStructs.ArrayKind;
import dev.arenastruct.processor.RandomStructs.Batch;
import dev.arenastruct.processor.RandomStructs.EnumDecl;
import dev.arenastruct.processor.RandomStructs.FieldDecl;
import dev.arenastruct.processor.RandomStructs.Kind;
import dev.arenastruct.processor.RandomStructs.PrimKind;
import dev.arenastruct.processor.RandomStructs.StructDecl;
import dev.arenastruct.processor.RandomStructs.StructKind;
import dev.arenastruct.processor.RandomStructs.TextKind;
import dev.arenastruct.processor.RandomStructs.UnsignedKind;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout correctness by property: thousands of random {@code @ArenaStruct} declarations (every
 * primitive, enums stored in one and two bytes, structs nested several levels deep, arrays of
 * primitives, enums and structs, text, over-alignment, compact order; and the wire formats: packed,
 * big- and little-endian structs, {@code @Unsigned} integers of 1 to 8 bytes, coded enums with and
 * without an {@code @UnknownCode} constant, enums widened by {@code @Unsigned}, space-padded text)
 * compiled with the real processor, then checked three ways:
 *
 * <ol>
 *   <li>statically: every generated constant and {@code LAYOUT} agree with each other, fields are
 *       aligned, inside the struct and never overlap, and all equal an independent model of the C
 *       rules ({@link RandomStructs}); every value member of {@code LAYOUT} has the struct's byte
 *       order, odd-width integers are byte sequences;
 *   <li>dynamically: each struct is allocated in a {@link BumpArena}, every field, array element,
 *       nested field and text is written with a random value (unsigned ones often at the edges of
 *       their range) in one order and then the other, and everything reads back as written, and the
 *       raw memory at the model's offsets equals, byte for byte, what a reference encoder ({@link
 *       ByteBuffer} in the declared order) makes of the values, padding staying zero: a write through
 *       one field never changes another. The static accessors do the same at an offset 1..7 bytes
 *       past an aligned address (they check bounds, not alignment). Then what must be refused is:
 *       every out-of-range value of an unsigned field, and the {@code @UnknownCode} constant, throw {@code
 *       IllegalArgumentException} and write nothing; a code no constant has reads as the {@code
 *       @UnknownCode} constant, or throws {@code IllegalStateException};
 *   <li>against gcc: the same structs declared in C, {@code sizeof}, {@code _Alignof} and the
 *       {@code offsetof} of every field, array element and nested field compared with the
 *       generated constants (packed structs as {@code __attribute__((packed))}, integers of odd
 *       width as {@code uint8_t x[B]}).
 * </ol>
 *
 * <p>Sizes: {@value #STRUCTS} (default {@value #DEFAULT_STRUCTS} random structs, as CI runs it) and
 * {@value #SEED} (a number, or {@code random}; the default is fixed, so CI checks the same structs
 * every time) are system properties that the pom passes to the test JVM. A failure prints the seed,
 * the failing declaration in Java and C, and the command that reproduces it. A long run, with fresh
 * random structs (add {@code -Dtest=LayoutPropertyTest -Dsurefire.failIfNoSpecifiedTests=false} to
 * run this test alone):
 *
 * <pre>
 * ./mvn25 -pl arena-processor -am verify -Darenastruct.property.structs=20000 -Darenastruct.property.seed=random
 * </pre>
 *
 * gcc must be on the {@code PATH}: the test fails, not skips, without it.
 */
class LayoutPropertyTest {
    static final String STRUCTS = "arenastruct.property.structs";
    static final String SEED = "arenastruct.property.seed";
    static final int DEFAULT_STRUCTS = 1500;
    static final long DEFAULT_SEED = 20251121L;
    /** Structs per javac (and gcc) run. */
    static final int BATCH_SIZE = 100;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    private final Stats stats = new Stats();
    private long seed;
    private int structCount;

    @Test
    void randomStructsHaveTheCLayoutAndNoFieldWriteChangesAnother() throws Exception {
        structCount = intProperty(STRUCTS, DEFAULT_STRUCTS);
        seed = seedProperty();
        String gcc = requireGcc();
        System.out.printf(Locale.ROOT, "LayoutPropertyTest: %d random structs, seed %d%n", structCount, seed);
        SplittableRandom batchSeeds = new SplittableRandom(seed);
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b * BATCH_SIZE < structCount; b++) {
            batches.add(RandomStructs.batch(b, batchSeeds.nextLong(), Math.min(BATCH_SIZE, structCount - b * BATCH_SIZE)));
        }
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        // javac, the slowest part, compiles the next batch while this thread checks the current one.
        ExecutorService javac = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "LayoutPropertyTest-javac");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ClassLoader> next = javac.submit(() -> compile(batches.getFirst()));
            for (int b = 0; b < batches.size(); b++) {
                long waitStart = System.nanoTime();
                ClassLoader loader = await(next);
                stats.javacWaitNanos += System.nanoTime() - waitStart;
                if (b + 1 < batches.size()) {
                    Batch following = batches.get(b + 1);
                    next = javac.submit(() -> compile(following));
                }
                checkBatch(batches.get(b), loader, gcc);
            }
        } finally {
            javac.shutdownNow();
        }
        System.out.println("LayoutPropertyTest: " + stats.summary((System.nanoTime() - start) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000));
        if (structCount >= 1000) {
            stats.assertCoverage();
        }
    }

    private static ClassLoader await(Future<ClassLoader> compiled) throws Exception {
        try {
            return compiled.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void checkBatch(Batch batch, ClassLoader loader, String gcc) throws Exception {
        long t1 = System.nanoTime();
        List<CheckedValue> cValues = new ArrayList<>();
        try (BumpArena arena = BumpArena.ofCapacity(1 << 20)) {
            for (StructDecl struct : batch.structs()) {
                try {
                    Class<?> flyweight = loader.loadClass(RandomStructs.PACKAGE + "." + struct.flyweightName());
                    checkStatic(struct, flyweight, loader);
                    List<Node> nodes = new ArrayList<>();
                    collect(struct, flyweight, loader, List.of(), 0, 0, "", nodes);
                    for (Node node : nodes) {
                        if (node.modelOffset() != node.constOffset()) {
                            fail("offset of " + node.cPath() + " is " + node.constOffset() + " by the generated constants,"
                                    + " but " + node.modelOffset() + " by the C rules");
                        }
                    }
                    checkDynamic(struct, flyweight, loader, nodes, arena, new SplittableRandom(batch.seed() ^ struct.name.hashCode()));
                    arena.reset();
                    addCValues(struct, flyweight, nodes, cValues);
                    stats.count(struct, nodes);
                } catch (AssertionError | Exception e) {
                    throw new AssertionError(context(batch, struct) + e, e);
                }
            }
        }
        long t2 = System.nanoTime();
        checkWithGcc(batch, gcc, cValues);
        long t3 = System.nanoTime();
        stats.runNanos += t2 - t1;
        stats.gccNanos += t3 - t2;
    }

    // ---- compiling and loading ----

    private ClassLoader compile(Batch batch) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return compileAndLoad(batch);
        } finally {
            stats.javacCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    private ClassLoader compileAndLoad(Batch batch) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (EnumDecl e : batch.enums()) {
            sources.add(JavaFileObjects.forSourceString(RandomStructs.PACKAGE + "." + e.name(), e.javaSource()));
        }
        for (StructDecl s : batch.structs()) {
            sources.add(JavaFileObjects.forSourceString(RandomStructs.PACKAGE + "." + s.name, s.javaSource()));
        }
        Compilation compilation = StructCompiler.compile(sources.toArray(JavaFileObject[]::new));
        List<Diagnostic<? extends JavaFileObject>> problems = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .collect(Collectors.toList());
        if (compilation.status() != Compilation.Status.SUCCESS || !problems.isEmpty()) {
            StringBuilder message = new StringBuilder(reproduce() + "batch " + batch.index()
                    + " did not compile cleanly:\n");
            for (Diagnostic<? extends JavaFileObject> d : problems) {
                message.append(d).append('\n');
                String source = d.getSource() == null ? null : d.getSource().getName();
                batch.structs().stream().filter(s -> source != null && source.endsWith("/" + s.name + ".java"))
                        .findFirst().ifPresent(s -> message.append(declarations(s)));
            }
            fail(message.toString());
        }
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String binaryName = path.substring(path.indexOf("/" + RandomStructs.PACKAGE + "/") + 1,
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(binaryName, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        for (StructDecl s : batch.structs()) {
            assertTrue(classes.containsKey(RandomStructs.PACKAGE + "." + s.flyweightName()),
                    () -> reproduce() + "no flyweight generated for\n" + declarations(s));
        }
        return new BytesClassLoader(classes, LayoutPropertyTest.class.getClassLoader());
    }

    /** Loads the classes of one compilation from memory. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    // ---- 1. static properties ----

    private void checkStatic(StructDecl struct, Class<?> flyweight, ClassLoader loader) throws Exception {
        long size = longConstant(flyweight, "BYTE_SIZE");
        long align = longConstant(flyweight, "BYTE_ALIGNMENT");
        assertTrue(align > 0 && Long.bitCount(align) == 1, "BYTE_ALIGNMENT " + align + " is not a power of two");
        assertEquals(0, size % align, "BYTE_SIZE " + size + " is not a multiple of BYTE_ALIGNMENT " + align);
        StructLayout layout = (StructLayout) flyweight.getField("LAYOUT").get(null);
        assertEquals(size, layout.byteSize(), "LAYOUT.byteSize() vs BYTE_SIZE");
        assertEquals(align, layout.byteAlignment(), "LAYOUT.byteAlignment() vs BYTE_ALIGNMENT");

        long largest = Math.max(1, struct.declaredAlignment);
        long[][] ranges = new long[struct.fields.size()][];
        for (int i = 0; i < struct.fields.size(); i++) {
            FieldDecl field = struct.fields.get(i);
            long offset = longConstant(flyweight, field.offsetConstant());
            long fieldSize = generatedSize(field.kind(), loader);
            long fieldAlign = struct.packed ? 1 : generatedAlign(field.kind(), loader);
            largest = Math.max(largest, fieldAlign);
            assertEquals(0, offset % fieldAlign, field.name() + " at " + offset + " is not aligned to " + fieldAlign);
            assertTrue(offset >= 0 && offset + fieldSize <= size, field.name() + " at " + offset + " size " + fieldSize
                    + " is not inside the struct of BYTE_SIZE " + size);
            assertEquals(offset, layout.byteOffset(groupElement(field.name())), "LAYOUT offset of " + field.name());
            MemoryLayout member = layout.select(groupElement(field.name()));
            assertEquals(fieldSize, member.byteSize(), "LAYOUT size of " + field.name());
            assertEquals(fieldAlign, member.byteAlignment(), "LAYOUT alignment of " + field.name());
            checkMemberLayout(struct, field.name(), field.kind(), member);
            int length = switch (field.kind()) {
                case ArrayKind array -> array.length();
                case TextKind text -> text.length();
                default -> 0;
            };
            if (length > 0) {
                assertEquals(length, flyweight.getField(field.lengthConstant()).getInt(null), field.lengthConstant());
            } else {
                assertTrue(Arrays.stream(flyweight.getFields()).noneMatch(f -> f.getName().equals(field.lengthConstant())),
                        "a length constant for a field that is no array: " + field.lengthConstant());
            }
            assertEquals(struct.offset(field), offset, "offset of " + field.name() + " vs the C rules");
            ranges[i] = new long[] {offset, offset + fieldSize, i};
        }
        assertEquals(largest, align, "BYTE_ALIGNMENT vs the largest of the declared and every field's alignment");
        Arrays.sort(ranges, (x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < ranges.length; i++) {
            long[] before = ranges[i - 1];
            long[] after = ranges[i];
            assertTrue(before[1] <= after[0], struct.fields.get((int) before[2]).name() + " [" + before[0] + ", "
                    + before[1] + ") overlaps " + struct.fields.get((int) after[2]).name() + " at " + after[0]);
        }
        if (!struct.compact) {
            for (int i = 1; i < struct.fields.size(); i++) {
                FieldDecl previous = struct.fields.get(i - 1);
                FieldDecl field = struct.fields.get(i);
                assertTrue(longConstant(flyweight, previous.offsetConstant()) < longConstant(flyweight, field.offsetConstant()),
                        "declared order: " + previous.name() + " is not before " + field.name());
            }
        }
        assertEquals(struct.size(), size, "BYTE_SIZE vs the C rules");
        assertEquals(struct.align(), align, "BYTE_ALIGNMENT vs the C rules");
    }

    /**
     * A value member of {@code LAYOUT} (or an array's element) in the struct's byte order, as a value
     * layout of its width; an integer of odd width as that many bytes; text as bytes; and in a packed
     * struct aligned to 1, so that {@code LAYOUT.varHandle(...)} reads what the accessors write.
     */
    private static void checkMemberLayout(StructDecl struct, String what, Kind kind, MemoryLayout member) {
        switch (kind) {
            case ArrayKind array -> {
                assertTrue(member instanceof SequenceLayout, "LAYOUT member " + what + " is no sequence: " + member);
                SequenceLayout sequence = (SequenceLayout) member;
                assertEquals(array.length(), sequence.elementCount(), "LAYOUT element count of " + what);
                checkMemberLayout(struct, what + "[]", array.element(), sequence.elementLayout());
            }
            case TextKind text -> assertBytes(what, member, text.length());
            case UnsignedKind u when u.oddWidth() -> assertBytes(what, member, u.bytes());
            case StructKind nested -> assertEquals(nested.size(), member.byteSize(), "LAYOUT size of " + what);
            default -> {
                assertTrue(member instanceof ValueLayout, "LAYOUT member " + what + " is no value layout: " + member);
                ValueLayout value = (ValueLayout) member;
                assertEquals(kind.size(), value.byteSize(), "LAYOUT size of " + what);
                if (kind.size() > 1) {
                    assertEquals(struct.order(), value.order(), "LAYOUT byte order of " + what + " (" + value + ")");
                }
                assertEquals(struct.packed ? 1 : kind.align(), value.byteAlignment(), "LAYOUT alignment of " + what);
            }
        }
    }

    private static void assertBytes(String what, MemoryLayout member, long count) {
        assertTrue(member instanceof SequenceLayout sequence && sequence.elementCount() == count
                && sequence.elementLayout().byteSize() == 1, "LAYOUT member " + what + " is not " + count + " bytes: " + member);
    }

    /** A field's size as the generated code has it: nested structs by their flyweight's {@code BYTE_SIZE}. */
    private static long generatedSize(Kind kind, ClassLoader loader) throws Exception {
        return switch (kind) {
            case StructKind nested -> longConstant(flyweightOf(nested.struct(), loader), "BYTE_SIZE");
            case ArrayKind array -> array.length() * generatedSize(array.element(), loader);
            default -> kind.size();
        };
    }

    private static long generatedAlign(Kind kind, ClassLoader loader) throws Exception {
        return switch (kind) {
            case StructKind nested -> longConstant(flyweightOf(nested.struct(), loader), "BYTE_ALIGNMENT");
            case ArrayKind array -> generatedAlign(array.element(), loader);
            default -> kind.align();
        };
    }

    // ---- the fields, array elements and nested fields of a struct ----

    /** One step from a flyweight to a nested one: {@code price()} or {@code levels(3)}. */
    private record Step(Method getter, int index) {
        Object apply(Object flyweight) throws Exception {
            return index < 0 ? invoke(getter, flyweight) : invoke(getter, flyweight, index);
        }
    }

    /**
     * A field, array element or nested field: where it is by the model and by the generated
     * constants, and for values (primitives, enums, text) how to read and write it.
     *
     * @param value the value kind (a {@link PrimKind}, {@link EnumDecl} or {@link TextKind}), null for structs and arrays
     * @param index the array index, or -1
     * @param staticGetter the generated {@code name(MemorySegment, long[, int])}, for top-level values
     */
    private record Node(String cPath, long modelOffset, long constOffset, List<Step> path, Kind value, int index,
            Method getter, Method setter, Method staticGetter, Method staticSetter, Class<?> enumClass) {
        boolean isValue() {
            return value != null;
        }

        long size() {
            return value.size();
        }

        Object target(Object root) throws Exception {
            Object at = root;
            for (Step step : path) {
                at = step.apply(at);
            }
            return at;
        }
    }

    /**
     * The flyweight a node is read or written through, fetched again whenever the path differs from
     * the previous node's: a nested view stays pointed at its element until its getter is called
     * again, which only fetching a different path does.
     */
    private static final class Targets {
        private final Object root;
        private List<Step> path;
        private Object target;

        Targets(Object root) {
            this.root = root;
        }

        Object of(Node node) throws Exception {
            if (node.path() != path) {
                target = node.target(root);
                path = node.path();
            }
            return target;
        }
    }

    private void collect(StructDecl struct, Class<?> flyweight, ClassLoader loader, List<Step> path, long modelBase,
            long constBase, String cPrefix, List<Node> out) throws Exception {
        for (FieldDecl field : struct.fields) {
            long model = modelBase + struct.offset(field);
            long constant = constBase + longConstant(flyweight, field.offsetConstant());
            String cPath = cPrefix + field.name();
            switch (field.kind()) {
                case StructKind nested -> {
                    assertEquals(struct.declaredOrder, nested.struct().declaredOrder, "the generator nests " + cPath
                            + " of another byte order");
                    out.add(new Node(cPath, model, constant, path, null, -1, null, null, null, null, null));
                    Class<?> inner = flyweightOf(nested.struct(), loader);
                    collect(nested.struct(), inner, loader, append(path, new Step(flyweight.getMethod(field.name()), -1)),
                            model, constant, cPath + ".", out);
                }
                case ArrayKind array -> {
                    out.add(new Node(cPath, model, constant, path, null, -1, null, null, null, null, null));
                    if (array.element() instanceof StructKind nested) {
                        assertEquals(struct.declaredOrder, nested.struct().declaredOrder, "the generator nests " + cPath
                                + " of another byte order");
                        Class<?> inner = flyweightOf(nested.struct(), loader);
                        Method getter = flyweight.getMethod(field.name(), int.class);
                        long stride = longConstant(inner, "BYTE_SIZE");
                        for (int i = 0; i < array.length(); i++) {
                            String element = cPath + "[" + i + "]";
                            out.add(new Node(element, model + i * nested.size(), constant + i * stride, path, null, -1,
                                    null, null, null, null, null));
                            collect(nested.struct(), inner, loader, append(path, new Step(getter, i)),
                                    model + i * nested.size(), constant + i * stride, element + ".", out);
                        }
                    } else {
                        Class<?> type = javaType(array.element(), loader);
                        Method getter = flyweight.getMethod(field.name(), int.class);
                        Method setter = flyweight.getMethod(field.name(), int.class, type);
                        Method staticGetter = path.isEmpty()
                                ? flyweight.getMethod(field.name(), MemorySegment.class, long.class, int.class) : null;
                        Method staticSetter = path.isEmpty()
                                ? flyweight.getMethod(field.name(), MemorySegment.class, long.class, int.class, type) : null;
                        long elementSize = array.element().size();
                        for (int i = 0; i < array.length(); i++) {
                            out.add(new Node(cPath + "[" + i + "]", model + i * elementSize, constant + i * elementSize,
                                    path, array.element(), i, getter, setter, staticGetter, staticSetter,
                                    array.element() instanceof EnumDecl ? type : null));
                        }
                    }
                }
                case TextKind text -> out.add(new Node(cPath, model, constant, path, text, -1,
                        flyweight.getMethod(field.name() + "AsString"), flyweight.getMethod(field.name(), CharSequence.class),
                        null, null, null));
                default -> {
                    Class<?> type = javaType(field.kind(), loader);
                    out.add(new Node(cPath, model, constant, path, field.kind(), -1, flyweight.getMethod(field.name()),
                            flyweight.getMethod(field.name(), type),
                            path.isEmpty() ? flyweight.getMethod(field.name(), MemorySegment.class, long.class) : null,
                            path.isEmpty() ? flyweight.getMethod(field.name(), MemorySegment.class, long.class, type) : null,
                            field.kind() instanceof EnumDecl ? type : null));
                }
            }
        }
    }

    // ---- 2. dynamic property ----

    /**
     * Writes every value node of two flyweights of {@code struct} (one from {@code allocate}, one
     * wrapping memory the test reads raw) in declared order, checks everything, then again in
     * reverse order with fresh values: for any two nodes, one round writes the second after the
     * first, so a write that reaches into another node's bytes is seen.
     */
    private void checkDynamic(StructDecl struct, Class<?> flyweight, ClassLoader loader, List<Node> nodes,
            BumpArena arena, SplittableRandom random) throws Exception {
        long size = longConstant(flyweight, "BYTE_SIZE");
        long align = longConstant(flyweight, "BYTE_ALIGNMENT");
        Object allocated = checkZeroedAllocations(flyweight, arena, size);
        MemorySegment memory = arena.allocate(size, align);
        assertEquals(0, memory.address() % align, "arena memory is not aligned to " + align);
        Object wrapped = flyweight.getConstructor().newInstance();
        flyweight.getMethod("wrap", MemorySegment.class).invoke(wrapped, memory);
        List<Node> values = nodes.stream().filter(Node::isValue).toList();
        boolean[] covered = new boolean[(int) size];
        for (Node node : values) {
            Arrays.fill(covered, (int) node.modelOffset(), (int) (node.modelOffset() + node.size()), true);
        }
        Object[] expected = new Object[values.size()];
        for (int round = 0; round < 2; round++) {
            boolean reverse = round == 1;
            Targets allocatedTargets = new Targets(allocated);
            Targets wrappedTargets = new Targets(wrapped);
            for (int k = 0; k < values.size(); k++) {
                int i = reverse ? values.size() - 1 - k : k;
                Node node = values.get(i);
                Object value = randomValue(random, node);
                expected[i] = value;
                write(node, allocatedTargets.of(node), value);
                if (reverse && node.staticSetter() != null) { // the jextract-style static setter, at the same place
                    invoke(node.staticSetter(), null, node.index() < 0 ? new Object[] {memory, 0L, value}
                            : new Object[] {memory, 0L, node.index(), value});
                } else {
                    write(node, wrappedTargets.of(node), value);
                }
            }
            allocatedTargets = new Targets(allocated);
            wrappedTargets = new Targets(wrapped);
            for (int i = 0; i < values.size(); i++) {
                Node node = values.get(i);
                String what = (reverse ? "after writing in reverse order, " : "after writing in declared order, ") + node.cPath();
                assertRead(what + " (allocated)", node, allocatedTargets.of(node), expected[i]);
                assertRead(what + " (wrapped)", node, wrappedTargets.of(node), expected[i]);
                assertRaw(what + " in raw memory at model offset " + node.modelOffset(), node, memory, expected[i],
                        struct.order());
                if (node.staticGetter() != null) {
                    Object read = invoke(node.staticGetter(), null, node.index() < 0 ? new Object[] {memory, 0L}
                            : new Object[] {memory, 0L, node.index()});
                    assertSameValue(what + " (static getter)", expected[i], read);
                }
            }
            for (int b = 0; b < size; b++) {
                if (!covered[b] && memory.get(ValueLayout.JAVA_BYTE, b) != 0) {
                    fail("padding byte " + b + " is " + memory.get(ValueLayout.JAVA_BYTE, b) + " after writing every field");
                }
            }
            assertEquals(allocated.toString(), wrapped.toString(), "toString() of equal structs");
        }
        checkCopyInto(flyweight, allocated, size);
        stats.writes += 2L * values.size();
        checkStaticShifted(struct, values, size, arena, random);
        checkWrappedShifted(struct, flyweight, values, size, arena, random);
        checkRefusals(struct, values, wrapped, memory, random);
    }

    /**
     * The static accessors at an offset 1..7 bytes past an aligned address, which they take as any
     * other (they check bounds, not alignment): every top-level value written there reads back,
     * lands at its model offset from there, and the bytes before and after the struct stay zero.
     */
    private void checkStaticShifted(StructDecl struct, List<Node> values, long size, BumpArena arena,
            SplittableRandom random) throws Exception {
        long shift = 1 + random.nextInt(7);
        MemorySegment block = arena.allocate(size + 8, 8);
        MemorySegment at = block.asSlice(shift, size);
        List<Node> statics = values.stream().filter(node -> node.staticSetter() != null).toList();
        Object[] expected = new Object[statics.size()];
        for (int i = 0; i < statics.size(); i++) {
            Node node = statics.get(i);
            expected[i] = randomValue(random, node);
            invoke(node.staticSetter(), null, node.index() < 0 ? new Object[] {block, shift, expected[i]}
                    : new Object[] {block, shift, node.index(), expected[i]});
        }
        for (int i = 0; i < statics.size(); i++) {
            Node node = statics.get(i);
            String what = node.cPath() + " by the static accessors at offset " + shift;
            Object read = invoke(node.staticGetter(), null, node.index() < 0 ? new Object[] {block, shift}
                    : new Object[] {block, shift, node.index()});
            assertSameValue(what, expected[i], read);
            assertRaw(what + ", in raw memory at model offset " + node.modelOffset(), node, at, expected[i], struct.order());
        }
        assertZeroAround(block, shift, size, "written at offset " + shift + " by the static accessors");
        stats.shiftedWrites += statics.size();
    }

    /**
     * A flyweight {@code wrap}ped 1..7 bytes past an aligned address, which it takes as any other
     * offset ({@code wrap} checks bounds, not alignment, for a struct without atomic fields): every
     * value, nested ones included, written through it reads back through it and lands at its model
     * offset from there, and the bytes before and after the struct stay zero.
     */
    private void checkWrappedShifted(StructDecl struct, Class<?> flyweight, List<Node> values, long size,
            BumpArena arena, SplittableRandom random) throws Exception {
        long shift = 1 + random.nextInt(7);
        MemorySegment block = arena.allocate(size + 8, 8);
        MemorySegment at = block.asSlice(shift, size);
        Object wrapped = flyweight.getConstructor().newInstance();
        flyweight.getMethod("wrap", MemorySegment.class, long.class).invoke(wrapped, block, shift);
        Targets targets = new Targets(wrapped);
        Object[] expected = new Object[values.size()];
        for (int i = 0; i < values.size(); i++) {
            expected[i] = randomValue(random, values.get(i));
            write(values.get(i), targets.of(values.get(i)), expected[i]);
        }
        targets = new Targets(wrapped);
        for (int i = 0; i < values.size(); i++) {
            Node node = values.get(i);
            String what = node.cPath() + " through a flyweight wrapped at offset " + shift;
            assertRead(what, node, targets.of(node), expected[i]);
            assertRaw(what + ", in raw memory at model offset " + node.modelOffset(), node, at, expected[i], struct.order());
        }
        assertZeroAround(block, shift, size, "wrapped at offset " + shift);
        stats.shiftedWrapped += values.size();
    }

    /** Every byte of {@code block} outside the {@code size} bytes at {@code shift} is still zero. */
    private static void assertZeroAround(MemorySegment block, long shift, long size, String struct) {
        for (long b = 0; b < block.byteSize(); b++) {
            if ((b < shift || b >= shift + size) && block.get(ValueLayout.JAVA_BYTE, b) != 0) {
                fail("byte " + b + " outside the struct " + struct + " is " + block.get(ValueLayout.JAVA_BYTE, b));
            }
        }
    }

    /**
     * What a wire field must refuse, each time with nothing written (the whole struct's bytes are
     * compared): every out-of-range value of an unsigned field below 8 bytes, by the instance and
     * the static setter; the {@code @UnknownCode} constant of a coded enum. And a code no constant
     * has, put in memory raw, reads as the {@code @UnknownCode} constant or throws {@code
     * IllegalStateException} naming the code, while {@code toString()} still works.
     */
    /**
     * Over memory the last batch left dirty, {@code allocate}, {@code tryAllocate}, {@code wrapNew}
     * and {@code allocateSegment} each hand out {@code size} zero bytes (the generated code zeroes
     * them itself, with stores of the struct's size or, above 128 bytes, in bulk); returns the
     * {@code allocate}d flyweight.
     */
    private static Object checkZeroedAllocations(Class<?> flyweight, BumpArena arena, long size) throws Exception {
        leaveDirty(arena, size);
        Object allocated = flyweight.getMethod("allocate", dev.arenastruct.ArenaAllocator.class).invoke(null, arena);
        Object tried = flyweight.getMethod("tryAllocate", dev.arenastruct.ArenaAllocator.class).invoke(null, arena);
        Object renewed = flyweight.getConstructor().newInstance();
        flyweight.getMethod("wrapNew", dev.arenastruct.ArenaAllocator.class).invoke(renewed, arena);
        MemorySegment raw = (MemorySegment) flyweight.getMethod("allocateSegment", dev.arenastruct.ArenaAllocator.class)
                .invoke(null, arena);
        for (Object struct : new Object[] {allocated, tried, renewed, raw}) {
            MemorySegment bytes = struct instanceof MemorySegment segment ? segment
                    : (MemorySegment) flyweight.getMethod("segment").invoke(struct);
            assertEquals(size, bytes.byteSize(), "segment() of a new struct");
            for (long i = 0; i < size; i++) {
                if (bytes.get(ValueLayout.JAVA_BYTE, i) != 0) {
                    fail("byte " + i + " of a new " + size + "-byte struct is " + bytes.get(ValueLayout.JAVA_BYTE, i)
                            + ", not zero (allocated over dirty memory)");
                }
            }
        }
        return allocated;
    }

    /**
     * {@code copyInto} takes its memory unzeroed (the copy writes every byte): over memory filled with
     * 0xA5, the copy holds the source's {@code size} bytes, padding included (the source's are zero).
     */
    private static void checkCopyInto(Class<?> flyweight, Object source, long size) throws Exception {
        try (BumpArena into = BumpArena.ofCapacity(4 * size + 64)) {
            leaveDirty(into, size);
            into.allocate(1, 1); // the copy does not start at the block's first byte
            Object copy = flyweight.getMethod("copyInto", dev.arenastruct.ArenaAllocator.class).invoke(source, into);
            MemorySegment from = (MemorySegment) flyweight.getMethod("segment").invoke(source);
            MemorySegment to = (MemorySegment) flyweight.getMethod("segment").invoke(copy);
            long mismatch = MemorySegment.mismatch(from, 0, size, to, 0, size);
            if (mismatch >= 0) {
                fail("byte " + mismatch + " of a " + size + "-byte struct's copyInto copy is "
                        + to.get(ValueLayout.JAVA_BYTE, mismatch) + ", the source's is " + from.get(ValueLayout.JAVA_BYTE, mismatch));
            }
            assertEquals(true, flyweight.getMethod("contentEquals", flyweight).invoke(copy, source), "copy contentEquals source");
        }
    }

    /** Resets {@code arena} with room for a few structs of {@code size} filled with 0xA5, as a last batch leaves it. */
    private static void leaveDirty(BumpArena arena, long size) {
        arena.reset();
        arena.allocate(4 * size + 64, 1).fill((byte) 0xA5);
        arena.reset();
    }

    private void checkRefusals(StructDecl struct, List<Node> values, Object wrapped, MemorySegment memory,
            SplittableRandom random) throws Exception {
        for (Node node : values) {
            // fetched again for every node: toString() below moves the nested views it goes through
            Targets targets = new Targets(wrapped);
            switch (node.value()) {
                case UnsignedKind u when u.bytes() < 8 -> {
                    long max = u.max();
                    long[] outside = u.asLong() ? new long[] {-1, max + 1, Long.MIN_VALUE, Long.MAX_VALUE, max + 1 + random.nextLong(
                            Long.MAX_VALUE - max)}
                            : new long[] {-1, max + 1, Integer.MIN_VALUE, Integer.MAX_VALUE, max + 1 + random.nextInt(
                                    (int) (Integer.MAX_VALUE - max))};
                    for (long v : outside) {
                        Object value = u.asLong() ? (Object) v : (Object) (int) v;
                        assertRefused(node.cPath() + "(" + v + ")", memory, () -> write(node, targets.of(node), value));
                        if (node.staticSetter() != null) {
                            assertRefused(node.cPath() + "(segment, 0, " + v + ")", memory, () -> invoke(node.staticSetter(),
                                    null, node.index() < 0 ? new Object[] {memory, 0L, value}
                                            : new Object[] {memory, 0L, node.index(), value}));
                        }
                    }
                    stats.refused += outside.length;
                }
                case EnumDecl e when e.coded() -> checkUnknownCode(struct, node, e, targets.of(node), wrapped, memory, random);
                default -> { }
            }
        }
    }

    private void checkUnknownCode(StructDecl struct, Node node, EnumDecl e, Object target, Object wrapped,
            MemorySegment memory, SplittableRandom random) throws Exception {
        Object[] constants = node.enumClass().getEnumConstants();
        if (e.unknownOrdinal() >= 0) {
            Object unknown = constants[e.unknownOrdinal()];
            assertRefused(node.cPath() + "(" + unknown + "), the @UnknownCode constant", memory,
                    () -> write(node, target, unknown));
            stats.refused++;
        }
        long code;
        long limit = 1L << 8 * e.size();
        do {
            code = random.nextBoolean() ? random.nextLong(limit) : random.nextLong(Math.min(limit, 300));
        } while (e.codes().contains(code));
        byte[] before = memory.asSlice(node.modelOffset(), node.size()).toArray(ValueLayout.JAVA_BYTE);
        MemorySegment.copy(lowBytes(code, (int) e.size(), struct.order()), 0, memory, ValueLayout.JAVA_BYTE,
                node.modelOffset(), (int) e.size());
        String what = node.cPath() + " holding code " + code + ", which no constant of " + e.name() + " has";
        try {
            Object read = node.index() < 0 ? invoke(node.getter(), target) : invoke(node.getter(), target, node.index());
            assertTrue(e.unknownOrdinal() >= 0, what + " read as " + read + " instead of throwing IllegalStateException");
            assertEquals(constants[e.unknownOrdinal()], read, what);
        } catch (IllegalStateException thrown) {
            assertTrue(e.unknownOrdinal() < 0, what + " threw " + thrown + " though " + e.name() + " has an @UnknownCode constant");
            assertTrue(String.valueOf(thrown.getMessage()).contains(String.valueOf(code)), what + ": " + thrown);
        }
        String shown = wrapped.toString();
        assertTrue(shown.contains("<code " + code + ">") || e.unknownOrdinal() >= 0, what + ": toString() " + shown);
        MemorySegment.copy(before, 0, memory, ValueLayout.JAVA_BYTE, node.modelOffset(), before.length);
        stats.unknownCodes++;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertRefused(String what, MemorySegment memory, Action action) throws Exception {
        byte[] before = memory.toArray(ValueLayout.JAVA_BYTE);
        try {
            action.run();
            fail(what + " was not refused");
        } catch (IllegalArgumentException expected) {
            // refused: and nothing written
        }
        byte[] after = memory.toArray(ValueLayout.JAVA_BYTE);
        if (!Arrays.equals(before, after)) {
            fail(what + " was refused, but changed the struct's bytes from " + hex(before) + " to " + hex(after));
        }
    }

    private static void write(Node node, Object target, Object value) throws Exception {
        if (node.index() < 0) {
            invoke(node.setter(), target, value);
        } else {
            invoke(node.setter(), target, node.index(), value);
        }
    }

    private static void assertRead(String what, Node node, Object target, Object expected) throws Exception {
        if (node.value() instanceof TextKind text) { // space-padded text reads without its trailing spaces
            assertEquals(text.spaces() ? ((String) expected).replaceFirst(" +$", "") : expected,
                    invoke(node.getter(), target), what);
            String getter = node.getter().getName(); // xAsString: a text of at most 8 bytes has xAsLong too
            String asLong = getter.substring(0, getter.length() - "AsString".length()) + "AsLong";
            if (text.length() <= 8) { // its bytes, padding included, big-endian in text order
                long key = 0;
                for (byte b : encode(text, expected, ByteOrder.BIG_ENDIAN)) {
                    key = key << 8 | b & 0xff;
                }
                assertEquals(key, invoke(node.getter().getDeclaringClass().getMethod(asLong), target), what + " as a long");
            } else {
                assertThrows(NoSuchMethodException.class, () -> node.getter().getDeclaringClass().getMethod(asLong), what);
            }
            return;
        }
        Object read = node.index() < 0 ? invoke(node.getter(), target) : invoke(node.getter(), target, node.index());
        assertSameValue(what, expected, read);
    }

    private static void assertSameValue(String what, Object expected, Object read) {
        if (expected instanceof Float f) {
            assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits((Float) read), what + ": " + f + " read as " + read);
        } else if (expected instanceof Double d) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) read), what + ": " + d + " read as " + read);
        } else {
            assertEquals(expected, read, what);
        }
    }

    /**
     * The bytes where the independent model puts the value are, byte for byte, what a reference
     * encoder ({@link #encode}) makes of it in the struct's byte order.
     */
    private static void assertRaw(String what, Node node, MemorySegment memory, Object expected, ByteOrder order) {
        byte[] stored = memory.asSlice(node.modelOffset(), node.size()).toArray(ValueLayout.JAVA_BYTE);
        byte[] reference = encode(node.value(), expected, order);
        if (!Arrays.equals(reference, stored)) {
            fail(what + ": " + expected + " is stored as " + hex(stored) + ", but is " + hex(reference) + " in "
                    + order + " by ByteBuffer");
        }
    }

    /**
     * A value's bytes by {@link ByteBuffer}, written independently of the processor and of {@code
     * MemorySegment}'s layouts: primitives by their put methods (true as 1, as C's bool), unsigned
     * integers and enums (their ordinal, or their code) as the low bytes of a long, text as UTF-8
     * padded with zeros or spaces.
     */
    static byte[] encode(Kind kind, Object value, ByteOrder order) {
        ByteBuffer out = ByteBuffer.allocate((int) kind.size()).order(order);
        switch (kind) {
            case PrimKind prim -> {
                switch (value) {
                    case Byte b -> out.put(b);
                    case Boolean b -> out.put((byte) (b ? 1 : 0));
                    case Short v -> out.putShort(v);
                    case Character c -> out.putChar(c);
                    case Integer v -> out.putInt(v);
                    case Float f -> out.putInt(Float.floatToRawIntBits(f));
                    case Long v -> out.putLong(v);
                    case Double d -> out.putLong(Double.doubleToRawLongBits(d));
                    default -> throw new IllegalStateException(prim + " holding " + value);
                }
            }
            case UnsignedKind u -> out.put(lowBytes(((Number) value).longValue(), u.bytes(), order));
            case EnumDecl e -> out.put(lowBytes(e.stored(((Enum<?>) value).ordinal()), (int) e.size(), order));
            case TextKind text -> {
                out.put(((String) value).getBytes(StandardCharsets.UTF_8));
                while (out.hasRemaining()) {
                    out.put(text.spaces() ? (byte) ' ' : 0);
                }
            }
            default -> throw new IllegalStateException("not a value: " + kind);
        }
        assertTrue(!out.hasRemaining(), "the reference encoder left bytes of " + kind + " unwritten");
        return out.array();
    }

    /** The {@code bytes} least significant bytes of {@code value}, in {@code order}. */
    static byte[] lowBytes(long value, int bytes, ByteOrder order) {
        byte[] all = ByteBuffer.allocate(8).order(order).putLong(value).array();
        return order == ByteOrder.BIG_ENDIAN ? Arrays.copyOfRange(all, 8 - bytes, 8) : Arrays.copyOf(all, bytes);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder("[");
        for (byte b : bytes) {
            out.append(out.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%02x", b));
        }
        return out.append(']').toString();
    }

    private static Object randomValue(SplittableRandom random, Node node) {
        boolean special = random.nextInt(8) == 0;
        return switch (node.value()) {
            case PrimKind prim -> switch (prim.prim()) {
                case BYTE -> special ? pick(random, Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) -1) : (byte) random.nextInt();
                case BOOLEAN -> random.nextBoolean();
                case SHORT -> special ? pick(random, Short.MIN_VALUE, Short.MAX_VALUE, (short) -1) : (short) random.nextInt();
                case CHAR -> special ? pick(random, Character.MIN_VALUE, Character.MAX_VALUE, (char) 0x8000) : (char) random.nextInt();
                case INT -> special ? pick(random, Integer.MIN_VALUE, Integer.MAX_VALUE, -1) : random.nextInt();
                case FLOAT -> special ? pick(random, Float.NaN, -0.0f, Float.NEGATIVE_INFINITY, Float.MIN_VALUE)
                        : randomFloat(random);
                case LONG -> special ? pick(random, Long.MIN_VALUE, Long.MAX_VALUE, -1L) : random.nextLong();
                case DOUBLE -> special ? pick(random, Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE)
                        : randomDouble(random);
            };
            case UnsignedKind u -> {
                long v = random.nextInt(3) == 0 ? edge(random, u) : random.nextLong() & u.max();
                yield u.asLong() ? (Object) v : (Object) (int) v;
            }
            case EnumDecl e -> { // never the unknown-code constant, which has no code to write
                Object[] constants = node.enumClass().getEnumConstants();
                int ordinal;
                do {
                    ordinal = special ? constants.length - 1 - random.nextInt(2) : random.nextInt(constants.length);
                } while (ordinal < 0 || ordinal == e.unknownOrdinal());
                yield constants[ordinal];
            }
            case TextKind text -> randomText(random, text.length());
            default -> throw new IllegalStateException("not a value: " + node);
        };
    }

    /** A value at an edge of an unsigned range: 0, 1, the largest, one less, and around the top bit. */
    private static long edge(SplittableRandom random, UnsignedKind u) {
        long top = 1L << (8 * u.bytes() - 1);
        return pick(random, 0L, 1L, u.max(), u.max() - 1, top, top - 1, top + 1);
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Random bits, except NaNs, whose payload need not survive a float round trip. */
    private static float randomFloat(SplittableRandom random) {
        float f = Float.intBitsToFloat(random.nextInt());
        return Float.isNaN(f) ? 1.5f : f;
    }

    private static double randomDouble(SplittableRandom random) {
        double d = Double.longBitsToDouble(random.nextLong());
        return Double.isNaN(d) ? -2.5 : d;
    }

    /** Up to {@code capacity} bytes of UTF-8 with one-, two-, three- and four-byte characters and no zero. */
    static String randomText(SplittableRandom random, int capacity) {
        int budget = random.nextInt(4) == 0 ? capacity : random.nextInt(capacity + 1);
        StringBuilder out = new StringBuilder();
        int used = 0;
        while (true) {
            int roll = random.nextInt(10);
            int codePoint = roll < 6 ? 1 + random.nextInt(0x7F)
                    : roll < 8 ? 0x80 + random.nextInt(0x780)
                    : roll < 9 ? 0x800 + random.nextInt(0xD800 - 0x800)
                    : 0x10000 + random.nextInt(0x100000);
            int bytes = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (used + bytes > budget) {
                return out.toString();
            }
            out.appendCodePoint(codePoint);
            used += bytes;
        }
    }

    // ---- 3. gcc ----

    /** One number the C compiler must agree with: its C expression and the value generated code has. */
    private record CheckedValue(StructDecl struct, String expression, long expected) {
    }

    private static void addCValues(StructDecl struct, Class<?> flyweight, List<Node> nodes, List<CheckedValue> out)
            throws Exception {
        String type = "struct " + struct.name;
        out.add(new CheckedValue(struct, "sizeof(" + type + ")", longConstant(flyweight, "BYTE_SIZE")));
        out.add(new CheckedValue(struct, "_Alignof(" + type + ")", longConstant(flyweight, "BYTE_ALIGNMENT")));
        for (Node node : nodes) {
            out.add(new CheckedValue(struct, "offsetof(" + type + ", " + node.cPath() + ")", node.constOffset()));
        }
    }

    private void checkWithGcc(Batch batch, String gcc, List<CheckedValue> values) throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder("#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n"
                + "#include <stdio.h>\n\n");
        for (StructDecl struct : batch.structs()) {
            c.append(struct.cSource());
        }
        c.append("\nstatic const size_t values[] = {\n");
        for (CheckedValue value : values) {
            c.append("    ").append(value.expression()).append(",\n");
        }
        c.append("};\n\nint main(void) {\n    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {\n"
                + "        printf(\"%zu\\n\", values[i]);\n    }\n    return 0;\n}\n");
        Path source = dir.resolve("batch" + batch.index() + ".c");
        Files.writeString(source, c, StandardCharsets.UTF_8);
        Path binary = dir.resolve("batch" + batch.index());
        run(List.of(gcc, "-std=c11", "-O0", "-o", binary.toString(), source.toString()), source);
        String[] lines = run(List.of(binary.toString()), source).trim().split("\n");
        assertEquals(values.size(), lines.length, "numbers printed by " + binary);
        Map<StructDecl, List<String>> mismatches = new TreeMap<>((x, y) -> x.name.compareTo(y.name));
        for (int i = 0; i < values.size(); i++) {
            CheckedValue value = values.get(i);
            long gccValue = Long.parseLong(lines[i].trim());
            if (gccValue != value.expected()) {
                mismatches.computeIfAbsent(value.struct(), s -> new ArrayList<>())
                        .add(value.expression() + " is " + gccValue + " in gcc but " + value.expected() + " in the generated code");
            }
        }
        if (!mismatches.isEmpty()) {
            Map.Entry<StructDecl, List<String>> first = mismatches.entrySet().iterator().next();
            fail(context(batch, first.getKey()) + String.join("\n", first.getValue()) + "\n(" + mismatches.size()
                    + " structs of the batch disagree with gcc; the C file is " + source + ")");
        }
        stats.gccStructs += batch.structs().size();
        stats.gccValues += values.size();
    }

    private static String requireGcc() {
        for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path gcc = Path.of(path, "gcc");
            if (Files.isExecutable(gcc)) {
                return gcc.toString();
            }
        }
        fail("gcc is not on the PATH (" + System.getenv("PATH") + "): LayoutPropertyTest compares every random struct"
                + " with the C compiler's sizeof, _Alignof and offsetof, and does not skip that; install gcc"
                + " (apt-get install gcc) or put it on the PATH");
        return null;
    }

    private static String run(List<String> command, Path source) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " failed (C source " + source + "):\n" + out);
        }
        return out;
    }

    // ---- helpers ----

    private static long longConstant(Class<?> flyweight, String name) throws ReflectiveOperationException {
        return flyweight.getField(name).getLong(null);
    }

    private static Class<?> flyweightOf(StructDecl struct, ClassLoader loader) throws ClassNotFoundException {
        return loader.loadClass(RandomStructs.PACKAGE + "." + struct.flyweightName());
    }

    private static Class<?> javaType(Kind kind, ClassLoader loader) throws ClassNotFoundException {
        return switch (kind) {
            case PrimKind prim -> prim.prim().javaType;
            case UnsignedKind u -> u.asLong() ? long.class : int.class;
            case EnumDecl e -> loader.loadClass(RandomStructs.PACKAGE + "." + e.name());
            default -> throw new IllegalArgumentException("not a value kind: " + kind);
        };
    }

    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : new RuntimeException(e.getCause());
        }
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> out = new ArrayList<>(list);
        out.add(element);
        return List.copyOf(out);
    }

    private static int intProperty(String name, int defaultValue) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? defaultValue : Integer.parseInt(value);
    }

    private static long seedProperty() {
        String value = System.getProperty(SEED, "").trim();
        if (value.isEmpty()) {
            return DEFAULT_SEED;
        }
        return value.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(value);
    }

    private String reproduce() {
        return "seed " + seed + "; reproduce with ./mvn25 -pl arena-processor -am verify -Dtest=LayoutPropertyTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + SEED + "=" + seed + " -D" + STRUCTS + "=" + structCount
                + "\n";
    }

    private String context(Batch batch, StructDecl struct) {
        return reproduce() + "batch " + batch.index() + ", struct " + struct.name + ":\n" + declarations(struct);
    }

    /** The struct and what it nests, in Java (with the coded enums it uses) and in C. */
    private static String declarations(StructDecl struct) {
        StringBuilder out = new StringBuilder("--- Java ---\n");
        java.util.Set<String> enums = new java.util.TreeSet<>();
        for (StructDecl s : struct.closure()) {
            out.append(s.javaSource().replaceFirst("(?s)^.*?(@ArenaStruct)", "$1"));
            for (FieldDecl field : s.fields) {
                if ((field.kind() instanceof ArrayKind array ? array.element() : field.kind()) instanceof EnumDecl e
                        && e.coded()) {
                    enums.add(e.javaSource().replaceFirst("(?s)^.*?(public enum)", "$1"));
                }
            }
        }
        enums.forEach(out::append);
        out.append("--- C ---\n");
        for (StructDecl s : struct.closure()) {
            out.append(s.cSource());
        }
        return out.append("---\n").toString();
    }

    /** What the run covered: counted, printed, and for a full-size run required. */
    private static final class Stats {
        long structs;
        long fields;
        long nodes;
        long values;
        long writes;
        long gccStructs;
        long gccValues;
        long refused;
        long shiftedWrites;
        long shiftedWrapped;
        long unknownCodes;
        int maxDepth;
        final AtomicLong javacCpuNanos = new AtomicLong();
        long javacWaitNanos;
        long runNanos;
        long gccNanos;
        final Map<String, Long> kinds = new TreeMap<>();

        void count(StructDecl struct, List<Node> structNodes) {
            structs++;
            fields += struct.fields.size();
            nodes += structNodes.size();
            values += structNodes.stream().filter(Node::isValue).count();
            maxDepth = Math.max(maxDepth, struct.depth);
            for (FieldDecl field : struct.fields) {
                kinds.merge(kindName(field.kind()), 1L, Long::sum);
            }
            if (struct.declaredAlignment > struct.fields.stream().mapToLong(f -> f.kind().align()).max().orElse(1)) {
                kinds.merge("over-aligned struct", 1L, Long::sum);
            }
            if (struct.compact) {
                kinds.merge("compact struct", 1L, Long::sum);
            }
            if (struct.packed) {
                kinds.merge("packed struct", 1L, Long::sum);
            }
            kinds.merge(struct.endianName().toLowerCase(Locale.ROOT) + (struct.packed ? " packed" : "") + " struct", 1L,
                    Long::sum);
            kinds.merge("depth " + Math.min(struct.depth, 5) + (struct.depth >= 5 ? "+" : ""), 1L, Long::sum);
        }

        private static String kindName(Kind kind) {
            return switch (kind) {
                case PrimKind prim -> prim.prim().javaName;
                case EnumDecl e -> (e.coded() ? "coded enum" : "enum") + e.size() * 8
                        + (e.unknownOrdinal() >= 0 ? "?" : "") + (e.width() != 0 ? " widened" : "");
                case UnsignedKind u -> "u" + u.bytes() * 8 + (u.asLong() ? "" : " int");
                case StructKind s -> "struct";
                case TextKind t -> t.spaces() ? "space text" : "text";
                case ArrayKind array -> kindName(array.element()) + "[]";
            };
        }

        String summary(long millis, long cpuMillis) {
            return String.format(Locale.ROOT, "%d structs, %d fields, %d nodes (fields, array elements, nested fields),"
                    + " %d values written %d times, %d structs and %d sizeof/_Alignof/offsetof compared with gcc,"
                    + " deepest nesting %d; %d refused writes, %d unknown codes read,"
                    + " %d values written and read by the static accessors and %d through flyweights wrapped at a"
                    + " misaligned offset;"
                    + " %d ms (waiting for javac %d ms, writing and reading %d ms, gcc %d ms);"
                    + " CPU: checks %d ms, javac %d ms%n  kinds: %s",
                    structs, fields, nodes, values, writes, gccStructs, gccValues, maxDepth, refused, unknownCodes,
                    shiftedWrites, shiftedWrapped, millis,
                    javacWaitNanos / 1_000_000, runNanos / 1_000_000, gccNanos / 1_000_000, cpuMillis,
                    javacCpuNanos.get() / 1_000_000, kinds);
        }

        void assertCoverage() {
            List<String> required = new ArrayList<>();
            for (RandomStructs.Prim prim : RandomStructs.Prim.values()) {
                required.add(prim.javaName);
                required.add(prim.javaName + "[]");
            }
            required.addAll(List.of("enum8", "enum16", "enum8[]", "enum16[]", "struct", "struct[]", "text",
                    "over-aligned struct", "compact struct", "depth 5+", "packed struct", "native struct",
                    "native packed struct", "big struct", "big packed struct", "little struct", "little packed struct",
                    "space text", "enum16 widened", "enum32 widened"));
            for (int bytes = 1; bytes <= 8; bytes++) {
                required.add("u" + bytes * 8);
                required.add("u" + bytes * 8 + "[]");
                if (bytes <= 3) {
                    required.add("u" + bytes * 8 + " int");
                    required.add("u" + bytes * 8 + " int[]");
                }
            }
            for (int bytes : new int[] {1, 2, 4}) {
                for (String unknown : new String[] {"", "?"}) {
                    required.add("coded enum" + bytes * 8 + unknown);
                    required.add("coded enum" + bytes * 8 + unknown + "[]");
                }
            }
            List<String> missing = required.stream().filter(k -> !kinds.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), "the random structs never had " + missing + ": " + kinds);
            assertEquals(structs, gccStructs, "every struct is compared with gcc");
            assertTrue(refused > 0 && unknownCodes > 0, "no refused write or unknown code was tried");
            assertTrue(shiftedWrites > 0, "no static accessor was tried at a misaligned offset");
            assertTrue(shiftedWrapped > 0, "no flyweight was wrapped at a misaligned offset");
        }
    }
}
