package io.avstack.fusion.measure;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.RadarParams;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.perception.radar.RadarObject;
import java.util.List;
import org.joml.Vector3d;

/**
 * Radar clusters ({@link RadarObject}s in the radar's frame) to world measurements: the centroid's
 * range and azimuth as a world position on the object's near side with the matching polar
 * covariance, plus the range rate relative to the moving sensor (dim 3). Strong clusters vote for
 * CAR, the strongest for TRUCK, weak ones do not vote. Allocation-free; one thread.
 */
public final class RadarMeasurements {

    private final RadarParams params;
    private final String radarId;
    private final Vector3d origin = new Vector3d();
    private final Vector3d velocity = new Vector3d();
    private long skipped;

    public RadarMeasurements(RadarParams params, String radarId) {
        this.params = params;
        this.radarId = radarId;
    }

    /** Fills {@code batch}; the rig must hold the ego pose at {@code stampNs}. */
    public void fill(MeasurementBatch batch, long stampNs, List<RadarObject> objects, SensorRig rig) {
        batch.begin(TrackedObject.SENSOR_RADAR, stampNs, params.common());
        rig.sensorOriginWorld(radarId, origin);
        rig.sensorVelocityWorld(radarId, velocity);
        double yaw = rig.sensorYawWorld(radarId);
        batch.setSensorPose(origin.x, origin.y, yaw, velocity.x, velocity.y);
        batch.setVehiclePose(rig.ego().xM, rig.ego().yM, rig.ego().yawRad);
        double sRr = params.rangeRateSigmaMps();
        for (int i = 0; i < objects.size(); i++) {
            RadarObject o = objects.get(i);
            if (!params.common().used(o.existence())) {
                skipped++;
                continue;
            }
            double range = o.rangeM();
            double bearing = yaw + o.azimuthRad();
            Measurement m = batch.add();
            m.dim = 3;
            boolean vehicle = o.meanRcsDbsm() >= params.vehicleMinRcsDbsm();
            m.cls = vehicleClass(o.meanRcsDbsm());
            m.score = o.existence();
            m.weak = o.existence() < params.common().minScore();
            m.classVote = vehicle ? params.classWeight() * o.existence() : 0;
            m.surface = true;
            m.setPolarCovariance(origin.x + range * Math.cos(bearing), origin.y + range * Math.sin(bearing), bearing,
                    params.rangeSigmaM(), Math.max(params.crossRangeMinSigmaM(), range * params.azimuthSigmaRad()));
            double turn = o.yawRad() - o.azimuthRad(); // the cluster's box axes against the line of sight
            m.spanAcrossSightM = Math.abs(o.lengthM() * Math.sin(turn)) + Math.abs(o.widthM() * Math.cos(turn));
            m.z[2] = o.rangeRateMps();
            m.r[8] = sRr * sRr;
        }
    }

    /**
     * The class a cluster of mean RCS {@code rcsDbsm} votes for. A truck's reflections are about 10 dB
     * stronger than a car's: voted CAR, a far truck's radar track had a car's box, its far corners
     * fell outside it, and it sat on the near corner 1-2.5 m towards the ego's lane while a second
     * track took the truck's rear (oncoming-traffic).
     */
    ObjectClass vehicleClass(double rcsDbsm) {
        if (rcsDbsm >= params.truckMinRcsDbsm()) {
            return ObjectClass.TRUCK;
        }
        return rcsDbsm >= params.vehicleMinRcsDbsm() ? ObjectClass.CAR : ObjectClass.UNKNOWN;
    }

    /** Clusters below the minimum existence so far. */
    public long skipped() {
        return skipped;
    }
}
