package dev.arenastruct;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;

/**
 * Thrown by {@link MappedArena#open} when a file is not a usable mapped arena: empty, shorter than
 * its header says (truncated), not written by a {@link MappedArena} (foreign), of another format
 * version, or with a header whose numbers contradict each other. The message names the file and
 * the numbers. Nothing is mapped when it is thrown, so a bad file never reaches memory access
 * (where a page beyond the end of a file would fault).
 */
public final class MappedArenaFormatException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    MappedArenaFormatException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    /** The file that was opened. */
    public Path file() {
        return file;
    }
}
