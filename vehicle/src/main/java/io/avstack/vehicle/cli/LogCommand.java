package io.avstack.vehicle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import io.avstack.core.bus.TopicFilter;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.DriveLogTail;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.proto.Envelope;
import io.avstack.vehicle.log.ProtoJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avstack log info|echo}: what is in a drive log, and its messages as JSON lines (the
 * {@code rosbag info} / {@code rostopic echo} of avstack). Crashed logs are read up to their last
 * complete record and say so.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Inspect drive logs (docs/DRIVELOG.md): `log info FILE`, `log echo FILE --topic T`.",
        subcommands = {LogCommand.Info.class, LogCommand.Echo.class})
public final class LogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens {@code file} or fails naming it (exit code 1 through picocli's execution-exception handler). */
    static DriveLogReader open(CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "drive log not found: " + file.toAbsolutePath());
        }
        try {
            return DriveLogReader.open(file);
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "not a readable drive log: " + file.toAbsolutePath() + " (" + e.getMessage() + ")");
        }
    }

    /** The payload type of a logged envelope, e.g. {@code WorldModel}; {@code ?} when unparseable. */
    static String typeOf(Envelope envelope) {
        return envelope.getPayloadCase() == Envelope.PayloadCase.PAYLOAD_NOT_SET ? "?"
                : envelope.getAllFields().keySet().iterator().next().getMessageType().getName();
    }

    /** Per-topic totals of one pass over a log. */
    private static final class TopicStats {
        String type = "?";
        long records;
        long bytes;
        long firstNs = Long.MAX_VALUE;
        long lastNs = Long.MIN_VALUE;
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = {"Header (scenario, seed, properties), time span, and per topic: message type, records,",
                "rate and bytes. --json prints {\"file\", \"scenario\", \"seed\", \"properties\", \"records\",",
                "\"duration_s\", \"tail\", \"topics\": {topic: {type, records, rate_hz, bytes}}}."})
    static final class Info implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "Drive log (.avlog).")
        Path file;
        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Map<String, TopicStats> topics = new TreeMap<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            long records = 0;
            DriveLogTail tail;
            ObjectNode out = new ObjectMapper().createObjectNode();
            try (DriveLogReader reader = open(spec, file)) {
                out.put("file", file.toString());
                out.put("scenario", reader.metadata().scenario());
                out.put("seed", reader.metadata().seed());
                ObjectNode props = out.putObject("properties");
                new TreeMap<>(reader.metadata().properties()).forEach(props::put);
                for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
                    TopicStats s = topics.computeIfAbsent(r.topic(), t -> new TopicStats());
                    if (s.records == 0) {
                        s.type = typeOf(parse(r));
                    }
                    s.records++;
                    s.bytes += r.envelope().length;
                    s.firstNs = Math.min(s.firstNs, r.logTimeNs());
                    s.lastNs = Math.max(s.lastNs, r.logTimeNs());
                    first = Math.min(first, r.logTimeNs());
                    last = Math.max(last, r.logTimeNs());
                    records++;
                }
                tail = reader.tail();
            }
            out.put("records", records);
            out.put("duration_s", records == 0 ? 0 : (last - first) / 1e9);
            out.put("tail", tail.intact() ? "intact" : tail.kind() + ": " + tail.reason());
            ObjectNode perTopic = out.putObject("topics");
            topics.forEach((name, s) -> perTopic.putObject(name).put("type", s.type).put("records", s.records)
                    .put("rate_hz", rateHz(s)).put("bytes", s.bytes));
            PrintWriter w = spec.commandLine().getOut();
            w.print(json ? out + "\n" : text(out));
            w.flush();
            return tail.intact() ? 0 : 3;
        }

        private static double rateHz(TopicStats s) {
            return s.records < 2 || s.lastNs <= s.firstNs ? 0 : (s.records - 1) * 1e9 / (s.lastNs - s.firstNs);
        }

        private static String text(ObjectNode o) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "file       %s%nscenario   %s (seed %d)%nrecords    %d over %.3f s%n"
                            + "tail       %s%n", o.get("file").asText(), o.get("scenario").asText(),
                    o.get("seed").asLong(), o.get("records").asLong(), o.get("duration_s").asDouble(),
                    o.get("tail").asText()));
            o.get("properties").properties().forEach(e ->
                    b.append(String.format(Locale.ROOT, "property   %s = %s%n", e.getKey(), e.getValue().asText())));
            b.append(String.format(Locale.ROOT, "%n%-40s %-20s %9s %9s %12s%n", "topic", "type", "records", "rate Hz",
                    "bytes"));
            o.get("topics").properties().forEach(e -> b.append(String.format(Locale.ROOT, "%-40s %-20s %9d %9.2f %12d%n",
                    e.getKey(), e.getValue().get("type").asText(), e.getValue().get("records").asLong(),
                    e.getValue().get("rate_hz").asDouble(), e.getValue().get("bytes").asLong())));
            return b.toString();
        }
    }

    @Command(name = "echo", mixinStandardHelpOptions = true,
            description = {"Print records as JSON lines: {\"log_time_s\", \"topic\", \"type\", \"msg\"}. Field names as",
                "in avstack.proto; default-valued fields left out; bytes shown as their size and long repeated",
                "numbers cut after --max-elements."})
    static final class Echo implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "Drive log (.avlog).")
        Path file;
        @Option(names = "--topic", paramLabel = "FILTER",
                description = "Topic or MQTT-style filter (+ one level, # the rest); repeatable (default: all).")
        List<String> topics = new ArrayList<>();
        @Option(names = "--from", paramLabel = "S", description = "First log time, s (default: the start).")
        Double fromS;
        @Option(names = "--to", paramLabel = "S", description = "Last log time, s (default: the end).")
        Double toS;
        @Option(names = "--limit", defaultValue = "0", description = "At most this many records (0: no limit).")
        long limit;
        @Option(names = "--max-elements", defaultValue = "8",
                description = "Values kept of each repeated number field (default ${DEFAULT-VALUE}).")
        int maxElements;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<TopicFilter> filters = new ArrayList<>();
            for (String t : topics) {
                try {
                    filters.add(TopicFilter.parse(t));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--topic " + t + ": " + e.getMessage());
                }
            }
            if (limit < 0 || maxElements < 0 || (fromS != null && toS != null && toS < fromS)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --max-elements must be >= 0"
                        + " and --to >= --from, were " + limit + ", " + maxElements + ", " + fromS + ", " + toS);
            }
            ProtoJson proto = new ProtoJson(maxElements);
            ObjectMapper mapper = new ObjectMapper();
            PrintWriter w = spec.commandLine().getOut();
            long printed = 0;
            DriveLogTail tail;
            try (DriveLogReader reader = open(spec, file)) {
                if (fromS != null) {
                    reader.seek(Math.round(fromS * 1e9));
                }
                long toNs = toS == null ? Long.MAX_VALUE : Math.round(toS * 1e9);
                for (LoggedRecord r = reader.next(); r != null && (limit == 0 || printed < limit); r = reader.next()) {
                    if (r.logTimeNs() > toNs) {
                        break;
                    }
                    if (!matches(filters, r.topic())) {
                        continue;
                    }
                    Envelope envelope = parse(r);
                    ObjectNode line = mapper.createObjectNode();
                    line.put("log_time_s", r.logTimeNs() / 1e9).put("topic", r.topic()).put("type", typeOf(envelope));
                    line.set("msg", envelope.getPayloadCase() == Envelope.PayloadCase.PAYLOAD_NOT_SET
                            ? mapper.createObjectNode()
                            : proto.toJson((MessageOrBuilder) envelope.getAllFields().values().iterator().next()));
                    w.println(line);
                    printed++;
                }
                tail = reader.tail();
            }
            w.flush();
            if (!tail.intact() && tail.kind() != DriveLogTail.Kind.NOT_REACHED) {
                spec.commandLine().getErr().println("avstack log echo: " + file + ": " + tail.kind() + ": " + tail.reason());
                return 3;
            }
            return 0;
        }
    }

    private static boolean matches(List<TopicFilter> filters, String topic) {
        if (filters.isEmpty()) {
            return true;
        }
        for (TopicFilter f : filters) {
            if (f.matches(topic)) {
                return true;
            }
        }
        return false;
    }

    /** A record's envelope; an undecodable one becomes an empty envelope (type "?") rather than an abort. */
    private static Envelope parse(LoggedRecord r) {
        try {
            return Envelope.parseFrom(r.envelope());
        } catch (InvalidProtocolBufferException e) {
            return Envelope.getDefaultInstance();
        }
    }
}
