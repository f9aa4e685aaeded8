package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;

import io.avstack.core.map.Road;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.planning.Fixtures;
import io.avstack.planning.Route;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.predict.Predictor;
import io.avstack.planning.road.RoadView;

/** Builds a {@link Situation} the way the planner does, for tests. */
public final class Situations {

    private Situations() {
    }

    public static Situation build(SituationBuilder builder, Road road, double egoS, double egoD, double speed,
            TrafficLightStates lights, long nowNs, TrackedObject... objects) {
        return build(builder, road, egoS, egoD, speed, 0.0, lights, nowNs, objects);
    }

    /** As {@link #build(SituationBuilder, Road, double, double, double, TrafficLightStates, long, TrackedObject...)}, the ego accelerating at {@code accel}, m/s². */
    public static Situation build(SituationBuilder builder, Road road, double egoS, double egoD, double speed,
            double accel, TrafficLightStates lights, long nowNs, TrackedObject... objects) {
        RoadView view = new RoadView(road);
        PredictedObjects p = new PredictedObjects();
        new Predictor(view, CONFIG).predict(Fixtures.world(nowNs, objects), nowNs, egoS, 51, 0.1, p);
        Situation sit = new Situation((int) road.lanes().stream().filter(l -> l.id() < 0).count(), p);
        sit.egoSM = egoS;
        sit.egoDM = egoD;
        sit.egoSpeedMps = speed;
        sit.egoAccelMps2 = accel;
        sit.egoLaneId = view.forwardLaneAt(egoD);
        builder.build(sit, lights, nowNs, new Route(sit.egoLaneId, road.lengthM()), new int[] {sit.egoLaneId});
        return sit;
    }

    public static Situation build(Road road, double egoS, double egoD, double speed, TrafficLightStates lights,
            long nowNs, TrackedObject... objects) {
        return build(new SituationBuilder(new RoadView(road), CONFIG), road, egoS, egoD, speed, lights, nowNs, objects);
    }
}
