package io.avstack.vehicle.broker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes what starting HiveMQ does to the JVM as a whole (measured with 2025.5):
 * <ul>
 * <li>it installs a default uncaught-exception handler that calls {@code System.exit} on some
 *     errors: the previous handler is put back;</li>
 * <li>it sets the system properties {@code hivemq.log.folder} and {@code guice_include_stack_traces}:
 *     they are put back as they were;</li>
 * <li>it loads JNA (through OSHI, to count CPU cores), which unpacks a native library under
 *     {@code ~/.cache/JNA}: while HiveMQ starts, {@code jna.tmpdir} points into the broker's own
 *     folder instead, unless JNA is already loaded or the property is set.</li>
 * </ul>
 * Not contained: HiveMQ's configuration reader calls {@code System.exit} on a configuration it
 * cannot accept, which is why {@link HiveMqConfig} only writes validated values. Properties are
 * global: another thread reading {@code jna.tmpdir} during the start sees the broker's folder.
 */
final class HiveMqSideEffects {

    private static final String[] PROPERTIES = {"hivemq.log.folder", "guice_include_stack_traces", "jna.tmpdir"};

    private final Thread.UncaughtExceptionHandler handler;
    private final Map<String, String> properties = new HashMap<>();

    private HiveMqSideEffects(Path jnaDir) {
        this.handler = Thread.getDefaultUncaughtExceptionHandler();
        for (String key : PROPERTIES) {
            properties.put(key, System.getProperty(key));
        }
        if (System.getProperty("jna.tmpdir") == null && System.getProperty("jna.loaded") == null) {
            System.setProperty("jna.tmpdir", jnaDir.toString());
        }
    }

    /** Records the JVM-wide state before HiveMQ starts; {@link #restore()} puts it back. */
    static HiveMqSideEffects contain(Path jnaDir) {
        return new HiveMqSideEffects(jnaDir);
    }

    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(handler);
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (e.getValue() == null) {
                System.clearProperty(e.getKey());
            } else {
                System.setProperty(e.getKey(), e.getValue());
            }
        }
    }
}
