package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.time.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tel.schich.javacan.platform.linux.LinuxNativeOperationException;

/** Availability checks against a fake {@code /sys/class/net}; the live path is in Ars408SocketCanTest. */
class SocketCanSourceTest {

    @TempDir
    Path sys;

    private void fakeInterface(String name, int type, int flags) throws IOException {
        Path dir = Files.createDirectories(sys.resolve(name));
        Files.writeString(dir.resolve("type"), type + "\n");
        Files.writeString(dir.resolve("flags"), String.format("0x%x%n", flags));
    }

    @Test
    void missingInterfaceIsNamedWithHowToCreateOne() {
        assertThatThrownBy(() -> SocketCanSource.checkPlatform("can7", sys))
                .isInstanceOf(SocketCanUnavailableException.class)
                .hasMessageContaining("'can7'")
                .hasMessageContaining("no such network interface")
                .hasMessageContaining("ip link add dev can7 type vcan")
                .satisfies(e -> assertThat(((SocketCanUnavailableException) e).interfaceName()).isEqualTo("can7"));
    }

    @Test
    void nonCanInterfaceIsRejectedWithItsLinkType() throws IOException {
        fakeInterface("eth0", 1, 0x1003);
        assertThatThrownBy(() -> SocketCanSource.checkPlatform("eth0", sys))
                .hasMessageContaining("'eth0'").hasMessageContaining("not a CAN interface (link type 1, CAN is 280)");
    }

    @Test
    void downInterfaceIsRejected() throws IOException {
        fakeInterface("vcan0", SocketCanSource.ARPHRD_CAN, 0x80);
        assertThatThrownBy(() -> SocketCanSource.checkPlatform("vcan0", sys))
                .hasMessageContaining("'vcan0'").hasMessageContaining("down: ip link set vcan0 up");
    }

    @Test
    void upCanInterfacePassesThePlatformChecks() throws IOException {
        fakeInterface("vcan0", SocketCanSource.ARPHRD_CAN, 0xC1);
        SocketCanSource.checkPlatform("vcan0", sys); // no exception; the socket itself is tested live
    }

    @Test
    void unreadableSysfsEntryIsReported() throws IOException {
        Files.createDirectories(sys.resolve("can0"));
        Files.writeString(sys.resolve("can0").resolve("type"), "garbage");
        assertThatThrownBy(() -> SocketCanSource.checkPlatform("can0", sys))
                .hasMessageContaining("'can0'").hasMessageContaining("cannot read");
    }

    @Test
    void invalidNamesAreRejectedBeforeTouchingTheSystem() {
        for (String bad : new String[] {"", " ", "a/b", "sixteen_chars_xx"}) {
            assertThatThrownBy(() -> SocketCanSource.checkPlatform(bad, sys))
                    .hasMessageContaining("not a valid interface name");
        }
    }

    @Test
    void openAndProbeNameTheInterfaceWhenItIsAbsent() {
        assertThatThrownBy(() -> SocketCanSource.open("nocan9", new ManualClock(), sys))
                .isInstanceOf(SocketCanUnavailableException.class).hasMessageContaining("'nocan9'");
        assertThat(SocketCanSource.unavailableReason("nocan9", sys)).hasValueSatisfying(
                reason -> assertThat(reason).contains("'nocan9'").contains("no such network interface"));
    }

    @Test
    void aSocketThatCannotBeOpenedIsReportedWithTheInterfaceName() throws IOException {
        // sysfs says "an up CAN interface", but the kernel has no such device (or no AF_CAN at all)
        fakeInterface("fakecan0", SocketCanSource.ARPHRD_CAN, 0x1);
        assertThatThrownBy(() -> SocketCanSource.open("fakecan0", new ManualClock(), sys))
                .isInstanceOf(SocketCanUnavailableException.class).hasMessageContaining("'fakecan0'")
                .hasMessageMatching(".*(no SocketCAN \\(AF_CAN\\) support|cannot open a raw CAN socket).*");
    }

    @Test
    void socketErrorsBecomeReasons() {
        assertThat(SocketCanSource.socketFailure(new LinuxNativeOperationException("Unable to create RAW socket", 97,
                "Address family not supported by protocol"))).contains("no SocketCAN (AF_CAN) support");
        assertThat(SocketCanSource.socketFailure(new LinuxNativeOperationException("Failed to resolve", 19,
                "No such device"))).startsWith("cannot open a raw CAN socket").contains("No such device");
        assertThat(SocketCanSource.socketFailure(new UnsatisfiedLinkError("libjavacan-core.so")))
                .contains("native library").contains("libjavacan-core.so");
    }
}
