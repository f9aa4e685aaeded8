package io.avstack.core.log;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a readable drive log: bad magic, bad or unsupported header. */
public final class DriveLogFormatException extends IOException {

    private final Path file;
    private final long offset;

    public DriveLogFormatException(Path file, long offset, String reason) {
        super(file + " at byte " + offset + ": " + reason);
        this.file = file;
        this.offset = offset;
    }

    public Path file() {
        return file;
    }

    /** Byte offset of the fault. */
    public long offset() {
        return offset;
    }
}
