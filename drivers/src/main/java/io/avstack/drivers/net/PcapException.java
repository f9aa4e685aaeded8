package io.avstack.drivers.net;

import java.nio.file.Path;

/** A capture file that cannot be read at all (bad global header), naming the file and what is wrong. */
public final class PcapException extends Exception {
    public PcapException(Path file, String what) {
        super(file + ": " + what);
    }

    public PcapException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
    }
}
