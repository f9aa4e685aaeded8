package io.avstack.drivers.lidar;

import io.avstack.core.time.Clock;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live VLP-16 input: one thread receives datagrams on the data port and hands them to the driver,
 * stamped with the injected clock. The socket buffer absorbs bursts; the thread never blocks on the
 * bus (publishing is non-blocking). Close stops the thread.
 */
public final class Vlp16UdpSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Vlp16UdpSource.class);
    private static final int RECEIVE_BUFFER_BYTES = 4 << 20;

    private final DatagramSocket socket;
    private final Thread thread;

    private Vlp16UdpSource(DatagramSocket socket, Vlp16Driver driver, Clock clock) {
        this.socket = socket;
        this.thread = Thread.ofPlatform().daemon().name("vlp16-udp-" + socket.getLocalPort())
                .unstarted(() -> receiveLoop(driver, clock));
    }

    /** Binds {@code bindAddress:port} (port 0 picks a free one) and starts receiving. */
    public static Vlp16UdpSource start(String bindAddress, int port, Vlp16Driver driver, Clock clock) throws SocketException {
        DatagramSocket socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
        socket.bind(new InetSocketAddress(bindAddress, port));
        Vlp16UdpSource source = new Vlp16UdpSource(socket, driver, clock);
        source.thread.start();
        return source;
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void receiveLoop(Vlp16Driver driver, Clock clock) {
        byte[] buf = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buf.length);
                socket.receive(packet);
                driver.onPacket(buf, packet.getOffset(), packet.getLength(), clock.nowNs());
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("vlp16 receive on port {} failed: {}", socket.getLocalPort(), e.toString());
                }
            } catch (RuntimeException e) {
                LOG.error("vlp16 driver error (packet dropped)", e);
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
