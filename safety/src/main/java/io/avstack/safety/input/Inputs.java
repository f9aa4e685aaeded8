package io.avstack.safety.input;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;

/** Everything the safety layer reads in one cycle. Mutable; owned by the node's thread. */
public final class Inputs {
    public final InputState<EgoState> ego = new InputState<>("ego state");
    public final InputState<WorldModel> worldModel = new InputState<>("world model");
    public final InputState<Trajectory> trajectory = new InputState<>("trajectory");
    public final InputState<ControlCommand> plannerCommand = new InputState<>("planner command");
    public final InputState<RadarScan> radar = new InputState<>("radar");
    public final InputState<LidarScan> lidar = new InputState<>("lidar");
    /** Whether the bus reports itself connected (always true in process). */
    public boolean busConnected = true;

}
