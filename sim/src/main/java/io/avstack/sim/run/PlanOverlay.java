package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.time.Clock;
import io.avstack.sim.render.BevOverlay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the planner thinks, for the run pictures: listens to {@code planning/trajectory} and
 * {@code planning/status} and supplies the latest plan as a {@link BevOverlay} (the planned path,
 * and the behaviour, binding constraint and reason as text). Empty until a planner publishes.
 */
public final class PlanOverlay implements HostedNode, Supplier<BevOverlay> {

    private Trajectory trajectory;
    private PlanStatus status;

    @Override
    public void attach(Bus bus, Clock clock) {
        bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.TRAJECTORY),
                (t, m) -> trajectory = (Trajectory) m);
        bus.subscribe(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.PLAN_STATUS),
                (t, m) -> status = (PlanStatus) m);
    }

    @Override
    public BevOverlay get() {
        if (trajectory == null && status == null) {
            return BevOverlay.NONE;
        }
        double[] xy = new double[0];
        if (trajectory != null) {
            xy = new double[2 * trajectory.points().size()];
            for (int i = 0; i < trajectory.points().size(); i++) {
                xy[2 * i] = trajectory.points().get(i).xM();
                xy[2 * i + 1] = trajectory.points().get(i).yM();
            }
        }
        List<String> text = new ArrayList<>();
        if (status != null) {
            String binding = status.bindingConstraint().isEmpty() ? "" : " [" + status.bindingConstraint() + "]";
            text.add(status.behaviour() + binding + (status.fallback() ? " FALLBACK" : ""));
            text.add(status.reason());
            text.add(String.format(Locale.ROOT, "target %.1f m/s", status.targetSpeedMps()));
        }
        return new BevOverlay(List.of(), List.of(), xy, new double[0], text);
    }
}
