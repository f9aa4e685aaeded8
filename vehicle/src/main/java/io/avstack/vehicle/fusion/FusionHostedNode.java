package io.avstack.vehicle.fusion;

import io.avstack.core.bus.Bus;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.time.Clock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.node.FusionNode;
import io.avstack.fusion.node.FusionNodeBuilder;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;

/**
 * The fusion node inside the lockstep simulator: built on the runner's bus and simulated clock when
 * attached (synchronous: deterministic), with the detector stages of the sensors in
 * {@code sensorMask} from a {@link DetectionSource}.
 */
public final class FusionHostedNode implements HostedNode {

    private final FusionConfig config;
    private final TransformTree tree;
    private final DetectionSource detections;
    private final int sensorMask;
    private final GroundTruthHistory truth;
    private final long seed;
    private FusionNode node;

    public FusionHostedNode(FusionConfig config, TransformTree tree, DetectionSource detections, int sensorMask,
            GroundTruthHistory truth, long seed) {
        this.config = config;
        this.tree = tree;
        this.detections = detections;
        this.sensorMask = sensorMask;
        this.truth = truth;
        this.seed = seed;
    }

    @Override
    public void attach(Bus bus, Clock clock) {
        FusionNodeBuilder b = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(tree).setConfig(config)
                .optVehicleId(LockstepRunner.VEHICLE_ID).optSensorIds(SensorIds.DEFAULT);
        if ((sensorMask & TrackedObject.SENSOR_CAMERA) != 0) {
            b.optCamera(detections.camera(truth, seed));
        }
        if ((sensorMask & TrackedObject.SENSOR_LIDAR) != 0) {
            b.optLidar(detections.lidar(truth, seed));
        }
        if ((sensorMask & TrackedObject.SENSOR_RADAR) != 0) {
            b.optRadar(detections.radar());
        }
        node = b.build();
    }

    /** The node (after attach). */
    public FusionNode node() {
        return node;
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
