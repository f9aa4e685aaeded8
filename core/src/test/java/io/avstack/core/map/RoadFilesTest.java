package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadFilesTest {

    private static final double EPS = 1e-9;

    private static final String LANES_AND_LIMITS = """
            lanes:
              forward: [3.5, 3.5]
              oncoming: [3.5]
            speedLimits:
              - {fromS: 0, limitMps: 13.9}
            """;

    @Test
    void loadsStraightTwoLaneRoad() {
        Road road = RoadFiles.loadResource("world/straight-two-lane.yaml");
        assertThat(road.lengthM()).isEqualTo(500);
        assertThat(road.lanes()).extracting(Lane::id).containsExactly(1, -1);
        assertThat(road.speedLimitAt(250)).isEqualTo(13.9);
        assertThat(road.stopLines()).isEmpty();
        assertThat(road.crosswalks()).isEmpty();
        Pose2 p = road.poseAt(500, new Pose2());
        assertThat(p.x).isEqualTo(500);
        assertThat(p.y).isZero();
    }

    @Test
    void loadsCurvedRoadWithStartPoseAndSpeedLimitChange() {
        Road road = RoadFiles.loadResource("world/curved-speed-change.yaml");
        assertThat(road.lengthM()).isEqualTo(600);
        Pose2 p = road.poseAt(0, new Pose2());
        assertThat(p.x).isEqualTo(10);
        assertThat(p.y).isEqualTo(-5);
        assertThat(p.headingRad).isEqualTo(0.5);
        road.poseAt(600, p);
        assertThat(p.headingRad).isCloseTo(0.5 + 150 * 0.005 - 100 * 0.008, within(EPS));
        assertThat(road.curvatureAt(250)).isEqualTo(0.005);
        assertThat(road.curvatureAt(400)).isEqualTo(-0.008);
        assertThat(road.speedLimitAt(299.9)).isEqualTo(22.2);
        assertThat(road.speedLimitAt(300)).isEqualTo(13.9);
        assertThat(road.lane(-2).widthM()).isEqualTo(3.25);
    }

    @Test
    void loadsUrbanRoadWithLightsAndCrosswalk() {
        Road road = RoadFiles.load(Path.of("src/test/resources/world/urban-light-crosswalk.yaml"));
        assertThat(road.stopLines()).extracting(StopLine::id).containsExactly("main-north", "main-south");
        StopLine north = road.stopLines().get(0);
        assertThat(north.direction()).isEqualTo(TravelDirection.FORWARD);
        assertThat(north.laneIds()).containsExactly(-1, -2); // default: every forward lane
        assertThat(north.light()).isInstanceOf(FixedCycleLight.class);
        StopLine south = road.stopLines().get(1);
        assertThat(south.direction()).isEqualTo(TravelDirection.ONCOMING);
        assertThat(south.appliesTo(2)).isTrue();
        assertThat(south.appliesTo(-1)).isFalse();
        assertThat(road.lightState("main-north", 4_000_000_000L)).isEqualTo(LightState.RED); // green starts at 5 s
        assertThat(road.lightState("main-north", 5_000_000_000L)).isEqualTo(LightState.GREEN);
        assertThat(road.lightState("main-south", 12_000_000_000L)).isEqualTo(LightState.RED);
        assertThat(road.lightState("main-south", 13_000_000_000L)).isEqualTo(LightState.GREEN);
        assertThat(road.crosswalks()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("school");
            assertThat(c.widthM()).isEqualTo(6);
        });
        assertThat(road.lane(1).rightMarking()).isEqualTo(LaneMarking.DOUBLE_SOLID);
        assertThatThrownBy(() -> road.light("nope")).hasMessageContaining("no traffic light nope");
    }

    @Test
    void unknownKeyIsNamedWithItsLine() {
        ConfigException e = loadMalformed("unknown-key.yaml");
        assertThat(e.kind()).isEqualTo(ConfigException.Kind.UNKNOWN_KEY);
        assertThat(e.keyPath()).isEqualTo("segments[1].arc.curvature");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("unknown-key.yaml:3");
    }

    @Test
    void laneWidthOutOfRangeIsNamed() {
        ConfigException e = loadMalformed("width-out-of-range.yaml");
        assertThat(e.keyPath()).isEqualTo("lanes.forward[1]");
        assertThat(e.value()).isEqualTo("12.0");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("width-out-of-range.yaml:4", "lanes.forward[1] = 12.0", "[2.0, 6.0] m");
    }

    @Test
    void nanCurvatureIsNamed() {
        // YAML's .nan is already refused by the loader's parser, with the key and line
        ConfigException e = loadMalformed("nan-curvature.yaml");
        assertThat(e.keyPath()).isEqualTo("segments[1].arc.curvaturePerM");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("nan-curvature.yaml:5", ".nan");
    }

    @Test
    void nanCurvatureInAConfigBuiltInCodeIsNamed() {
        RoadConfig config = new RoadConfig(null,
                List.of(new RoadConfig.SegmentConfig(null, new RoadConfig.Arc(50, Double.NaN))),
                new RoadConfig.Lanes(List.of(3.5), null, null), List.of(new RoadConfig.SpeedLimit(0, 10)), null, null);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> RoadFiles.build(config));
        assertThat(e.kind()).isEqualTo(ConfigException.Kind.OUT_OF_RANGE);
        assertThat(e.keyPath()).isEqualTo("segments[0].arc.curvaturePerM");
        assertThat(e.value()).isEqualTo("NaN");
    }

    @Test
    void emptySegmentListIsNamed() {
        ConfigException e = loadMalformed("empty-segments.yaml");
        assertThat(e.keyPath()).isEqualTo("segments");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("at least one segment");
    }

    @Test
    void segmentMustBeExactlyOneKind() {
        ConfigException e = parseFailure("""
                segments:
                  - straight: 10
                    arc: {lengthM: 10, curvaturePerM: 0.01}
                """ + LANES_AND_LIMITS);
        assertThat(e.keyPath()).isEqualTo("segments[0]");
        assertThat(e.getMessage()).contains("exactly one of");
    }

    @Test
    void arcTurningMoreThanACircleIsNamed() {
        ConfigException e = parseFailure("""
                segments:
                  - arc: {lengthM: 100, curvaturePerM: 0.5}
                """ + LANES_AND_LIMITS);
        assertThat(e.keyPath()).isEqualTo("segments[0].arc.curvaturePerM");
        assertThat(e.getMessage()).contains("full circle");
    }

    @Test
    void trafficLightProblemsAreNamed() {
        String road = """
                segments:
                  - straight: 100
                """ + LANES_AND_LIMITS;
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 150, cycle: {greenS: 30, yellowS: 3, redS: 27, offsetS: 0}}
                """).keyPath()).isEqualTo("trafficLights[0].stopLineS");
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50, lanes: [-1, 1], cycle: {greenS: 30, yellowS: 3, redS: 27, offsetS: 0}}
                """).keyPath()).isEqualTo("trafficLights[0].lanes[1]");
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50, lanes: [-3], cycle: {greenS: 30, yellowS: 3, redS: 27, offsetS: 0}}
                """).keyPath()).isEqualTo("trafficLights[0].lanes[0]");
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50}
                """).getMessage()).contains("exactly one of 'cycle' or 'phases'");
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50, phases: [{timeS: 0, state: RED}, {timeS: 0, state: GREEN}]}
                """).keyPath()).isEqualTo("trafficLights[0].phases[1].timeS");
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50, phases: [{timeS: 0, state: BLUE}]}
                """).kind()).isEqualTo(ConfigException.Kind.WRONG_TYPE);
        assertThat(parseFailure(road + """
                trafficLights:
                  - {id: a, stopLineS: 50, phases: [{timeS: 0, state: RED}]}
                  - {id: a, stopLineS: 60, phases: [{timeS: 0, state: RED}]}
                """).keyPath()).isEqualTo("trafficLights[1].id");
    }

    @Test
    void speedLimitAndCrosswalkProblemsAreNamed() {
        String segments = """
                segments:
                  - straight: 100
                lanes:
                  forward: [3.5]
                """;
        assertThat(parseFailure(segments + """
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                  - {fromS: 0, limitMps: 8}
                """).keyPath()).isEqualTo("speedLimits[1].fromS");
        assertThat(parseFailure(segments + """
                speedLimits:
                  - {fromS: 0, limitMps: 0}
                """).keyPath()).isEqualTo("speedLimits[0].limitMps");
        assertThat(parseFailure(segments + """
                speedLimits:
                  - {fromS: 0, limitMps: 10}
                crosswalks:
                  - {id: c, fromS: 98, toS: 104}
                """).keyPath()).isEqualTo("crosswalks[0].toS");
        assertThat(parseFailure(segments + """
                speedLimits:
                  - {fromS: 0, limitMps: 10}
                crosswalks:
                  - {id: c, fromS: 50, toS: 50}
                """).keyPath()).isEqualTo("crosswalks[0].toS");
    }

    @Test
    void missingRequiredKeyIsNamed() {
        ConfigException e = parseFailure("""
                segments:
                  - straight: 100
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                """);
        assertThat(e.kind()).isEqualTo(ConfigException.Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("lanes");
    }

    @Test
    void oneWayRoadNeedsNoOncomingKey() {
        Road road = RoadFiles.parse("""
                segments:
                  - straight: 100
                lanes:
                  forward: [3.5, 3.5, 3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                """, "one-way");
        assertThat(road.lanes()).extracting(Lane::id).containsExactly(-1, -2, -3);
        assertThat(road.lane(-1).leftMarking()).isEqualTo(LaneMarking.SOLID);
    }

    private static ConfigException loadMalformed(String name) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> RoadFiles.loadResource("world/malformed/" + name));
        assertThat(e).as("loading %s must fail", name).isNotNull();
        assertThat(e.file()).isEqualTo("classpath:world/malformed/" + name);
        return e;
    }

    private static ConfigException parseFailure(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> RoadFiles.parse(yaml, "inline"));
        assertThat(e).as("parsing must fail:%n%s", yaml).isNotNull();
        assertThat(e.file()).isEqualTo("inline");
        return e;
    }
}
