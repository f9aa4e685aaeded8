package io.avstack.system.fusion;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.codec.CodecException;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.fusion.eval.CoverageRegion;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.eval.MotScorer;
import io.avstack.fusion.node.FusionEngine;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.radar.RadarClusterParams;
import io.avstack.perception.radar.RadarObject;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SensorModel;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.SimWorld;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.Combination;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.fusion.FusionEvaluation;
import io.avstack.vehicle.fusion.FusionHostedNode;
import io.avstack.vehicle.fusion.TruthNoiseDetections;
import io.avstack.vehicle.fusion.TruthRecording;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tracker development tool: records what the fusion node of one all-sensor evaluation run receives
 * (ego states, camera boxes, lidar boxes, radar scans, the world-model instants and health masks, the
 * ground truth) in bus order, once, with the real detectors; then replays the recording into a fresh
 * {@link FusionEngine} and scores it as {@code avstack eval fusion} does, in milliseconds instead of
 * minutes. Replay is exact: the simulated world does not depend on the fusion output (the built-in
 * controller drives), so a tracker change gives the same scores here as in a live run. One exception
 * for recordings made with the real detectors: the 2D detections topic carries no distance-head
 * output and the replay does not know the weights, so camera boxes are ranged on the ground plane
 * alone ({@code CameraRangeModel.GROUND_ONLY}), where the live node used the weights' calibration.
 *
 * <pre>
 *   java ... io.avstack.system.fusion.FusionReplay record|record-truth-noise DIR scenario.yaml...
 *   java ... io.avstack.system.fusion.FusionReplay replay DIR scenario.yaml... [--trace] [--config fusion.yaml]
 *       [--warm-up S]   (frames before S seconds are neither scored nor traced; default 1)
 *       [--sensors C]   (only the sensors of combination C, e.g. lidar or lidar+radar, as eval fusion runs it)
 *       (per scenario: CLEAR-MOT within 60 m, then the vehicles' lateral velocity errors out to 120 m)
 *   java ... io.avstack.system.fusion.FusionReplay acceptance DIR   (fusion-crossing.rec: the closed-loop checks,
 *       each actor's worst settled errors)
 *   java ... io.avstack.system.fusion.FusionReplay camera-bearing DIR scenario.yaml...   (the camera's bearing
 *       errors against the truth per class: rms and autocorrelation by lag, {@link CameraBearingStats})
 *   java ... io.avstack.system.fusion.FusionReplay from-log DIR run.avlog NAME   (a full-stack drive log's fusion
 *       inputs as DIR/NAME.rec, open loop: replay shows what a changed tracker makes of the same detections)
 * </pre>
 */
final class FusionReplay {

    private static final byte EGO = 'E';
    private static final byte CAMERA = 'C';
    private static final byte LIDAR = 'L';
    private static final byte RADAR = 'R';
    private static final byte WORLD = 'W';
    private static final byte TRUTH = 'T';

    private FusionReplay() {
    }

    /** One recorded input, in bus order. */
    record Event(byte kind, Message message) {
    }

    /** Runs {@code scenario} (first run, all sensors, 30 s cap) with {@code source} and records the fusion inputs. */
    static List<Event> record(Path scenario, DetectionSource source, FusionConfig config, TransformTree tree) {
        SimSetup setup = FusionEvaluation.capped(
                ScenarioSetups.of(ScenarioLoader.load(scenario, Map.of(), null).get(0)), 30.0);
        long seed = setup.seed();
        List<Event> events = new ArrayList<>();
        DetectionSource recording = recordingSource(source, events);
        GroundTruthHistory truth = new GroundTruthHistory(512);
        LockstepRunner.builder(setup).optEgoStateSensor(ModelSensors.egoState(seed))
                .optSensor(sensor(ModelSensors.cameraFront(seed), source, truth))
                .optSensor(sensor(ModelSensors.lidarTop(seed), source, truth))
                .optSensor(sensor(ModelSensors.radarFront(seed), source, truth))
                .optNode(recorder(events)) // first: sees an ego state before the node's world model it triggers
                .optNode(new FusionHostedNode(config, tree, recording, Combination.ALL.sensorMask(), truth, seed))
                .build().run();
        return events;
    }

    private static Function<SimWorld, SensorModel> sensor(Function<SimWorld, SensorModel> model, DetectionSource source,
            GroundTruthHistory truth) {
        return source.needsTruth() ? TruthRecording.recording(model, truth) : model;
    }

    private static HostedNode recorder(List<Event> events) {
        return new HostedNode() {
            @Override
            public void attach(Bus bus, Clock clock) {
                String v = LockstepRunner.VEHICLE_ID;
                bus.subscribe(TopicNames.topic(v, StandardTopics.EGO_STATE), (t, m) -> events.add(new Event(EGO, m)));
                bus.subscribe(TopicNames.topic(v, StandardTopics.GROUND_TRUTH),
                        (t, m) -> events.add(new Event(TRUTH, m)));
                bus.subscribe(TopicNames.topic(v, StandardTopics.OBJECTS), (t, m) -> events.add(new Event(WORLD, m)));
            }

            @Override
            public void close() {
            }
        };
    }

    private static DetectionSource recordingSource(DetectionSource source, List<Event> events) {
        return new DetectionSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public CameraStage camera(GroundTruthHistory truth, long seed) {
                CameraStage stage = source.camera(truth, seed);
                return (CameraFrame frame) -> {
                    List<CameraDetection> dets = stage.detect(frame);
                    List<Detection2D> boxes = new ArrayList<>();
                    for (CameraDetection d : dets) {
                        boxes.add(d.box());
                    }
                    events.add(new Event(CAMERA, new Detections2D(frame.header(), boxes)));
                    return dets;
                };
            }

            @Override
            public LidarStage lidar(GroundTruthHistory truth, long seed) {
                LidarStage stage = source.lidar(truth, seed);
                return LidarStage.of((LidarScan scan) -> {
                    Detections3D d = stage.detect(scan);
                    events.add(new Event(LIDAR, d));
                    return d;
                }, null);
            }

            @Override
            public RadarStage radar() {
                RadarStage stage = source.radar();
                return scan -> {
                    events.add(new Event(RADAR, scan));
                    return stage.detect(scan);
                };
            }

            @Override
            public boolean needsTruth() {
                return source.needsTruth();
            }
        };
    }

    static void write(List<Event> events, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Event e : events) {
                byte[] bytes = ProtoCodec.INSTANCE.encode(e.message());
                out.writeByte(e.kind());
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    static List<Event> read(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                byte kind;
                try {
                    kind = in.readByte();
                } catch (EOFException end) {
                    return events;
                }
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                try {
                    events.add(new Event(kind, ProtoCodec.INSTANCE.decode(bytes)));
                } catch (CodecException e) {
                    throw new IOException(file + ": undecodable event " + events.size(), e);
                }
            }
        }
    }

    /**
     * Feeds {@code events} into a fresh engine with {@code config} and scores every world model as
     * {@code ScoringNode} does (truth at most 50 ms from the world model, none before {@code warmUpS}).
     */
    static MotResult replay(List<Event> events, FusionConfig config, TransformTree tree, double rangeM, double warmUpS,
            MotScorer.Listener listener, ReplayTrace trace) {
        return replay(events, Combination.ALL, config, tree, rangeM, warmUpS, listener, trace);
    }

    /**
     * {@link #replay} with only the sensors of {@code sensors}, as {@code avstack eval fusion
     * --combinations} runs them: the others' frames are not fed, and the scoring region and the world
     * model's expected and alive sensors are those of the combination.
     */
    static MotResult replay(List<Event> events, Combination sensors, FusionConfig config, TransformTree tree,
            double rangeM, double warmUpS, MotScorer.Listener listener, ReplayTrace trace) {
        return run(events, sensors, config, tree, rangeM, warmUpS, 2.0, listener, trace, false);
    }

    /**
     * Lateral velocity errors of the vehicle tracks out to the radar's range (matched within 3 m: a
     * radar-born track far away sits a metre or two off), from one more replay of {@code events}.
     */
    static LateralVelocityStats lateral(List<Event> events, FusionConfig config, TransformTree tree) {
        LateralVelocityStats stats = new LateralVelocityStats();
        run(events, Combination.ALL, config, tree, config.radar().common().maxRangeM(), 1.0, 3.0, stats, null, false);
        return stats;
    }

    /** Scores the world models recorded from the live run itself (what {@link #replay} must reproduce). */
    static MotResult scoreRecorded(List<Event> events, FusionConfig config, TransformTree tree, double rangeM,
            double warmUpS) {
        return run(events, Combination.ALL, config, tree, rangeM, warmUpS, 2.0, null, null, true);
    }

    private static MotResult run(List<Event> events, Combination sensors, FusionConfig config, TransformTree tree,
            double rangeM, double warmUpS, double matchM, MotScorer.Listener listener, ReplayTrace trace,
            boolean recorded) {
        FusionEngine engine = new FusionEngine(config, tree, SensorIds.DEFAULT);
        RadarStage radar = RadarStage.clusterer(RadarClusterParams.defaults());
        CoverageRegion region = CoverageRegion.of(tree, config, SensorIds.DEFAULT, sensors.sensorMask(), rangeM);
        MotScorer scorer = new MotScorer(region, matchM).listener(listener);
        long warmUpNs = Math.round(warmUpS * 1e9);
        GroundTruth pending = null;
        for (Event e : events) {
            switch (e.kind()) {
                case EGO -> engine.onEgoState((EgoState) e.message());
                case CAMERA -> {
                    if (!sensors.has(TrackedObject.SENSOR_CAMERA)) {
                        continue;
                    }
                    Detections2D d = (Detections2D) e.message();
                    List<CameraDetection> dets = new ArrayList<>();
                    for (Detection2D b : d.detections()) {
                        dets.add(new CameraDetection(b, Double.NaN));
                    }
                    if (trace != null) {
                        trace.camera(engine, d);
                    }
                    engine.onCamera(d.header().stampNs(), d.header().valid(), dets);
                }
                case LIDAR -> {
                    if (!sensors.has(TrackedObject.SENSOR_LIDAR)) {
                        continue;
                    }
                    if (trace != null) {
                        trace.lidar(engine, (Detections3D) e.message());
                    }
                    engine.onLidar((Detections3D) e.message());
                }
                case RADAR -> {
                    if (!sensors.has(TrackedObject.SENSOR_RADAR)) {
                        continue;
                    }
                    RadarScan scan = (RadarScan) e.message();
                    List<RadarObject> objects = radar.detect(scan);
                    if (trace != null) {
                        trace.radar(engine, scan.header().stampNs(), objects);
                    }
                    engine.onRadar(scan.header().stampNs(), scan.header().valid(), objects);
                }
                case TRUTH -> pending = (GroundTruth) e.message();
                case WORLD -> {
                    WorldModel rec = (WorldModel) e.message();
                    WorldModel out = engine.output(rec.header().stampNs(),
                            rec.sensorsExpectedMask() & sensors.sensorMask(), rec.sensorsAliveMask() & sensors.sensorMask());
                    WorldModel wm = recorded ? rec : out;
                    if (pending != null && Math.abs(pending.header().stampNs() - wm.header().stampNs()) <= 50_000_000L
                            && pending.header().stampNs() >= warmUpNs) {
                        if (trace != null) {
                            trace.frame(pending, wm);
                        }
                        scorer.score(pending, wm);
                        pending = null;
                    }
                }
                default -> throw new IllegalStateException("unknown event kind " + e.kind());
            }
        }
        return scorer.result();
    }

    /** Prints detections and, per scored frame, truth and tracks (debugging only). */
    interface ReplayTrace {
        void camera(FusionEngine engine, Detections2D d);

        void lidar(FusionEngine engine, Detections3D d);

        void radar(FusionEngine engine, long stampNs, List<RadarObject> objects);

        void frame(GroundTruth gt, WorldModel wm);
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        boolean trace = false;
        double warmUpS = 1.0;
        FusionConfig config = FusionConfig.defaults();
        Combination sensors = Combination.ALL;
        List<Path> scenarios = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--trace")) {
                trace = true;
            } else if (args[i].equals("--sensors")) {
                sensors = Combination.named(args[++i]);
            } else if (args[i].equals("--warm-up")) {
                warmUpS = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--config")) {
                config = FusionConfig.load(Path.of(args[++i]));
            } else {
                scenarios.add(Path.of(args[i]));
            }
        }
        TransformTree tree = TransformTree.of(SimCalibration.load());
        Files.createDirectories(dir);
        if (mode.startsWith("record")) {
            try (DetectionSource source = mode.equals("record-truth-noise")
                    ? new TruthNoiseDetections(TruthNoiseParams.defaults(), tree, SensorIds.DEFAULT)
                    : CnnDetections.load(Combination.ALL.sensorMask(), null, "cpu")) {
                for (Path s : scenarios) {
                    List<Event> events = record(s, source, config, tree);
                    write(events, dir.resolve(name(s) + ".rec"));
                    System.out.println("recorded " + s + ": " + events.size() + " events");
                }
            }
            return;
        }
        if (mode.equals("from-log")) {
            List<Event> events = fromLog(Path.of(args[2]));
            write(events, dir.resolve(args[3] + ".rec"));
            System.out.println("converted " + args[2] + ": " + events.size() + " events");
            return;
        }
        if (mode.equals("acceptance")) {
            acceptance(new ClosedLoopRun(read(dir.resolve(name(ClosedLoopRun.SCENARIO) + ".rec")), config, tree));
            return;
        }
        if (mode.equals("camera-bearing")) {
            CameraBearingStats stats = new CameraBearingStats(tree, config);
            for (Path s : scenarios) {
                stats.nextScenario();
                replay(read(dir.resolve(name(s) + ".rec")), config, tree, 60, warmUpS, null, stats);
            }
            System.out.print(stats.report());
            return;
        }
        MotResult total = MotResult.EMPTY;
        LateralVelocityStats lateralTotal = new LateralVelocityStats();
        for (Path s : scenarios) {
            List<Event> events = read(dir.resolve(name(s) + ".rec"));
            MotResult r = replay(events, sensors, config, tree, 60, warmUpS, null,
                    trace ? new TextTrace(tree, config, System.out) : null);
            total = total.plus(r);
            System.out.println(line(name(s), r));
            LateralVelocityStats lat = lateral(events, config, tree);
            lateralTotal.add(lat);
            System.out.println(lat.line());
        }
        System.out.println(line("TOTAL", total));
        System.out.println(lateralTotal.line());
    }

    /**
     * The fusion node's inputs and outputs in a drive log (avstack sim --record --stack full): ego
     * states, camera and lidar boxes as the node's detectors published them, radar scans (clustered
     * again on replay), world models and ground truth, in log order.
     */
    static List<Event> fromLog(Path log) throws IOException {
        String v = LockstepRunner.VEHICLE_ID;
        Map<String, Byte> kinds = Map.of(TopicNames.topic(v, StandardTopics.EGO_STATE), EGO,
                TopicNames.topic(v, StandardTopics.DETECTIONS_2D_FRONT), CAMERA,
                TopicNames.topic(v, StandardTopics.DETECTIONS_3D), LIDAR,
                TopicNames.topic(v, StandardTopics.RADAR_FRONT), RADAR,
                TopicNames.topic(v, StandardTopics.OBJECTS), WORLD,
                TopicNames.topic(v, StandardTopics.GROUND_TRUTH), TRUTH);
        List<Event> events = new ArrayList<>();
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            reader.filterTopics(kinds.keySet());
            for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
                try {
                    events.add(new Event(kinds.get(r.topic()), r.decode()));
                } catch (CodecException e) {
                    throw new IOException(log + ": undecodable record at offset " + r.offset(), e);
                }
            }
        }
        return events;
    }

    /** Prints what {@link ClosedLoopAcceptance} would reject: held frames off bounds, misses, track ids per actor. */
    private static void acceptance(ClosedLoopRun run) {
        System.out.println(line("fusion-crossing", run.result));
        for (ClosedLoopRun.Sample x : run.held()) {
            if (x.posErrM() >= ClosedLoopAcceptance.MAX_POS_ERR_M
                    || x.velErrMps() >= ClosedLoopAcceptance.MAX_VEL_ERR_MPS) {
                System.out.printf(Locale.ROOT, "held %.1f s actor %d track %d range %.0f pos %.2f vel %.2f%n",
                        x.stampNs() / 1e9, x.actorId(), x.trackId(), x.rangeM(), x.posErrM(), x.velErrMps());
            }
        }
        Map<Long, ClosedLoopRun.Sample> worstPos = new TreeMap<>();
        Map<Long, ClosedLoopRun.Sample> worstVel = new TreeMap<>();
        for (ClosedLoopRun.Sample x : run.held()) {
            worstPos.merge(x.actorId(), x, (a, b) -> a.posErrM() >= b.posErrM() ? a : b);
            worstVel.merge(x.actorId(), x, (a, b) -> a.velErrMps() >= b.velErrMps() ? a : b);
        }
        worstPos.forEach((actor, p) -> System.out.printf(Locale.ROOT,
                "worst actor %d pos %.2f at %.1f s, vel %.2f at %.1f s%n", actor, p.posErrM(), p.stampNs() / 1e9,
                worstVel.get(actor).velErrMps(), worstVel.get(actor).stampNs() / 1e9));
        for (ClosedLoopRun.Sample x : run.missesOnceInView()) {
            System.out.printf(Locale.ROOT, "miss %.1f s actor %d range %.0f%n", x.stampNs() / 1e9, x.actorId(),
                    x.rangeM());
        }
        Map<Long, TreeSet<Long>> ids = new TreeMap<>();
        for (ClosedLoopRun.Sample x : run.matches) {
            ids.computeIfAbsent(x.actorId(), k -> new TreeSet<>()).add(x.trackId());
        }
        System.out.println("track ids per actor " + ids);
    }

    static String line(String name, MotResult r) {
        return String.format(Locale.ROOT,
                "%-32s mota %.3f motp %.3f idsw %d (%.2f/1000) false %d missed %d gt %d frames %d", name,
                r.mota(), r.motpM(), r.idSwitches(), 1000.0 * r.idSwitches() / Math.max(1, r.frames()),
                r.falseTracks(), r.missed(), r.groundTruth(), r.frames());
    }

    private static String name(Path scenario) {
        String f = scenario.getFileName().toString();
        return f.endsWith(".yaml") ? f.substring(0, f.length() - 5) : f;
    }
}
