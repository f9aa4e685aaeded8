package io.avstack.core.log;

/**
 * Disk bounds of a {@link RotatingDriveLogWriter} series.
 *
 * @param maxFileBytes  a file is closed and the next one started before the first record appended
 *                      after its size reached this, bytes; so a file holds at most this plus one
 *                      record plus its footer. At least {@link #MIN_FILE_BYTES}.
 * @param maxTotalBytes the series' files together stay at or under this, bytes: the oldest files are
 *                      deleted as needed (never the one being written). At least twice
 *                      {@code maxFileBytes}, so at least one finished file is kept besides the
 *                      current one.
 */
public record DriveLogRotation(long maxFileBytes, long maxTotalBytes) {

    /** Smallest file size limit accepted: a header and a few records. */
    public static final long MIN_FILE_BYTES = 1024;

    public DriveLogRotation {
        if (maxFileBytes < MIN_FILE_BYTES) {
            throw new IllegalArgumentException("maxFileBytes must be >= " + MIN_FILE_BYTES + ", was " + maxFileBytes);
        }
        if (maxTotalBytes / 2 < maxFileBytes) {
            throw new IllegalArgumentException("maxTotalBytes must be >= 2 x maxFileBytes (" + maxFileBytes + "), was "
                    + maxTotalBytes);
        }
    }
}
