package dev.arenastruct.processor.model;

/** A struct's byte order, as {@code @ArenaStruct(endian = ...)} declares it. */
public enum Endian {
    NATIVE, BIG, LITTLE
}
