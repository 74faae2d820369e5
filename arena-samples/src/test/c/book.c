/*
 * The C side of NativeCallsSampleTest: a BookSnapshot (arena-samples' BookSnapshot.java, Level.java,
 * Price.java, Side.java) declared by hand, as a C program that shares it with Java would declare it.
 * book_fill writes every field and book_checksum reads every field, each from the same formula as
 * the test's Java twin, so a field at the wrong offset, a text without its zero padding or an enum
 * of the wrong width makes the two sides disagree.
 *
 *   gcc -shared -fPIC -O2 -o libbook.so book.c
 *
 * The test also passes the generated constants (-DJAVA_BOOK_SNAPSHOT_BYTE_SIZE=... and the rest),
 * so the static asserts below compare this declaration with the flyweights it is loaded beside;
 * without them the asserts check the numbers the processor generates today.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef JAVA_PRICE_BYTE_SIZE
#define JAVA_PRICE_BYTE_SIZE 16
#define JAVA_PRICE_MANTISSA_OFFSET 0
#define JAVA_PRICE_EXPONENT_OFFSET 8
#define JAVA_LEVEL_BYTE_SIZE 32
#define JAVA_LEVEL_PRICE_OFFSET 0
#define JAVA_LEVEL_QUANTITY_OFFSET 16
#define JAVA_LEVEL_ORDERS_OFFSET 24
#define JAVA_BOOK_SNAPSHOT_BYTE_SIZE 704
#define JAVA_BOOK_SNAPSHOT_BYTE_ALIGNMENT 64
#define JAVA_BOOK_SNAPSHOT_SYMBOL_OFFSET 0
#define JAVA_BOOK_SNAPSHOT_SEQUENCE_OFFSET 8
#define JAVA_BOOK_SNAPSHOT_LAST_TRADE_SIDE_OFFSET 16
#define JAVA_BOOK_SNAPSHOT_BIDS_OFFSET 24
#define JAVA_BOOK_SNAPSHOT_ASKS_OFFSET 344
#endif

#define SYMBOL_LENGTH 8
#define LEVELS 10

/* Side.java: a Java enum stored as its ordinal in one byte (2 constants <= 256). */
enum side { SIDE_BID = 0, SIDE_ASK = 1 };

struct price {
    int64_t mantissa;
    int8_t exponent;
};

struct level {
    struct price price;
    int64_t quantity;
    int32_t orders;
};

/* @ArenaStruct(alignment = 64) is gcc's aligned(64): the size rounds up to 704, not 664. */
struct book_snapshot {
    char symbol[SYMBOL_LENGTH]; /* UTF-8, zero padded; no NUL when all 8 bytes are text */
    int64_t sequence;
    uint8_t last_trade_side;    /* enum side, but one byte: an enum in C is an int */
    struct level bids[LEVELS];
    struct level asks[LEVELS];
} __attribute__((aligned(64)));

_Static_assert(sizeof(struct price) == JAVA_PRICE_BYTE_SIZE, "PriceFlyweight.BYTE_SIZE");
_Static_assert(offsetof(struct price, mantissa) == JAVA_PRICE_MANTISSA_OFFSET, "PriceFlyweight.MANTISSA_OFFSET");
_Static_assert(offsetof(struct price, exponent) == JAVA_PRICE_EXPONENT_OFFSET, "PriceFlyweight.EXPONENT_OFFSET");
_Static_assert(sizeof(struct level) == JAVA_LEVEL_BYTE_SIZE, "LevelFlyweight.BYTE_SIZE");
_Static_assert(offsetof(struct level, price) == JAVA_LEVEL_PRICE_OFFSET, "LevelFlyweight.PRICE_OFFSET");
_Static_assert(offsetof(struct level, quantity) == JAVA_LEVEL_QUANTITY_OFFSET, "LevelFlyweight.QUANTITY_OFFSET");
_Static_assert(offsetof(struct level, orders) == JAVA_LEVEL_ORDERS_OFFSET, "LevelFlyweight.ORDERS_OFFSET");
_Static_assert(sizeof(struct book_snapshot) == JAVA_BOOK_SNAPSHOT_BYTE_SIZE, "BookSnapshotFlyweight.BYTE_SIZE");
_Static_assert(_Alignof(struct book_snapshot) == JAVA_BOOK_SNAPSHOT_BYTE_ALIGNMENT,
               "BookSnapshotFlyweight.BYTE_ALIGNMENT");
_Static_assert(offsetof(struct book_snapshot, symbol) == JAVA_BOOK_SNAPSHOT_SYMBOL_OFFSET,
               "BookSnapshotFlyweight.SYMBOL_OFFSET");
_Static_assert(offsetof(struct book_snapshot, sequence) == JAVA_BOOK_SNAPSHOT_SEQUENCE_OFFSET,
               "BookSnapshotFlyweight.SEQUENCE_OFFSET");
_Static_assert(offsetof(struct book_snapshot, last_trade_side) == JAVA_BOOK_SNAPSHOT_LAST_TRADE_SIDE_OFFSET,
               "BookSnapshotFlyweight.LAST_TRADE_SIDE_OFFSET");
_Static_assert(offsetof(struct book_snapshot, bids) == JAVA_BOOK_SNAPSHOT_BIDS_OFFSET,
               "BookSnapshotFlyweight.BIDS_OFFSET");
_Static_assert(offsetof(struct book_snapshot, asks) == JAVA_BOOK_SNAPSHOT_ASKS_OFFSET,
               "BookSnapshotFlyweight.ASKS_OFFSET");

/*
 * Field k of the book for a seed: splitmix64 of seed + k * golden ratio. Unsigned, so that
 * overflow wraps as Java's long arithmetic does (signed overflow is undefined in C).
 */
static uint64_t value(int64_t seed, uint64_t k) {
    uint64_t z = (uint64_t) seed + k * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* The numbering of the fields in value(): bids from 10, asks from 50, four per level. */
enum { K_SYMBOL_LENGTH = 0, K_SEQUENCE = 1, K_SIDE = 2, K_SYMBOL_CHARS = 3, K_BIDS = 10, K_ASKS = 50 };

static void fill_level(struct level *l, int64_t seed, uint64_t k) {
    l->price.mantissa = (int64_t) value(seed, k);
    l->price.exponent = (int8_t) value(seed, k + 1);
    l->quantity = (int64_t) value(seed, k + 2);
    l->orders = (int32_t) value(seed, k + 3);
}

/* Writes every field of *b from seed; the symbol is 1 to 8 capital letters, zero padded. */
void book_fill(struct book_snapshot *b, int64_t seed) {
    unsigned length = 1 + (unsigned) (value(seed, K_SYMBOL_LENGTH) % SYMBOL_LENGTH);
    memset(b->symbol, 0, SYMBOL_LENGTH);
    for (unsigned i = 0; i < length; i++) {
        b->symbol[i] = (char) ('A' + value(seed, K_SYMBOL_CHARS + i) % 26);
    }
    b->sequence = (int64_t) value(seed, K_SEQUENCE);
    b->last_trade_side = (uint8_t) (value(seed, K_SIDE) & 1 ? SIDE_ASK : SIDE_BID);
    for (unsigned i = 0; i < LEVELS; i++) {
        fill_level(&b->bids[i], seed, K_BIDS + 4 * i);
        fill_level(&b->asks[i], seed, K_ASKS + 4 * i);
    }
}

static uint64_t mix(uint64_t h, int64_t x) {
    return h * 31 + (uint64_t) x;
}

static uint64_t mix_level(uint64_t h, const struct level *l) {
    h = mix(h, l->price.mantissa);
    h = mix(h, l->price.exponent);
    h = mix(h, l->quantity);
    return mix(h, l->orders);
}

/*
 * Reads every field of *b, in declaration order, into one number: all 8 symbol bytes (the
 * padding too, as unsigned bytes), signed fields sign-extended, the side as its unsigned byte.
 */
int64_t book_checksum(const struct book_snapshot *b) {
    uint64_t h = 17;
    for (int i = 0; i < SYMBOL_LENGTH; i++) {
        h = mix(h, (unsigned char) b->symbol[i]);
    }
    h = mix(h, b->sequence);
    h = mix(h, b->last_trade_side);
    for (int i = 0; i < LEVELS; i++) {
        h = mix_level(h, &b->bids[i]);
    }
    for (int i = 0; i < LEVELS; i++) {
        h = mix_level(h, &b->asks[i]);
    }
    return (int64_t) h;
}
