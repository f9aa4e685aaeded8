package io.avstack.vehicle.export;

import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CandumpWriter;
import io.avstack.drivers.radar.Ars408;
import io.avstack.drivers.radar.Ars408Encoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes simulated radar scans as an ARS408-21 object list (sensor id 0) in a candump log: per scan
 * an Object_0_Status at the scan's time, then one Object_1_General per detection, 250 us apart (a
 * frame's time on a 500 kbit/s bus). Each sim detection becomes one point object: position from
 * range and azimuth (x forward, y left), relative velocity along the line of sight so that its
 * radial component is the detection's range rate, its RCS, and a dynamic property from the
 * range rate a stationary target would have at the ego's speed. The first {@link #MAX_OBJECTS} are
 * sent; detections beyond them or outside the signals' ranges are dropped and counted.
 */
final class RadarCandumpExport implements AutoCloseable {

    /** The ARS408-21 reports at most 100 objects per cycle. */
    static final int MAX_OBJECTS = 100;
    static final long FRAME_SPACING_NS = 250_000;
    /** A target whose own radial speed (ground frame) is below this is stationary, m/s. */
    static final double STATIONARY_MPS = 0.5;
    private static final int INTERFACE_VERSION = 1;

    private final CandumpWriter out;
    private final Ars408Encoder encoder = new Ars408Encoder(0);
    private final double mountYawRad;
    private long scans;
    private long frames;
    private long dropped;

    /**
     * Creates {@code file}; fails if it exists.
     *
     * @param mountYawRad the radar's yaw in the vehicle frame (for the stationary range rate)
     */
    RadarCandumpExport(Path file, double mountYawRad) throws IOException {
        this.out = CandumpWriter.create(file, "can0");
        this.mountYawRad = mountYawRad;
    }

    /** Appends one cycle; {@code timeNs} ns since the epoch, {@code egoSpeedMps} along the ego's heading. */
    void write(RadarScan scan, long timeNs, double egoSpeedMps) throws IOException {
        List<CanFrame> objects = new ArrayList<>();
        for (RadarDetection d : scan.detections()) {
            if (objects.size() == MAX_OBJECTS) {
                dropped++;
                continue;
            }
            long t = timeNs + (objects.size() + 1) * FRAME_SPACING_NS;
            try {
                objects.add(encoder.general(t, object(objects.size(), d, egoSpeedMps)));
            } catch (IllegalArgumentException outsideSignalRange) {
                dropped++;
            }
        }
        out.write(encoder.status(timeNs, new Ars408.Status(objects.size(), (int) (scans & 0xFFFF), INTERFACE_VERSION)));
        for (CanFrame f : objects) {
            out.write(f);
        }
        frames += 1 + objects.size();
        scans++;
    }

    private Ars408.General object(int id, RadarDetection d, double egoSpeedMps) {
        double cos = Math.cos(d.azimuthRad());
        double sin = Math.sin(d.azimuthRad());
        double rangeRate = d.rangeRateMps();
        // what a stationary target at this azimuth would show: minus the ego's velocity along the line of sight
        double ownRadialMps = rangeRate + egoSpeedMps * Math.cos(d.azimuthRad() + mountYawRad);
        Ars408.DynamicProperty dyn = Math.abs(ownRadialMps) < STATIONARY_MPS ? Ars408.DynamicProperty.STATIONARY
                : ownRadialMps < 0 ? Ars408.DynamicProperty.ONCOMING : Ars408.DynamicProperty.MOVING;
        return new Ars408.General(id, d.rangeM() * cos, d.rangeM() * sin, rangeRate * cos, rangeRate * sin, dyn,
                d.rcsDbsm());
    }

    long scans() {
        return scans;
    }

    long frames() {
        return frames;
    }

    /** Detections not sent: beyond {@link #MAX_OBJECTS} or outside a signal's range. */
    long dropped() {
        return dropped;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
