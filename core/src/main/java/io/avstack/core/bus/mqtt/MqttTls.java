package io.avstack.core.bus.mqtt;

import java.nio.file.Path;

/**
 * TLS options for an {@code ssl://} broker URL. Only the shape is checked here; the stores are
 * read when the connection is built ({@link MqttSocketFactories}), which names the file on failure.
 *
 * @param trustStore         key store holding the CA certificates to trust; {@code null} means the
 *                           JVM's default trust (its {@code cacerts}, or {@code javax.net.ssl.trustStore})
 * @param trustStorePassword password of {@code trustStore}; may be {@code null} (then the store's
 *                           integrity is not checked)
 * @param trustStoreType     {@code KeyStore} type of {@code trustStore}, e.g. {@code PKCS12} or {@code JKS}
 * @param keyStore           key store with this client's certificate and private key, for brokers
 *                           that require client certificates; {@code null} for none
 * @param keyStorePassword   password of {@code keyStore} and of the key inside it; required with a key store
 * @param keyStoreType       {@code KeyStore} type of {@code keyStore}
 * @param verifyHostname     check that the broker's certificate names the host in the URL (keep
 *                           {@code true} outside tests)
 */
public record MqttTls(Path trustStore, String trustStorePassword, String trustStoreType,
                      Path keyStore, String keyStorePassword, String keyStoreType,
                      boolean verifyHostname) {

    /** Key store type used when none is given. */
    public static final String DEFAULT_STORE_TYPE = "PKCS12";

    /** The JVM's default trust, no client certificate, host name verified. */
    public static final MqttTls JVM_DEFAULT = new MqttTls(null, null, DEFAULT_STORE_TYPE, null, null,
            DEFAULT_STORE_TYPE, true);

    public MqttTls {
        if (trustStoreType == null || trustStoreType.isBlank()) {
            throw new IllegalArgumentException("mqtt tls trustStoreType must be non-blank, was '" + trustStoreType + "'");
        }
        if (keyStoreType == null || keyStoreType.isBlank()) {
            throw new IllegalArgumentException("mqtt tls keyStoreType must be non-blank, was '" + keyStoreType + "'");
        }
        if (trustStore == null && trustStorePassword != null) {
            throw new IllegalArgumentException("mqtt tls trustStorePassword given without a trustStore");
        }
        if (keyStore == null && keyStorePassword != null) {
            throw new IllegalArgumentException("mqtt tls keyStorePassword given without a keyStore");
        }
        if (keyStore != null && keyStorePassword == null) {
            throw new IllegalArgumentException("mqtt tls keyStore " + keyStore
                    + " needs keyStorePassword (it also unlocks the private key)");
        }
    }

    /** Trusts the CA certificates in {@code trustStore} (type {@link #DEFAULT_STORE_TYPE}) instead of the JVM's. */
    public static MqttTls trusting(Path trustStore, String trustStorePassword) {
        return new MqttTls(trustStore, trustStorePassword, DEFAULT_STORE_TYPE, null, null, DEFAULT_STORE_TYPE, true);
    }

    /** These options plus a client certificate from {@code keyStore} (type {@link #DEFAULT_STORE_TYPE}). */
    public MqttTls withClientCertificate(Path clientKeyStore, String clientKeyStorePassword) {
        return new MqttTls(trustStore, trustStorePassword, trustStoreType, clientKeyStore, clientKeyStorePassword,
                keyStoreType, verifyHostname);
    }

    /** These options with host name verification switched on or off. */
    public MqttTls withVerifyHostname(boolean verify) {
        return new MqttTls(trustStore, trustStorePassword, trustStoreType, keyStore, keyStorePassword, keyStoreType,
                verify);
    }

    /** True when a trust store or a client key store is configured. */
    public boolean hasStores() {
        return trustStore != null || keyStore != null;
    }

    /** Passwords are masked so settings can be logged. */
    @Override
    public String toString() {
        return "MqttTls[trustStore=" + (trustStore == null ? "<jvm default>" : trustStore)
                + ", trustStoreType=" + trustStoreType
                + ", keyStore=" + (keyStore == null ? "<none>" : keyStore)
                + ", keyStoreType=" + keyStoreType
                + ", verifyHostname=" + verifyHostname + "]";
    }
}
