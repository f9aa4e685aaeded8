package io.avstack.core.map;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import java.util.List;

/**
 * A road file as bound by {@link io.avstack.core.config.ConfigLoader}; the format is described in
 * docs/ROADS.md. Checks here name the offending key; {@link RoadFiles#build(RoadConfig)} turns a
 * valid config into a {@link Road}.
 *
 * @param start pose of s = 0; absent: the origin, heading +x
 * @param segments the reference line, at least one
 * @param lanes lane widths and markings
 * @param speedLimits zones by increasing fromS, the first at 0
 * @param trafficLights signalised stop lines; absent: none
 * @param crosswalks absent: none
 */
public record RoadConfig(@OptionalKey Start start, List<SegmentConfig> segments, Lanes lanes,
        List<SpeedLimit> speedLimits, @OptionalKey List<Light> trafficLights, @OptionalKey List<Walk> crosswalks)
        implements Validated {

    /** Pose of s = 0: position in m, heading in rad counter-clockwise from +x. */
    public record Start(@Range(min = -1e7, max = 1e7) double xM, @Range(min = -1e7, max = 1e7) double yM,
            @Range(min = -2 * Math.PI, max = 2 * Math.PI) double headingRad) {
    }

    /** Exactly one of {@code straight} (its length, m) or {@code arc}. */
    public record SegmentConfig(@OptionalKey @Range(min = 0.01, max = Segment.MAX_LENGTH_M) Double straight,
            @OptionalKey Arc arc) implements Validated {

        @Override
        public void validate() {
            if ((straight == null) == (arc == null)) {
                throw ConfigException.invalid("", straight == null ? "{}" : "straight and arc",
                        "a segment is exactly one of 'straight: <lengthM>' or 'arc: {lengthM, curvaturePerM}'");
            }
        }

        Segment toSegment() {
            return straight != null ? Segment.straight(straight) : Segment.arc(arc.lengthM(), arc.curvaturePerM());
        }
    }

    /** A circular arc: length in m, signed curvature in 1/m (positive turns left). */
    public record Arc(@Range(min = 0.01, max = Segment.MAX_LENGTH_M) double lengthM,
            @Range(min = -Segment.MAX_ARC_CURVATURE_PER_M, max = Segment.MAX_ARC_CURVATURE_PER_M) double curvaturePerM)
            implements Validated {

        @Override
        public void validate() {
            String problem = Segment.curvatureProblem(curvaturePerM, lengthM);
            if (problem != null) {
                throw ConfigException.invalid("curvaturePerM", curvaturePerM, problem);
            }
        }
    }

    /**
     * Lane widths in m, from the centre line outwards; {@code markings} (optional) one per boundary
     * from the left road edge to the right one.
     */
    public record Lanes(List<Double> forward, @OptionalKey List<Double> oncoming,
            @OptionalKey List<LaneMarking> markings) implements Validated {

        @Override
        public void validate() {
            checkWidths("forward", forward, 1);
            checkWidths("oncoming", oncoming(), 0);
            int boundaries = forward.size() + oncoming().size() + 1;
            if (markings != null && markings.size() != boundaries) {
                throw ConfigException.invalid("markings", markings, "need one marking per boundary: "
                        + boundaries + " for " + (boundaries - 1) + " lanes, left road edge first");
            }
        }

        /** The oncoming widths; empty for a one-way road. */
        @Override
        public List<Double> oncoming() {
            return oncoming == null ? List.of() : oncoming;
        }

        private static void checkWidths(String key, List<Double> widths, int minCount) {
            String countProblem = LaneLayout.countProblem(widths.size(), minCount);
            if (countProblem != null) {
                throw ConfigException.invalid(key, widths, countProblem);
            }
            for (int i = 0; i < widths.size(); i++) {
                String problem = LaneLayout.widthProblem(widths.get(i));
                if (problem != null) {
                    throw ConfigException.invalid(key + "[" + i + "]", widths.get(i), problem);
                }
            }
        }
    }

    /** From {@code fromS} (m) the limit is {@code limitMps} (m/s). */
    public record SpeedLimit(@Range(min = 0) double fromS, @Range(min = 0.1, max = 100) double limitMps) {
    }

    /**
     * A signalised stop line at {@code stopLineS} (m) across {@code lanes} (lane ids, all of one
     * direction; absent: every forward lane), with exactly one of a fixed {@code cycle} or scripted
     * {@code phases}.
     */
    public record Light(String id, @Range(min = 0) double stopLineS, @OptionalKey List<Integer> lanes,
            @OptionalKey Cycle cycle, @OptionalKey List<Phase> phases) implements Validated {

        @Override
        public void validate() {
            if (id.isBlank()) {
                throw ConfigException.invalid("id", id, "must not be blank");
            }
            if ((cycle == null) == (phases == null)) {
                throw ConfigException.invalid("", id, "a traffic light has exactly one of 'cycle' or 'phases'");
            }
            if (phases != null) {
                checkPhases(phases);
            }
            if (lanes != null && lanes.isEmpty()) {
                throw ConfigException.invalid("lanes", lanes, "list at least one lane, or leave the key out");
            }
        }

        /** The direction the stop line faces: its first lane's (forward when no lanes are listed). */
        public TravelDirection travelDirection() {
            return lanes == null || lanes.get(0) < 0 ? TravelDirection.FORWARD : TravelDirection.ONCOMING;
        }

        private static void checkPhases(List<Phase> phases) {
            if (phases.isEmpty()) {
                throw ConfigException.invalid("phases", List.of(), "list at least one phase, the first at timeS 0");
            }
            for (int i = 0; i < phases.size(); i++) {
                double time = phases.get(i).timeS();
                String problem = Sequences.startAtZeroIncreasingProblem(i, time, i == 0 ? 0 : phases.get(i - 1).timeS());
                if (problem != null) {
                    throw ConfigException.invalid("phases[" + i + "].timeS", time, problem);
                }
            }
        }
    }

    /** A fixed cycle: GREEN, YELLOW, RED durations in s; a green phase starts at offsetS. */
    public record Cycle(@Range(min = 0.1, max = 3600) double greenS, @Range(min = 0, max = 60) double yellowS,
            @Range(min = 0.1, max = 3600) double redS, @Range(min = -86400, max = 86400) double offsetS) {
    }

    /** From {@code timeS} (s of simulation time) the light shows {@code state}. */
    public record Phase(@Range(min = 0, max = 1e7) double timeS, LightState state) {
    }

    /** A crosswalk spanning the road between {@code fromS} and {@code toS}, m. */
    public record Walk(String id, @Range(min = 0) double fromS, @Range(min = 0) double toS) implements Validated {

        @Override
        public void validate() {
            if (!(toS > fromS)) {
                throw ConfigException.invalid("toS", toS, "must be greater than fromS (" + fromS + ")");
            }
        }
    }

    @Override
    public void validate() {
        if (segments.isEmpty()) {
            throw ConfigException.invalid("segments", List.of(), "a road needs at least one segment");
        }
        checkSpeedLimits();
        double length = lengthM();
        List<Light> lights = trafficLights();
        for (int i = 0; i < lights.size(); i++) {
            checkLight(i, lights.get(i), length);
        }
        List<Walk> walks = crosswalks();
        for (int i = 0; i < walks.size(); i++) {
            String problem = Road.onRoadProblem(walks.get(i).toS(), length);
            if (problem != null) {
                throw ConfigException.invalid("crosswalks[" + i + "].toS", walks.get(i).toS(), problem);
            }
        }
    }

    private void checkSpeedLimits() {
        if (speedLimits.isEmpty()) {
            throw ConfigException.invalid("speedLimits", List.of(), "list at least one zone, the first at fromS 0");
        }
        for (int i = 0; i < speedLimits.size(); i++) {
            double fromS = speedLimits.get(i).fromS();
            String problem = Sequences.startAtZeroIncreasingProblem(i, fromS, i == 0 ? 0 : speedLimits.get(i - 1).fromS());
            if (problem != null) {
                throw ConfigException.invalid("speedLimits[" + i + "].fromS", fromS, problem);
            }
        }
    }

    private void checkLight(int i, Light light, double length) {
        String key = "trafficLights[" + i + "]";
        for (int j = 0; j < i; j++) {
            if (trafficLights.get(j).id().equals(light.id())) {
                throw ConfigException.invalid(key + ".id", light.id(), "duplicate traffic light id");
            }
        }
        String problem = Road.onRoadProblem(light.stopLineS(), length);
        if (problem != null) {
            throw ConfigException.invalid(key + ".stopLineS", light.stopLineS(), problem);
        }
        if (light.lanes() == null) {
            return;
        }
        LaneLayout layout = new LaneLayout(lanes.forward(), lanes.oncoming(), lanes.markings());
        TravelDirection direction = light.travelDirection();
        for (int j = 0; j < light.lanes().size(); j++) {
            int id = light.lanes().get(j);
            problem = Road.laneProblem(layout, id, direction);
            if (problem != null) {
                throw ConfigException.invalid(key + ".lanes[" + j + "]", id, problem);
            }
        }
    }

    /** Sum of the segment lengths, m. */
    public double lengthM() {
        double length = 0;
        for (SegmentConfig seg : segments) {
            length += seg.straight() != null ? seg.straight() : seg.arc().lengthM();
        }
        return length;
    }

    @Override
    public List<Light> trafficLights() {
        return trafficLights == null ? List.of() : trafficLights;
    }

    @Override
    public List<Walk> crosswalks() {
        return crosswalks == null ? List.of() : crosswalks;
    }
}
