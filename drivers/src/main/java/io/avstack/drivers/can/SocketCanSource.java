package io.avstack.drivers.can;

import io.avstack.core.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tel.schich.javacan.CanChannels;
import tel.schich.javacan.CanSocketOptions;
import tel.schich.javacan.JavaCAN;
import tel.schich.javacan.NetworkDevice;
import tel.schich.javacan.RawCanChannel;
import tel.schich.javacan.platform.linux.LinuxNativeOperationException;

/**
 * Live CAN frames from a Linux SocketCAN interface ({@code can0}, {@code vcan0}) through JavaCAN's
 * raw socket. Frames are stamped with the injected clock when read. {@link #open} checks the
 * platform first and fails with a {@link SocketCanUnavailableException} naming the interface and the
 * reason (not Linux, no such interface, not a CAN interface, down, no AF_CAN in the kernel), so a
 * machine without SocketCAN gets one clear error instead of a JNI stack trace.
 *
 * <p>{@link #run} blocks in the kernel for at most {@link #POLL_TIMEOUT} at a time, so
 * {@link #close()} from another thread ends it within that time. A read error other than a timeout
 * or an interrupted call (the interface went away) ends the run with an {@link IOException} naming
 * the interface; the caller decides whether to reopen.
 */
public final class SocketCanSource implements CanFrameSource {

    /** How long one blocking read may wait before the loop checks for {@link #close()}. */
    public static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

    /** {@code ARPHRD_CAN} from {@code linux/if_arp.h}: the link type of CAN interfaces in sysfs. */
    static final int ARPHRD_CAN = 280;
    private static final int IFF_UP = 0x1;
    private static final int EINTR = 4;
    private static final int IFNAMSIZ = 16;
    private static final Path SYS_CLASS_NET = Path.of("/sys/class/net");

    private final String interfaceName;
    private final RawCanChannel channel;
    private final Clock clock;
    private final FrameTally tally;
    private boolean running;
    private boolean stopping;
    private boolean ran;

    private SocketCanSource(String interfaceName, RawCanChannel channel, Clock clock) {
        this.interfaceName = interfaceName;
        this.channel = channel;
        this.clock = clock;
        this.tally = new FrameTally(name());
    }

    /**
     * Opens a raw CAN socket bound to {@code interfaceName} (classic frames only; CAN FD frames are
     * not requested).
     *
     * @throws SocketCanUnavailableException if SocketCAN or the interface cannot be used here
     */
    public static SocketCanSource open(String interfaceName, Clock clock) throws SocketCanUnavailableException {
        return open(interfaceName, clock, SYS_CLASS_NET);
    }

    static SocketCanSource open(String interfaceName, Clock clock, Path sysClassNet)
            throws SocketCanUnavailableException {
        Objects.requireNonNull(clock, "clock");
        checkPlatform(interfaceName, sysClassNet);
        RawCanChannel channel = null;
        try {
            JavaCAN.initialize();
            channel = CanChannels.newRawChannel();
            channel.setOption(CanSocketOptions.SO_RCVTIMEO, POLL_TIMEOUT);
            channel.bind(NetworkDevice.lookup(interfaceName));
            return new SocketCanSource(interfaceName, channel, clock);
        } catch (IOException | LinkageError e) {
            closeQuietly(channel);
            throw new SocketCanUnavailableException(interfaceName, socketFailure(e), e);
        }
    }

    /** Why {@code interfaceName} cannot be read here, or empty if it can (opens and closes a socket). */
    public static Optional<String> unavailableReason(String interfaceName) {
        return unavailableReason(interfaceName, SYS_CLASS_NET);
    }

    static Optional<String> unavailableReason(String interfaceName, Path sysClassNet) {
        try (SocketCanSource probe = open(interfaceName, () -> 0L, sysClassNet)) {
            return Optional.empty();
        } catch (SocketCanUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The checks that need no socket: Linux, a valid name, an interface that exists, is CAN and is up. */
    static void checkPlatform(String name, Path sysClassNet) throws SocketCanUnavailableException {
        Objects.requireNonNull(name, "interfaceName");
        if (name.isEmpty() || name.length() >= IFNAMSIZ || name.contains("/") || name.isBlank()) {
            throw new SocketCanUnavailableException(name, "not a valid interface name (1..15 characters, no '/')", null);
        }
        String os = System.getProperty("os.name", "?");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            throw new SocketCanUnavailableException(name, "SocketCAN exists only on Linux; this is " + os, null);
        }
        Path dir = sysClassNet.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new SocketCanUnavailableException(name, "no such network interface (" + dir + " is missing); "
                    + "for a virtual bus: ip link add dev " + name + " type vcan && ip link set " + name + " up", null);
        }
        long type = readNumber(name, dir.resolve("type"));
        if (type != ARPHRD_CAN) {
            throw new SocketCanUnavailableException(name, "not a CAN interface (link type " + type + ", CAN is "
                    + ARPHRD_CAN + ")", null);
        }
        if ((readNumber(name, dir.resolve("flags")) & IFF_UP) == 0) {
            throw new SocketCanUnavailableException(name, "the interface is down: ip link set " + name + " up", null);
        }
    }

    private static long readNumber(String name, Path file) throws SocketCanUnavailableException {
        try {
            return Long.decode(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            throw new SocketCanUnavailableException(name, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String socketFailure(Throwable e) {
        if (e instanceof LinkageError) {
            return "the JavaCAN native library could not be loaded for " + System.getProperty("os.arch") + ": "
                    + e.getMessage();
        }
        if (e instanceof LinuxNativeOperationException n && n.getErrorNumber() == 97) { // EAFNOSUPPORT
            return "the kernel has no SocketCAN (AF_CAN) support: modprobe can_raw (and vcan for a virtual bus)";
        }
        return "cannot open a raw CAN socket: " + e.getMessage();
    }

    @Override
    public Summary run(Consumer<CanFrame> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        synchronized (this) {
            if (ran) {
                throw new IllegalStateException(name() + " has already run");
            }
            ran = true;
            if (stopping) {
                return tally.summary();
            }
            running = true;
        }
        try {
            while (!isStopping()) {
                tel.schich.javacan.CanFrame raw;
                try {
                    raw = channel.read();
                } catch (IOException e) {
                    if (e instanceof LinuxNativeOperationException n && (n.mayTryAgain() || n.getErrorNumber() == EINTR)) {
                        continue; // receive timeout (EAGAIN) or EINTR: look at the stop flag again
                    }
                    if (isStopping()) {
                        break;
                    }
                    throw new IOException("SocketCAN read on '" + interfaceName + "' failed: " + e.getMessage(), e);
                }
                CanFrame frame = SocketCanFrames.toCanFrame(raw, clock.nowNs());
                if (frame == null) {
                    tally.unsupported();
                } else {
                    tally.deliver(sink, frame);
                }
            }
        } finally {
            synchronized (this) {
                running = false;
                closeQuietly(channel);
            }
        }
        return tally.summary();
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** Counts so far (readable from any thread while a run is in progress). */
    public Summary stats() {
        return tally.summary();
    }

    @Override
    public String name() {
        return "socketcan:" + interfaceName;
    }

    public String interfaceName() {
        return interfaceName;
    }

    /** Ends a run in progress within {@link #POLL_TIMEOUT}; the run then closes the socket. */
    @Override
    public synchronized void close() {
        stopping = true;
        if (!running) {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(RawCanChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket we no longer read: nothing useful to do with the error
        }
    }
}
