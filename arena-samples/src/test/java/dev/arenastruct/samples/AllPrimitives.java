package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;

/**
 * Every primitive, in an order that forces padding: {@code struct { int8_t b; uint8_t flag;
 * int16_t s; uint16_t c; int32_t i; float f; int64_t l; double d; int8_t tail; }} has 2 bytes
 * of padding before {@code i} and 7 after {@code tail}: 40 bytes aligned to 8.
 */
@ArenaStruct
interface AllPrimitives {
    byte b();

    boolean flag();

    short s();

    char c();

    int i();

    float f();

    long l();

    double d();

    byte tail();
}
