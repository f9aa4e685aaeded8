package io.avstack.vehicle.export;

import io.avstack.drivers.lidar.Vlp16;
import io.avstack.drivers.lidar.Vlp16PacketStream;
import io.avstack.drivers.net.PcapWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes simulated VLP-16 rotations as the sensor's data packets (UDP 2368 -> 2368) into a pcap
 * capture: firing k of a rotation starting at time T fires at T + k x 55.296 us at azimuth 0.2 k deg,
 * each packet recorded at the time of its first firing.
 */
final class LidarPcapExport implements AutoCloseable {

    private final PcapWriter pcap;
    private final Vlp16PacketStream stream;
    private final int[] distance = new int[Vlp16.LASERS];
    private final int[] reflectivity = new int[Vlp16.LASERS];
    private long rotations;

    /** Creates {@code file}; fails if it exists. */
    LidarPcapExport(Path file) throws IOException {
        this.pcap = PcapWriter.create(file);
        this.stream = new Vlp16PacketStream((timeNs, payload) -> pcap.udp(timeNs, Vlp16.UDP_PORT, Vlp16.UDP_PORT, payload));
    }

    /** Appends one rotation whose first firing is at {@code startNs} (ns since the epoch). */
    void write(Vlp16SimLidar.Sweep sweep, long startNs) throws IOException {
        for (int k = 0; k < Vlp16SimLidar.FIRINGS; k++) {
            System.arraycopy(sweep.distanceRaw(), k * Vlp16.LASERS, distance, 0, Vlp16.LASERS);
            System.arraycopy(sweep.reflectivity(), k * Vlp16.LASERS, reflectivity, 0, Vlp16.LASERS);
            stream.firing(startNs + k * Vlp16SimLidar.FIRING_NS, k * Vlp16SimLidar.AZIMUTH_STEP_RAW, distance, reflectivity);
        }
        rotations++;
    }

    long rotations() {
        return rotations;
    }

    long packets() {
        return stream.packets();
    }

    @Override
    public void close() throws IOException {
        try {
            stream.flush();
        } finally {
            pcap.close();
        }
    }
}
