package io.avstack.vehicle.run;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.drivers.camera.CameraSettings;
import java.util.Map;

/**
 * The onboard process's configuration ({@code avstack run --config FILE}; format in docs/RUN.md,
 * examples in config/run/). Exactly one input: {@code sim} (the bundled simulator in lockstep
 * with the stack hosted in it) or {@code drivers} (real sensor drivers on the bus).
 *
 * @param vehicleId  first level under {@code avstack/} of every topic, e.g. {@code ego}
 * @param role       which part of the stack this process runs
 * @param durationS  stop after this long, s; 0 = until the inputs end or SIGTERM
 * @param bus        the transport
 * @param sim        simulator input; absent when {@code drivers} is given
 * @param drivers    sensor drivers; absent when {@code sim} is given (or with role {@code STACK})
 * @param stack      the onboard stack on the bus (roles {@code ALL} with drivers, and {@code STACK});
 *                   absent = no stack (drivers and drive log only)
 * @param log        drive-log recording; absent = none
 */
public record RunConfig(String vehicleId, Role role, @Range(min = 0, max = 1e6) double durationS, BusConfig bus,
                        @OptionalKey SimInput sim, @OptionalKey DriversInput drivers, @OptionalKey StackInput stack,
                        @OptionalKey LogConfig log)
        implements Validated {

    /** Which nodes a process runs (split deployment runs one process per role over MQTT). */
    public enum Role {
        /** Drivers (or the simulator) and the stack in one process. */
        ALL,
        /** Only the sensor drivers; the stack runs elsewhere. */
        DRIVERS,
        /** Only the stack (fusion, planning, safety); sensors arrive over the bus. */
        STACK
    }

    /** Transport of the bus. */
    public enum Transport {
        /** Zero-copy in-process bus (one process). */
        INPROCESS,
        /** MQTT through an external broker ({@code url}) or the embedded one ({@code url} absent). */
        MQTT
    }

    /**
     * @param transport in-process or MQTT
     * @param url       broker URL ({@code tcp://host:port} or {@code ssl://...}); absent with MQTT =
     *                  start the embedded broker on a free local port
     * @param username  optional MQTT user
     * @param password  optional, with {@code username}
     */
    public record BusConfig(Transport transport, @OptionalKey String url, @OptionalKey String username,
                            @OptionalKey String password) {
    }

    /**
     * @param scenario scenario file (docs/scenario-format.md); its first run is used unless {@code params}
     *                 pins the sweep
     * @param seed     run seed; absent = the file's default
     * @param params   scenario parameter overrides
     * @param stack    what drives the ego ({@code builtin}, ...; see {@code avstack sim --help})
     * @param realtime pace the simulation to the wall clock (1.0 = real time); 0 = as fast as possible
     * @param report   optional JSON report file
     * @param video    optional MP4 of the run
     */
    public record SimInput(String scenario, @OptionalKey Long seed, @OptionalKey Map<String, String> params,
                           String stack, @Range(min = 0, max = 1000) double realtime, @OptionalKey String report,
                           @OptionalKey String video) {
    }

    /**
     * @param camera front camera ({@link CameraSettings}: a video file, {@code /dev/videoN} or stream URL);
 *               absent = none
     * @param lidar  VLP-16: a pcap capture file or live UDP; absent = none
     * @param radar  ARS408-21: a candump log; absent = none
     * @param ego    ego state from CAN: a candump log and the signal map; absent = none
     * @param replaySpeed for the pcap and candump files: the factor on their recorded rate (1 = as
     *               the sensors delivered it, the default); 0 = as fast as they can be read (a burst
     *               that MQTT's bounded in-flight window drops and the stack's latest-only queues
     *               skip: for in-process tools only). The camera file paces itself ({@code realTime}).
     */
    public record DriversInput(@OptionalKey CameraSettings camera, @OptionalKey LidarInput lidar,
                               @OptionalKey RadarInput radar, @OptionalKey EgoInput ego,
                               @OptionalKey @Range(min = 0, max = 1000) Double replaySpeed) {

        /** {@link #replaySpeed}, 1 when absent. */
        public double replaySpeedOrDefault() {
            return replaySpeed == null ? 1.0 : replaySpeed;
        }
    }

    /**
     * @param pcap    capture file; absent = live UDP on {@code udpPort}
     * @param udpPort the sensor's data port (2368)
     */
    public record LidarInput(@OptionalKey String pcap, @Range(min = 1, max = 65535) int udpPort) {
    }

    /** @param candump candump log of the radar's CAN bus; @param sensorId ARS408 sensor id 0..7 */
    public record RadarInput(String candump, @Range(min = 0, max = 7) int sensorId) {
    }

    /** @param candump candump log of the vehicle CAN bus; @param signals signal map (EgoCanConfig YAML) */
    public record EgoInput(String candump, String signals) {
    }

    /**
     * The onboard stack (fusion with the committed CNNs, planning, safety; {@link OnboardStack}). The
     * planner's road, route and set speed come from a scenario file, as does the vehicle (the
     * simulated vehicle's calibration): the scenario the sensor files were exported from.
     *
     * @param scenario     scenario file (its first run; {@code params} pins a sweep)
     * @param params       scenario parameter overrides
     * @param fusionRateHz world models per second; absent = the shipped fusion configuration's
     */
    public record StackInput(String scenario, @OptionalKey Map<String, String> params,
                             @OptionalKey @Range(min = 0.1, max = 100) Double fusionRateHz) {
    }

    /**
     * @param dir         folder of the log files
     * @param maxFileMb   start a new file past this size, MB
     * @param maxTotalMb  delete the oldest files past this total, MB
     */
    public record LogConfig(String dir, @Range(min = 1, max = 100_000) int maxFileMb,
                            @Range(min = 1, max = 10_000_000) int maxTotalMb) {
    }

    @Override
    public void validate() {
        if (sim != null && drivers != null || sim == null && drivers == null && role != Role.STACK) {
            throw ConfigException.invalid("sim", sim == null ? "absent" : "present",
                    "exactly one of 'sim' and 'drivers' must be given (role STACK may have neither)");
        }
        if (sim != null && stack != null) {
            throw ConfigException.invalid("stack", "present", "the simulator hosts its own stack ('sim.stack')");
        }
        if (role == Role.STACK && stack == null) {
            throw ConfigException.invalid("stack", "absent", "role STACK runs the stack: 'stack' must be given");
        }
        if (stack != null && !OnboardStack.VEHICLE_ID.equals(vehicleId)) {
            throw ConfigException.invalid("vehicleId", vehicleId,
                    "the onboard stack's topics are under avstack/" + OnboardStack.VEHICLE_ID + "/");
        }
        if (role == Role.DRIVERS && stack != null) {
            throw ConfigException.invalid("stack", "present", "role DRIVERS runs no stack");
        }
        if (sim != null && role != Role.ALL) {
            throw ConfigException.invalid("role", role.name(),
                    "the simulator hosts the stack in lockstep: role must be ALL with 'sim'");
        }
        if (role != Role.ALL && bus.transport() != Transport.MQTT) {
            throw ConfigException.invalid("bus.transport", bus.transport().name(),
                    "role " + role + " talks to the other roles over MQTT: transport must be MQTT");
        }
        if (log != null && log.maxTotalMb() < 2L * log.maxFileMb()) {
            throw ConfigException.invalid("log.maxTotalMb", String.valueOf(log.maxTotalMb()),
                    "must be >= 2 x log.maxFileMb (" + log.maxFileMb() + "): the file being written counts too");
        }
    }
}
