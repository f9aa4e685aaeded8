package io.avstack.system.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Issue 5's closed-loop acceptance checks on a {@link ClosedLoopRun}; one place for both detector variants. */
final class ClosedLoopAcceptance {

    static final double MAX_POS_ERR_M = 0.5;
    static final double MAX_VEL_ERR_MPS = 0.5;

    private ClosedLoopAcceptance() {
    }

    /** Every actor is scored, and every held frame has position error < 0.5 m and velocity error < 0.5 m/s. */
    static void everyActorTrackedPrecisely(ClosedLoopRun run, Long... actors) {
        assertThat(new TreeSet<>(run.held().stream().map(ClosedLoopRun.Sample::actorId).toList()))
                .as("every actor of the scenario is scored").containsExactly(actors);
        for (ClosedLoopRun.Sample s : run.held()) {
            assertThat(s.posErrM()).as("position error of actor %d at %.1f s (%.0f m)", s.actorId(),
                    s.stampNs() / 1e9, s.rangeM()).isLessThan(MAX_POS_ERR_M);
            assertThat(s.velErrMps()).as("velocity error of actor %d at %.1f s (%.0f m)", s.actorId(),
                    s.stampNs() / 1e9, s.rangeM()).isLessThan(MAX_VEL_ERR_MPS);
        }
    }

    /** No actor within range is without a track once it has been in view for the settle time. */
    static void noActorMissedOnceInView(ClosedLoopRun run) {
        assertThat(run.missesOnceInView())
                .as("frames in which an actor in view (past its first second) had no track").isEmpty();
    }

    /** Each actor keeps one track id for the whole run, and no track is false. */
    static void idsDoNotSwitch(ClosedLoopRun run) {
        assertThat(run.result.idSwitches()).as("id switches").isZero();
        Map<Long, TreeSet<Long>> tracksOfActor = new TreeMap<>();
        for (ClosedLoopRun.Sample s : run.matches) {
            tracksOfActor.computeIfAbsent(s.actorId(), k -> new TreeSet<>()).add(s.trackId());
        }
        assertThat(tracksOfActor).allSatisfy((actor, ids) -> assertThat(ids).as("tracks of actor %d", actor).hasSize(1));
        assertThat(run.result.falseTracks()).as("false tracks").isZero();
    }
}
