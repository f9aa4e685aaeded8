package io.avstack.sim.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.core.map.RoadConfig;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One fully resolved scenario: every {@code ${...}} substituted, the road loaded. Read from a
 * scenario file by {@link ScenarioLoader} (format in docs/scenario-format.md); a file with a
 * {@code sweep} yields one spec per parameter combination, each wrapped in a {@link ScenarioRun}.
 *
 * <p>The file's {@code parameters} and {@code sweep} sections are consumed by the loader and are not
 * part of the spec; the values a run used are in {@link ScenarioRun#parameters()}.
 *
 * @param name          short identifier, e.g. {@code ccrs}; a run's name adds its swept values
 * @param description   free text; absent: ""
 * @param roadFile      road file (docs/ROADS.md) relative to the scenario file's folder; exactly
 *                      one of {@code roadFile} and {@code road} is written in the file
 * @param road          the road; inline in the file, or after loading the content of {@code roadFile}
 *                      (never null in a spec returned by {@link ScenarioLoader})
 * @param ego           start state, set speed and route of the ego vehicle
 * @param actors        other road users; absent: none
 * @param durationS     simulated time of one run, s
 * @param defaultSeed   seed of the run's random generators unless overridden; absent: 1
 * @param passCriteria  what the run must satisfy to pass; absent: no criteria (always passes)
 * @param faults        fault injections in the fault grammar, kept as written; absent: none
 */
@JsonIgnoreProperties({"parameters", "sweep"})
public record ScenarioSpec(
        String name,
        @OptionalKey String description,
        @OptionalKey String roadFile,
        @OptionalKey RoadConfig road,
        EgoSpec ego,
        @OptionalKey List<ScenarioActor> actors,
        @Range(min = 0.1, max = 3600) double durationS,
        @OptionalKey @Range(min = 0, max = Long.MAX_VALUE) Long defaultSeed,
        @OptionalKey PassCriteria passCriteria,
        @OptionalKey List<String> faults) implements Validated {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Seed used when a file gives none. */
    public static final long DEFAULT_SEED = 1L;

    @Override
    public String description() {
        return description == null ? "" : description;
    }

    @Override
    public List<ScenarioActor> actors() {
        return actors == null ? List.of() : actors;
    }

    @Override
    public Long defaultSeed() {
        return defaultSeed == null ? DEFAULT_SEED : defaultSeed;
    }

    @Override
    public PassCriteria passCriteria() {
        return passCriteria == null ? PassCriteria.NONE : passCriteria;
    }

    @Override
    public List<String> faults() {
        return faults == null ? List.of() : faults;
    }

    /** This spec with {@code road} replaced (the loader fills in the content of {@code roadFile}). */
    public ScenarioSpec withRoad(RoadConfig resolved) {
        return new ScenarioSpec(name, description, roadFile, resolved, ego, actors, durationS, defaultSeed,
                passCriteria, faults);
    }

    @Override
    public void validate() {
        if (!NAME.matcher(name).matches()) {
            throw ConfigException.invalid("name", name, "use letters, digits, '_', '-' and '.' only");
        }
        if (roadFile == null && road == null) {
            throw ConfigException.invalid("", "no road",
                    "give exactly one of 'roadFile' (a path) or 'road' (inline, docs/ROADS.md)");
        }
        List<ScenarioActor> list = actors();
        for (int i = 0; i < list.size(); i++) {
            long id = list.get(i).spec().id();
            for (int j = 0; j < i; j++) {
                if (list.get(j).spec().id() == id) {
                    throw ConfigException.invalid("actors[" + i + "].spec.id", id, "duplicate actor id");
                }
            }
        }
        List<String> faultList = faults();
        for (int i = 0; i < faultList.size(); i++) {
            if (faultList.get(i).isBlank()) {
                throw ConfigException.invalid("faults[" + i + "]", faultList.get(i), "must not be blank");
            }
        }
        if (road != null) {
            RoadChecks.check(this, road);
        }
    }
}
