package io.avstack.core.bus.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the socket factory a connection uses: always {@code TCP_NODELAY}, TLS from {@link MqttTls}. */
public final class MqttSocketFactories {

    private MqttSocketFactories() {
    }

    /**
     * A {@link NoDelaySocketFactory} for {@code tcp://}, a {@link NoDelaySslSocketFactory} for
     * {@code ssl://}.
     *
     * @throws IllegalArgumentException if a trust or key store cannot be read; the message names the file
     */
    public static SocketFactory forSettings(MqttSettings settings) {
        return settings.isTls()
                ? new NoDelaySslSocketFactory(sslContext(settings.tls()).getSocketFactory())
                : NoDelaySocketFactory.wrappingDefault();
    }

    /** An {@link SSLContext} trusting {@code tls.trustStore()} (or the JVM default) with the optional client key. */
    public static SSLContext sslContext(MqttTls tls) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            // null: the JVM's default trust (cacerts or javax.net.ssl.trustStore).
            tmf.init(tls.trustStore() == null ? null
                    : load("trustStore", tls.trustStore(), tls.trustStoreType(), tls.trustStorePassword()));
            KeyManager[] keyManagers = null;
            if (tls.keyStore() != null) {
                char[] password = tls.keyStorePassword().toCharArray();
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load("keyStore", tls.keyStore(), tls.keyStoreType(), tls.keyStorePassword()), password);
                keyManagers = kmf.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("mqtt tls setup failed for " + tls + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String what, Path file, String type, String password) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("mqtt tls " + what + " " + file + " does not exist or is not readable");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password == null ? null : password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("mqtt tls " + what + " " + file + " (" + type
                    + ") cannot be loaded: " + e.getMessage(), e);
        }
    }
}
