package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The socket factories without a broker: TCP_NODELAY on every socket, TLS trust from stores. */
class MqttSocketFactoriesTest {

    private static final String PASSWORD = TestCertificates.PASSWORD;
    private static final long WAIT_S = 20;

    @TempDir
    static Path dir;
    static TestCertificates certificates;
    static Path trustStore;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir);
        trustStore = certificates.trustStore();
    }

    @Test
    void tcpFactorySetsNoDelayOnEverySocketItCreates() throws IOException {
        SocketFactory factory = MqttSocketFactories.forSettings(MqttSettings.of("tcp://127.0.0.1", "c"));
        assertThat(factory).isInstanceOf(NoDelaySocketFactory.class).isNotInstanceOf(SSLSocketFactory.class);
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
            // Paho creates an unconnected socket and connects it itself.
            try (Socket unconnected = factory.createSocket()) {
                unconnected.connect(address, 5_000);
                assertThat(unconnected.getTcpNoDelay()).isTrue();
            }
            try (Socket s = factory.createSocket(address.getAddress(), address.getPort())) {
                assertThat(s.getTcpNoDelay()).isTrue();
            }
            try (Socket s = factory.createSocket("127.0.0.1", address.getPort())) {
                assertThat(s.getTcpNoDelay()).isTrue();
            }
        }
    }

    @Test
    void plainSocketsLeaveNagleOnWithoutTheWrapper() throws IOException {
        // The reason the wrapper exists: the JVM default keeps Nagle's algorithm on.
        try (Socket plain = SocketFactory.getDefault().createSocket()) {
            assertThat(plain.getTcpNoDelay()).isFalse();
        }
    }

    @Test
    void sslFactoryWithJvmTrustIsAnSslSocketFactoryWithNoDelay() throws IOException {
        SocketFactory factory = MqttSocketFactories.forSettings(MqttSettings.of("ssl://127.0.0.1", "c"));
        assertThat(factory).isInstanceOf(NoDelaySslSocketFactory.class); // Paho insists on SSLSocketFactory
        try (Socket s = factory.createSocket()) {
            assertThat(s).isInstanceOf(SSLSocket.class);
            assertThat(s.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void trustStoreFromSettingsCompletesAHandshakeOverANoDelaySocket() throws Exception {
        MqttTls tls = MqttTls.trusting(trustStore, PASSWORD);
        SocketFactory factory = MqttSocketFactories.forSettings(MqttSettings.of("ssl://127.0.0.1", "c").withTls(tls));
        try (SSLServerSocket server = tlsServer()) {
            CompletableFuture<Integer> served = serveOneByte(server);
            try (SSLSocket s = (SSLSocket) factory.createSocket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5_000);
                s.startHandshake();
                assertThat(s.getTcpNoDelay()).isTrue();
                assertThat(s.getInputStream().read()).isEqualTo(42);
            }
            assertThat(served.get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void jvmDefaultTrustRejectsTheSelfSignedBroker() throws Exception {
        SocketFactory factory = MqttSocketFactories.forSettings(MqttSettings.of("ssl://127.0.0.1", "c"));
        try (SSLServerSocket server = tlsServer()) {
            CompletableFuture<Integer> served = serveOneByte(server);
            try (SSLSocket s = (SSLSocket) factory.createSocket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5_000);
                assertThatThrownBy(s::startHandshake).isInstanceOf(SSLException.class);
            }
            served.handle((r, e) -> r).get(WAIT_S, TimeUnit.SECONDS);
        }
    }

    @Test
    void layeredSocketGetsNoDelayOnTheUnderlyingConnection() throws Exception {
        SSLSocketFactory factory = new NoDelaySslSocketFactory(MqttSocketFactories.sslContext(
                MqttTls.trusting(trustStore, PASSWORD)).getSocketFactory());
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket layered = factory.createSocket(plain, "localhost", server.getLocalPort(), true)) {
            assertThat(plain.getTcpNoDelay()).isTrue();
            assertThat(layered).isInstanceOf(SSLSocket.class);
        }
    }

    @Test
    void unreadableStoresAreReportedWithTheirPath() throws IOException {
        Path missing = dir.resolve("missing.p12");
        assertThatThrownBy(() -> MqttSocketFactories.sslContext(MqttTls.trusting(missing, PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trustStore").hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> MqttSocketFactories.sslContext(MqttTls.trusting(trustStore, "wrong")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(trustStore.toString()).hasMessageContaining("cannot be loaded");
        Path garbage = Files.write(dir.resolve("garbage.p12"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> MqttSocketFactories.sslContext(MqttTls.trusting(garbage, PASSWORD)))
                .hasMessageContaining(garbage.toString());
        MqttTls badKey = MqttTls.trusting(trustStore, PASSWORD).withClientCertificate(missing, PASSWORD);
        assertThatThrownBy(() -> MqttSocketFactories.sslContext(badKey))
                .hasMessageContaining("keyStore").hasMessageContaining(missing.toString());
    }

    @Test
    void clientCertificateStoreLoads() {
        MqttTls tls = MqttTls.trusting(trustStore, PASSWORD).withClientCertificate(certificates.serverStore(), PASSWORD);
        assertThat(MqttSocketFactories.sslContext(tls).getProtocol()).isEqualTo("TLS");
    }

    private static SSLServerSocket tlsServer() throws Exception {
        KeyStore keys = certificates.loadServerStore();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10,
                InetAddress.getLoopbackAddress());
    }

    /** Accepts one client and writes the byte 42; completes with 1, or exceptionally if the handshake fails. */
    private static CompletableFuture<Integer> serveOneByte(SSLServerSocket server) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                out.write(42);
                out.flush();
                return 1;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
