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
                    + " or give it a default body if it is not a field"),
    VOID_ACCESSOR("VoidAccessor",
            "method '%s()' returns void; a field accessor returns the field's value: declare the type,"
                    + " as in 'long %s()', or give it a default body if it is not a field"),
    GENERIC_ACCESSOR("GenericAccessor",
            "method '%s' declares type parameters <%s>; a field accessor cannot be generic: remove them"),
    REFERENCE_FIELD("ReferenceField",
            "field '%s' has type %s, which is a reference; an arena struct holds only primitives"
                    + " (byte, boolean, short, char, int, float, long, double), because the garbage"
                    + " collector never scans an arena%s"),
    NAME_CLASH("NameClash",
            "field '%s' maps to the constant %s, as field '%s' does; rename one of them"),
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
