package io.avstack.core.bus.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed broker certificate for TLS tests (CN=localhost, SAN 127.0.0.1 and localhost), made
 * with the JDK's keytool, in the forms the tests need: the server's PKCS12 key store, a PKCS12
 * trust store holding only its certificate, and PEM files for Mosquitto. Shared with the system
 * tests through core's test jar.
 *
 * @param serverStore PKCS12 with the private key and certificate, alias {@code broker}
 * @param trustStore  PKCS12 with the certificate only
 * @param certPem     the certificate, PEM
 * @param keyPem      the private key, PKCS#8 PEM
 * @param password    password of both stores and of the key
 */
public record TestCertificates(Path serverStore, Path trustStore, Path certPem, Path keyPem, String password) {

    public static final String PASSWORD = "changeit";
    private static final long KEYTOOL_TIMEOUT_S = 60;

    /** Creates the files in {@code dir}. */
    public static TestCertificates create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path serverStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-keystore", serverStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        KeyStore keys = load(serverStore);
        Certificate cert = keys.getCertificate("broker");
        PrivateKey key = (PrivateKey) keys.getKey("broker", PASSWORD.toCharArray());

        // Built here rather than with two more keytool runs: each costs a JVM start.
        Path trustStore = dir.resolve("trust.p12");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("broker", cert);
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        Path certPem = Files.writeString(dir.resolve("broker.crt"), pem("CERTIFICATE", cert.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve("broker.key"), pem("PRIVATE KEY", key.getEncoded()));
        return new TestCertificates(serverStore, trustStore, certPem, keyPem, PASSWORD);
    }

    /** The server's key store, loaded. */
    public KeyStore loadServerStore() throws IOException, GeneralSecurityException {
        return load(serverStore);
    }

    static KeyStore load(Path store) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(KEYTOOL_TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
