package io.avstack.sim.fault;

import java.util.List;

import static io.avstack.sim.fault.ParamDef.flag;
import static io.avstack.sim.fault.ParamDef.optional;
import static io.avstack.sim.fault.ParamDef.required;

/**
 * The fault kinds, each with the name used in a spec and the parameters it accepts.
 * {@code docs/FAULTS.md} describes what each one does to a message.
 */
public enum FaultKind {
    /** Sensor messages are dropped. */
    DROPOUT("dropout"),
    /** Delivered {@code ms} after their measurement stamp, stamp unchanged. */
    LATENCY("latency", required("ms", "milliseconds", 0, 10_000, true)),
    /** Measurement noise raised to {@code factor} times the sensor's base noise. */
    NOISE("noise", required("factor", "x base noise", 1, 100, false)),
    /** The last good payload repeats with each new header (seq, stamp). */
    FROZEN("frozen"),
    /** Extra radar detections, {@code rate} on average per scan, inside the field of view. */
    GHOSTS("ghosts",
            required("rate", "ghosts per scan (mean)", 0, 1_000, true),
            optional("fov_deg", "degrees", 1, 360, 120),
            optional("max_m", "metres", 1, 1_000, 150)),
    /** Camera frames all black; {@code reported=1} also clears the header's valid flag. */
    BLACKOUT("blackout", flag("reported", "1 = the camera flags its frames invalid")),
    /** A saturated bright bloom of {@code strength} over part of the camera image. */
    GLARE("glare",
            required("strength", "0..1", 0, 1, true),
            optional("x", "fraction of width", 0, 1, 0.5),
            optional("y", "fraction of height", 0, 1, 0.35),
            optional("radius", "fraction of width", 0.01, 2, 0.25)),
    /** Lidar points farther than {@code max_m} are removed. */
    RANGE_LOSS("range_loss", required("max_m", "metres", 0, 1_000, true)),
    /** Any message delivered {@code ms} after it reached the bus. */
    BUS_DELAY("bus_delay", required("ms", "milliseconds", 0, 10_000, true)),
    /** Any message lost with probability {@code p}. */
    BUS_LOSS("bus_loss", required("p", "probability", 0, 1, false));

    private final String specName;
    private final List<ParamDef> params;

    FaultKind(String specName, ParamDef... params) {
        this.specName = specName;
        this.params = List.of(params);
    }

    /** The name in a spec, e.g. {@code "range_loss"}. */
    public String specName() {
        return specName;
    }

    /** Parameters this kind accepts, in documentation order. */
    public List<ParamDef> params() {
        return params;
    }

    /** The parameter named {@code key}, or null. */
    public ParamDef param(String key) {
        for (ParamDef p : params) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The kind named {@code specName} in a spec, or null. */
    public static FaultKind fromSpecName(String specName) {
        for (FaultKind k : values()) {
            if (k.specName.equals(specName)) {
                return k;
            }
        }
        return null;
    }

    /** All spec names, for error messages. */
    public static String specNames() {
        StringBuilder sb = new StringBuilder();
        for (FaultKind k : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(k.specName);
        }
        return sb.toString();
    }
}
