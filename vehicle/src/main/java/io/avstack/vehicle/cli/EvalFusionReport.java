package io.avstack.vehicle.cli;

import io.avstack.fusion.eval.MotResult;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.fusion.Combination;
import io.avstack.vehicle.fusion.FusionEvaluation;
import java.util.Locale;
import java.util.Map;

/** Text and JSON renderings of {@code avstack eval fusion} results. JSON never contains NaN (null instead). */
final class EvalFusionReport {

    private EvalFusionReport() {
    }

    /** {@code {"combinations": {"all": {"mota": x, ...}, ...}}}, one line. */
    static String json(Map<Combination, MotResult> totals) {
        StringBuilder sb = new StringBuilder("{\"combinations\": {");
        boolean first = true;
        for (Map.Entry<Combination, MotResult> e : totals.entrySet()) {
            MotResult r = e.getValue();
            sb.append(first ? "" : ", ").append('"').append(e.getKey().name()).append("\": {")
                    .append("\"mota\": ").append(num(r.mota()))
                    .append(", \"motp_m\": ").append(num(r.motpM()))
                    .append(", \"pos_rmse_m\": ").append(num(r.posRmseM()))
                    .append(", \"vel_rmse_mps\": ").append(num(r.velRmseMps()))
                    .append(", \"id_switches_per_1000_frames\": ").append(num(r.idSwitchesPer1000Frames()))
                    .append(", \"false_tracks\": ").append(r.falseTracks())
                    .append(", \"missed\": ").append(r.missed()).append('}');
            first = false;
        }
        return sb.append("}}").append(System.lineSeparator()).toString();
    }

    static String table(Map<Combination, MotResult> totals, java.util.List<ScenarioRun> runs,
            FusionEvaluation.Settings s, String detections) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "fusion on %d scenario(s), detections %s, runs cut at %.0f s, "
                + "objects within %.0f m, match <= %.1f m, first %.1f s unscored%n", runs.size(), detections,
                s.maxDurationS(), s.evalRangeM(), s.matchDistanceM(), s.warmUpS()));
        if (!s.faults().isEmpty()) {
            sb.append("faults: ").append(s.faults()).append(System.lineSeparator());
        }
        sb.append(System.lineSeparator());
        sb.append("| sensors | MOTA | MOTP m | pos RMSE m | vel RMSE m/s | ID sw / 1000 frames | false tracks | missed "
                + "| ground truth | frames |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Combination, MotResult> e : totals.entrySet()) {
            MotResult r = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %d | %d | %d |%n",
                    e.getKey().name(), fmt(r.mota()), fmt(r.motpM()), fmt(r.posRmseM()), fmt(r.velRmseMps()),
                    fmt(r.idSwitchesPer1000Frames()), r.falseTracks(), r.missed(), r.groundTruth(), r.frames()));
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }
}
