package io.avstack.vehicle.regress;

import io.avstack.sim.fault.FaultSpecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named single-sensor fault sets for the regression suite (docs/FAULTS.md has the spec grammar).
 * Each is active for the whole run, so a scenario is driven with that sensor degraded from start
 * to end.
 */
public final class FaultSets {

    /** No injected fault. */
    public static final String NONE = "none";

    private static final Map<String, List<String>> SETS = new LinkedHashMap<>();

    static {
        SETS.put(NONE, List.of());
        SETS.put("camera_blackout", List.of("blackout:camera_front@0-100000"));
        SETS.put("lidar_dropout", List.of("dropout:lidar_top@0-100000"));
        SETS.put("radar_ghosts", List.of("ghosts:radar_front@0-100000,rate=5"));
        for (List<String> specs : SETS.values()) {
            FaultSpecs.parseAll(specs); // a typo here fails at class load, not in the middle of a suite
        }
    }

    private FaultSets() {
    }

    /** Every set name, {@code none} first. */
    public static List<String> names() {
        return List.copyOf(SETS.keySet());
    }

    /** The fault specs of set {@code name}. */
    public static List<String> specs(String name) {
        List<String> specs = SETS.get(name);
        if (specs == null) {
            throw new IllegalArgumentException("unknown fault set '" + name + "' (known: "
                    + String.join(", ", SETS.keySet()) + ", all)");
        }
        return specs;
    }

    /**
     * Parses a {@code --faults} value: comma-separated set names, or {@code all} for every set
     * ({@code none} included). Duplicates are dropped, order kept.
     */
    public static List<String> parse(String option) {
        List<String> out = new ArrayList<>();
        for (String part : option.split(",")) {
            String name = part.trim();
            if (name.equals("all")) {
                for (String n : SETS.keySet()) {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                }
                continue;
            }
            specs(name);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
