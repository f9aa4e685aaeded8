package io.avstack.safety.geom;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.safety.config.VehicleLimits;
import java.util.List;

/**
 * Every likely-enough object of a world model related to the ego once per cycle, shared by the
 * RSS checks and emergency braking (projecting on the path is the costly part). A pool of
 * {@link ObjectRelation}s reused across cycles.
 */
public final class ObjectRelations {

    private final TrackMotion motion = new TrackMotion();
    private ObjectRelation[] pool = new ObjectRelation[0];
    private int n;

    /** Relates the objects of {@code wm} at least {@code minExistenceProb} likely to the ego. */
    public void update(EgoState ego, EgoOnPath egoOnPath, WorldModel wm, PathFrame path, VehicleLimits vehicle,
                       double minExistenceProb) {
        n = 0;
        double dtS = ObjectRelation.predictionS(ego, wm);
        motion.record(wm);
        List<TrackedObject> objects = wm.objects();
        for (int i = 0; i < objects.size(); i++) {
            TrackedObject o = objects.get(i);
            if (o.existenceProb() < minExistenceProb) {
                continue;
            }
            if (n == pool.length) {
                grow();
            }
            pool[n++].set(o, dtS, motion.vxMps(i), motion.vyMps(i), egoOnPath, path, vehicle);
        }
    }

    /** No objects (the world model is unusable). */
    public void clear() {
        n = 0;
        motion.clear();
    }

    public int size() {
        return n;
    }

    /** Relation {@code i} of this cycle; valid until the next {@link #update}. */
    public ObjectRelation get(int i) {
        if (i >= n) {
            throw new IndexOutOfBoundsException("relation " + i + " of " + n);
        }
        return pool[i];
    }

    private void grow() {
        ObjectRelation[] bigger = java.util.Arrays.copyOf(pool, Math.max(16, pool.length * 2));
        for (int i = pool.length; i < bigger.length; i++) {
            bigger[i] = new ObjectRelation();
        }
        pool = bigger;
    }
}
