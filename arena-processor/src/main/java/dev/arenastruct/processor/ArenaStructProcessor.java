package dev.arenastruct.processor;

import com.google.auto.service.AutoService;
import dev.arenastruct.processor.model.StructModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Finds {@code @ArenaStruct} types and hands each to the validator, the model factory and the
 * writer. It defers a type whose field types are not resolved yet to the next round, and turns any
 * failure into an error on that type instead of crashing javac.
 *
 * <p>It claims its annotations (returns {@code true}): javac's {@code -Xlint:processing} warns
 * about every annotation present in a round that no processor claimed, however many support it,
 * which fails {@code -Werror} builds. {@code @ArenaStruct}, {@code @Array} and {@code @Text} have
 * no other consumer. {@code @Generated} is on every flyweight, so it is supported and claimed too,
 * but only in a round where every use of it is on a flyweight of ours: other generators' output
 * is left to other processors.
 */
@AutoService(Processor.class)
public final class ArenaStructProcessor extends AbstractProcessor {
    /** Qualified names of types to retry next round; names, not elements, which are per round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(StructElements.ARENA_STRUCT, StructElements.ARRAY, StructElements.TEXT, StructElements.ATOMIC,
                StructElements.UNSIGNED, StructElements.CODE, StructElements.UNKNOWN_CODE, GeneratedAnnotation.NAME);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean lastRound = round.processingOver();
        // Per round: both memoize nested structs, whose elements are only valid within a round.
        StructValidator validator = new StructValidator(
                processingEnv.getElementUtils(), processingEnv.getTypeUtils(), processingEnv.getMessager());
        ModelFactory models = new ModelFactory(processingEnv.getElementUtils());
        for (TypeElement type : typesToProcess(round)) {
            try {
                processType(type, validator, models, lastRound);
            } catch (Throwable t) { // a bug here must be an error on the type, never a javac crash
                error(type, Message.INTERNAL_ERROR.format(type.getQualifiedName(), stackTrace(t)));
            }
        }
        return claims(annotations, round);
    }

    /** One answer for all of {@code annotations}: javac takes a processor's claim for the whole set. */
    private static boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(GeneratedAnnotation.NAME)
                    && !round.getElementsAnnotatedWith(annotation).stream().allMatch(GeneratedAnnotation::isMarkedByUs)) {
                return false;
            }
        }
        return true;
    }

    private List<TypeElement> typesToProcess(RoundEnvironment round) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(StructElements.ARENA_STRUCT);
        if (annotation != null) {
            types.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
        }
        return types;
    }

    private void processType(TypeElement type, StructValidator validator, ModelFactory models, boolean lastRound) {
        switch (validator.validate(type, lastRound)) {
            case UNRESOLVED -> deferred.add(type.getQualifiedName().toString());
            case INVALID -> { }
            case VALID -> {
                StructModel model;
                try {
                    model = models.create(type);
                } catch (ArithmeticException overflow) {
                    error(type, Message.STRUCT_TOO_LARGE.format(type.getSimpleName()));
                    return;
                }
                write(type, model);
            }
        }
    }

    private void write(TypeElement type, StructModel model) {
        boolean markGenerated = GeneratedAnnotation.isReadableFrom(type, processingEnv.getElementUtils());
        try {
            FlyweightWriter.write(model, type, markGenerated).writeTo(processingEnv.getFiler());
        } catch (IOException e) { // FilerException too: a class of that name exists already
            error(type, Message.WRITE_FAILED.format(model.flyweightName(), type.getSimpleName(), e.getMessage()));
            return;
        }
        if (!model.hasValue()) {
            return;
        }
        try {
            ValueClassWriter.write(model, type, markGenerated).writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            error(type, Message.WRITE_FAILED.format(model.valueName(), type.getSimpleName(), e.getMessage()));
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
