package dev.arenastruct.internal;

import java.util.Arrays;

/**
 * The codes of a {@code @Code} enum in one struct field, both ways: the constant of a stored code
 * (a table for codes below 4,096, a binary search above), and the code of a constant. One per
 * field, held in a constant of the generated flyweight. Public because the generated classes live
 * in user packages; not meant to be called by hand.
 *
 * @param <E> the enum
 */
public final class EnumCodes<E extends Enum<E>> {
    private static final int TABLE_LIMIT = 4096;

    private final long[] codeOfOrdinal;
    private final E unknown;
    private final Object[] table;       // constant by code, for codes below table.length
    private final long[] sortedCodes;   // the rest, by binary search
    private final E[] sortedConstants;
    private final String struct;
    private final String field;
    private final String enumName;

    /**
     * @param constants the enum's {@code values()}
     * @param codes the code of each constant by ordinal; {@code -1} for the {@code @UnknownCode} constant
     * @param struct the struct's name, for messages
     * @param field the field's name, for messages
     */
    public EnumCodes(E[] constants, long[] codes, String struct, String field) {
        if (constants.length != codes.length) {
            // The enum gained or lost constants since the struct was compiled: its codes are not these.
            throw new IllegalStateException(struct + "." + field + " was compiled for an enum "
                    + constants.getClass().getComponentType().getName() + " of " + codes.length
                    + " constants, but it has " + constants.length + " now: recompile " + struct);
        }
        this.codeOfOrdinal = codes.clone();
        this.struct = struct;
        this.field = field;
        this.enumName = constants.getClass().getComponentType().getSimpleName();
        E unknownConstant = null;
        long max = -1;
        int coded = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                unknownConstant = constants[i];
            } else {
                max = Math.max(max, codes[i]);
                coded++;
            }
        }
        this.unknown = unknownConstant;
        this.table = new Object[(int) Math.min(max + 1, TABLE_LIMIT)];
        long[] big = new long[coded];
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && codes[i] < table.length) {
                table[(int) codes[i]] = constants[i];
            } else if (codes[i] >= 0) {
                big[n++] = codes[i] << 20 | i; // codes below 2^32, ordinals below 2^20: one sort keeps the pairs
            }
        }
        long[] sorted = Arrays.copyOf(big, n);
        Arrays.sort(sorted);
        this.sortedCodes = new long[n];
        this.sortedConstants = Arrays.copyOf(constants, n);
        for (int i = 0; i < n; i++) {
            sortedCodes[i] = sorted[i] >>> 20;
            sortedConstants[i] = constants[(int) (sorted[i] & 0xFFFFF)];
        }
    }

    /**
     * The constant whose code is {@code code}: the {@code @UnknownCode} constant if none has it.
     *
     * @throws IllegalStateException naming the field and the code if none has it and there is no such constant
     */
    public E constant(long code) {
        E constant = constant0(code);
        return constant != null ? constant : unknownOr(code, -1);
    }

    /** As {@link #constant(long)}, for element {@code index} of an array field (named in the message). */
    public E constant(long code, int index) {
        E constant = constant0(code);
        return constant != null ? constant : unknownOr(code, index);
    }

    @SuppressWarnings("unchecked")
    private E constant0(long code) {
        if (code >= 0 && code < table.length) {
            return (E) table[(int) code];
        }
        int at = Arrays.binarySearch(sortedCodes, code);
        return at >= 0 ? sortedConstants[at] : null;
    }

    private E unknownOr(long code, int index) {
        if (unknown != null) {
            return unknown;
        }
        String printable = code >= 0x20 && code < 0x7F ? " ('" + (char) code + "')" : "";
        throw new IllegalStateException(struct + "." + field + (index < 0 ? "" : "[" + index + "]") + " holds code "
                + code + printable + ", which no constant of " + enumName + " has: the memory was written by other"
                + " code, or the feed has a code this program does not know (mark a constant of " + enumName
                + " @UnknownCode to read such codes as it)");
    }

    /**
     * Appends the name of the constant whose code is {@code code}, or {@code <code N>} where none
     * has it (and there is no {@code @UnknownCode} constant): {@code toString()} of a struct never
     * throws, even as allocated (zeros) or as other code wrote it.
     */
    public StringBuilder appendTo(StringBuilder out, long code) {
        E constant = constant0(code);
        if (constant == null) {
            constant = unknown;
        }
        return constant != null ? out.append(constant.name()) : out.append("<code ").append(code).append('>');
    }

    /**
     * The code of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is the {@code @UnknownCode} constant, which has none
     * @throws NullPointerException if {@code value} is null
     */
    public long code(E value) {
        long code = codeOfOrdinal[value.ordinal()];
        if (code < 0) {
            throw new IllegalArgumentException(struct + "." + field + " cannot be set to " + enumName + "." + value.name()
                    + ": it is the @UnknownCode constant, which stands for codes no constant has and has no code of its"
                    + " own; nothing was written");
        }
        return code;
    }
}
