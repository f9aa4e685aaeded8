package io.avstack.vehicle.fusion;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.time.Clock;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.SimSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * Camera frames, lidar scans and ego states recorded from a simulator run, to time the detectors on
 * realistic input ({@code avstack bench fusion}).
 */
public final class CapturedFrames implements HostedNode {

    private final List<CameraFrame> camera = new ArrayList<>();
    private final List<LidarScan> lidar = new ArrayList<>();
    private final List<EgoState> ego = new ArrayList<>();

    /** Runs {@code setup} with the camera and lidar models and records their output. */
    public static CapturedFrames record(SimSetup setup) {
        CapturedFrames frames = new CapturedFrames();
        LockstepRunner.builder(setup).optSensor(ModelSensors.cameraFront(setup.seed()))
                .optSensor(ModelSensors.lidarTop(setup.seed())).optNode(frames).build().run();
        return frames;
    }

    @Override
    public void attach(Bus bus, Clock clock) {
        String v = LockstepRunner.VEHICLE_ID;
        bus.subscribe(TopicNames.topic(v, StandardTopics.CAMERA_FRONT), (t, m) -> camera.add((CameraFrame) m));
        bus.subscribe(TopicNames.topic(v, StandardTopics.LIDAR_TOP), (t, m) -> lidar.add((LidarScan) m));
        bus.subscribe(TopicNames.topic(v, StandardTopics.EGO_STATE), (t, m) -> ego.add((EgoState) m));
    }

    public List<CameraFrame> camera() {
        return camera;
    }

    public List<LidarScan> lidar() {
        return lidar;
    }

    /** The newest recorded ego state at or before {@code stampNs} (the first one before any). */
    public EgoState egoAt(long stampNs) {
        EgoState best = ego.get(0);
        for (EgoState e : ego) {
            if (e.header().stampNs() <= stampNs) {
                best = e;
            }
        }
        return best;
    }
}
