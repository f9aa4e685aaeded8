package io.avstack.drivers.can;

import java.io.IOException;

/** A SocketCAN interface cannot be used here; the message names the interface and says why. */
public final class SocketCanUnavailableException extends IOException {

    private final String interfaceName;

    public SocketCanUnavailableException(String interfaceName, String reason, Throwable cause) {
        super("SocketCAN interface '" + interfaceName + "' is unavailable: " + reason, cause);
        this.interfaceName = interfaceName;
    }

    public String interfaceName() {
        return interfaceName;
    }
}
