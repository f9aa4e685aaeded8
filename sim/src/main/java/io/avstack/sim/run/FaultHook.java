package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import io.avstack.sim.fault.FaultInjector;
import io.avstack.sim.fault.FaultSpec;
import java.util.List;

/**
 * Puts a {@link FaultInjector} (docs/FAULTS.md) between the sensor models and the bus: every sensor
 * message (ego state and ground truth included) passes through it; delayed ones are released
 * each tick. What the stack nodes publish (objects, trajectory, commands) passes through the same
 * injector via {@link #nodeBus}, so bus_delay / bus_loss and content faults apply to every topic.
 */
public final class FaultHook implements SensorOutputHook {

    private final FaultInjector injector;

    public FaultHook(List<FaultSpec> specs, long runSeed) {
        this.injector = new FaultInjector(specs, runSeed);
    }

    @Override
    public void onMessage(long nowNs, String topic, Message message, Output out) {
        List<Message> now = injector.apply(topic, message, nowNs);
        for (int i = 0; i < now.size(); i++) {
            out.publish(topic, now.get(i));
        }
    }

    @Override
    public void onTick(long nowNs, Output out) {
        List<FaultInjector.Delivery> due = injector.poll(nowNs);
        for (int i = 0; i < due.size(); i++) {
            out.publish(due.get(i).topic(), due.get(i).message());
        }
    }

    public FaultInjector injector() {
        return injector;
    }

    @Override
    public Bus nodeBus(Bus bus, Clock clock) {
        return new FaultingBus(bus, injector, clock);
    }
}
