package io.avstack.core.bus.mqtt;

import static io.avstack.core.bus.mqtt.TestCertificates.PASSWORD;
import static io.avstack.core.bus.mqtt.TestCertificates.keytool;
import static io.avstack.core.bus.mqtt.TestCertificates.load;
import static io.avstack.core.bus.mqtt.TestCertificates.pem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;

/**
 * A throw-away certificate authority and a broker certificate it signed (CN=localhost, SAN
 * 127.0.0.1 and localhost, EKU serverAuth), made with the JDK's keytool only (two runs; no openssl
 * needed), in the forms Mosquitto (PEM) and the Java client (PKCS12 trust store) read. Unlike
 * {@link TestCertificates} (one self-signed certificate), this is the shape of a real deployment:
 * clients trust the CA, not the broker's certificate. Shared with the system tests through core's
 * test jar.
 *
 * @param caPem      the CA certificate, PEM (Mosquitto's {@code cafile})
 * @param certPem    the broker certificate signed by the CA, PEM (Mosquitto's {@code certfile})
 * @param keyPem     the broker's private key, PKCS#8 PEM (Mosquitto's {@code keyfile})
 * @param trustStore PKCS12 holding only the CA certificate (the client's {@link MqttTls} trust store)
 * @param password   password of the stores and keys
 */
public record TestCa(Path caPem, Path certPem, Path keyPem, Path trustStore, String password) {

    /** Creates the CA and the broker certificate in {@code dir}. */
    public static TestCa create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path store = dir.resolve("pki.p12");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=avstack test CA", "-ext", "bc:c", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        // -signer (JDK 19+): the broker's key pair, its certificate signed by the CA in one run.
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-signer", "ca", "-signerkeypass", PASSWORD, "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-ext", "EKU=serverAuth", "-validity", "2",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        KeyStore keys = load(store);
        Certificate ca = keys.getCertificate("ca");
        Certificate broker = keys.getCertificate("broker");
        PrivateKey brokerKey = (PrivateKey) keys.getKey("broker", PASSWORD.toCharArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        Path trustStore = dir.resolve("ca-trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        return new TestCa(Files.writeString(dir.resolve("ca.crt"), pem("CERTIFICATE", ca.getEncoded())),
                Files.writeString(dir.resolve("broker.crt"), pem("CERTIFICATE", broker.getEncoded())),
                Files.writeString(dir.resolve("broker.key"), pem("PRIVATE KEY", brokerKey.getEncoded())),
                trustStore, PASSWORD);
    }
}
