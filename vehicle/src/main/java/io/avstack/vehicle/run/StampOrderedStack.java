package io.avstack.vehicle.run;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.SimSetup;
import io.avstack.vehicle.stack.SimStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stack made a function of its inputs, for comparing deployments: whatever order and timing the
 * transport delivered them in, the inputs are sorted by stamp (then topic, then sequence number) and
 * published one by one on a synchronous bus hosting the stack's nodes (their lockstep, unthreaded
 * form), with the clock set to each input's stamp. No wall clock, no thread scheduling: the same set
 * of inputs gives the same commands, stamp for stamp, wherever the inputs came from. The live
 * onboard stack ({@link OnboardStack}) is not deterministic (frames a busy detector skips depend on
 * the machine), which is why deployments are compared in this mode.
 */
public final class StampOrderedStack {

    /** One input as received: topic and message. */
    public record Input(String topic, Message message) {
    }

    /** The order inputs are processed in: stamp, then topic, then the publisher's sequence number. */
    static final Comparator<Input> ORDER = Comparator.<Input>comparingLong(i -> i.message().header().stampNs())
            .thenComparing(Input::topic).thenComparingLong(i -> i.message().header().seq());

    private StampOrderedStack() {
    }

    /**
     * Runs {@code stack}'s nodes for {@code setup} on {@code inputs} in stamp order; returns the final
     * commands ({@code control/command}) in the order published.
     *
     * @param vehicle vehicle id of the topics (the stack's, {@code ego})
     */
    public static List<ControlCommand> commands(SimStack stack, SimSetup setup, String vehicle, List<Input> inputs) {
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(ORDER);
        List<ControlCommand> out = new ArrayList<>();
        ManualClock clock = new ManualClock(sorted.isEmpty() ? 0L : sorted.get(0).message().header().stampNs());
        List<HostedNode> nodes = stack.nodes(setup);
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard(vehicle))) {
            bus.subscribe(TopicNames.topic(vehicle, StandardTopics.CONTROL_COMMAND),
                    (t, m) -> out.add((ControlCommand) m));
            for (HostedNode n : nodes) {
                n.attach(bus, clock);
            }
            for (Input in : sorted) {
                clock.setNs(Math.max(clock.nowNs(), in.message().header().stampNs()));
                bus.publish(in.topic(), in.message());
            }
        } finally {
            for (HostedNode n : nodes) {
                n.close();
            }
        }
        return out;
    }
}
