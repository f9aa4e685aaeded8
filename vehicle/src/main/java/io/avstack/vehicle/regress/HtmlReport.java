package io.avstack.vehicle.regress;

import io.avstack.sim.run.RunMetrics;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: a self-contained page (no scripts, no downloads) a safety engineer can open
 * from the report folder: the totals, one table row per run with its key metrics and failure
 * reason, a link to the failure video, and per run inline SVG plots of speed, gap against the RSS
 * safe distance, and TTC over time (failed runs open, passed runs folded).
 */
public final class HtmlReport {

    private static final int W = 360;
    private static final int H = 120;
    private static final double TTC_CAP_S = 10.0;

    private HtmlReport() {
    }

    public static String of(List<CaseResult> results, double wallTimeS) {
        int passed = 0;
        for (CaseResult r : results) {
            passed += r.passed() ? 1 : 0;
        }
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>avstack regression</title>\n<style>")
                .append("body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}")
                .append(".PASS{background:#dfd}.FAIL{background:#fdd}.ERROR{background:#fc8}")
                .append("svg{background:#fafafa;border:1px solid #ddd;margin-right:6px}</style></head><body>\n");
        b.append(String.format(Locale.ROOT, "<h1>avstack regression: %d runs, %d passed, %d failed</h1>%n"
                + "<p>wall time %.1f s</p>%n", results.size(), passed, results.size() - passed, wallTimeS));
        b.append("<table><tr><th>id</th><th>verdict</th><th>fault</th><th>collision</th><th>impact m/s</th>"
                + "<th>min gap m</th><th>min TTC s</th><th>RSS viol. s</th><th>red</th><th>route</th>"
                + "<th>max decel</th><th>reason</th><th>video</th></tr>\n");
        for (CaseResult r : results) {
            row(b, r);
        }
        b.append("</table>\n<h2>Time series</h2>\n");
        for (CaseResult r : results) {
            plots(b, r);
        }
        return b.append("</body></html>\n").toString();
    }

    private static String verdict(CaseResult r) {
        return r.error() != null ? "ERROR" : r.metrics().verdict().name();
    }

    private static void row(StringBuilder b, CaseResult r) {
        RegressionCase c = r.regressionCase();
        RunMetrics m = r.metrics();
        String v = verdict(r);
        b.append("<tr class=\"").append(v).append("\"><td><a href=\"#").append(c.id()).append("\">")
                .append(JUnitXml.escape(c.id())).append("</a></td><td>").append(v).append("</td><td>")
                .append(c.faultSet()).append("</td>");
        if (m == null) {
            b.append("<td colspan=\"8\"></td>");
        } else {
            b.append(cell(String.valueOf(m.collision()))).append(cell(num(m.impactSpeedMps())))
                    .append(cell(num(m.minGapM()))).append(cell(num(m.minTtcS())))
                    .append(cell(num(m.rssViolationS()))).append(cell(String.valueOf(m.redLightViolations())))
                    .append(cell(num(m.routeCompletion()))).append(cell(num(m.maxDecelMps2())));
        }
        b.append(cell(JUnitXml.escape(r.reason())));
        b.append(r.video() == null ? "<td></td>" : "<td><a href=\"" + r.video() + "\">mp4</a></td>");
        b.append("</tr>\n");
    }

    private static String cell(String s) {
        return "<td>" + s + "</td>";
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static void plots(StringBuilder b, CaseResult r) {
        RunTrace t = r.trace();
        String id = r.regressionCase().id();
        b.append("<details id=\"").append(id).append('"').append(r.passed() ? "" : " open")
                .append("><summary>").append(JUnitXml.escape(id)).append(" &mdash; ").append(verdict(r))
                .append("</summary>\n");
        if (t.rows() > 1) {
            svg(b, t, "speed m/s", new int[] {RunTrace.SPEED}, new String[] {"#06c"}, Double.NaN);
            svg(b, t, "gap (blue) vs RSS safe distance (red), m", new int[] {RunTrace.GAP, RunTrace.RSS},
                    new String[] {"#06c", "#c00"}, Double.NaN);
            svg(b, t, "TTC s (capped at 10)", new int[] {RunTrace.TTC}, new String[] {"#080"}, TTC_CAP_S);
        }
        b.append("</details>\n");
    }

    /** One small line chart; non-finite values break the line; {@code cap} clips values (NaN: none). */
    private static void svg(StringBuilder b, RunTrace t, String title, int[] cols, String[] colours, double cap) {
        double t0 = t.row(0, RunTrace.TIME);
        double t1 = Math.max(t0 + 1e-3, t.row(t.rows() - 1, RunTrace.TIME));
        double max = 1e-3;
        for (int i = 0; i < t.rows(); i++) {
            for (int col : cols) {
                double v = clip(t.row(i, col), cap);
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        b.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
                + "<text x=\"4\" y=\"12\" font-size=\"11\">%s (max %.1f)</text>", W, H, W, H, title, max));
        for (int k = 0; k < cols.length; k++) {
            b.append("<path fill=\"none\" stroke=\"").append(colours[k]).append("\" d=\"");
            boolean pen = false;
            for (int i = 0; i < t.rows(); i++) {
                double v = clip(t.row(i, cols[k]), cap);
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                double x = (t.row(i, RunTrace.TIME) - t0) / (t1 - t0) * (W - 8) + 4;
                double y = H - 4 - v / max * (H - 20);
                b.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
                pen = true;
            }
            b.append("\"/>");
        }
        b.append("</svg>\n");
    }

    private static double clip(double v, double cap) {
        return Double.isNaN(cap) ? v : Math.min(v, cap);
    }
}
