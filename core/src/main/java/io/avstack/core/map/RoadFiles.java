package io.avstack.core.map;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.config.ConfigValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads road files (YAML, format in docs/ROADS.md) into {@link Road}s. Every problem in a file is a
 * {@link io.avstack.core.config.ConfigException} naming file, line, key and value.
 */
public final class RoadFiles {

    private RoadFiles() {
    }

    /** Loads, validates and builds the road in {@code file}. */
    public static Road load(Path file) {
        return toRoad(ConfigLoader.load(file, RoadConfig.class));
    }

    /** Loads, validates and builds a road from a classpath resource, e.g. {@code "world/straight.yaml"}. */
    public static Road loadResource(String classpathResource) {
        return toRoad(ConfigLoader.loadResource(classpathResource, RoadConfig.class));
    }

    /**
     * Loads, validates and builds a road from YAML text (e.g. embedded in a scenario).
     *
     * @param sourceName named as the file in error messages
     */
    public static Road parse(String yaml, String sourceName) {
        return toRoad(ConfigLoader.loadString(yaml, sourceName, RoadConfig.class));
    }

    /**
     * Builds a road from a config, validating it first (a config made in code gets the same checks
     * as one read from a file).
     */
    public static Road build(RoadConfig config) {
        ConfigValidator.validate(config, "road config");
        return toRoad(config);
    }

    /** Builds from a config the loader has already validated. */
    private static Road toRoad(RoadConfig config) {
        List<Segment> segments = new ArrayList<>(config.segments().size());
        for (RoadConfig.SegmentConfig seg : config.segments()) {
            segments.add(seg.toSegment());
        }
        RoadConfig.Start start = config.start();
        ReferenceLine line = start == null
                ? new ReferenceLine(0, 0, 0, segments)
                : new ReferenceLine(start.xM(), start.yM(), start.headingRad(), segments);
        RoadConfig.Lanes lanes = config.lanes();
        LaneLayout layout = new LaneLayout(lanes.forward(), lanes.oncoming(), lanes.markings());
        List<SpeedLimits.Zone> zones = new ArrayList<>();
        for (RoadConfig.SpeedLimit limit : config.speedLimits()) {
            zones.add(new SpeedLimits.Zone(limit.fromS(), limit.limitMps()));
        }
        List<StopLine> stopLines = new ArrayList<>();
        for (RoadConfig.Light light : config.trafficLights()) {
            stopLines.add(stopLine(light, layout));
        }
        List<Crosswalk> crosswalks = new ArrayList<>();
        for (RoadConfig.Walk walk : config.crosswalks()) {
            crosswalks.add(new Crosswalk(walk.id(), walk.fromS(), walk.toS()));
        }
        return new Road(line, layout, new SpeedLimits(zones), stopLines, crosswalks);
    }

    private static StopLine stopLine(RoadConfig.Light light, LaneLayout layout) {
        List<Integer> laneIds = light.lanes();
        if (laneIds == null) {
            laneIds = new ArrayList<>();
            for (int id = -1; id >= -layout.forwardCount(); id--) {
                laneIds.add(id);
            }
        }
        return new StopLine(light.id(), light.stopLineS(), light.travelDirection(), laneIds, trafficLight(light));
    }

    private static TrafficLight trafficLight(RoadConfig.Light light) {
        RoadConfig.Cycle cycle = light.cycle();
        if (cycle != null) {
            return new FixedCycleLight(light.id(), cycle.greenS(), cycle.yellowS(), cycle.redS(), cycle.offsetS());
        }
        List<ScriptedLight.Phase> phases = new ArrayList<>();
        for (RoadConfig.Phase phase : light.phases()) {
            phases.add(new ScriptedLight.Phase(phase.timeS(), phase.state()));
        }
        return new ScriptedLight(light.id(), phases);
    }
}
