package io.avstack.core.bus;

/**
 * An MQTT topic filter: levels separated by {@code /}; {@code +} matches exactly one level;
 * {@code #}, only as the whole last level, matches that level's parent and everything below
 * ({@code avstack/ego/#} matches {@code avstack/ego} and {@code avstack/ego/sensor/lidar/top}).
 * Literal levels use the topic alphabet ({@link TopicNames}).
 *
 * <p>{@link #matches} walks both strings once and allocates nothing. The buses call it only when a
 * subscription is made (to build their routing tables), not per message.
 */
public final class TopicFilter {

    private final String text;

    private TopicFilter(String text) {
        this.text = text;
    }

    /** Parses and validates; throws {@link IllegalArgumentException} naming the filter and the fault. */
    public static TopicFilter parse(String filter) {
        if (filter == null || filter.isEmpty()) {
            throw new IllegalArgumentException("topic filter must be non-empty, was '" + filter + "'");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals("+")) {
                continue;
            }
            if (level.equals("#")) {
                if (i != levels.length - 1) {
                    throw new IllegalArgumentException("topic filter '" + filter
                            + "': '#' is allowed only as the last level");
                }
                continue;
            }
            if (level.indexOf('+') >= 0 || level.indexOf('#') >= 0) {
                throw new IllegalArgumentException("topic filter '" + filter + "': wildcard in level '"
                        + level + "' must occupy the whole level");
            }
            TopicNames.requireValidLevel("level of topic filter '" + filter + "'", level);
        }
        return new TopicFilter(filter);
    }

    /** Whether {@code topic} (a valid topic name) matches this filter. Allocation-free. */
    public boolean matches(String topic) {
        final String f = text;
        final int fl = f.length();
        final int tl = topic.length();
        int fi = 0;
        int ti = 0;
        while (true) {
            // Invariant: fi and ti are at the start of a level.
            char c = f.charAt(fi);
            if (c == '#') {
                return true;
            }
            if (c == '+') { // validation guarantees '+' is a whole level
                fi++;
                while (ti < tl && topic.charAt(ti) != '/') {
                    ti++;
                }
            } else {
                while (fi < fl && f.charAt(fi) != '/') {
                    if (ti >= tl || topic.charAt(ti) != f.charAt(fi)) {
                        return false;
                    }
                    fi++;
                    ti++;
                }
                if (ti < tl && topic.charAt(ti) != '/') {
                    return false;
                }
            }
            boolean filterEnd = fi == fl;
            boolean topicEnd = ti == tl;
            if (filterEnd) {
                return topicEnd;
            }
            if (topicEnd) {
                // Only a trailing "/#" may match the parent level.
                return fl - fi == 2 && f.charAt(fi + 1) == '#';
            }
            fi++;
            ti++;
        }
    }

    /** Whether the filter contains {@code +} or {@code #}. */
    public boolean hasWildcards() {
        return text.indexOf('+') >= 0 || text.indexOf('#') >= 0;
    }

    /** The filter as written. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopicFilter other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
