package dev.arenastruct;

/**
 * The byte order of a struct's multi-byte fields, declared with {@link ArenaStruct#endian()}. It
 * applies to every field of the struct, array elements included; a nested struct must declare the
 * same order, since its own flyweight reads it.
 */
public enum Endian {
    /** The platform's order ({@code ByteOrder.nativeOrder()}): what native code on this machine expects. The default. */
    NATIVE,
    /** Most significant byte first: network byte order, and most exchange feeds (NASDAQ ITCH, SBE schemas that say so). */
    BIG,
    /** Least significant byte first, whatever the platform. */
    LITTLE
}
