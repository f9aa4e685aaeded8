package io.avstack.vehicle.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of replaying a drive log through the stack.
 *
 * @param inputs          messages published from the log into the stack
 * @param loggedOutputs   output messages in the log, per topic
 * @param replayedOutputs output messages the stack produced, per topic
 * @param differences     every mismatch found, first one first (one per topic at most; empty when
 *                        the replay reproduced the log)
 * @param kernelNote      empty, or why floats were compared within
 *                        {@link MessageDiff#ACROSS_KERNELS} (the log was recorded on a machine whose
 *                        CPU kernels compute the networks differently)
 */
public record ReplayResult(long inputs, Map<String, Integer> loggedOutputs, Map<String, Integer> replayedOutputs,
                           List<String> differences, String kernelNote) {

    public ReplayResult {
        loggedOutputs = Map.copyOf(loggedOutputs);
        replayedOutputs = Map.copyOf(replayedOutputs);
        differences = List.copyOf(differences);
    }

    public boolean identical() {
        return differences.isEmpty();
    }

    public Optional<String> firstDifference() {
        return differences.stream().findFirst();
    }
}
