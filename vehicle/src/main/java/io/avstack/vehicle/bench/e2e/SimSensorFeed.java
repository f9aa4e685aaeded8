package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.time.Clock;
import io.avstack.drivers.camera.CameraFrameCodec;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.SensorOutputHook;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.TrafficLightSensor;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Simulated sensor drivers at real rates in real time: the scenario runs in the lockstep simulator
 * (the ego driven by the simulator's own controller, so the world does not depend on the stack
 * under test) with the front camera at 30 Hz, the lidar at 10 Hz, the radar at 20 Hz, the ego state
 * at 50 Hz and the light states at 10 Hz. Each of those messages is re-stamped onto the benchmark's
 * clock (run start + simulated time) and published on the bus under test when the clock reaches
 * its stamp, so the sensors are paced to the wall clock. The simulator runs ahead on its own thread
 * (at most {@link #LOOKAHEAD} messages) and a second thread publishes, so the simulator's own work
 * (rendering the camera, ray-casting the lidar) is done before a frame's capture time, as a real
 * sensor's is not the stack's business: a frame is published at its stamp, not when the simulator
 * has also computed the other sensors due at the same instant. When the scenario ends, it starts
 * again (new stamps keep increasing) until {@link #stop}.
 */
public final class SimSensorFeed {

    /** Rates of the simulated sensors, Hz (the real sensors' rates). */
    static final double CAMERA_HZ = 30.0;
    static final double LIGHTS_HZ = 10.0;

    /** Ends a lockstep run from inside the hook; the runner's finally blocks still run. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stop requested", null, false, false);
        }
    }

    /** Messages the simulator may compute ahead of the clock (~0.5 s of all sensors). */
    static final int LOOKAHEAD = 64;

    /** A computed message waiting for its stamp. */
    private record Due(String topic, Message message, long stampNs) {
    }

    private final ArrayBlockingQueue<Due> ahead = new ArrayBlockingQueue<>(LOOKAHEAD);
    private final SimSetup setup;
    private final Bus bus;
    private final Clock clock;
    private final BiConsumer<String, Message> published;
    private final Set<String> forwarded;
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile long count;
    private final int jpegQuality;
    private volatile Throwable failure;
    private Thread thread;
    private Thread publisher;

    /**
     * @param bus       where the sensor messages go (the drivers' bus)
     * @param published told of each message just before it is published (topic, re-stamped message)
     * @param vehicle   vehicle id of the topics
     */
    public SimSensorFeed(SimSetup setup, Bus bus, Clock clock, BiConsumer<String, Message> published, String vehicle) {
        this(setup, bus, clock, published, vehicle, 0);
    }

    /**
     * @param jpegQuality 0 = camera frames raw RGB8; 1..100 = JPEG at that quality, as a camera driver
     *                    does for MQTT (the encoding counts in the driver's time)
     */
    public SimSensorFeed(SimSetup setup, Bus bus, Clock clock, BiConsumer<String, Message> published, String vehicle,
                         int jpegQuality) {
        this.jpegQuality = jpegQuality;
        this.setup = setup;
        this.bus = bus;
        this.clock = clock;
        this.published = published;
        this.forwarded = Set.of(TopicNames.topic(vehicle, StandardTopics.CAMERA_FRONT),
                TopicNames.topic(vehicle, StandardTopics.LIDAR_TOP), TopicNames.topic(vehicle, StandardTopics.RADAR_FRONT),
                TopicNames.topic(vehicle, StandardTopics.EGO_STATE), TopicNames.topic(vehicle, StandardTopics.TRAFFIC_LIGHTS));
    }

    /** Starts the feed's thread. */
    public SimSensorFeed start() {
        thread = Thread.ofPlatform().daemon().name("sim-sensors").start(this::loop);
        publisher = Thread.ofPlatform().daemon().name("sim-sensors-publish").start(this::publishLoop);
        return this;
    }

    private void loop() {
        try {
            while (!stop.get()) {
                runOnce();
            }
        } catch (Stopped e) {
            // asked to stop
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void runOnce() {
        long originNs = clock.nowNs();
        SensorOutputHook hook = (nowNs, topic, message, out) -> {
            out.publish(topic, message); // the simulator's own controller drives on the lockstep bus
            if (forwarded.contains(topic)) {
                forward(topic, message, originNs + nowNs);
            }
        };
        LockstepRunner.builder(setup)
                .optSensor(ModelSensors.cameraFront(setup.seed(), CAMERA_HZ))
                .optSensor(ModelSensors.lidarTop(setup.seed()))
                .optSensor(ModelSensors.radarFront(setup.seed()))
                .optEgoStateSensor(ModelSensors.egoState(setup.seed()))
                .optSensor(TrafficLightSensor.factory(LIGHTS_HZ))
                .optSensorOutputHook(hook)
                .build().run();
    }

    /** Queues the message re-stamped to {@code stampNs} for the publisher (waits while the queue is full). */
    private void forward(String topic, Message m, long stampNs) {
        Due due = new Due(topic, restamp(m, stampNs), stampNs);
        try {
            while (!ahead.offer(due, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stop.get()) {
            throw new Stopped();
        }
    }

    /** Publishes each computed message when the clock reaches its stamp. */
    private void publishLoop() {
        try {
            while (!stop.get()) {
                Due d = ahead.poll(50, TimeUnit.MILLISECONDS);
                if (d != null) {
                    publishAt(d);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void publishAt(Due d) {
        long waitNs = d.stampNs() - clock.nowNs();
        while (waitNs > 0) {
            LockSupport.parkNanos(waitNs);
            waitNs = d.stampNs() - clock.nowNs();
        }
        Message out = d.message();
        if (jpegQuality > 0 && out instanceof CameraFrame f) {
            out = CameraFrameCodec.toJpeg(f, jpegQuality);
        }
        published.accept(d.topic(), out);
        bus.publish(d.topic(), out);
        count++;
    }

    static Message restamp(Message m, long stampNs) {
        Header o = m.header();
        Header h = new Header(o.frameId(), o.seq(), stampNs, o.valid());
        return switch (m) {
            case CameraFrame f -> new CameraFrame(h, f.widthPx(), f.heightPx(), f.encoding(), f.intrinsicsId(), f.data());
            case LidarScan s -> new LidarScan(h, s.xyzi(), s.ring());
            case RadarScan s -> new RadarScan(h, s.detections());
            case EgoState s -> new EgoState(h, s.pose(), s.speedMps(), s.yawRateRadps(), s.accelMps2(), s.steeringRad());
            case TrafficLightStates l -> new TrafficLightStates(h, l.lights());
            default -> throw new IllegalArgumentException("not a sensor message: " + m.getClass().getSimpleName());
        };
    }

    /** Messages published so far. */
    public long published() {
        return count;
    }

    /** What ended the feed by itself (a simulator error), or null. */
    public Throwable failure() {
        return failure;
    }

    /** Stops the feed and waits for its threads. */
    public void stop() throws InterruptedException {
        stop.set(true);
        if (thread != null) {
            thread.join(10_000);
        }
        if (publisher != null) {
            publisher.join(10_000);
        }
    }
}
