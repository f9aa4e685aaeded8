package io.avstack.vehicle.bench.e2e;

import java.util.Locale;
import java.util.Map;

/**
 * What {@code avstack bench e2e} measured.
 *
 * @param transport         {@code inproc} or {@code mqtt}
 * @param broker            the MQTT broker: {@code embedded} or its URL ({@code none} in process)
 * @param seconds           measured seconds (after the warm-up)
 * @param fusionRateHz      world models per second
 * @param result            the latencies (see {@link E2eAnalysis})
 * @param drops             messages lost per topic: subscriber queues full (latest wins) and, as
 *                          {@code <sensor> detector skipped}, frames a busy detector skipped
 * @param queueMax          most messages waiting in all the stack's subscriber queues at once
 * @param queueMaxFirstHalf the same over the first half of the measured time
 * @param queueMaxSecondHalf the same over the second half (growth shows as second &gt;&gt; first)
 * @param queueEnd          waiting at the end
 * @param cpuCores          process CPU time / wall time over the measured seconds (2.0 = two cores busy)
 * @param loadAverage       the machine's 1-minute load average at the end (other processes included)
 * @param healthReports     {@code system/health} reports received per node
 * @param sensorMessages    sensor messages published by the simulated drivers
 */
record E2eReport(String transport, String broker, double seconds, double fusionRateHz, E2eAnalysis.Result result,
                 Map<String, Long> drops, int queueMax, int queueMaxFirstHalf, int queueMaxSecondHalf, int queueEnd,
                 double cpuCores, double loadAverage, Map<String, Long> healthReports, long sensorMessages) {

    /** Camera and lidar frames: the sensor-to-command figure. */
    Latencies headline() {
        return result.endToEnd().get("camera+lidar");
    }

    String json() {
        StringBuilder b = new StringBuilder();
        Latencies h = headline();
        b.append(String.format(Locale.ROOT, "{\"transport\": \"%s\", \"broker\": \"%s\", \"seconds\": %.1f, \"p50_ms\": %s, "
                + "\"p99_ms\": %s, \"max_ms\": %s, \"frames\": %d, \"fusion_rate_hz\": %.1f, ", transport, broker, seconds, num(h.p50Ms()),
                num(h.p99Ms()), num(h.maxMs()), h.count(), fusionRateHz));
        b.append("\"stages\": {");
        appendLatencies(b, result.stages());
        b.append("}, \"sensors\": {");
        appendLatencies(b, result.endToEnd());
        b.append("}, \"drops\": {");
        appendCounts(b, drops);
        b.append("}, \"not_detected\": {");
        appendCounts(b, result.notDetected());
        b.append("}, \"no_command\": {");
        appendCounts(b, result.noCommand());
        b.append(String.format(Locale.ROOT, "}, \"queue\": {\"max\": %d, \"max_first_half\": %d, \"max_second_half\": %d, "
                + "\"end\": %d}, \"cpu_cores\": %.2f, \"load_average\": %.2f, \"health_reports\": {", queueMax,
                queueMaxFirstHalf, queueMaxSecondHalf, queueEnd, cpuCores, loadAverage));
        appendCounts(b, healthReports);
        b.append(String.format(Locale.ROOT, "}, \"sensor_messages\": %d}", sensorMessages));
        return b.toString();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        Latencies h = headline();
        b.append(String.format(Locale.ROOT, "end-to-end over %s%s, %.0f s measured, world models on each fused "
                + "detector result, at least %.0f Hz%n", transport, transport.equals("mqtt") ? " (broker " + broker + ")" : "",
                seconds, fusionRateHz));
        b.append(String.format(Locale.ROOT, "sensor-to-command (camera + lidar frames, %d): p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms (targets p99 <= %s ms)%n", h.count(), h.p50Ms(), h.p99Ms(), h.maxMs(),
                transport.equals("mqtt") ? "60" : "50"));
        for (Map.Entry<String, Latencies> e : result.endToEnd().entrySet()) {
            b.append(line("  sensor " + e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Latencies> e : result.stages().entrySet()) {
            b.append(line("  stage " + e.getKey(), e.getValue()));
        }
        b.append("drops: ").append(drops).append('\n');
        b.append("frames without detections (skipped by a busy detector): ").append(result.notDetected()).append('\n');
        b.append("frames without a command before the end: ").append(result.noCommand()).append('\n');
        b.append(String.format(Locale.ROOT, "queued in the stack's subscriptions: max %d (first half %d, second half %d), "
                + "at the end %d%n", queueMax, queueMaxFirstHalf, queueMaxSecondHalf, queueEnd));
        b.append(String.format(Locale.ROOT, "CPU: %.2f cores used by the process; load average %.2f%n", cpuCores,
                loadAverage));
        b.append("system/health reports per node: ").append(healthReports).append('\n');
        return b.toString();
    }

    private static String line(String name, Latencies l) {
        return String.format(Locale.ROOT, "%-28s n %6d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", name, l.count(),
                l.p50Ms(), l.p99Ms(), l.maxMs());
    }

    private static void appendLatencies(StringBuilder b, Map<String, Latencies> m) {
        String sep = "";
        for (Map.Entry<String, Latencies> e : m.entrySet()) {
            Latencies l = e.getValue();
            b.append(sep).append('"').append(e.getKey()).append("\": {\"count\": ").append(l.count())
                    .append(", \"p50_ms\": ").append(num(l.p50Ms())).append(", \"p99_ms\": ").append(num(l.p99Ms()))
                    .append(", \"max_ms\": ").append(num(l.maxMs())).append('}');
            sep = ", ";
        }
    }

    private static void appendCounts(StringBuilder b, Map<String, Long> m) {
        String sep = "";
        for (Map.Entry<String, Long> e : m.entrySet()) {
            b.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
            sep = ", ";
        }
    }

    /** A JSON number, or null for NaN (no samples). */
    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "null";
    }
}
