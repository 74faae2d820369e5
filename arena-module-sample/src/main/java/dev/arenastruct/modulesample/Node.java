package dev.arenastruct.modulesample;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Link;

/** A list node that links to the next one. */
@ArenaStruct
public interface Node {
    /** The payload. */
    long value();

    /** The next node, or null. */
    @Link
    Node next();
}
