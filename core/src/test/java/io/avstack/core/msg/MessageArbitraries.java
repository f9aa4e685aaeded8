package io.avstack.core.msg;

import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid messages, for property tests here and in other modules (through core's
 * test-jar). Images are at most 8x6 and scans at most 64 points so a property runs in milliseconds;
 * numbers span the whole finite range the records accept, extremes included.
 */
public final class MessageArbitraries {

    private static final int MAX_LIST = 8;

    private MessageArbitraries() {
    }

    /** One generator per message type; the key set equals {@link Message}'s permitted subclasses. */
    public static Map<Class<? extends Message>, Arbitrary<? extends Message>> byType() {
        Map<Class<? extends Message>, Arbitrary<? extends Message>> m = new LinkedHashMap<>();
        m.put(CameraFrame.class, cameraFrame());
        m.put(LidarScan.class, lidarScan());
        m.put(RadarScan.class, radarScan());
        m.put(EgoState.class, egoState());
        m.put(Detections2D.class, detections2d());
        m.put(Detections3D.class, detections3d());
        m.put(WorldModel.class, worldModel());
        m.put(Trajectory.class, trajectory());
        m.put(ControlCommand.class, controlCommand());
        m.put(SafetyStatus.class, safetyStatus());
        m.put(GroundTruth.class, groundTruth());
        m.put(PlanStatus.class, planStatus());
        m.put(TrafficLightStates.class, trafficLightStates());
        m.put(NodeHealth.class, nodeHealth());
        return m;
    }

    /** Any message type, evenly. */
    public static Arbitrary<Message> anyMessage() {
        List<Arbitrary<? extends Message>> all = new ArrayList<>(byType().values());
        return Arbitraries.oneOf(all);
    }

    // ---- values ----

    /** Short strings including non-ASCII characters (valid UTF-16, so they survive UTF-8). */
    public static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("_/-. äéß漢字").ofMaxLength(16);
    }

    public static Arbitrary<Double> finite() {
        return Arbitraries.doubles();
    }

    public static Arbitrary<Double> nonNegative() {
        return Arbitraries.doubles().greaterOrEqual(0.0);
    }

    public static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0.0, 1.0);
    }

    public static Arbitrary<Header> header() {
        return Combinators.combine(text(), Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.of(true, false)).as(Header::new);
    }

    public static Arbitrary<Pose> pose() {
        return Combinators.combine(finite(), finite(), finite(), finite(), finite(), finite()).as(Pose::new);
    }

    public static Arbitrary<Dimensions> dimensions() {
        return Combinators.combine(nonNegative(), nonNegative(), nonNegative()).as(Dimensions::new);
    }

    public static Arbitrary<PlanarVelocity> planarVelocity() {
        return Combinators.combine(finite(), finite()).as(PlanarVelocity::new);
    }

    public static Arbitrary<ObjectClass> objectClass() {
        return Arbitraries.of(ObjectClass.class);
    }

    // ---- sensors ----

    public static Arbitrary<CameraFrame> cameraFrame() {
        return Combinators.combine(header(), Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 6),
                        Arbitraries.of(ImageEncoding.class), text())
                .flatAs((h, w, ht, enc, intrinsics) -> {
                    Arbitrary<byte[]> data = enc.isRaw()
                            ? Arbitraries.bytes().array(byte[].class).ofSize(w * ht * enc.channels())
                            : Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
                    return data.map(d -> new CameraFrame(h, w, ht, enc, intrinsics, d));
                });
    }

    public static Arbitrary<LidarScan> lidarScan() {
        return Combinators.combine(header(), Arbitraries.integers().between(0, 64))
                .flatAs((h, n) -> Combinators.combine(
                        Arbitraries.floats().array(float[].class).ofSize(n * LidarScan.FLOATS_PER_POINT),
                        Arbitraries.integers().between(0, 127).array(int[].class).ofSize(n))
                        .as((xyzi, ring) -> new LidarScan(h, xyzi, ring)));
    }

    public static Arbitrary<RadarDetection> radarDetection() {
        return Combinators.combine(nonNegative(), finite(), finite(), finite(), finite()).as(RadarDetection::new);
    }

    public static Arbitrary<RadarScan> radarScan() {
        return Combinators.combine(header(), radarDetection().list().ofMaxSize(MAX_LIST)).as(RadarScan::new);
    }

    public static Arbitrary<EgoState> egoState() {
        return Combinators.combine(header(), pose(), finite(), finite(), finite(), finite()).as(EgoState::new);
    }

    // ---- perception and fusion ----

    public static Arbitrary<Detection2D> detection2d() {
        Arbitrary<Double> coordPx = Arbitraries.doubles().between(-1e5, 1e5);
        return Combinators.combine(objectClass(), unit(), coordPx, coordPx, coordPx, coordPx)
                .as((c, s, x1, y1, x2, y2) -> new Detection2D(c, s,
                        Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)));
    }

    public static Arbitrary<Detections2D> detections2d() {
        return Combinators.combine(header(), detection2d().list().ofMaxSize(MAX_LIST)).as(Detections2D::new);
    }

    public static Arbitrary<Detection3D> detection3d() {
        return Combinators.combine(objectClass(), unit(), finite(), finite(), finite(), dimensions(), finite(),
                        planarVelocity().optional())
                .as(Detection3D::new);
    }

    public static Arbitrary<Detections3D> detections3d() {
        return Combinators.combine(header(), detection3d().list().ofMaxSize(MAX_LIST)).as(Detections3D::new);
    }

    public static Arbitrary<TrackedObject> trackedObject() {
        Arbitrary<double[]> kinematics = finite().array(double[].class).ofSize(6); // x y z yaw ax ay
        Arbitrary<double[]> variances = nonNegative().array(double[].class).ofSize(4);
        return Combinators.combine(Arbitraries.longs(), objectClass(), kinematics, planarVelocity(), dimensions(),
                        variances, unit(), Arbitraries.longs().greaterOrEqual(0))
                .flatAs((id, c, k, v, d, var, p, age) -> Combinators.combine(
                                Arbitraries.integers().between(0, TrackedObject.SENSOR_ALL),
                                Arbitraries.doubles().between(-1, 1), Arbitraries.doubles().between(-1, 1))
                        // correlations in [-1, 1] keep the covariances valid
                        .as((mask, rxy, rv) -> new TrackedObject(id, c, k[0], k[1], k[2], k[3], v, k[4], k[5], d,
                                var[0], var[1], var[2], var[3], p, age, mask,
                                rxy * Math.sqrt(var[0]) * Math.sqrt(var[1]),
                                rv * Math.sqrt(var[2]) * Math.sqrt(var[3]))));
    }

    public static Arbitrary<WorldModel> worldModel() {
        Arbitrary<Integer> mask = Arbitraries.integers().between(0, TrackedObject.SENSOR_ALL);
        return Combinators.combine(header(), trackedObject().list().ofMaxSize(MAX_LIST),
                        egoState().optional(), mask, mask)
                .as(WorldModel::new);
    }

    public static Arbitrary<TrafficLightStates> trafficLightStates() {
        Arbitrary<TrafficLightState> light = Combinators.combine(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.of(io.avstack.core.map.LightState.class))
                .as(TrafficLightState::new);
        return Combinators.combine(header(), light.list().ofMaxSize(MAX_LIST)
                        .uniqueElements(TrafficLightState::stopLineId))
                .as(TrafficLightStates::new);
    }

    // ---- planning, control, safety ----

    /** Points spaced by a random step, so times strictly increase as {@link Trajectory} requires. */
    public static Arbitrary<Trajectory> trajectory() {
        Arbitrary<double[]> sample = finite().array(double[].class).ofSize(6);
        return Combinators.combine(header(), Arbitraries.longs().between(1, 1_000_000_000L),
                        sample.list().ofMaxSize(MAX_LIST))
                .as((h, stepNs, samples) -> {
                    List<TrajectoryPoint> points = new ArrayList<>(samples.size());
                    for (int i = 0; i < samples.size(); i++) {
                        double[] s = samples.get(i);
                        points.add(new TrajectoryPoint(i * stepNs, s[0], s[1], s[2], s[3], s[4], s[5]));
                    }
                    return new Trajectory(h, points);
                });
    }

    public static Arbitrary<ControlCommand> controlCommand() {
        return Combinators.combine(header(), finite(), finite()).as(ControlCommand::new);
    }

    public static Arbitrary<SafetyStatus> safetyStatus() {
        return Combinators.combine(header(), Arbitraries.of(Verdict.class), text(), Arbitraries.of(DegradedMode.class))
                .as((h, v, reason, mode) -> new SafetyStatus(h, v,
                        v != Verdict.PASS && reason.isBlank() ? "reason " + reason : reason, mode));
    }

    public static Arbitrary<PlanStatus> planStatus() {
        return Combinators.combine(header(), text(), text(), text(), Arbitraries.of(true, false), nonNegative(),
                        Arbitraries.longs().between(-1, Long.MAX_VALUE))
                .as((h, behaviour, binding, reason, fallback, speed, lead) -> new PlanStatus(h,
                        behaviour.isBlank() ? "B" + behaviour : behaviour, binding, reason, fallback, speed, lead));
    }

    // ---- system ----

    public static Arbitrary<NodeHealth> nodeHealth() {
        Arbitrary<Long> count = Arbitraries.longs().greaterOrEqual(0);
        Arbitrary<long[]> counts = count.array(long[].class).ofSize(5);
        return Combinators.combine(header(), text(), Arbitraries.of(NodeHealth.State.class), counts, text())
                .as((h, node, state, c, lastError) -> new NodeHealth(h, node.isBlank() ? "n" + node : node, state,
                        c[0], c[1], c[2], c[3], lastError, c[4]));
    }

    // ---- simulator ----

    public static Arbitrary<GroundTruthObject> groundTruthObject() {
        return Combinators.combine(Arbitraries.longs(), objectClass(), pose(), dimensions(), planarVelocity())
                .as(GroundTruthObject::new);
    }

    public static Arbitrary<GroundTruth> groundTruth() {
        return Combinators.combine(header(), pose(), finite(), groundTruthObject().list().ofMaxSize(MAX_LIST))
                .as(GroundTruth::new);
    }
}
