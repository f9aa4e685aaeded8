package io.avstack.vehicle.bench;

import java.io.PrintWriter;
import java.util.List;

/** Prints benchmark results as a Markdown table (pasteable into docs/BENCHMARKS.md). */
public final class BusBenchReport {

    private BusBenchReport() {
    }

    public static void print(PrintWriter out, List<LoadResult> results) {
        out.println("| transport | load | sent | received | lost | sub. drops | transport drops | msg/s | MB/s | p50 ms | p99 ms | max ms |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (LoadResult r : results) {
            out.printf("| %s | %s | %d | %d | %d | %d | %d | %.1f | %.2f | %.3f | %.3f | %.3f |%n",
                    r.transport(), r.load(), r.sent(), r.received(), r.lost(), r.droppedSubscriber(),
                    r.droppedTransport(), r.throughputMsgPerS(), r.throughputMBps(), r.p50Ms(), r.p99Ms(), r.maxMs());
        }
        out.flush();
    }
}
