package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.ArrayList;
import java.util.List;

/** Publishes the scene as {@link GroundTruth} (frame {@code map}) on {@code sim/ground_truth}. */
public final class GroundTruthSensor {

    private GroundTruthSensor() {
    }

    /** A sensor publishing the scene's ground truth at {@code rateHz}. */
    public static SensorModel create(String vehicleId, double rateHz) {
        long[] seq = {0};
        return SensorModel.of(TopicNames.topic(vehicleId, StandardTopics.GROUND_TRUTH), rateHz,
                scene -> of(scene, Header.of("map", seq[0]++, scene.simTimeNs())));
    }

    /** The ground truth of {@code scene}. */
    public static GroundTruth of(Scene scene, Header header) {
        List<GroundTruthObject> objects = new ArrayList<>(scene.objects().size());
        for (SceneObject o : scene.objects()) {
            objects.add(new GroundTruthObject(o.actorId(), o.cls(), Pose.planar(o.xM(), o.yM(), o.yawRad()), o.dims(),
                    new PlanarVelocity(o.vxMps(), o.vyMps())));
        }
        return new GroundTruth(header, scene.egoPose(), scene.egoSpeedMps(), objects);
    }
}
