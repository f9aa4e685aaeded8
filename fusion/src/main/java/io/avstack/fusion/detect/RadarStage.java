package io.avstack.fusion.detect;

import io.avstack.core.msg.RadarScan;
import io.avstack.perception.radar.RadarClusterParams;
import io.avstack.perception.radar.RadarClusterer;
import io.avstack.perception.radar.RadarObject;
import java.util.List;

/** Radar clustering as fusion runs it: one scan in, clustered objects in the radar's frame out. */
@FunctionalInterface
public interface RadarStage extends AutoCloseable {

    List<RadarObject> detect(RadarScan scan);

    @Override
    default void close() {
    }

    /** The DBSCAN clusterer of docs/RADAR-CLUSTERING.md (keeps its confirmation history: one radar). */
    static RadarStage clusterer(RadarClusterParams params) {
        RadarClusterer clusterer = new RadarClusterer(params);
        return clusterer::cluster;
    }
}
