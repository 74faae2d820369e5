package dev.arenastruct.bench;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/**
 * The long-text scenario's struct, C: {@code struct { int64_t id; char text[56]; }}, 64 bytes: a
 * free-text field (an order's reject reason, a venue's message) mostly shorter than its room.
 */
@ArenaStruct
public interface Note {
    /** Note id. */
    long id();

    /** The text, UTF-8, zero padded. */
    @Text(length = 56)
    byte text(int index);
}
