package dev.arenastruct;

import java.io.Serial;

/**
 * Thrown when a flyweight or arena view is used after the memory it points at was reclaimed:
 * the arena was reset, the scope it was allocated in was rewound, or the arena was closed.
 * The memory may already hold another batch's data, so the access is refused rather than
 * answered. The message names the struct, what reclaimed the memory, and the generations.
 */
public final class StaleStructException extends IllegalStateException {
    @Serial
    private static final long serialVersionUID = 1L;

    StaleStructException(String message) {
        super(message);
    }
}
