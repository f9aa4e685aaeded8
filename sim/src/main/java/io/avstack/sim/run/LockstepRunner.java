package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import io.avstack.sim.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs one {@link SimSetup} in lockstep on a {@link ManualClock}. Each tick, in this order: the
 * sensors due at this time measure the world's {@link Scene} and publish (through the
 * {@link SensorOutputHook}) on a synchronous {@link InProcessBus}, so every stack node subscribed
 * to the bus runs to completion inside the publish; observers see the scene; the latest
 * {@link ControlCommand} on {@code control/command} (or the topic set by
 * {@link Builder#optCommandTopic}) then drives the ego (through its actuation
 * delay) while the world advances one tick; metrics are sampled. A run ends at its duration, at the
 * first collision, or when the route is complete.
 *
 * <p>Same setup and seed give the same messages in the same order: nothing reads the wall clock
 * except the two timing fields of the result.
 */
public final class LockstepRunner {

    /** Default tick, ns (100 Hz). */
    public static final long DEFAULT_TICK_NS = 10_000_000L;
    public static final String VEHICLE_ID = "ego";

    private final SimSetup setup;
    private final long tickNs;
    private final List<Function<SimWorld, SensorModel>> sensorFactories;
    private final Function<SimWorld, SensorModel> egoStateSensor;
    private final List<HostedNode> nodes;
    private final List<SceneObserver> observers;
    private final SensorOutputHook hook;
    private final boolean basicController;
    private final String commandTopic;
    private final RssParams rss;
    private final MetricsTrace trace;

    private LockstepRunner(Builder b) {
        this.setup = Objects.requireNonNull(b.setup, "setup");
        this.tickNs = b.tickNs;
        this.sensorFactories = List.copyOf(b.sensors);
        this.egoStateSensor = b.egoStateSensor;
        this.nodes = List.copyOf(b.nodes);
        this.observers = List.copyOf(b.observers);
        this.hook = b.hook;
        this.basicController = b.basicController;
        this.commandTopic = b.commandTopic;
        this.rss = b.rss;
        this.trace = b.trace;
    }

    public static Builder builder(SimSetup setup) {
        return new Builder(setup);
    }

    /** Runs the scenario to its end and returns the metrics and verdict. */
    public RunMetrics run() {
        long wallStartNs = System.nanoTime(); // only for wall_time_s / realtime_factor, never for logic
        SimWorld world = new SimWorld(setup.road(), setup.egoParams(), setup.egoStart(), setup.actors(), tickNs);
        ManualClock clock = new ManualClock(0L);
        ControlCommand[] latest = new ControlCommand[1];
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard(VEHICLE_ID))) {
            List<SensorModel> sensors = new ArrayList<>();
            // ground truth first, so a node reacting to the ego state of the same tick sees fresh truth
            sensors.add(GroundTruthSensor.create(VEHICLE_ID, 10.0));
            sensors.add(egoStateSensor != null ? egoStateSensor.apply(world)
                    : ExactEgoStateSensor.create(world, VEHICLE_ID, 50.0));
            for (Function<SimWorld, SensorModel> f : sensorFactories) {
                sensors.add(f.apply(world));
            }
            bus.subscribe(TopicNames.topic(VEHICLE_ID, commandTopic),
                    (topic, message) -> latest[0] = (ControlCommand) message);
            Bus nodeBus = hook.nodeBus(bus, clock);
            for (HostedNode node : nodes) {
                node.attach(nodeBus, clock);
            }
            if (basicController) {
                new BasicEgoController(setup.road(), setup.egoParams(), setup.egoStart().laneId(),
                        setup.targetSpeedMps(), VEHICLE_ID).attach(nodeBus, VEHICLE_ID);
            }
            MetricsCollector metrics = loop(world, clock, sensors, latest, bus);
            double wallS = (System.nanoTime() - wallStartNs) / 1e9;
            return result(world, metrics, wallS);
        } finally {
            // observers and nodes own files (video, drive log): finish them even when the run failed
            for (SceneObserver o : observers) {
                o.close();
            }
            for (HostedNode node : nodes) {
                node.close();
            }
        }
    }

    private MetricsCollector loop(SimWorld world, ManualClock clock, List<SensorModel> sensors,
            ControlCommand[] latest, InProcessBus bus) {
        MetricsCollector metrics = new MetricsCollector(rss, tickNs / 1e9, trace);
        RedLightMonitor redLights = new RedLightMonitor(world);
        double startS = world.egoSM();
        long endNs = Math.round(setup.durationS() * 1e9);
        long[] nextDueNs = new long[sensors.size()];
        SensorOutputHook.Output out = bus::publish;
        sample(world, metrics, startS);
        while (true) {
            publishDue(world, sensors, nextDueNs, out);
            if (world.nowNs() >= endNs || world.collision() != null || metrics.progressM() >= setup.routeLengthM()) {
                return metrics;
            }
            ControlCommand cmd = latest[0];
            world.step(cmd == null ? 0.0 : cmd.accelMps2(), cmd == null ? 0.0 : cmd.steeringRad());
            clock.setNs(world.nowNs());
            for (int n = redLights.check(); n > 0; n--) {
                metrics.redLightViolation();
            }
            sample(world, metrics, startS);
        }
    }

    private void publishDue(SimWorld world, List<SensorModel> sensors, long[] nextDueNs, SensorOutputHook.Output out) {
        long now = world.nowNs();
        Scene scene = null;
        for (int i = 0; i < sensors.size(); i++) {
            if (now < nextDueNs[i]) {
                continue;
            }
            SensorModel sensor = sensors.get(i);
            nextDueNs[i] += Math.max(tickNs, Math.round(1e9 / sensor.rateHz()));
            if (scene == null) {
                scene = world.scene();
            }
            Message m = sensor.measure(scene);
            if (m != null) {
                hook.onMessage(now, sensor.topic(), m, out);
            }
        }
        hook.onTick(now, out);
        for (SceneObserver o : observers) {
            if (o.wantsScene(now)) {
                if (scene == null) {
                    scene = world.scene();
                }
                o.onScene(scene);
            }
        }
    }

    private void sample(SimWorld world, MetricsCollector metrics, double startS) {
        double progress = (world.egoSM() - startS) * world.egoDirection();
        metrics.sample(world.nowNs() / 1e9, world.egoSpeedAlongMps(), world.ego().accelMps2(), world.egoLeadGapM(),
                world.egoLeadSpeedMps(), world.road().speedLimitAt(world.egoSM()), progress);
    }

    private RunMetrics result(SimWorld world, MetricsCollector m, double wallS) {
        Collision c = world.collision();
        double completion = Math.max(0.0, Math.min(1.0, m.progressM() / setup.routeLengthM()));
        List<String> reasons = Verdicts.failures(setup.criteria(), c, m, completion);
        double simS = world.nowNs() / 1e9;
        return new RunMetrics(setup.name(), setup.parameters(), setup.seed(),
                reasons.isEmpty() ? Verdict.PASS : Verdict.FAIL, reasons, c != null,
                c == null ? null : c.timeNs() / 1e9, c == null ? null : c.actorId(),
                c == null ? null : c.impactSpeedMps(),
                Double.isFinite(m.minGapM()) ? m.minGapM() : null,
                Double.isFinite(m.minTtcS()) ? m.minTtcS() : null,
                m.rssViolationS(), m.redLightViolations(), m.speedLimitViolationS(), completion,
                m.maxDecelMps2(), m.maxJerkMps3(), simS, wallS, wallS > 0 ? simS / wallS : 0.0);
    }

    /** Settings of a run beyond the setup; defaults: 10 ms tick, the basic controller on, no faults. */
    public static final class Builder {
        private final SimSetup setup;
        private long tickNs = DEFAULT_TICK_NS;
        private final List<Function<SimWorld, SensorModel>> sensors = new ArrayList<>();
        private final List<HostedNode> nodes = new ArrayList<>();
        private final List<SceneObserver> observers = new ArrayList<>();
        private SensorOutputHook hook = SensorOutputHook.PASS_THROUGH;
        private Function<SimWorld, SensorModel> egoStateSensor;
        private boolean basicController = true;
        private String commandTopic = StandardTopics.CONTROL_COMMAND;
        private RssParams rss = RssParams.DEFAULT;
        private MetricsTrace trace = MetricsTrace.NONE;

        private Builder(SimSetup setup) {
            this.setup = setup;
        }

        /** Tick length, ns, in (0, 1 s]. */
        public Builder optTickNs(long ns) {
            if (ns <= 0 || ns > 1_000_000_000L) {
                throw new IllegalArgumentException("tickNs must be in (0, 1e9], was " + ns);
            }
            this.tickNs = ns;
            return this;
        }

        /**
         * Adds a sensor model, built once the world exists (ego state at 50 Hz and ground truth at
         * 10 Hz are built in).
         */
        public Builder optSensor(Function<SimWorld, SensorModel> factory) {
            sensors.add(Objects.requireNonNull(factory));
            return this;
        }

        /** Adds a node, attached to the bus before the first tick and closed after the last. */
        public Builder optNode(HostedNode node) {
            nodes.add(Objects.requireNonNull(node));
            return this;
        }

        /** Replaces the exact ego state (perfect localisation) with this model, e.g. {@link ModelSensors#egoState}. */
        public Builder optEgoStateSensor(Function<SimWorld, SensorModel> factory) {
            this.egoStateSensor = Objects.requireNonNull(factory);
            return this;
        }

        public Builder optObserver(SceneObserver observer) {
            observers.add(Objects.requireNonNull(observer));
            return this;
        }

        public Builder optSensorOutputHook(SensorOutputHook h) {
            this.hook = Objects.requireNonNull(h);
            return this;
        }

        /** Whether the {@link BasicEgoController} drives (turn off when a real stack publishes commands). */
        public Builder optBasicController(boolean on) {
            this.basicController = on;
            return this;
        }

        /**
         * The topic (relative to the vehicle, e.g. {@code planning/command}) whose
         * {@link ControlCommand}s drive the ego; default {@code control/command}. Lets the planner's
         * proposed command drive the ego when no safety node runs (turn the basic controller off).
         */
        public Builder optCommandTopic(String relativeTopic) {
            Objects.requireNonNull(relativeTopic, "relativeTopic");
            if (relativeTopic.isBlank() || relativeTopic.startsWith("/") || relativeTopic.startsWith("avstack/")) {
                throw new IllegalArgumentException("command topic must be relative to the vehicle, e.g. "
                        + StandardTopics.PLANNED_COMMAND + "; was \"" + relativeTopic + "\"");
            }
            this.commandTopic = relativeTopic;
            return this;
        }

        public Builder optRss(RssParams params) {
            this.rss = Objects.requireNonNull(params);
            return this;
        }

        /** Receives every metrics sample (speed, gap, RSS distance, TTC), e.g. for report plots. */
        public Builder optTrace(MetricsTrace t) {
            this.trace = Objects.requireNonNull(t);
            return this;
        }

        public LockstepRunner build() {
            return new LockstepRunner(this);
        }
    }
}
