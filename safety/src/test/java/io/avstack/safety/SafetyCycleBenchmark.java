package io.avstack.safety;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.safety.arbiter.Decision;
import io.avstack.safety.input.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Cost of one safety cycle (watchdogs, RSS on the situation and the 5 s plan, AEB, arbiter) with 40
 * tracks around the ego. A benchmark main, not a test (it reads the wall clock):
 * {@code java -cp <test classpath> io.avstack.safety.SafetyCycleBenchmark}.
 */
public final class SafetyCycleBenchmark {

    private SafetyCycleBenchmark() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(7);
        List<TrackedObject> objects = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            objects.add(Fixtures.car(i, random.nextDouble(-30, 150), random.nextDouble(-8, 8), 0,
                    random.nextDouble(0, 25), random.nextDouble(-1, 1)));
        }
        SafetySupervisor supervisor = new SafetySupervisor(Fixtures.CONFIG, new Extrinsics(3.7, 0, 0.5, 0, 0, 0), null, 0);
        Inputs in = new Inputs();
        int warmup = 200_000;
        int measured = 200_000;
        long startNs = 0;
        for (int i = 0; i < warmup + measured; i++) {
            if (i == warmup) {
                startNs = System.nanoTime();
            }
            long now = 1_000_000_000L + i * 20_000_000L;
            EgoState ego = Fixtures.ego(now, i * 0.4, 20.0);
            in.ego.set(ego, true, now, true, 50);
            if (i % 5 == 0) {
                WorldModel wm = new WorldModel(Header.of("map", i, now), shifted(objects, i * 0.4));
                in.worldModel.set(wm, true, now, true, 10);
                Trajectory plan = Fixtures.straightPlan(now, i * 0.4, 20, 0, 5);
                in.trajectory.set(plan, true, now, true, 10);
            } else {
                in.worldModel.set(in.worldModel.latest(), false, in.worldModel.lastArrivalNs(), true, 10);
                in.trajectory.set(in.trajectory.latest(), false, in.trajectory.lastArrivalNs(), true, 10);
            }
            in.radar.set(new RadarScan(Header.of("radar_front", i, now), List.of()), true, now, true, 20);
            ControlCommand cmd = Fixtures.command(now, 0.0, 0.0);
            in.plannerCommand.set(cmd, true, now, true, 50);
            Decision d = supervisor.cycle(now, in);
            if (!Double.isFinite(d.accelMps2)) {
                throw new AssertionError("non-finite");
            }
        }
        double usPerCycle = (System.nanoTime() - startNs) / 1e3 / measured;
        System.out.printf(Locale.ROOT, "safety cycle, 40 tracks, 51-point plan: %.1f us/cycle (%.0f cycles/s)%n",
                usPerCycle, 1e6 / usPerCycle);
    }

    private static List<TrackedObject> shifted(List<TrackedObject> objects, double dxM) {
        List<TrackedObject> out = new ArrayList<>(objects.size());
        for (TrackedObject o : objects) {
            out.add(Fixtures.car(o.trackId(), o.xM() + dxM * 1.05, o.yM(), 0, o.velocity().vxMps(),
                    o.velocity().vyMps()));
        }
        return out;
    }
}
