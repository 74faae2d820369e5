package dev.arenastruct.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.arenastruct.processor.model.GeneratedMembers;
import dev.arenastruct.processor.model.StructModel;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import javax.lang.model.element.Modifier;

/**
 * The flyweight's methods for many structs of its type: fixed-size arrays ({@code allocateStructs},
 * {@code allocateArray}, {@code wrapElement}) and growable lists ({@code allocateList},
 * {@code wrapNew(list)}, {@code append}, {@code wrapElement(list, index)}).
 */
final class StructCollectionWriter {
    private StructCollectionWriter() {
    }

    static void add(TypeSpec.Builder type, StructModel model, ClassName self) {
        addStructArrays(type, model, self);
        addStructLists(type, model, self);
    }

    private static void addStructArrays(TypeSpec.Builder type, StructModel model, ClassName self) {
        TypeName structArray = ParameterizedTypeName.get(JavaTypes.STRUCT_ARRAY, self);
        type.addMethod(MethodSpec.methodBuilder("allocateStructs")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(structArray)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addParameter(long.class, "count")
                .addJavadoc("Allocates {@code count} zeroed, contiguous {@code $L} structs in {@code arena}; visit them with\n"
                        + "{@link #wrapElement(StructArray, long)} on one reused flyweight. The array and its elements are\n"
                        + "stale-checked like a flyweight from {@link #allocate}.\n\n"
                        + "@throws IllegalArgumentException if {@code count} is negative or their size overflows a long\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged\n",
                        model.simpleName())
                // claimed, zeroed and wrapped in three calls, so the array is created in a small one that C2
                // keeps inlining, and the slice zeroed is made here, as shallow as it can be (ArenaMemory.zero)
                .addStatement("long start = $T.claimArray(arena, count, BYTE_SIZE, BYTE_ALIGNMENT, $S)",
                        JavaTypes.ARENA_MEMORY, model.simpleName())
                .addStatement("$T.zero($T.block(arena).asSlice(start, count * BYTE_SIZE))", JavaTypes.ARENA_MEMORY,
                        JavaTypes.ARENA_MEMORY)
                .addStatement("return $T.structArray(arena, start, count, BYTE_SIZE, $T.class, $S)",
                        JavaTypes.ARENA_MEMORY, self, model.simpleName())
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapElement")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(structArray, "array")
                .addParameter(long.class, "index")
                .addJavadoc("Points this flyweight at element {@code index} of {@code array}, without allocating.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the array's memory was reclaimed\n"
                        + "@throws IndexOutOfBoundsException if {@code index} is negative or not below {@code array.count()}\n"
                        + "@throws IllegalArgumentException if {@code array} holds another struct (only raw types allow it)\n")
                .addStatement("long at = $T.elementOffset(array, index, $T.class)", JavaTypes.ARENA_MEMORY, self)
                .addStatement("return wrapView($T.memory(array), at, $T.lifetime(array), $T.generation(array))",
                        JavaTypes.ARENA_MEMORY, JavaTypes.ARENA_MEMORY, JavaTypes.ARENA_MEMORY)
                .build());
        type.addMethod(MethodSpec.methodBuilder("allocateArray")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(MemorySegment.class)
                .addParameter(SegmentAllocator.class, "arena")
                .addParameter(long.class, "count")
                .addJavadoc("Allocates {@code count} zeroed, contiguous {@code $L} structs (stride {@link #BYTE_SIZE}) as a plain\n"
                        + "segment, from any allocator; visit them with {@link #wrapElement(MemorySegment, long)} or with the\n"
                        + "static accessors. A later arena reset is not detected through it: from an arena, prefer\n"
                        + "{@link #allocateStructs}.\n\n"
                        + "@throws IllegalArgumentException if {@code count} is negative or their size overflows a long\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged\n",
                        model.simpleName())
                .addStatement("return arena.allocate($T.arrayByteSize(count, BYTE_SIZE, $S), BYTE_ALIGNMENT)",
                        JavaTypes.FLYWEIGHTS, model.simpleName())
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapElement")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MemorySegment.class, "array")
                .addParameter(long.class, "index")
                .addJavadoc("Points this flyweight at element {@code index} of a struct array in a plain segment, without\n"
                        + "allocating.\n\n"
                        + "@throws IndexOutOfBoundsException if {@code index} is not below the number of structs in {@code array}\n"
                        + "@throws IllegalArgumentException if {@code array} does not start at a multiple of {@link #BYTE_ALIGNMENT}\n")
                // The element check proves bounds and alignment for the whole struct: no checkWrap again.
                .addStatement("long at = $T.checkElement(array, index, BYTE_SIZE, BYTE_ALIGNMENT, $S)",
                        JavaTypes.FLYWEIGHTS, model.simpleName())
                .addStatement("return wrapView(array, at, $T.UNTRACKED, 0L)", JavaTypes.LIFETIME)
                .build());
    }

    private static void addStructLists(TypeSpec.Builder type, StructModel model, ClassName self) {
        TypeName structList = ParameterizedTypeName.get(JavaTypes.STRUCT_LIST, self);
        type.addMethod(MethodSpec.methodBuilder("allocateList")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(structList)
                .addParameter(JavaTypes.ARENA_ALLOCATOR, "arena")
                .addParameter(long.class, "initialCapacity")
                .addJavadoc("Allocates an empty, growable list of {@code $L} structs in {@code arena}, with room for\n"
                        + "{@code initialCapacity} of them; append with {@link #wrapNew(StructList)} or {@link #append}, visit\n"
                        + "with {@link #wrapElement(StructList, long)}. The list and its elements are stale-checked like a\n"
                        + "flyweight from {@link #allocate}.\n\n"
                        + "@throws IllegalArgumentException if {@code initialCapacity} is negative or its size overflows a long\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if it does not fit; the arena is then unchanged\n",
                        model.simpleName())
                .addStatement("return $T.structList(arena, initialCapacity, BYTE_SIZE, BYTE_ALIGNMENT,$W$T.class, $S)",
                        JavaTypes.ARENA_MEMORY, self, model.simpleName())
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapNew")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(structList, "list")
                .addJavadoc("Appends a zeroed {@code $L} to {@code list} and points this flyweight at it, growing the list\n"
                        + "if it is full: a loop that reuses one flyweight creates no object per element.\n\n"
                        + "@throws dev.arenastruct.ArenaExhaustedException if the list cannot grow; the list and this flyweight\n"
                        + "    are then unchanged\n"
                        + "@throws dev.arenastruct.StaleStructException if the list's memory was reclaimed\n",
                        model.simpleName())
                // the offset first: appending may move the list to another block; the element is zeroed
                // here, through a slice made in this method (a cleared list's elements hold old data)
                .addStatement("long at = $T.append(list, $T.class)", JavaTypes.ARENA_MEMORY, self)
                .addStatement("$T memory = $T.memory(list)", MemorySegment.class, JavaTypes.ARENA_MEMORY)
                .addStatement("$N(memory.asSlice(at, BYTE_SIZE))", GeneratedMembers.ZEROED_STRUCT)
                .addStatement("return wrapView(memory, at, $T.lifetime(list), $T.generation(list))",
                        JavaTypes.ARENA_MEMORY, JavaTypes.ARENA_MEMORY)
                .build());
        type.addMethod(MethodSpec.methodBuilder("append")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(structList, "list")
                .addJavadoc("Appends a zeroed {@code $L} to {@code list} and returns a new flyweight over it; see\n"
                        + "{@link #wrapNew(StructList)}, which reuses one.\n", model.simpleName())
                .addStatement("return new $T().wrapNew(list)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("wrapElement")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(structList, "list")
                .addParameter(long.class, "index")
                .addJavadoc("Points this flyweight at element {@code index} of {@code list}, without allocating. Appending to the\n"
                        + "list may move its elements: wrap them again afterwards.\n\n"
                        + "@throws dev.arenastruct.StaleStructException if the list's memory was reclaimed\n"
                        + "@throws IndexOutOfBoundsException if {@code index} is negative or not below {@code list.size()}\n"
                        + "@throws IllegalArgumentException if {@code list} holds another struct (only raw types allow it)\n")
                .addStatement("long at = $T.elementOffset(list, index, $T.class)", JavaTypes.ARENA_MEMORY, self)
                .addStatement("return wrapView($T.memory(list), at, $T.lifetime(list), $T.generation(list))",
                        JavaTypes.ARENA_MEMORY, JavaTypes.ARENA_MEMORY, JavaTypes.ARENA_MEMORY)
                .build());
    }
}
