package dev.arenastruct.processor;

import java.util.Locale;

/**
 * Every diagnostic the processor reports: a stable tag users and tests can search for, what is
 * wrong, and how to fix it. Rendered as {@code [ArenaStruct/Tag] text}.
 */
enum Message {
    NOT_AN_INTERFACE("NotInterface",
            "@ArenaStruct is on %s '%s', but a struct is declared as an interface:"
                    + " write 'interface %s' with one abstract accessor per field, as in 'long id();'"),
    NOT_IMPLEMENTABLE("NotImplementable",
            "struct interface '%s' is %s, so the generated %s cannot implement it:"
                    + " make it a public or package-private interface that is not sealed"),
    GENERIC_STRUCT("GenericStruct",
            "struct interface '%s' declares type parameter '%s'; a struct's layout is fixed at compile"
                    + " time: remove the type parameter and give every field a primitive type"),
    INHERITED_ACCESSOR("InheritedAccessor",
            "struct interface '%s' inherits abstract method '%s' from '%s'; struct fields are declared"
                    + " in the @ArenaStruct interface itself: redeclare '%s' in '%s', or give it a default body"),
    NO_FIELDS("NoFields",
            "struct interface '%s' declares no field accessors; a struct needs at least one field,"
                    + " as in 'long id();'"),
    ACCESSOR_PARAMETERS("AccessorParameters",
            "method '%s' has parameters (%s); a field accessor takes none: declare it as '%s %s()',"
                    + " or give it a default body if it is not a field%s"),
    INDEXED_PARAMETERS("IndexedParameters",
            "method '%s' is annotated @%s, so its only parameter is the int index: declare it as"
                    + " '%s %s(int index)'"),
    ATOMIC_TYPE("AtomicType",
            "@Atomic on field '%s' of %s: atomic accessors are generated for int, long, float and double"
                    + " fields (what java.lang.foreign can compare-and-set in memory); make it 'int %s()' or"
                    + " 'long %s()', or remove @Atomic"),
    ATOMIC_NOTHING("AtomicType",
            "@Atomic on struct interface '%s' asks for atomic accessors on its int, long, float and double"
                    + " fields, but it has none: remove @Atomic, or declare the counter as 'long %s()'"),
    ARRAY_LENGTH("ArrayLength",
            "@%s(length = %d) on '%s' declares no elements; the length must be at least 1"),
    ARRAY_AND_TEXT("ArrayAndText",
            "method '%s' is annotated both @Array and @Text; keep @Text for UTF-8 text, or @Array for"
                    + " an array of numbers"),
    TEXT_ELEMENT("TextElement",
            "@Text field '%s' has element type %s, but text is stored as UTF-8 bytes: declare it as"
                    + " 'byte %s(int index)'"),
    ARRAY_ELEMENT("ArrayElement",
            "@Array field '%s' has element type %s, which is a reference; array elements are primitives,"
                    + " enums or @ArenaStruct interfaces%s"),
    INACCESSIBLE_TYPE("InaccessibleType",
            "field '%s' has enum type %s, which is %s, so the generated %s, a class of its own in package %s,"
                    + " cannot refer to it: make %s public, or package-private in that package"),
    MISSING_FLYWEIGHT("MissingFlyweight",
            "field '%s' has struct type %s, which comes compiled (%s) without its generated %s: compile %s's"
                    + " sources with the arenastruct processor on the annotation processor path, or add the"
                    + " classes generated for it to the class path"),
    TOO_MANY_FIELDS("TooManyFields",
            "struct '%s' declares %d fields, more than the %d one generated class can hold (the class file"
                    + " format limits a method's code and a class's constants): group fields into nested"
                    + " @ArenaStruct types, which generate classes of their own"),
    EMPTY_ENUM("EmptyEnum",
            "field '%s' has enum type %s, which has no constants, so no value could be stored: add a"
                    + " constant to the enum or remove the field"),
    RECURSIVE_STRUCT("RecursiveStruct",
            "field '%s' makes struct '%s' contain itself by value (%s), which would make it infinitely"
                    + " large: store an index or id of the other struct instead, as in 'int %sIndex()'"),
    INVALID_NESTED_STRUCT("InvalidNestedStruct",
            "field '%s' has struct type %s, whose declaration has errors (reported on it); fix those"
                    + " first: nothing was generated for '%s'"),
    STRUCT_ALIGNMENT("StructAlignment",
            "@ArenaStruct(alignment = %d) on '%s' is not a power of two: use 1, 2, 4, 8, 16, 32, 64, ...,"
                    + " or leave it out for the natural alignment"),
    PACKED_ALIGNMENT("PackedAlignment",
            "@ArenaStruct(packed = true, alignment = %d) on '%s' asks for both: a packed struct has no padding"
                    + " and alignment 1; remove alignment, or packed"),
    UNSIGNED_BYTES("UnsignedBytes",
            "@Unsigned(bytes = %d) on '%s': an unsigned field is 1 to 8 bytes wide; use bytes = 6 for a 48-bit"
                    + " timestamp, bytes = 2 for a uint16_t"),
    UNSIGNED_TYPE("UnsignedType",
            "@Unsigned(bytes = %d) on field '%s' of %s: %s"),
    ATOMIC_WIRE("AtomicType",
            "@Atomic on field '%s' of struct '%s': %s, but atomic access needs a naturally aligned field in"
                    + " native byte order; remove @Atomic, or keep the counter in a struct of its own that is not"
                    + " packed and has native byte order"),
    NESTED_WIRE("NestedLayout",
            "field '%s' nests struct %s, which is %s, in struct '%s', which is %s; %s: declare %s with %s"),
    MISSING_CODE("EnumCode",
            "constant %s of enum %s has no @Code, but other constants of it have: a coded enum is stored by"
                    + " code, so give %s a @Code, or mark it @UnknownCode to stand for codes no constant has"),
    DUPLICATE_CODE("EnumCode",
            "constants %s and %s of enum %s both have @Code(%d)%s, so a stored %d could not tell them apart:"
                    + " give each constant a code of its own"),
    CODE_RANGE("EnumCode",
            "@Code(%d) on constant %s of enum %s is outside 0..4294967295, what a stored code of at most 4"
                    + " bytes holds: use a code in that range"),
    UNKNOWN_CODE("EnumCode",
            "constant %s of enum %s %s; exactly one constant may stand for codes no constant has, and it has no"
                    + " code of its own: %s"),
    STRUCT_TOO_LARGE("StructTooLarge",
            "struct '%s' is too large: its size in bytes overflows a long; make its arrays shorter"),
    RESERVED_NAME("ReservedName",
            "field '%s' would clash with the generated method %s: rename the field"),
    DEFAULT_METHOD_CLASH("DefaultMethodClash",
            "default method '%s' that struct interface '%s' %s has the signature of the %s the generated %s"
                    + " declares for field '%s', so the flyweight could not keep both: rename or remove the"
                    + " default method, or rename the field"),
    DEFAULT_METHOD_RESERVED("DefaultMethodClash",
            "default method '%s' that struct interface '%s' %s has the signature of a method every generated"
                    + " flyweight declares (%s's too), so the flyweight could not keep both: rename or remove the"
                    + " default method"),
    SHADOWED_NAME("ShadowedName",
            "%s of struct interface '%s' hides the name %s that the generated %s refers to (a class sees"
                    + " the members it inherits before its imports): rename it, or move it out of the interface"),
    LAYOUT_NAMED_TYPE("ShadowedName",
            "field '%s' has enum type '%s', named like the value layout ValueLayout.%s that the generated %s"
                    + " imports statically, so 'values()' would be looked up on the layout: rename the enum"),
    VALUE_COMPONENT_NAME("ReservedName",
            "field '%s' would be a component of the generated heap value record, a variable that hides the"
                    + " class dev.arenastruct.internal.StructValues the record calls: rename the field"),
    OBJECT_METHOD("ObjectMethod",
            "field '%s' would override Object's protected %s(), which returns %s, so the generated flyweight"
                    + " could not compile: rename the field"),
    NOT_A_FIELD("NotAField",
            "@%s on method '%s' has no effect, because only abstract methods of an @ArenaStruct interface"
                    + " are fields: remove the annotation, or make '%s' an abstract accessor in a struct"),
    VOID_ACCESSOR("VoidAccessor",
            "method '%s()' returns void; a field accessor returns the field's value: declare the type,"
                    + " as in 'long %s()', or give it a default body if it is not a field"),
    GENERIC_ACCESSOR("GenericAccessor",
            "method '%s' declares type parameters <%s>; a field accessor cannot be generic: remove them"),
    REFERENCE_FIELD("ReferenceField",
            "field '%s' has type %s, which is a reference; an arena struct holds only primitives"
                    + " (byte, boolean, short, char, int, float, long, double), enums, @ArenaStruct"
                    + " interfaces, @Array and @Text fields, because the garbage collector never scans an"
                    + " arena%s"),
    NAME_CLASH("NameClash",
            "field '%s' maps to the generated name %s, as field '%s' does; rename one of them"),
    UNRESOLVED_TYPE("UnresolvedType",
            "field '%s' has type %s, which could not be resolved; nothing was generated for '%s':"
                    + " fix the type, or the error that keeps it from being generated"),
    WRITE_FAILED("WriteFailed",
            "could not write %s for '%s': %s; remove or rename any class of that name in the package"),
    INTERNAL_ERROR("InternalError",
            "arenastruct failed on '%s' with %s; nothing was generated for it. This is a bug in"
                    + " arenastruct: please report it with this declaration");

    private final String tag;
    private final String template;

    Message(String tag, String template) {
        this.tag = tag;
        this.template = template;
    }

    /** The stable tag, such as {@code ReferenceField}. */
    String tag() {
        return tag;
    }

    /** The full text with its tag: {@code [ArenaStruct/ReferenceField] field 'name' has ...}. */
    String format(Object... args) {
        return "[ArenaStruct/" + tag + "] " + String.format(Locale.ROOT, template, args);
    }
}
