package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A perfect fusion stand-in: publishes the scene as a {@link WorldModel} on {@code fusion/objects}
 * (frame {@code map}), one track per actor with {@code trackId} = actor id, exact position, heading,
 * velocity and box, zero variances, existence 1, every sensor expected and alive, and the exact ego
 * state. Accelerations are the change of velocity since the actor's previous measurement (0 on the
 * first), as a constant-acceleration tracker would estimate them. Lets planning run closed loop
 * before (or without) perception.
 */
public final class GroundTruthWorldModelSensor {

    /** Per actor id: {vx, vy, stampNs, firstSeenNs}; looked up by id, never iterated. */
    private final Map<Long, double[]> history = new HashMap<>();
    private final SimWorld world;
    private long seq;

    private GroundTruthWorldModelSensor(SimWorld world) {
        this.world = world;
    }

    /** A sensor publishing the ground-truth world model of {@code world} at {@code rateHz}. */
    public static SensorModel create(SimWorld world, String vehicleId, double rateHz) {
        GroundTruthWorldModelSensor sensor = new GroundTruthWorldModelSensor(world);
        return SensorModel.of(TopicNames.topic(vehicleId, StandardTopics.OBJECTS), rateHz, sensor::measure);
    }

    /** For {@link LockstepRunner.Builder#optSensor}: the ground-truth world model at {@code rateHz}. */
    public static java.util.function.Function<SimWorld, SensorModel> factory(double rateHz) {
        return w -> create(w, LockstepRunner.VEHICLE_ID, rateHz);
    }

    private WorldModel measure(Scene scene) {
        long now = scene.simTimeNs();
        List<TrackedObject> tracks = new ArrayList<>(scene.objects().size());
        for (SceneObject o : scene.objects()) {
            double[] h = history.get(o.actorId());
            double ax = 0;
            double ay = 0;
            long firstSeen = now;
            if (h != null) {
                double dtS = (now - (long) h[2]) / 1e9;
                if (dtS > 0) {
                    ax = (o.vxMps() - h[0]) / dtS;
                    ay = (o.vyMps() - h[1]) / dtS;
                }
                firstSeen = (long) h[3];
                h[0] = o.vxMps();
                h[1] = o.vyMps();
                h[2] = now;
            } else {
                history.put(o.actorId(), new double[] {o.vxMps(), o.vyMps(), now, now});
            }
            tracks.add(new TrackedObject(o.actorId(), o.cls(), o.xM(), o.yM(), 0.5 * o.dims().heightM(), o.yawRad(),
                    new PlanarVelocity(o.vxMps(), o.vyMps()), ax, ay, o.dims(), 0, 0, 0, 0, 1.0, now - firstSeen,
                    TrackedObject.SENSOR_ALL));
        }
        Header header = Header.of("map", seq++, now);
        return new WorldModel(header, tracks, Optional.of(world.ego().toEgoState(header)), TrackedObject.SENSOR_ALL,
                TrackedObject.SENSOR_ALL);
    }
}
