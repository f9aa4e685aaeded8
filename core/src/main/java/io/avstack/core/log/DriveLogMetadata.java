package io.avstack.core.log;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a drive log is, stored in its header. Nothing here is taken from the wall clock: a caller who
 * wants the start time in the file passes it, so equal inputs give byte-identical files.
 *
 * @param scenario    scenario name; empty for an onboard drive
 * @param seed        simulation seed; 0 when not applicable
 * @param startTimeNs start of the log in the recording clock's time base, ns; 0 when not given
 * @param properties  free-form key/values; kept sorted by key (the file stores them in that order)
 */
public record DriveLogMetadata(String scenario, long seed, long startTimeNs, Map<String, String> properties) {

    public static final DriveLogMetadata EMPTY = new DriveLogMetadata("", 0L, 0L, Map.of());

    public DriveLogMetadata {
        Objects.requireNonNull(scenario, "DriveLogMetadata.scenario");
        Objects.requireNonNull(properties, "DriveLogMetadata.properties");
        TreeMap<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "property key"),
                Objects.requireNonNull(v, "value of property '" + k + "'")));
        properties = Collections.unmodifiableSortedMap(sorted);
    }

    public static DriveLogMetadata of(String scenario, long seed) {
        return new DriveLogMetadata(scenario, seed, 0L, Map.of());
    }
}
