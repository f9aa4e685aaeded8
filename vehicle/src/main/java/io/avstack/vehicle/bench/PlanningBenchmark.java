package io.avstack.vehicle.bench;

import io.avstack.core.map.Pose2;
import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.planning.PlanOutput;
import io.avstack.planning.Planner;
import io.avstack.planning.Route;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.control.TrajectoryController;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Times the planner and the controller on a synthetic, deterministic motorway scene: the ego at
 * 25 m/s in the middle of three lanes, {@code objects} vehicles (a few of them pedestrians on the
 * verge) spread 60 m behind to 180 m ahead, everyone moving on at constant speed between cycles.
 * Each planning cycle is timed with {@code System.nanoTime} (a benchmark, not logic); the controller
 * is timed on every plan at 50 Hz.
 */
public final class PlanningBenchmark {

    /** Percentiles of one measured operation, ms. */
    public record Timing(double p50Ms, double p99Ms, int samples) {
    }

    /**
     * Result of a run: wall-clock times, and the planning cycle's thread CPU time (which leaves out
     * the time the thread was preempted, the larger part of the wall-clock tail on a loaded machine).
     */
    public record Result(Timing planning, Timing controller, Timing planningCpu, int objects, long fallbacks) {
    }

    private static final double DT_S = 0.1;

    private PlanningBenchmark() {
    }

    /** Runs {@code warmUp} unmeasured then {@code cycles} measured planning cycles. */
    public static Result run(int objects, int warmUp, int cycles, long seed) {
        Road road = RoadFiles.parse("""
                segments:
                  - straight: 100000
                lanes:
                  forward: [3.5, 3.5, 3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 36.1}
                """, "bench motorway");
        PlanningConfig config = PlanningConfig.defaults();
        Planner planner = new Planner(road, config, new Route(-2, road.lengthM()), 25.0);
        TrajectoryController controller = new TrajectoryController(config);
        Scene scene = new Scene(road, objects, seed);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] planNs = new long[cycles];
        long[] planCpuNs = new long[cycles];
        long[] controlNs = new long[cycles * 5];
        long fallbacks = 0;
        for (int c = 0; c < warmUp + cycles; c++) {
            long nowNs = Math.round(c * DT_S * 1e9);
            WorldModel world = scene.world(nowNs);
            EgoState ego = scene.ego(nowNs);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PlanOutput out = planner.plan(world, ego, null, nowNs);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            if (c >= warmUp) {
                planNs[c - warmUp] = t1 - t0;
                planCpuNs[c - warmUp] = cpu1 - cpu0;
                fallbacks += out.status().fallback() ? 1 : 0;
            }
            Trajectory plan = out.trajectory();
            for (int k = 0; k < 5; k++) {
                long cmdNs = nowNs + k * 20_000_000L;
                long u0 = System.nanoTime();
                ControlCommand cmd = controller.command(ego, plan, cmdNs);
                long u1 = System.nanoTime();
                if (c >= warmUp) {
                    controlNs[(c - warmUp) * 5 + k] = u1 - u0;
                }
                if (!Double.isFinite(cmd.accelMps2())) {
                    throw new IllegalStateException("non-finite command");
                }
            }
            scene.advance(DT_S);
        }
        return new Result(timing(planNs), timing(controlNs), timing(planCpuNs), objects, fallbacks);
    }

    private static Timing timing(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return new Timing(sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e6, sorted.length);
    }

    /** The moving scene: ego and objects as arc length, offset and speed on the straight road. */
    private static final class Scene {
        private final Road road;
        private final double[] s;
        private final double[] d;
        private final double[] v;
        private final boolean[] pedestrian;
        private double egoS = 1000;
        private final Pose2 pose = new Pose2();

        Scene(Road road, int objects, long seed) {
            this.road = road;
            SplittableRandom random = new SplittableRandom(seed);
            s = new double[objects];
            d = new double[objects];
            v = new double[objects];
            pedestrian = new boolean[objects];
            double[] lanes = {-1.75, -5.25, -8.75};
            for (int i = 0; i < objects; i++) {
                pedestrian[i] = i % 10 == 9;
                s[i] = egoS - 60 + random.nextDouble() * 240;
                if (pedestrian[i]) {
                    d[i] = -11.5 - random.nextDouble() * 2; // on the verge, walking along
                    v[i] = 1.4;
                } else {
                    d[i] = lanes[random.nextInt(3)];
                    v[i] = 20 + random.nextDouble() * 12;
                }
            }
        }

        void advance(double dt) {
            egoS += 25 * dt;
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i] * dt;
            }
        }

        EgoState ego(long nowNs) {
            road.laneCentreAt(-2, egoS, pose);
            return new EgoState(Header.of("map", 0, nowNs), Pose.planar(pose.x, pose.y, pose.headingRad), 25, 0, 0, 0);
        }

        WorldModel world(long nowNs) {
            List<TrackedObject> tracks = new ArrayList<>(s.length);
            for (int i = 0; i < s.length; i++) {
                road.pointAt(s[i], d[i], pose);
                ObjectClass cls = pedestrian[i] ? ObjectClass.PEDESTRIAN : ObjectClass.CAR;
                Dimensions dims = pedestrian[i] ? new Dimensions(0.5, 0.6, 1.8) : new Dimensions(4.6, 1.9, 1.5);
                tracks.add(new TrackedObject(i + 1, cls, pose.x, pose.y, 0.75, pose.headingRad,
                        new PlanarVelocity(v[i], 0), 0, 0, dims, 0.04, 0.04, 0.01, 0.01, 1.0, nowNs,
                        TrackedObject.SENSOR_ALL));
            }
            return new WorldModel(Header.of("map", 0, nowNs), tracks, Optional.empty(), TrackedObject.SENSOR_ALL,
                    TrackedObject.SENSOR_ALL);
        }
    }
}
