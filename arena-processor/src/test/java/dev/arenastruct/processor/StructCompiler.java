package dev.arenastruct.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles struct declarations with the processor, the way a user's build does. */
final class StructCompiler {
    private StructCompiler() {
    }

    /** A source file {@code test/<Name>.java} from its lines; line 1 is the first argument after the name. */
    static JavaFileObject source(String simpleName, String... lines) {
        return JavaFileObjects.forSourceLines("test." + simpleName, lines);
    }

    /**
     * The source of a struct {@code Quote} in {@code packageName} with a field of every kind (scalar,
     * nested struct, array, text, enum), for tests that run a compiler outside compile-testing.
     */
    static String everyKindQuote(String packageName) {
        return String.join("\n",
                "package " + packageName + ";",
                "import dev.arenastruct.*;",
                "@ArenaStruct",
                "public interface Quote {",
                "    long id();",
                "    Level best();",
                "    @Array(length = 2) int sizes(int index);",
                "    @Text(length = 8) byte symbol(int index);",
                "    Side side();",
                "    enum Side { BID, ASK }",
                "    @ArenaStruct interface Level { double price(); }",
                "}",
                "");
    }

    /** Compiles with every lint warning on (processing too), so generated code that warns, or an unclaimed annotation, shows up. */
    static Compilation compile(JavaFileObject... sources) {
        return compileWith(new Processor[] {new ArenaStructProcessor()}, sources);
    }

    static Compilation compileWith(Processor[] processors, JavaFileObject... sources) {
        return javac().withProcessors(processors).withOptions("-Xlint:all").compile(sources);
    }

    /**
     * Compiles {@code file} and asserts it failed with exactly one error, {@code message}, at
     * {@code line}, and that the processor created no source file at all.
     */
    static void assertOnlyError(JavaFileObject file, int line, String message) {
        List<String> created = new ArrayList<>();
        Compilation compilation = compileWith(new Processor[] {recordingFiler(new ArenaStructProcessor(), created)}, file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
        assertThat(created).isEmpty();
    }

    /**
     * Wraps {@code processor} so that every source file it asks the Filer for is recorded in
     * {@code created}: compile-testing shows no generated files once a compilation has failed.
     */
    static Processor recordingFiler(Processor processor, List<String> created) {
        return (Processor) Proxy.newProxyInstance(Processor.class.getClassLoader(), new Class<?>[] {Processor.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("init")) {
                        ProcessingEnvironment env = (ProcessingEnvironment) args[0];
                        Filer filer = env.getFiler();
                        Filer recording = delegate(Filer.class, filer, (m, a) -> {
                            if (m.getName().equals("createSourceFile")) {
                                created.add(a[0].toString());
                            }
                        });
                        args = new Object[] {delegate(ProcessingEnvironment.class, env,
                                (m, a) -> { }, "getFiler", recording)};
                    }
                    return invoke(method, processor, args);
                });
    }

    private interface Observer {
        void called(Method method, Object[] args);
    }

    private static <T> T delegate(Class<T> type, T target, Observer observer, Object... overrides) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            observer.called(method, args);
            for (int i = 0; i < overrides.length; i += 2) {
                if (method.getName().equals(overrides[i])) {
                    return overrides[i + 1];
                }
            }
            return invoke(method, target, args);
        }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
