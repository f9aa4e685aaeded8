package io.avstack.vehicle.replay;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.codec.CodecException;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.DriveLogWriter;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import io.avstack.vehicle.stack.SimStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Process replay (openpilot style): the stack's inputs from a drive log are published, in logged
 * order and at their logged times, on a synchronous bus hosting fresh stack nodes; what the nodes
 * publish is compared message by message with the outputs the log recorded. Deterministic code
 * reproduces its log exactly; any change in behaviour shows as the first differing message and
 * field.
 */
public final class ReplayRunner {

    private ReplayRunner() {
    }

    /** An output message with its log time and topic. */
    record Out(String topic, long timeNs, Message message) {
    }

    /**
     * Replays {@code log} through {@code stack} for the run the log identifies.
     *
     * @param scenarioRoot folder relative scenario paths in the log are resolved against
     * @throws IllegalArgumentException for a log without run identity or whose scenario is missing
     */
    public static ReplayResult replay(Path log, SimStack stack, Path scenarioRoot) throws IOException {
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            RunIdentity id = RunIdentity.fromMetadata(reader.metadata(), log);
            Run run = execute(reader, stack, setup(id, scenarioRoot, log));
            String recorded = id.kernelFingerprint();
            String here = stack.kernelFingerprint();
            if (recorded.isEmpty() || recorded.equals(here)) {
                return compare(run, MessageDiff.EXACT, "");
            }
            MessageDiff.Tolerance t = MessageDiff.ACROSS_KERNELS;
            return compare(run, t, String.format(Locale.ROOT, "recorded with CNN kernel fingerprint %s, this machine "
                    + "computes %s: floats compared within %.0e relative + %.0e absolute (docs/DETERMINISM.md)",
                    recorded, here, t.rel(), t.abs()));
        }
    }

    /**
     * Replays {@code log} and rewrites it with the replayed outputs in place of the logged ones
     * (inputs and metadata unchanged): {@code --update-refs} after an intended behaviour change.
     */
    public static ReplayResult updateReference(Path log, SimStack stack, Path scenarioRoot) throws IOException {
        Path tmp = log.resolveSibling(log.getFileName() + ".tmp");
        ReplayResult result;
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            SimSetup setup = setup(RunIdentity.fromMetadata(reader.metadata(), log), scenarioRoot, log);
            Run run = execute(reader, stack, setup);
            result = compare(run, MessageDiff.EXACT, "");
            Files.deleteIfExists(tmp);
            // the outputs are now this machine's: so is the kernel fingerprint
            DriveLogMetadata m = reader.metadata();
            Map<String, String> props = new LinkedHashMap<>(m.properties());
            props.remove(RunIdentity.FINGERPRINT);
            String here = stack.kernelFingerprint();
            if (!here.isEmpty()) {
                props.put(RunIdentity.FINGERPRINT, here);
            }
            try (DriveLogWriter w = DriveLogWriter.create(tmp,
                    new DriveLogMetadata(m.scenario(), m.seed(), m.startTimeNs(), props))) {
                int o = 0;
                for (LoggedRecord in : run.inputs) {
                    w.appendEncoded(in.topic(), in.logTimeNs(), typeOf(in), in.envelope());
                    // what the stack published while handling this input follows it, as when recorded
                    while (o < run.replayed.size() && run.producedBy.get(o) == in) {
                        Out out = run.replayed.get(o++);
                        w.append(out.topic(), out.timeNs(), out.message());
                    }
                }
            }
        }
        Files.move(tmp, log, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    private static String typeOf(LoggedRecord r) {
        try {
            return r.decode().getClass().getSimpleName();
        } catch (CodecException e) {
            throw new IllegalArgumentException("undecodable input record at byte " + r.offset() + ": " + e.getMessage(), e);
        }
    }

    static SimSetup setup(RunIdentity id, Path scenarioRoot, Path log) {
        Path file = scenarioRoot.resolve(id.scenarioFile());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("drive log " + log + " names scenario file " + id.scenarioFile()
                    + ", not found under " + scenarioRoot.toAbsolutePath().normalize());
        }
        List<ScenarioRun> runs = ScenarioLoader.load(file, id.parameters(), id.seed());
        if (runs.size() != 1) {
            throw new IllegalArgumentException("drive log " + log + ": parameters " + id.parameters()
                    + " select " + runs.size() + " runs of " + file + ", expected exactly 1");
        }
        return ScenarioSetups.of(runs.get(0));
    }

    /** The mutable state of one replay. */
    private static final class Run {
        final List<LoggedRecord> inputs = new ArrayList<>();
        final List<Out> logged = new ArrayList<>();
        final List<Out> replayed = new ArrayList<>();
        final List<LoggedRecord> producedBy = new ArrayList<>();
        final Set<String> outputTopics = new HashSet<>();
    }

    private static Run execute(DriveLogReader reader, SimStack stack, SimSetup setup) throws IOException {
        Run run = new Run();
        Set<String> inputTopics = new HashSet<>();
        for (String t : stack.inputTopics()) {
            inputTopics.add(TopicNames.topic(LockstepRunner.VEHICLE_ID, t));
        }
        for (String t : stack.outputTopics()) {
            run.outputTopics.add(TopicNames.topic(LockstepRunner.VEHICLE_ID, t));
        }
        ManualClock clock = new ManualClock(0L);
        List<HostedNode> nodes = stack.nodes(setup);
        LoggedRecord[] current = new LoggedRecord[1];
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard(LockstepRunner.VEHICLE_ID))) {
            for (String t : run.outputTopics) {
                bus.subscribe(t, (topic, m) -> {
                    run.replayed.add(new Out(topic, clock.nowNs(), m));
                    run.producedBy.add(current[0]);
                });
            }
            for (HostedNode n : nodes) {
                n.attach(bus, clock);
            }
            for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
                if (inputTopics.contains(r.topic())) {
                    run.inputs.add(r);
                    current[0] = r;
                    clock.setNs(Math.max(clock.nowNs(), r.logTimeNs()));
                    bus.publish(r.topic(), decode(r));
                } else if (run.outputTopics.contains(r.topic())) {
                    run.logged.add(new Out(r.topic(), r.logTimeNs(), decode(r)));
                }
            }
        } finally {
            for (HostedNode n : nodes) {
                n.close();
            }
        }
        return run;
    }

    private static Message decode(LoggedRecord r) throws IOException {
        try {
            return r.decode();
        } catch (CodecException e) {
            throw new IOException("record on " + r.topic() + " at byte " + r.offset() + " does not decode: "
                    + e.getMessage(), e);
        }
    }

    private static ReplayResult compare(Run run, MessageDiff.Tolerance tolerance, String kernelNote) {
        Map<String, List<Out>> logged = byTopic(run.logged);
        Map<String, List<Out>> replayed = byTopic(run.replayed);
        Map<String, Integer> loggedCounts = new LinkedHashMap<>();
        Map<String, Integer> replayedCounts = new LinkedHashMap<>();
        List<String> diffs = new ArrayList<>();
        for (String topic : run.outputTopics.stream().sorted().toList()) {
            List<Out> a = logged.getOrDefault(topic, List.of());
            List<Out> b = replayed.getOrDefault(topic, List.of());
            loggedCounts.put(topic, a.size());
            replayedCounts.put(topic, b.size());
            String diff = null;
            for (int i = 0; i < Math.min(a.size(), b.size()) && diff == null; i++) {
                var d = MessageDiff.firstDifference(a.get(i).message(), b.get(i).message(), tolerance);
                if (d.isPresent()) {
                    diff = String.format(Locale.ROOT, "%s message #%d (log time %.3f s): %s", topic, i,
                            a.get(i).timeNs() / 1e9, d.get());
                } else if (a.get(i).timeNs() != b.get(i).timeNs()) {
                    diff = String.format(Locale.ROOT, "%s message #%d: logged at %.3f s, replayed at %.3f s",
                            topic, i, a.get(i).timeNs() / 1e9, b.get(i).timeNs() / 1e9);
                }
            }
            if (diff == null && a.size() != b.size()) {
                diff = topic + ": logged " + a.size() + " messages, replayed " + b.size();
            }
            if (diff != null) {
                diffs.add(diff);
            }
        }
        return new ReplayResult(run.inputs.size(), loggedCounts, replayedCounts, diffs, kernelNote);
    }

    private static Map<String, List<Out>> byTopic(List<Out> outs) {
        Map<String, List<Out>> m = new LinkedHashMap<>();
        for (Out o : outs) {
            m.computeIfAbsent(o.topic(), k -> new ArrayList<>()).add(o);
        }
        return m;
    }
}
