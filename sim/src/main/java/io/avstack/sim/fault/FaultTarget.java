package io.avstack.sim.fault;

/**
 * How a fault's target names topics. A target matches a topic when it is
 * <ul>
 *   <li>the full topic name, e.g. {@code avstack/ego/sensor/camera/front};</li>
 *   <li>a trailing part of it on level boundaries, e.g. {@code objects} or {@code camera/front};</li>
 *   <li>its last two levels joined by {@code _}, e.g. {@code camera_front} for
 *       {@code .../sensor/camera/front}: the sensor's frame id.</li>
 * </ul>
 * So {@code camera_front}, {@code lidar_top}, {@code radar_front} name the sensor topics of
 * {@link io.avstack.core.bus.StandardTopics}, and {@code ego_state}, {@code objects},
 * {@code trajectory}, {@code command}, ... the others ({@code docs/FAULTS.md} has the table).
 */
public final class FaultTarget {

    private FaultTarget() {
    }

    /** True when {@code target} names {@code topic}. */
    public static boolean matches(String target, String topic) {
        if (topic.equals(target)) {
            return true;
        }
        if (topic.length() > target.length() && topic.endsWith(target)
                && topic.charAt(topic.length() - target.length() - 1) == '/') {
            return true;
        }
        int last = topic.lastIndexOf('/');
        int prev = last > 0 ? topic.lastIndexOf('/', last - 1) : -1;
        if (prev < 0) {
            return false;
        }
        int nameLen = topic.length() - last - 1;
        int areaLen = last - prev - 1;
        return target.length() == areaLen + 1 + nameLen
                && target.regionMatches(0, topic, prev + 1, areaLen)
                && target.charAt(areaLen) == '_'
                && target.regionMatches(areaLen + 1, topic, last + 1, nameLen);
    }

    /** Throws {@link FaultSpecException} unless {@code target} is non-empty topic text. */
    static void requireValid(String spec, String target) {
        if (target.isEmpty()) {
            throw new FaultSpecException(spec, "missing target between ':' and '@' (e.g. camera_front)");
        }
        if (target.startsWith("/") || target.endsWith("/") || target.contains("//")) {
            throw new FaultSpecException(spec, "target '" + target + "' has an empty topic level");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '/')) {
                throw new FaultSpecException(spec, "target '" + target + "' has invalid character '" + c
                        + "' (allowed: a-z 0-9 _ - /)");
            }
        }
    }
}
