package io.avstack.vehicle.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stacks a simulation can run, by name. */
public final class SimStacks {

    /** The simulator's built-in controller on ground truth (no perception, planning or safety). */
    public static final SimStack BUILTIN = new BuiltinStack();

    /** The planner and its controller on a ground-truth world model (no perception, no safety layer). */
    public static final SimStack PLANNER = new PlannerStack();

    /** The whole stack on simulated sensors: CNN detectors, fusion, planning, safety. */
    public static final SimStack FULL = FullStack.all();

    /** The full stack on a vehicle without lidar. */
    public static final SimStack CAMERA_RADAR = FullStack.of("camera-radar",
            io.avstack.core.msg.TrackedObject.SENSOR_CAMERA | io.avstack.core.msg.TrackedObject.SENSOR_RADAR);

    /** The full stack on a vehicle without camera. */
    public static final SimStack LIDAR_RADAR = FullStack.of("lidar-radar",
            io.avstack.core.msg.TrackedObject.SENSOR_LIDAR | io.avstack.core.msg.TrackedObject.SENSOR_RADAR);

    private static final Map<String, SimStack> BY_NAME = new LinkedHashMap<>();

    static {
        for (SimStack s : List.of(BUILTIN, PLANNER, FULL, CAMERA_RADAR, LIDAR_RADAR)) {
            BY_NAME.put(s.name(), s);
        }
    }

    private SimStacks() {
    }

    /** The stack called {@code name}; IllegalArgumentException listing the known names otherwise. */
    public static SimStack byName(String name) {
        SimStack s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown stack '" + name + "' (known: "
                    + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return s;
    }

    /** Every known name, in preference order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
