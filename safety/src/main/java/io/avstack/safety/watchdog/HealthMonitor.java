package io.avstack.safety.watchdog;

import static io.avstack.safety.Fmt.f2;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.safety.config.WatchdogConfig;
import io.avstack.safety.input.InputState;
import io.avstack.safety.input.Inputs;

/**
 * The watchdogs (openpilot-style, per input: alive, rate, valid) plus the planner deadline,
 * detector failure, bus disconnect and ego-state plausibility, folded into one {@link Health} per
 * cycle: which inputs may be acted on, the worst failure's {@link DegradedMode}, and the response
 * it calls for. A response outlives its failure by {@code recoveryS}, so a flickering input does not
 * make the car lurch between stopping and driving. Owned by one thread.
 */
public final class HealthMonitor {

    private final WatchdogConfig config;
    private final long startNs;
    private final long recoveryNs;
    private final EgoPlausibility plausibility;
    private final StringBuilder reasons = new StringBuilder();

    private HealthResponse worstResponse;
    private DegradedMode worstMode;
    private String egoImplausibleReason;
    private long busDownSinceNs = Long.MIN_VALUE;
    private long lastMrmNs = Long.MIN_VALUE;
    private DegradedMode lastMrmMode = DegradedMode.NONE;
    private String lastMrmReason = "";
    private long lastCapNs = Long.MIN_VALUE;
    private DegradedMode lastCapMode = DegradedMode.NONE;
    private String lastCapReason = "";

    /** @param startNs when the node started: inputs get {@code startupGraceS} from here to appear */
    public HealthMonitor(WatchdogConfig config, long startNs) {
        this.config = config;
        this.startNs = startNs;
        this.recoveryNs = Math.round(config.recoveryS() * 1e9);
        this.plausibility = new EgoPlausibility(config);
    }

    /** Assesses this cycle's inputs into {@code out}. */
    public void assess(long nowNs, Inputs in, Health out) {
        reasons.setLength(0);
        worstResponse = HealthResponse.NONE;
        worstMode = DegradedMode.NONE;
        boolean inGrace = nowNs - startNs < Math.round(config.startupGraceS() * 1e9);

        checkBus(nowNs, in.busConnected);
        out.plannerUsable = checkInput(nowNs, in.plannerCommand, config.plannerCommandMaxAgeS(), inGrace,
                DegradedMode.PLANNER_TIMEOUT, DegradedMode.PLANNER_TIMEOUT, DegradedMode.PLANNER_TIMEOUT);
        out.trajectoryUsable = checkInput(nowNs, in.trajectory, config.trajectoryMaxAgeS(), inGrace,
                DegradedMode.PLANNER_TIMEOUT, DegradedMode.PLANNER_TIMEOUT, DegradedMode.PLANNER_TIMEOUT);
        out.egoUsable = checkEgo(nowNs, in.ego, inGrace);
        out.worldModelUsable = checkInput(nowNs, in.worldModel, config.worldModelMaxAgeS(), inGrace,
                DegradedMode.MISSING_SENSOR, DegradedMode.STALE_SENSOR, DegradedMode.DETECTOR_FAILURE);
        if (out.worldModelUsable) {
            checkFusionSensors(in.worldModel.latest());
        }
        if (out.worldModelUsable && out.egoUsable && !sameFrame(in.worldModel.latest(), in.ego.latest())) {
            out.worldModelUsable = false;
            fail(DegradedMode.STALE_SENSOR, HealthResponse.MRM, "world model frame '"
                    + in.worldModel.latest().header().frameId() + "' is not the ego state's '"
                    + in.ego.latest().header().frameId() + "'");
        }
        out.radarUsable = in.radar.seen() && in.radar.ageS(nowNs) <= config.radarMaxAgeS()
                && in.radar.latest().header().valid();
        out.lidarUsable = in.lidar.seen() && in.lidar.ageS(nowNs) <= config.lidarMaxAgeS()
                && in.lidar.latest().header().valid();
        if (!out.worldModelUsable && !out.radarUsable && !out.lidarUsable && in.worldModel.seen()) {
            appendReason("radar and lidar unavailable for emergency braking");
        }
        resolve(nowNs, out);
    }

    private void checkBus(long nowNs, boolean connected) {
        if (connected) {
            busDownSinceNs = Long.MIN_VALUE;
            return;
        }
        if (busDownSinceNs == Long.MIN_VALUE) {
            busDownSinceNs = nowNs;
        }
        double downS = (nowNs - busDownSinceNs) / 1e9;
        if (downS >= config.busDisconnectGraceS()) {
            fail(DegradedMode.BUS_DISCONNECT, HealthResponse.MRM, "bus disconnected for " + f2(downS) + " s");
        }
    }

    /**
     * The generic alive / valid / rate checks of one input; returns whether it is usable. A missing,
     * stale or invalid input calls for the MRM (missing or invalid only after the start-up grace); a
     * wrong rate only for the speed cap.
     */
    private boolean checkInput(long nowNs, InputState<?> input, double maxAgeS, boolean inGrace,
                               DegradedMode missing, DegradedMode stale, DegradedMode invalid) {
        if (!input.seen()) {
            if (!inGrace) {
                fail(missing, HealthResponse.MRM, input.name() + " missing");
            }
            return false;
        }
        double ageS = input.ageS(nowNs);
        if (ageS > maxAgeS) {
            fail(stale, HealthResponse.MRM, input.name() + " stale: " + f2(ageS) + " s old (max " + f2(maxAgeS) + ")");
            return false;
        }
        Message latest = input.latest();
        if (!latest.header().valid()) {
            // during the start-up grace a producer still warming up (fusion before its sensors' first
            // data, the planner on that world model) counts as not there yet, not as failed
            if (!inGrace) {
                fail(invalid, HealthResponse.MRM, input.name() + " invalid");
            }
            return false;
        }
        if (!input.rateOk()) {
            fail(stale, HealthResponse.SPEED_CAP, input.name() + " rate " + f2(input.measuredRateHz()) + " Hz off");
        }
        return true;
    }

    private boolean checkEgo(long nowNs, InputState<EgoState> ego, boolean inGrace) {
        if (ego.updated() && ego.latest() != null) {
            egoImplausibleReason = plausibility.check(ego.latest());
        }
        boolean usable = checkInput(nowNs, ego, config.egoStateMaxAgeS(), inGrace,
                DegradedMode.MISSING_SENSOR, DegradedMode.STALE_SENSOR, DegradedMode.STALE_SENSOR);
        if (usable && egoImplausibleReason != null) {
            fail(DegradedMode.STALE_SENSOR, HealthResponse.MRM, "ego state implausible: " + egoImplausibleReason);
            return false;
        }
        return usable;
    }

    /** Fusion runs on without one of its sensors (slower), not without two or all of them. */
    private void checkFusionSensors(WorldModel wm) {
        int missing = wm.missingSensorsMask();
        if (missing == 0) {
            return;
        }
        int missingCount = Integer.bitCount(missing);
        String names = sensorNames(missing);
        if (missingCount >= 2 || missing == wm.sensorsExpectedMask()) {
            fail(DegradedMode.DETECTOR_FAILURE, HealthResponse.MRM, "fusion lost " + names);
        } else {
            fail(DegradedMode.MISSING_SENSOR, HealthResponse.SPEED_CAP, "fusion lost " + names);
        }
    }

    private static boolean sameFrame(WorldModel wm, EgoState ego) {
        return wm.header().frameId().equals(ego.header().frameId());
    }

    private void fail(DegradedMode mode, HealthResponse response, String text) {
        appendReason(text);
        if (response.ordinal() > worstResponse.ordinal()) {
            worstResponse = response;
            worstMode = mode;
        }
    }

    private void appendReason(String text) {
        if (!reasons.isEmpty()) {
            reasons.append("; ");
        }
        reasons.append(text);
    }

    /** Applies recovery: a response stays until its failures have been absent for recoveryS. */
    private void resolve(long nowNs, Health out) {
        String now = reasons.toString();
        if (worstResponse == HealthResponse.MRM) {
            lastMrmNs = nowNs;
            lastMrmMode = worstMode;
            lastMrmReason = now;
        } else if (worstResponse == HealthResponse.SPEED_CAP) {
            lastCapNs = nowNs;
            lastCapMode = worstMode;
            lastCapReason = now;
        }
        if (worstResponse != HealthResponse.MRM && recovering(nowNs, lastMrmNs)) {
            set(out, HealthResponse.MRM, lastMrmMode, recoveringReason(now, lastMrmReason, nowNs - lastMrmNs));
        } else if (worstResponse == HealthResponse.NONE && recovering(nowNs, lastCapNs)) {
            set(out, HealthResponse.SPEED_CAP, lastCapMode, recoveringReason(now, lastCapReason, nowNs - lastCapNs));
        } else {
            set(out, worstResponse, worstMode, now);
        }
    }

    private boolean recovering(long nowNs, long lastNs) {
        return lastNs != Long.MIN_VALUE && nowNs - lastNs < recoveryNs;
    }

    private static String recoveringReason(String now, String last, long sinceNs) {
        String recovering = "recovering (" + f2(sinceNs / 1e9) + " s) from: " + last;
        return now.isEmpty() ? recovering : now + "; " + recovering;
    }

    private static void set(Health out, HealthResponse response, DegradedMode mode, String reason) {
        out.response = response;
        out.mode = mode;
        out.reason = reason;
    }

    static String sensorNames(int mask) {
        StringBuilder b = new StringBuilder();
        appendIf(b, mask, TrackedObject.SENSOR_CAMERA, "camera");
        appendIf(b, mask, TrackedObject.SENSOR_LIDAR, "lidar");
        appendIf(b, mask, TrackedObject.SENSOR_RADAR, "radar");
        return b.toString();
    }

    private static void appendIf(StringBuilder b, int mask, int bit, String name) {
        if ((mask & bit) != 0) {
            if (!b.isEmpty()) {
                b.append(" and ");
            }
            b.append(name);
        }
    }
}
