package io.avstack.vehicle.bench.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follows each sensor frame through the stack, from the probe's logs, after the run (docs/RUN.md,
 * "End-to-end latency", defines each step):
 * <ol>
 *   <li>driver: the frame's capture stamp to its publication on the bus;</li>
 *   <li>detector: publication to its detections' publication (camera {@code perception/detections2d/front},
 *       lidar {@code perception/detections3d}); a frame without detections was skipped by its detector
 *       (latest frame wins) and is counted, not timed;</li>
 *   <li>fusion: to the first world model stamped at or after the detections (fusion applies its
 *       inbox in order and publishes once a result is fused, at most every 5 ms);</li>
 *   <li>planning: to the first planned command ({@code planning/command}) published after the
 *       trajectory planned on that world model (onboard the planner commands each plan at once);</li>
 *   <li>arbiter: to the first final command ({@code control/command}) published after the safety
 *       node's monitor received that planned command, or a later one that replaced it in its
 *       latest-wins queue.</li>
 * </ol>
 * Sensor-to-command is the sum: capture stamp to that final command. Radar also feeds the safety
 * node directly: its sensor-to-command is the capture stamp to the first final command after the
 * safety monitor received the scan. Frames captured before {@code fromNs} (warm-up) are left out.
 */
final class E2eAnalysis {

    static final String[] STAGES = {"driver", "detector", "fusion", "planning", "arbiter"};

    /** Per sensor and overall latencies, per stage, and how many frames did not make it. */
    record Result(Map<String, Latencies> endToEnd, Map<String, Latencies> stages, Map<String, Long> notDetected,
                  Map<String, Long> noCommand) {
    }

    private final EventLog.Frozen world;
    private final EventLog.Frozen trajectories;
    private final EventLog.Frozen planned;
    private final EventLog.Frozen safetyGotPlanned;
    private final EventLog.Frozen commands;
    private final LatencyProbe probe;

    E2eAnalysis(LatencyProbe probe) {
        this.probe = probe;
        this.world = probe.worldModels.freeze();
        this.trajectories = probe.trajectories.freeze();
        this.planned = probe.plannedCommands.freeze();
        this.safetyGotPlanned = probe.safetyGotPlanned.freeze();
        this.commands = probe.commands.freeze();
    }

    Result analyse(long fromNs, long untilNs) {
        Map<String, Latencies> e2e = new LinkedHashMap<>();
        Map<String, Latencies> stages = new LinkedHashMap<>();
        for (String s : STAGES) {
            stages.put(s, new Latencies());
        }
        Map<String, Long> notDetected = new LinkedHashMap<>();
        Map<String, Long> noCommand = new LinkedHashMap<>();
        Latencies all = new Latencies();
        for (String sensor : new String[] {"camera", "lidar"}) {
            EventLog.Frozen pub = (sensor.equals("camera") ? probe.cameraPublished : probe.lidarPublished).freeze();
            EventLog.Frozen det = (sensor.equals("camera") ? probe.cameraDetected : probe.lidarDetected).freeze();
            Latencies l = new Latencies();
            long missed = 0;
            long lost = 0;
            for (int i = 0; i < pub.size(); i++) {
                long stamp = pub.keys()[i];
                if (stamp < fromNs || stamp > untilNs) {
                    continue;
                }
                long[] t = chain(stamp, pub.times()[i], det);
                if (t == null) {
                    missed++;
                } else if (t[5] < 0) {
                    lost++;
                } else {
                    long prev = stamp;
                    for (int s = 0; s < STAGES.length; s++) {
                        stages.get(STAGES[s]).add(t[s + 1] - prev);
                        prev = t[s + 1];
                    }
                    l.add(t[5] - stamp);
                }
            }
            e2e.put(sensor, l);
            all.addAll(l);
            notDetected.put(sensor, missed);
            noCommand.put(sensor, lost);
        }
        Latencies radar = radar(fromNs, untilNs, noCommand);
        e2e.put("radar", radar);
        e2e.put("camera+lidar", all);
        return new Result(e2e, stages, notDetected, noCommand);
    }

    /**
     * Times of one camera or lidar frame's steps: [stamp, published, detected, world model,
     * planned command, final command]; null when its detector skipped it; -1 entries from the
     * first step that never happened (the run ended).
     */
    private long[] chain(long stamp, long publishedNs, EventLog.Frozen det) {
        int d = det.firstWithKey(stamp, publishedNs);
        if (d < 0) {
            return null;
        }
        long[] t = {stamp, publishedNs, det.times()[d], -1, -1, -1};
        int w = world.firstAtOrAfter(t[2]);
        while (w >= 0 && w < world.size() && world.keys()[w] < t[2]) {
            w++; // published later but stamped before the detections: not fused into it
        }
        if (w < 0 || w >= world.size()) {
            return t;
        }
        t[3] = world.times()[w];
        long wStamp = world.keys()[w];
        int tr = trajectories.firstAtOrAfter(t[3]);
        while (tr >= 0 && tr < trajectories.size() && trajectories.keys()[tr] >= 0 && trajectories.keys()[tr] < wStamp) {
            tr++; // planned on an older world model
        }
        if (tr < 0 || tr >= trajectories.size()) {
            return t;
        }
        int p = planned.firstAfter(trajectories.times()[tr]);
        if (p < 0) {
            return t;
        }
        t[4] = planned.times()[p];
        // the planned command, or a later one that replaced it in the safety node's latest-wins queue
        int g = safetyGotPlanned.firstWithKeyAtLeast(planned.keys()[p], t[4]);
        t[5] = commandAfter(g < 0 ? -1 : safetyGotPlanned.times()[g]);
        return t;
    }

    /** Time of the first final command after the safety monitor received the message with {@code key}; -1 if none. */
    private long commandAfterSafetyGot(EventLog.Frozen got, long key, long fromNs) {
        int g = got.firstWithKey(key, fromNs);
        return commandAfter(g < 0 ? -1 : got.times()[g]);
    }

    /** Time of the first final command after {@code gotNs}; -1 if none or {@code gotNs} is -1. */
    private long commandAfter(long gotNs) {
        if (gotNs < 0) {
            return -1;
        }
        int c = commands.firstAfter(gotNs);
        return c < 0 ? -1 : commands.times()[c];
    }

    private Latencies radar(long fromNs, long untilNs, Map<String, Long> noCommand) {
        EventLog.Frozen pub = probe.radarPublished.freeze();
        EventLog.Frozen got = probe.safetyGotRadar.freeze();
        Latencies l = new Latencies();
        long lost = 0;
        for (int i = 0; i < pub.size(); i++) {
            long stamp = pub.keys()[i];
            if (stamp < fromNs || stamp > untilNs) {
                continue;
            }
            long c = commandAfterSafetyGot(got, stamp, pub.times()[i]);
            if (c < 0) {
                lost++;
            } else {
                l.add(c - stamp);
            }
        }
        noCommand.put("radar", lost);
        return l;
    }
}
