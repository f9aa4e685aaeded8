package io.avstack.core.bus;

/**
 * The topic naming scheme {@code avstack/<vehicle>/<area>/<name>[/<more>...]}: at least four
 * non-empty levels, the first is {@code avstack}, each level made of {@code [a-z0-9_-]}. Topic names
 * never contain the wildcards {@code +} and {@code #}; those belong to {@link TopicFilter}s.
 */
public final class TopicNames {

    /** First level of every avstack topic. */
    public static final String ROOT = "avstack";

    /** Minimum number of levels: root, vehicle, area, name. */
    public static final int MIN_LEVELS = 4;

    private TopicNames() {
    }

    /** {@code avstack/<vehicleId>/<path>}, e.g. {@code topic("ego", "sensor/camera/front")}; validated. */
    public static String topic(String vehicleId, String path) {
        requireValidLevel("vehicle id", vehicleId);
        String topic = ROOT + '/' + vehicleId + '/' + path;
        requireValidTopic(topic);
        return topic;
    }

    /** Throws {@link IllegalArgumentException} naming the topic and what is wrong with it. */
    public static void requireValidTopic(String topic) {
        if (topic == null) {
            throw new IllegalArgumentException("topic name must not be null");
        }
        String[] levels = topic.split("/", -1);
        if (levels.length < MIN_LEVELS || !ROOT.equals(levels[0])) {
            throw new IllegalArgumentException("topic '" + topic + "' must look like "
                    + ROOT + "/<vehicle>/<area>/<name>");
        }
        for (String level : levels) {
            requireValidLevel("level of topic '" + topic + "'", level);
        }
    }

    /** Checks one level (no '/'), e.g. a vehicle id. {@code what} names it in the error. */
    public static void requireValidLevel(String what, String level) {
        if (level == null || level.isEmpty()) {
            throw new IllegalArgumentException(what + " must be non-empty, was '" + level + "'");
        }
        for (int i = 0; i < level.length(); i++) {
            if (!isLevelChar(level.charAt(i))) {
                throw new IllegalArgumentException(what + " '" + level + "' has invalid character '"
                        + level.charAt(i) + "' (allowed: a-z 0-9 _ -)");
            }
        }
    }

    static boolean isLevelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
