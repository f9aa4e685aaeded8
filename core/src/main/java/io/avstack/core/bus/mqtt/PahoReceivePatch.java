package io.avstack.core.bus.mqtt;

import org.eclipse.paho.client.mqttv3.internal.wire.CountingInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether avstack's bulk-reading {@link CountingInputStream} (in avstack-core, replacing Paho's
 * byte-at-a-time one) is the class this process loaded. It is when avstack-core comes before Paho on
 * the class path, as in the launcher's and Maven's; a hand-made class path that puts Paho first
 * still works, only each received byte then costs ~35 ns (the class's comment).
 */
public final class PahoReceivePatch {

    private static final Logger LOG = LoggerFactory.getLogger(PahoReceivePatch.class);
    private static volatile boolean checked;

    private PahoReceivePatch() {
    }

    /** Whether the loaded {@link CountingInputStream} reads in bulk. */
    public static boolean active() {
        try {
            CountingInputStream.class.getDeclaredMethod("read", byte[].class, int.class, int.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Logs once per process when {@link #active()} is false. */
    static void warnIfInactive() {
        if (!checked) {
            checked = true;
            if (!active()) {
                LOG.warn("Paho's own CountingInputStream was loaded (from {}), not avstack-core's: received MQTT "
                        + "payloads are copied a byte at a time; put avstack-core before Paho on the class path",
                        CountingInputStream.class.getProtectionDomain().getCodeSource());
            }
        }
    }
}
