package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import io.avstack.sim.scene.Scene;
import io.avstack.core.map.Road;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LockstepRunnerTest {

    private final Road road = RunFixtures.straight(1000, 30);

    /** Counts messages per topic and remembers the sim time of each. */
    private static final class Probe implements HostedNode {
        final Map<String, List<Long>> stamps = new TreeMap<>();
        boolean closed;

        @Override
        public void attach(Bus bus, Clock clock) {
            bus.subscribe("avstack/#", (topic, m) -> stamps.computeIfAbsent(topic, t -> new ArrayList<>())
                    .add(clock.nowNs()));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void sensorsPublishAtTheirRatesOnTheSimClock() {
        Probe probe = new Probe();
        SimSetup setup = RunFixtures.setup("rates", road, new EgoStart(-1, 10, 10), 10, List.of(), 1.0, 900);
        LockstepRunner.builder(setup).optNode(probe).build().run();
        // t = 0 .. 1 s inclusive: ground truth every 100 ms (11), ego state and commands every 20 ms (51)
        assertThat(probe.stamps.get("avstack/ego/sim/ground_truth")).hasSize(11).startsWith(0L, 100_000_000L);
        assertThat(probe.stamps.get("avstack/ego/localization/ego_state")).hasSize(51).startsWith(0L, 20_000_000L);
        assertThat(probe.stamps.get("avstack/ego/control/command")).hasSize(51);
        assertThat(probe.closed).isTrue();
    }

    @Test
    void theFrontCameraRendersVgaFramesAt30HzWithTheCalibrationsIntrinsics() {
        List<io.avstack.core.msg.CameraFrame> frames = new ArrayList<>();
        HostedNode camera = (bus, clock) -> bus.subscribe("avstack/ego/sensor/camera/front",
                (topic, m) -> frames.add((io.avstack.core.msg.CameraFrame) m));
        SimSetup setup = RunFixtures.setup("camera", road, new EgoStart(-1, 10, 10), 10, List.of(), 1.0, 900);
        LockstepRunner.builder(setup).optNode(camera).optSensor(ModelSensors.cameraFront(7)).build().run();
        // t = 0 .. 1 s inclusive at 30 Hz
        assertThat(frames).hasSize(31);
        assertThat(frames.get(0).widthPx()).isEqualTo(640);
        assertThat(frames.get(0).heightPx()).isEqualTo(480);
        assertThat(frames.get(0).intrinsicsId()).isEqualTo(SimCalibration.CAMERA_FRONT);
        assertThat(frames.get(1).header().seq()).isEqualTo(1);
        assertThat(frames.get(30).header().stampNs()).isEqualTo(1_000_000_000L);
    }

    @Test
    void theNoisyEgoStateSensorReplacesTheExactOne() {
        List<EgoState> states = new ArrayList<>();
        HostedNode probe = (bus, clock) -> bus.subscribe("avstack/ego/localization/ego_state",
                (topic, m) -> states.add((EgoState) m));
        SimSetup setup = RunFixtures.setup("noisy", road, new EgoStart(-1, 10, 10), 10, List.of(), 1.0, 900);
        LockstepRunner.builder(setup).optBasicController(false).optNode(probe)
                .optEgoStateSensor(ModelSensors.egoState(3)).build().run();
        assertThat(states).hasSize(51);
        // no command: the ego holds 10 m/s exactly; the sensor reports it with noise
        assertThat(states).extracting(EgoState::speedMps).anySatisfy(v -> assertThat(v).isNotEqualTo(10.0))
                .allSatisfy(v -> assertThat(v).isCloseTo(10.0, within(1.0)));
    }

    @Test
    void theLatestCommandOnTheBusDrivesTheEgoThroughItsDelay() {
        // a stand-in stack: brake at 2 m/s² on every ego state
        HostedNode braker = (bus, clock) -> bus.subscribe("avstack/ego/localization/ego_state",
                (topic, m) -> bus.publish("avstack/ego/control/command",
                        new ControlCommand(Header.of("base_link", 0, m.header().stampNs()), -2.0, 0.0)));
        SimWorld[] world = new SimWorld[1];
        SimSetup setup = RunFixtures.setup("brake", road, new EgoStart(-1, 10, 10), 10, List.of(), 2.0, 900);
        RunMetrics m = LockstepRunner.builder(setup).optBasicController(false).optNode(braker)
                .optSensor(w -> {
                    world[0] = w;
                    return GroundTruthSensor.create("ego", 1);
                }).build().run();
        // 0.1 s actuation delay: 1.9 s of braking at 2 m/s² from 10 m/s
        assertThat(world[0].ego().speedMps()).isCloseTo(10 - 2 * 1.9, within(1e-9));
        assertThat(m.maxDecelMps2()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void hookSeesEverySensorMessageAndObserversTheScenesTheyAskFor() {
        List<String> hooked = new ArrayList<>();
        SensorOutputHook hook = (now, topic, message, out) -> {
            hooked.add(topic);
            if (!(message instanceof EgoState)) {
                out.publish(topic, message); // drop ego state: nothing will drive the ego
            }
        };
        List<Long> sceneTimes = new ArrayList<>();
        SceneObserver observer = new SceneObserver() {
            @Override
            public boolean wantsScene(long nowNs) {
                return nowNs % 500_000_000L == 0;
            }

            @Override
            public void onScene(Scene scene) {
                sceneTimes.add(scene.simTimeNs());
            }
        };
        List<Message> commands = new ArrayList<>();
        HostedNode listener = (bus, clock) -> bus.subscribe("avstack/ego/control/command", (t, m) -> commands.add(m));
        SimSetup setup = RunFixtures.setup("hook", road, new EgoStart(-1, 10, 10), 10, List.of(), 1.0, 900);
        LockstepRunner.builder(setup).optSensorOutputHook(hook).optObserver(observer).optNode(listener).build().run();
        assertThat(hooked).hasSize(11 + 51);
        assertThat(commands).isEmpty();
        assertThat(sceneTimes).containsExactly(0L, 500_000_000L, 1_000_000_000L);
    }

    @Test
    void aRunEndsOnceTheRouteIsCovered() {
        SimSetup setup = RunFixtures.setup("route", road, new EgoStart(-1, 10, 10), 10, List.of(), 100, 50);
        RunMetrics m = LockstepRunner.builder(setup).build().run();
        assertThat(m.routeCompletion()).isEqualTo(1.0);
        assertThat(m.simTimeS()).isCloseTo(5.0, within(0.02));
    }
}
