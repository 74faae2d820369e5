package dev.arenastruct.internal;

import dev.arenastruct.ArenaAllocator;
import dev.arenastruct.Lifetime;
import dev.arenastruct.StructArray;
import dev.arenastruct.StructList;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * How generated flyweights allocate structs and walk {@link StructArray}s without creating a
 * segment per struct: a flyweight keeps the arena's block and the struct's offset in it. Public
 * because generated classes live in user packages; not meant to be called by hand (the segment
 * {@link #block} returns holds every allocation of the arena).
 *
 * <p>The methods delegate to a package-private class of {@code dev.arenastruct}, created once
 * through a private lookup (this package is in the same module) and kept in a constant: the JIT
 * knows its class and calls it directly. Method handles would do the same with a dozen more
 * inlined frames per call, which pushed accessors of large loops over C2's inlining node limit.
 */
public final class ArenaMemory {
    private static final ArenaAccess ACCESS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(ArenaAllocator.class, MethodHandles.lookup());
            Class<?> bridge = lookup.findClass("dev.arenastruct.ArenaMemoryBridge");
            ACCESS = (ArenaAccess) lookup.findConstructor(bridge, MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ArenaMemory() {
    }

    /** The bridge, for {@link Links}. */
    static ArenaAccess access() {
        return ACCESS;
    }

    /**
     * Allocates {@code byteSize} bytes aligned to {@code byteAlignment} in {@code arena} and returns
     * their offset in {@link #block}{@code (arena)}, read after this call. Unlike the arenas' own
     * allocations it leaves the bytes as they are: a generated flyweight zeroes a struct
     * of its own constant size with stores the JIT inlines (see {@code zeroedStruct} in a generated
     * class). Zeroing in the arena made its allocation path, compiled for an application's other
     * sizes too, too big for C2 to inline into struct allocations.
     *
     * @throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged
     */
    public static long claim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return ACCESS.claim(arena, byteSize, byteAlignment);
    }

    /**
     * {@link #claim}, returning -1 instead of throwing when the bytes do not fit (the arena is then
     * unchanged). Bad arguments, a closed arena and the wrong thread still throw.
     */
    public static long tryClaim(ArenaAllocator arena, long byteSize, long byteAlignment) {
        return ACCESS.tryClaim(arena, byteSize, byteAlignment);
    }

    /**
     * Zeroes all of {@code memory}, as the arenas zero an allocation: for a struct array, or a struct
     * too large to zero with stores of its own. The caller slices the new memory itself, so that
     * the slice is made one frame below generated code: the JIT removes a slice only if its
     * constructor chain (eight frames) inlines whole, within {@code MaxInlineLevel} of the compiled
     * method (made deeper, in the arena's own zeroing, a struct array allocated three frames below a
     * loop created a 40-byte slice every time).
     */
    public static void zero(MemorySegment memory) {
        Zeroing.zero(memory, memory.byteSize());
    }

    /** The block of {@code arena} that its last {@link #claim} allocated in. */
    public static MemorySegment block(ArenaAllocator arena) {
        return ACCESS.block(arena);
    }

    /**
     * Allocates {@code count} structs of {@code byteSize} bytes for a {@link StructArray}, not zeroed
     * (see {@link #zero}), and returns their offset in {@link #block}{@code (arena)}; {@link #structArray}
     * then creates the array.
     *
     * <p>Separate calls rather than one that returns the array: C2 does not inline a method it has already
     * compiled on its own into more than {@code InlineSmallCode} (2500) bytes, and the arena allocation
     * and zeroing can get near that. A method doing both, once compiled on its own, was then called,
     * not inlined, and the {@code StructArray} it created escaped: one object per batch. Apart, the
     * array is created in {@link #structArray}, small enough to be inlined into the caller, where
     * escape analysis removes it.
     *
     * @throws IllegalArgumentException if {@code count} is negative or the size overflows a long
     * @throws dev.arenastruct.ArenaExhaustedException if they do not fit; the arena is then unchanged
     */
    public static long claimArray(ArenaAllocator arena, long count, long byteSize, long byteAlignment,
            String structName) {
        return ACCESS.claimArray(arena, count, byteSize, byteAlignment, structName);
    }

    /**
     * The {@link StructArray} over the {@code count} structs of {@code byteSize} bytes that
     * {@link #claimArray} has just allocated at {@code start} in {@code arena}.
     */
    public static <F> StructArray<F> structArray(ArenaAllocator arena, long start, long count, long byteSize,
            Class<F> flyweight, String structName) {
        return ACCESS.structArray(arena, start, count, byteSize, flyweight, structName);
    }

    /**
     * The offset of element {@code index} in {@link #memory}{@code (array)}, after checking that
     * the array is not stale, holds structs of {@code flyweight} and has such an element.
     *
     * @throws dev.arenastruct.StaleStructException if the array's memory was reclaimed
     * @throws IllegalArgumentException if the array holds another struct type
     * @throws IndexOutOfBoundsException if {@code index} is negative or not below the count
     */
    public static long elementOffset(StructArray<?> array, long index, Class<?> flyweight) {
        return ACCESS.elementOffset(array, index, flyweight);
    }

    /** The block {@code array} lies in. */
    public static MemorySegment memory(StructArray<?> array) {
        return ACCESS.memory(array);
    }

    /** The lifetime {@code array} was allocated under. */
    public static Lifetime lifetime(StructArray<?> array) {
        return ACCESS.lifetime(array);
    }

    /** The generation of its lifetime when {@code array} was allocated. */
    public static long generation(StructArray<?> array) {
        return ACCESS.generation(array);
    }

    /**
     * A new, empty {@link StructList} of structs of {@code byteSize} bytes with room for
     * {@code initialCapacity} of them, in {@code arena}.
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or its size overflows a long
     * @throws dev.arenastruct.ArenaExhaustedException if the storage does not fit; the arena is then unchanged
     */
    public static <F> StructList<F> structList(ArenaAllocator arena, long initialCapacity, long byteSize,
            long byteAlignment, Class<F> flyweight, String structName) {
        return ACCESS.structList(arena, initialCapacity, byteSize, byteAlignment, flyweight, structName);
    }

    /**
     * Appends an element to {@code list}, growing it if it is full, and returns the element's offset
     * in {@link #memory(StructList)}{@code (list)}, read after this call (growth may move the list).
     * The element is not zeroed: the caller zeroes it through a slice it makes itself (see {@link #zero}).
     *
     * @throws dev.arenastruct.StaleStructException if the list's memory was reclaimed
     * @throws dev.arenastruct.ArenaExhaustedException if growing does not fit; the list is then unchanged
     * @throws IllegalArgumentException if the list holds another struct type
     */
    public static long append(StructList<?> list, Class<?> flyweight) {
        return ACCESS.append(list, flyweight);
    }

    /**
     * The offset of element {@code index} in {@link #memory(StructList)}{@code (list)}, after checking
     * that the list is not stale, holds structs of {@code flyweight} and has such an element.
     *
     * @throws dev.arenastruct.StaleStructException if the list's memory was reclaimed
     * @throws IllegalArgumentException if the list holds another struct type
     * @throws IndexOutOfBoundsException if {@code index} is negative or not below the size
     */
    public static long elementOffset(StructList<?> list, long index, Class<?> flyweight) {
        return ACCESS.elementOffset(list, index, flyweight);
    }

    /** The block {@code list}'s elements lie in now. */
    public static MemorySegment memory(StructList<?> list) {
        return ACCESS.memory(list);
    }

    /** The lifetime {@code list} was allocated under. */
    public static Lifetime lifetime(StructList<?> list) {
        return ACCESS.lifetime(list);
    }

    /** The generation of its lifetime when {@code list} was allocated. */
    public static long generation(StructList<?> list) {
        return ACCESS.generation(list);
    }
}
