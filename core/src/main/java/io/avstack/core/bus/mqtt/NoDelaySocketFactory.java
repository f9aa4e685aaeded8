package io.avstack.core.bus.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Objects;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets with {@code TCP_NODELAY} set. Paho leaves Nagle's algorithm on, so a small
 * publish waits for the next one (latency of one publish period plus ~2 ms, measured); every
 * socket this factory creates has it off.
 */
public final class NoDelaySocketFactory extends SocketFactory {

    private final SocketFactory delegate;

    public NoDelaySocketFactory(SocketFactory delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Wraps the JVM's default plain socket factory. */
    public static NoDelaySocketFactory wrappingDefault() {
        return new NoDelaySocketFactory(SocketFactory.getDefault());
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(delegate.createSocket(host, port, localAddress, localPort));
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return noDelay(delegate.createSocket(address, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(delegate.createSocket(address, port, localAddress, localPort));
    }

    /** Sets {@code TCP_NODELAY} on {@code socket} and returns it; closes it if that fails. */
    static Socket noDelay(Socket socket) throws IOException {
        try {
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
