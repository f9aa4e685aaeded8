package io.avstack.core.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Reads frames one after another from a fixed-size region of a file, checking length and CRC. On
 * the first frame that is incomplete or fails its check it stops and describes why in {@link #stop()}.
 * Uses positional reads only, so several cursors may share one channel.
 */
final class FrameCursor {

    private static final int READ_AHEAD_BYTES = 1 << 16;

    private final FileChannel channel;
    private final long endOffset;
    private final byte[] prefix = new byte[Frames.PREFIX_BYTES];
    private long offset;
    private long frameOffset;
    /** Read-ahead for small frames: bytes {@code [aheadStart, aheadStart + ahead.limit())} of the file. */
    private final ByteBuffer ahead = ByteBuffer.allocate(READ_AHEAD_BYTES).limit(0);
    private long aheadStart;
    private long readPos;
    private DriveLogTail stop;

    /** Reads {@code [startOffset, endOffset)} of {@code channel}. */
    FrameCursor(FileChannel channel, long startOffset, long endOffset) {
        this.channel = channel;
        this.endOffset = endOffset;
        this.offset = startOffset;
    }

    /** The payload of the next frame, or {@code null} at the end or at a bad frame (see {@link #stop()}). */
    byte[] next() throws IOException {
        if (stop != null) {
            return null;
        }
        frameOffset = offset;
        long remaining = endOffset - offset;
        if (remaining == 0) {
            return stopAt(DriveLogTail.Kind.END_OF_FILE, "end of file at a frame boundary, no footer");
        }
        if (remaining < Frames.PREFIX_BYTES) {
            return stopAt(DriveLogTail.Kind.TRUNCATED, "incomplete frame prefix: " + remaining + " of "
                    + Frames.PREFIX_BYTES + " bytes");
        }
        readPos = offset;
        readFully(prefix);
        ByteBuffer p = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN);
        long length = Integer.toUnsignedLong(p.getInt());
        int crc = p.getInt();
        if (length == 0 || length > Frames.MAX_PAYLOAD_BYTES) {
            return stopAt(DriveLogTail.Kind.CORRUPT, "frame length " + length + " out of range [1, "
                    + Frames.MAX_PAYLOAD_BYTES + "]");
        }
        if (length > remaining - Frames.PREFIX_BYTES) {
            return stopAt(DriveLogTail.Kind.TRUNCATED, "incomplete frame: payload of " + length + " bytes, "
                    + (remaining - Frames.PREFIX_BYTES) + " present");
        }
        byte[] payload = new byte[(int) length];
        readFully(payload);
        int actual = Frames.crc32c(payload, 0, payload.length);
        if (actual != crc) {
            return stopAt(DriveLogTail.Kind.CORRUPT, String.format(
                    "CRC32C mismatch: frame says %08x, payload of %d bytes has %08x", crc, length, actual));
        }
        offset += Frames.PREFIX_BYTES + length;
        return payload;
    }

    /** Stops at the frame just returned, e.g. because its payload did not parse. */
    void rejectLast(DriveLogTail.Kind kind, String reason) {
        offset = frameOffset;
        stop = null;
        stopAt(kind, reason);
    }

    /** Why reading stopped; {@code null} while it has not. */
    DriveLogTail stop() {
        return stop;
    }

    /** Offset of the next frame (after a stop: of the frame that stopped reading). */
    long offset() {
        return offset;
    }

    /** Offset of the frame most recently returned or rejected. */
    long frameOffset() {
        return frameOffset;
    }

    /** Repositions at a frame boundary and clears any stop. */
    void seek(long newOffset) {
        offset = newOffset;
        stop = null;
    }

    private byte[] stopAt(DriveLogTail.Kind kind, String reason) {
        long ignored = kind == DriveLogTail.Kind.CLEAN || kind == DriveLogTail.Kind.END_OF_FILE
                ? 0 : endOffset - frameOffset;
        stop = new DriveLogTail(kind, frameOffset, ignored, "at byte " + frameOffset + ": " + reason);
        return null;
    }

    private void readFully(byte[] dest) throws IOException {
        int done = 0;
        while (done < dest.length) {
            long inAhead = readPos - aheadStart;
            if (inAhead >= 0 && inAhead < ahead.limit()) {
                int n = (int) Math.min(dest.length - done, ahead.limit() - inAhead);
                System.arraycopy(ahead.array(), (int) inAhead, dest, done, n);
                done += n;
                readPos += n;
            } else if (dest.length - done >= READ_AHEAD_BYTES) {
                ByteBuffer direct = ByteBuffer.wrap(dest, done, dest.length - done);
                while (direct.hasRemaining()) {
                    requireProgress(channel.read(direct, readPos + direct.position() - done));
                }
                readPos += dest.length - done;
                done = dest.length;
            } else {
                ahead.clear();
                requireProgress(channel.read(ahead, readPos));
                ahead.flip();
                aheadStart = readPos;
            }
        }
    }

    private void requireProgress(int bytesRead) throws IOException {
        if (bytesRead <= 0) {
            throw new IOException("file shrank while reading: nothing at offset " + readPos);
        }
    }
}
