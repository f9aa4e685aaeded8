package io.avstack.core.log;

/**
 * How reading a drive log ended. A torn or corrupt tail is reported here, never thrown: a log
 * written by a process that crashed is read up to its last complete record.
 *
 * @param kind         why reading stopped
 * @param offset       byte offset where reading stopped (start of the footer, of the bad frame, or
 *                     the file size)
 * @param ignoredBytes bytes from {@code offset} to the end of the file that were not returned as
 *                     records; 0 for {@link Kind#CLEAN} and {@link Kind#END_OF_FILE}
 * @param reason       human-readable cause, naming the offset and the values that were wrong
 */
public record DriveLogTail(Kind kind, long offset, long ignoredBytes, String reason) {

    public enum Kind {
        /** Reading has not reached the end yet. */
        NOT_REACHED,
        /** The footer of a cleanly closed log. */
        CLEAN,
        /** The file ends exactly after a complete frame but has no footer (writer crashed between frames). */
        END_OF_FILE,
        /** The last frame is incomplete (writer crashed mid-frame). */
        TRUNCATED,
        /** A frame failed its check (length out of range, CRC mismatch, unparseable or inconsistent entry). */
        CORRUPT
    }

    static final DriveLogTail NOT_REACHED_YET = new DriveLogTail(Kind.NOT_REACHED, -1, 0, "not at the end yet");

    /** Whether the log was read to a clean end or a frame boundary, i.e. nothing was ignored. */
    public boolean intact() {
        return kind == Kind.CLEAN || kind == Kind.END_OF_FILE;
    }
}
