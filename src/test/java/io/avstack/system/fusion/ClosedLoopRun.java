package io.avstack.system.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.eval.MotScorer;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.fusion.Combination;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.fusion.FusionEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One closed-loop run of {@code fusion-crossing.yaml} with all sensors, recording every scored
 * actor frame (matches and misses), and the acceptance's settling rule (docs/FUSION.md, "Closed-loop
 * system test"): an actor's frames are held to the error bounds from one second after it first
 * counts (within 60 m and in view: confirmation and velocity convergence), except within one second
 * after a scripted speed step of its own (the simulator changes speeds in one tick, e.g. a pedestrian
 * from 0 to 1.5 m/s, which no tracker follows; a step is a truth speed change between two consecutive
 * scored frames of the actor, matched or missed). Id switches and false tracks are never excused.
 */
final class ClosedLoopRun {

    static final Path SCENARIO = Path.of("..", "src", "test", "resources", "scenarios", "fusion-crossing.yaml");
    static final double RANGE_M = 60;
    static final long SETTLE_NS = 1_000_000_000L;
    /** A truth speed change this large between two 10 Hz frames is a scripted step (100 m/s²), m/s. */
    static final double STEP_MPS = 1.0;

    /** One scored actor frame (with the truth's velocity); a miss has track id -1 and NaN errors. */
    record Sample(long stampNs, long actorId, long trackId, double rangeM, double posErrM, double velErrMps,
                  double truthVx, double truthVy) {
        boolean isMiss() {
            return trackId < 0;
        }
    }

    final List<Sample> matches = new ArrayList<>();
    final List<Sample> misses = new ArrayList<>();
    final MotResult result;

    ClosedLoopRun(FusionConfig config, TransformTree tree, DetectionSource detections) {
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(SCENARIO, Map.of(), null).get(0));
        FusionEvaluation eval = new FusionEvaluation(config, tree, detections);
        FusionEvaluation.Settings settings = new FusionEvaluation.Settings(List.of(SCENARIO), List.of(), null,
                setup.durationS(), RANGE_M, 2.0, 0.0);
        result = eval.runOne(setup, List.of(), Combination.ALL, settings, recorder());
    }

    /** The same run from a {@link FusionReplay} recording of {@link #SCENARIO} (tracker development). */
    ClosedLoopRun(List<FusionReplay.Event> recording, FusionConfig config, TransformTree tree) {
        result = FusionReplay.replay(recording, config, tree, RANGE_M, 0.0, recorder(), null);
    }

    private MotScorer.Listener recorder() {
        return new MotScorer.Listener() {
            @Override
            public void onMatch(long stampNs, GroundTruthObject truth, TrackedObject track, double rangeM,
                    double posErrM, double velErrMps) {
                matches.add(new Sample(stampNs, truth.actorId(), track.trackId(), rangeM, posErrM, velErrMps,
                        truth.velocity().vxMps(), truth.velocity().vyMps()));
            }

            @Override
            public void onMiss(long stampNs, GroundTruthObject truth, double rangeM) {
                misses.add(new Sample(stampNs, truth.actorId(), -1, rangeM, Double.NaN, Double.NaN,
                        truth.velocity().vxMps(), truth.velocity().vyMps()));
            }
        };
    }

    /** Stamp at which each actor first counted within {@link #RANGE_M}. */
    Map<Long, Long> firstCounted() {
        Map<Long, Long> first = new TreeMap<>();
        for (Sample s : chronological()) {
            if (s.rangeM() <= RANGE_M) {
                first.putIfAbsent(s.actorId(), s.stampNs());
            }
        }
        return first;
    }

    /** Misses of actors within range that counted for at least {@link #SETTLE_NS}: none allowed. */
    List<Sample> missesOnceInView() {
        Map<Long, Long> first = firstCounted();
        List<Sample> out = new ArrayList<>();
        for (Sample s : misses) {
            if (s.rangeM() <= RANGE_M && s.stampNs() - first.get(s.actorId()) >= SETTLE_NS) {
                out.add(s);
            }
        }
        return out;
    }

    /** Matches held to the bounds: within range, settled after entering and after the actor's speed steps. */
    List<Sample> held() {
        Map<Long, Long> first = firstCounted();
        Map<Long, List<Long>> steps = new TreeMap<>();
        Map<Long, Sample> previous = new TreeMap<>();
        for (Sample s : chronological()) {
            // misses count too: a step while the actor had no track is a step all the same
            Sample p = previous.put(s.actorId(), s);
            if (p != null && Math.hypot(s.truthVx() - p.truthVx(), s.truthVy() - p.truthVy()) > STEP_MPS) {
                steps.computeIfAbsent(s.actorId(), k -> new ArrayList<>()).add(s.stampNs());
            }
        }
        List<Sample> out = new ArrayList<>();
        for (Sample s : matches) {
            Long f = first.get(s.actorId());
            boolean entered = f != null && s.stampNs() - f >= SETTLE_NS;
            boolean calm = true;
            for (long step : steps.getOrDefault(s.actorId(), List.of())) {
                calm &= s.stampNs() < step || s.stampNs() - step >= SETTLE_NS;
            }
            if (s.rangeM() <= RANGE_M && entered && calm) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Sample> chronological() {
        List<Sample> all = new ArrayList<>(matches);
        all.addAll(misses);
        all.sort((a, b) -> Long.compare(a.stampNs(), b.stampNs()));
        return all;
    }
}
