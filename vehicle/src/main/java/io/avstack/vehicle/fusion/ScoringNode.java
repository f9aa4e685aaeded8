package io.avstack.vehicle.fusion;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.fusion.eval.MotScorer;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every world model on {@code fusion/objects} against the newest ground truth on
 * {@code sim/ground_truth} at most {@code maxAgeNs} older or newer (the tracks are predicted to the
 * truth's stamp); each truth is scored at most once. Frames before {@code warmUpNs} are not scored.
 */
public final class ScoringNode implements HostedNode {

    private final MotScorer scorer;
    private final long warmUpNs;
    private final long maxAgeNs;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private GroundTruth pending;

    public ScoringNode(MotScorer scorer, long warmUpNs, long maxAgeNs) {
        this.scorer = scorer;
        this.warmUpNs = warmUpNs;
        this.maxAgeNs = maxAgeNs;
    }

    @Override
    public void attach(Bus bus, Clock clock) {
        subscriptions.add(bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.GROUND_TRUTH),
                new SubscribeOptions(0, "fusion-scorer-truth"), (t, m) -> pending = (GroundTruth) m));
        subscriptions.add(bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.OBJECTS),
                new SubscribeOptions(0, "fusion-scorer-objects"), (t, m) -> onWorldModel((WorldModel) m)));
    }

    private void onWorldModel(WorldModel wm) {
        GroundTruth gt = pending;
        if (gt == null || Math.abs(gt.header().stampNs() - wm.header().stampNs()) > maxAgeNs
                || gt.header().stampNs() < warmUpNs) {
            return;
        }
        scorer.score(gt, wm);
        pending = null;
    }

    public MotScorer scorer() {
        return scorer;
    }

    @Override
    public void close() {
        for (Subscription s : subscriptions) {
            s.close();
        }
    }
}
