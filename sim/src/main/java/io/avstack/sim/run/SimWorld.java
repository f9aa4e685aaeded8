package io.avstack.sim.run;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Pose;
import io.avstack.sim.actor.Actor;
import io.avstack.sim.actor.MutableSurroundings;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.sim.vehicle.KinematicBicycle;
import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.LightState;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.StopLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated world: a road, the ego (a {@link KinematicBicycle}) and actors on paths. Each
 * {@link #step} gives every actor its {@code Surroundings} as of the step's start (lead in its lane,
 * the ego included; gap and time to collision to the ego), steps the actors, steps the ego with the
 * command, then checks ego-actor box overlap. Deterministic; owned by one thread; stepping
 * allocates nothing (building a {@link Scene} does).
 */
public final class SimWorld {

    private final RoadMap road;
    private final VehicleParams egoParams;
    private final KinematicBicycle ego;
    private final Actor[] actors;
    private final MutableSurroundings[] surroundings;
    private final LaneRelations relations;
    private final int egoIndex;
    private final long dtNs;
    private long nowNs;
    private Collision collision;

    /**
     * @param dtNs fixed step, ns
     * @throws IllegalArgumentException if the ego's lane does not exist or a value is out of range
     */
    public SimWorld(RoadMap road, VehicleParams egoParams, EgoStart start, List<ActorSetup> actorSetups, long dtNs) {
        if (dtNs <= 0) {
            throw new IllegalArgumentException("dtNs must be > 0, was " + dtNs);
        }
        this.road = road;
        this.egoParams = egoParams;
        this.dtNs = dtNs;
        this.ego = new KinematicBicycle(egoParams, dtNs / 1e9);
        Pose2 p = road.laneCentreAt(start.laneId(), start.sM(), new Pose2());
        ego.reset(p.x, p.y, Math.IEEEremainder(p.headingRad, 2 * Math.PI), start.speedMps(), 0.0);
        this.actors = new Actor[actorSetups.size()];
        this.surroundings = new MutableSurroundings[actors.length];
        for (int i = 0; i < actors.length; i++) {
            actors[i] = new Actor(actorSetups.get(i).spec(), actorSetups.get(i).path());
            surroundings[i] = new MutableSurroundings();
        }
        this.egoIndex = actors.length;
        this.relations = new LaneRelations(road, actors.length + 1);
        locateAll();
    }

    /** Advances by one step; the ego applies ({@code accelMps2}, {@code steerRad}) through its delay and limits. */
    public void step(double accelMps2, double steerRad) {
        for (int i = 0; i < actors.length; i++) {
            fillSurroundings(i);
            actors[i].step(nowNs, dtNs, surroundings[i]);
        }
        ego.step(accelMps2, steerRad);
        nowNs += dtNs;
        locateAll();
        if (collision == null) {
            checkCollision();
        }
    }

    private void fillSurroundings(int i) {
        int lead = relations.leadOf(i);
        if (lead < 0) {
            surroundings[i].lead(Double.POSITIVE_INFINITY, 0.0);
        } else {
            surroundings[i].lead(relations.gapAlongM(i, lead), relations.speedAlongMps[lead]);
        }
        double gap;
        if (relations.laneId[i] != 0 && relations.laneId[i] == relations.laneId[egoIndex]) {
            gap = Math.max(0.0, relations.gapAlongM(i, egoIndex));
        } else {
            gap = relations.centreGapM(i, egoIndex);
        }
        surroundings[i].ego(gap, LaneRelations.timeToCollisionS(gap, relations.closingSpeedMps(i, egoIndex)));
    }

    private void locateAll() {
        for (int i = 0; i < actors.length; i++) {
            Actor a = actors[i];
            Dimensions d = a.dims();
            double v = Math.hypot(a.speedMps(), a.offsetRateMps());
            relations.set(i, a.xM(), a.yM(), a.yawRad(), d.lengthM(), d.widthM(),
                    v * Math.cos(a.yawRad()), v * Math.sin(a.yawRad()));
        }
        double yaw = ego.yawRad();
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double off = egoParams.centreOffsetM();
        relations.set(egoIndex, ego.xM() + off * c, ego.yM() + off * s, yaw, egoParams.lengthM(), egoParams.widthM(),
                ego.speedMps() * c, ego.speedMps() * s);
    }

    private void checkCollision() {
        LaneRelations r = relations;
        int e = egoIndex;
        for (int i = 0; i < actors.length; i++) {
            if (OrientedBox.overlap(r.xM[e], r.yM[e], r.yawRad[e], r.lengthM[e], r.widthM[e],
                    r.xM[i], r.yM[i], r.yawRad[i], r.lengthM[i], r.widthM[i])) {
                double impact = Math.hypot(r.vxMps[e] - r.vxMps[i], r.vyMps[e] - r.vyMps[i]);
                collision = new Collision(nowNs, actors[i].id(), impact);
                return;
            }
        }
    }

    /** The first ego-actor collision, or null if none so far. */
    public Collision collision() {
        return collision;
    }

    public long nowNs() {
        return nowNs;
    }

    public long dtNs() {
        return dtNs;
    }

    public RoadMap road() {
        return road;
    }

    public KinematicBicycle ego() {
        return ego;
    }

    public VehicleParams egoParams() {
        return egoParams;
    }

    public int actorCount() {
        return actors.length;
    }

    public Actor actor(int i) {
        return actors[i];
    }

    /** Road arc length of the ego's box centre, m. */
    public double egoSM() {
        return relations.sM[egoIndex];
    }

    /** Lane of the ego's box centre, 0 if off the road. */
    public int egoLaneId() {
        return relations.laneId[egoIndex];
    }

    /** Road arc length of the ego's front bumper (box centre plus half its extent along the lane), m. */
    public double egoFrontSM() {
        double dir = relations.direction(egoIndex);
        return relations.sM[egoIndex] + (dir == 0 ? 1 : dir) * relations.halfAlongM[egoIndex];
    }

    /** +1 / -1: the travel direction of the ego's lane in road s; +1 off road. */
    public double egoDirection() {
        double dir = relations.direction(egoIndex);
        return dir == 0 ? 1 : dir;
    }

    /** Bumper-to-bumper gap to the nearest actor ahead in the ego's lane, m; +Infinity if none. */
    public double egoLeadGapM() {
        int lead = relations.leadOf(egoIndex);
        return lead < 0 ? Double.POSITIVE_INFINITY : relations.gapAlongM(egoIndex, lead);
    }

    /** Speed of that lead along the lane, m/s; 0 if none. */
    public double egoLeadSpeedMps() {
        int lead = relations.leadOf(egoIndex);
        return lead < 0 ? 0.0 : relations.speedAlongMps[lead];
    }

    /** Ego speed along its lane's direction, m/s. */
    public double egoSpeedAlongMps() {
        return relations.speedAlongMps[egoIndex];
    }

    /** The snapshot sensors and renderers consume (allocates). */
    public Scene scene() {
        List<SceneObject> objects = new ArrayList<>(actors.length);
        for (int i = 0; i < actors.length; i++) {
            Actor a = actors[i];
            objects.add(new SceneObject(a.id(), a.kind().objectClass(), relations.xM[i], relations.yM[i],
                    relations.yawRad[i], a.dims(), relations.vxMps[i], relations.vyMps[i],
                    Appearance.rgb(a.kind(), a.id()), Appearance.reflectivity(a.kind()),
                    Appearance.rcsDbsm(a.kind())));
        }
        Map<String, LightState> lights = new TreeMap<>();
        for (StopLine stop : road.stopLines()) {
            lights.put(stop.light().id(), stop.light().state(nowNs));
        }
        Dimensions egoDims = new Dimensions(egoParams.lengthM(), egoParams.widthM(), 1.5);
        return new Scene(nowNs, road, Pose.planar(ego.xM(), ego.yM(), ego.yawRad()), ego.speedMps(), egoDims,
                egoParams.rearOverhangM(), objects, lights);
    }
}
