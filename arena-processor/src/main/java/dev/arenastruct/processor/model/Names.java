package dev.arenastruct.processor.model;

import java.util.List;
import java.util.Locale;

/** How generated names derive from declared ones. */
public final class Names {
    private Names() {
    }

    /** The generated class for a struct interface, {@code Outer.Inner} giving {@code Outer_InnerFlyweight}. */
    public static String flyweightName(List<String> nestedSimpleNames) {
        return String.join("_", nestedSimpleNames) + "Flyweight";
    }

    /** The generated heap value record: {@code TradeEventValue}, {@code Outer_InnerValue}. */
    public static String valueName(List<String> nestedSimpleNames) {
        String flyweight = flyweightName(nestedSimpleNames);
        return flyweight.substring(0, flyweight.length() - "Flyweight".length()) + "Value";
    }

    /** The offset constant for a field: {@code bidPrice} gives {@code BID_PRICE_OFFSET}. */
    public static String offsetConstant(String fieldName) {
        return upperSnake(fieldName) + "_OFFSET";
    }

    /**
     * Converts a camelCase name to UPPER_SNAKE_CASE: a word starts at an upper-case letter that
     * follows a lower-case letter or digit, or that ends a run of capitals ({@code HTTPServer}
     * gives {@code HTTP_SERVER}).
     */
    public static String upperSnake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (i > 0 && Character.isUpperCase(cp) && cps[i - 1] != '_') {
                int prev = cps[i - 1];
                boolean endsAcronym = Character.isUpperCase(prev) && i + 1 < cps.length
                        && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || endsAcronym) {
                    out.append('_');
                }
            }
            out.appendCodePoint(cp);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The length constant of an array or text field: {@code symbol} gives {@code SYMBOL_LENGTH}. */
    public static String lengthConstant(String fieldName) {
        return upperSnake(fieldName) + "_LENGTH";
    }

    /** The codes of a coded enum field: {@code side} gives {@code SIDE_CODES}. */
    public static String codesConstant(String fieldName) {
        return upperSnake(fieldName) + "_CODES";
    }

    /** The cached {@code values()} of an enum field: {@code side} gives {@code SIDE_VALUES}. */
    public static String valuesConstant(String fieldName) {
        return upperSnake(fieldName) + "_VALUES";
    }

    /** The reused view of a nested struct field: {@code bids} gives {@code bidsView}. */
    public static String viewField(String fieldName) {
        return fieldName + "View";
    }

    /** Text helper: {@code symbol} gives {@code appendSymbol(StringBuilder)}. */
    public static String textAppend(String fieldName) {
        return "append" + capitalize(fieldName);
    }

    /** Text helper: {@code symbol} gives {@code symbolByteLength()}. */
    public static String textByteLength(String fieldName) {
        return fieldName + "ByteLength";
    }

    /** Text helper of a text of at most 8 bytes: {@code symbol} gives {@code symbolAsLong()}. */
    public static String textAsLong(String fieldName) {
        return fieldName + "AsLong";
    }

    /** Text helper: {@code symbol} gives {@code symbolAsString()}. */
    public static String textAsString(String fieldName) {
        return fieldName + "AsString";
    }

    /** Text helper: {@code symbol} gives {@code symbolEquals(CharSequence)}. */
    public static String textEquals(String fieldName) {
        return fieldName + "Equals";
    }

    /** Text helper: {@code symbol} gives {@code symbolCompareTo(CharSequence)}. */
    public static String textCompareTo(String fieldName) {
        return fieldName + "CompareTo";
    }

    /** Bulk copy out of a primitive array field: {@code prices} gives {@code pricesTo(double[])}. */
    public static String arrayCopyOut(String fieldName) {
        return fieldName + "To";
    }

    /** Static element offset of an array of structs: {@code bids} gives {@code bidsOffset(long, int)}. */
    public static String elementOffset(String fieldName) {
        return fieldName + "Offset";
    }

    /** The atomic accessors of an {@code @Atomic} field {@code hits}, as the var handle modes name them. */
    public enum AtomicMode {
        /** {@code hitsVolatile()} and {@code hitsVolatile(value)}. */
        VOLATILE,
        /** {@code hitsAcquire()}. */
        ACQUIRE,
        /** {@code hitsRelease(value)}. */
        RELEASE,
        /** {@code compareAndSetHits(expected, value)}. */
        COMPARE_AND_SET,
        /** {@code getAndAddHits(delta)}. */
        GET_AND_ADD,
        /** {@code getAndSetHits(value)}. */
        GET_AND_SET;

        /** Whether a field of {@code valueType} gets {@code getAndAdd}: the JDK adds only integers in memory. */
        public static boolean adds(String valueType) {
            return valueType.equals("int") || valueType.equals("long");
        }

        /** The generated method's name for field {@code fieldName}. */
        public String methodName(String fieldName) {
            return switch (this) {
                case VOLATILE -> fieldName + "Volatile";
                case ACQUIRE -> fieldName + "Acquire";
                case RELEASE -> fieldName + "Release";
                case COMPARE_AND_SET -> "compareAndSet" + capitalize(fieldName);
                case GET_AND_ADD -> "getAndAdd" + capitalize(fieldName);
                case GET_AND_SET -> "getAndSet" + capitalize(fieldName);
            };
        }
    }

    /** {@code symbol} gives {@code Symbol}, for generated names such as {@code appendSymbol}. */
    public static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
