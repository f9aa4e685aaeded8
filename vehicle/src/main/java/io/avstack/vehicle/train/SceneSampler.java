package io.avstack.vehicle.train;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.Lane;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.Road;
import io.avstack.core.map.TravelDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a random but plausible scene: a road, the ego in a forward lane, actors placed along the
 * road relative to the sensor ({@link Placement}: for the camera 0..maxActors, default 8, actors
 * 3..70 m ahead) in lanes (vehicles, cyclists) or on the kerbs (pedestrians, cyclists), with yaw
 * jitter, sizes and colours per class. Actors never overlap each other or the ego; occlusion happens naturally when one
 * stands behind another. All draws come from the given generator.
 */
final class SceneSampler {

    /** Actors per scene at most, unless configured: the evaluation set's density. */
    static final int DEFAULT_MAX_ACTORS = 8;

    /**
     * Where actors go, along the road from the sensor.
     *
     * @param sensorForwardM the sensor's x in the vehicle frame, m
     * @param minAheadM      nearest actor position along the road, m (negative: behind)
     * @param maxAheadM      farthest, m
     * @param maxActors      0..maxActors actors per scene
     */
    record Placement(double sensorForwardM, double minAheadM, double maxAheadM, int maxActors) {
        Placement {
            if (!(maxAheadM > minAheadM) || maxActors < 0) {
                throw new IllegalArgumentException("SceneSampler.Placement needs maxAheadM > minAheadM and "
                        + "maxActors >= 0, was " + minAheadM + ", " + maxAheadM + ", " + maxActors);
            }
        }

        /** The camera data set's placement: 0..maxActors actors 3..70 m ahead of the camera. */
        static Placement camera(double cameraForwardM, int maxActors) {
            return new Placement(cameraForwardM, 3, 70, maxActors);
        }
    }

    /** VRU-dense scenes: nearest and farthest pedestrian/cyclist anchor, m ahead of the sensor. */
    static final double VRU_MIN_AHEAD_M = 5;
    static final double VRU_MAX_AHEAD_M = 50;
    /** VRU-dense scenes: chance that a pedestrian/cyclist gets a neighbour of the other class. */
    static final double VRU_PAIR_P = 0.6;
    /** VRU-dense scenes: chance that a cyclist crosses, seen side-on. */
    static final double CYCLIST_SIDE_ON_P = 0.35;

    /** Ego box, m; the pose is the rear axle, the box centre 1.4 m ahead of it. */
    private static final Dimensions EGO = new Dimensions(4.6, 1.85, 1.5);
    private static final double EGO_REAR_OVERHANG_M = 0.9;
    /** Paints: white, silver, black, red, blue, grey, dark green, yellow. */
    private static final int[] PAINT = {0xF0F0F0, 0xB8BCC0, 0x202020, 0xB01818, 0x1C3C8C, 0x606468, 0x1E4A2A, 0xD8B020};

    private final List<Road> roads;
    private final Placement placement;

    SceneSampler(List<Road> roads, Placement placement) {
        if (roads.isEmpty()) {
            throw new IllegalArgumentException("SceneSampler needs at least one road");
        }
        this.roads = List.copyOf(roads);
        this.placement = placement;
    }

    /** Mixed into a frame seed for the VRU-dense draw ("VRUDENSE" in ASCII). */
    private static final long VRU_STREAM = 0x5652554445_4E5345L;

    /**
     * Whether frame {@code seed} is a VRU-dense scene, with probability {@code fraction}: drawn from its
     * own generator (the seed mixed with a constant), so the frame's main random stream is the same
     * either way and every other frame is byte-identical to a run without VRU-dense scenes.
     */
    static boolean vruDense(long seed, double fraction) {
        return fraction > 0 && new SplittableRandom(seed ^ VRU_STREAM).nextDouble() < fraction;
    }

    Scene sample(SplittableRandom rng, long simTimeNs) {
        return sample(rng, simTimeNs, false);
    }

    /**
     * @param vruDense a vulnerable-road-user-dense scene ({@link #vruActors}) instead of the usual
     *                 class mix; false draws exactly what {@link #sample(SplittableRandom, long)} did
     */
    Scene sample(SplittableRandom rng, long simTimeNs, boolean vruDense) {
        Road road = roads.get(rng.nextInt(roads.size()));
        List<Lane> forward = new ArrayList<>();
        for (Lane l : road.lanes()) {
            if (l.direction() == TravelDirection.FORWARD) {
                forward.add(l);
            }
        }
        Lane egoLane = forward.get(rng.nextInt(forward.size()));
        // room behind the ego for actors placed behind the sensor
        double behindM = Math.max(0, -(placement.sensorForwardM() + placement.minAheadM()));
        double egoS = 5 + behindM + rng.nextDouble() * Math.max(1, road.lengthM() - placement.maxAheadM() - 30 - behindM);
        Pose2 p = road.laneCentreAt(egoLane.id(), egoS, new Pose2());
        double egoYaw = p.headingRad + (rng.nextDouble() - 0.5) * 0.06;
        double egoD = (rng.nextDouble() - 0.5) * 0.5;
        road.pointAt(egoS, egoLane.centreDM() + egoD, p);
        Pose egoPose = Pose.planar(p.x, p.y, egoYaw);
        int n = rng.nextInt(placement.maxActors() + 1);
        List<SceneObject> objects = new ArrayList<>(n);
        if (vruDense) {
            vruActors(rng, road, egoS, egoPose, Math.max(n, (placement.maxActors() + 1) / 2), objects);
        } else {
            for (int tries = 0; objects.size() < n && tries < 4 * placement.maxActors(); tries++) {
                SceneObject o = actor(rng, road, egoS, objects.size() + 1L);
                if (o != null && fits(o, objects, egoPose)) {
                    objects.add(o);
                }
            }
        }
        return new Scene(simTimeNs, road, egoPose, rng.nextDouble() * 15, EGO, EGO_REAR_OVERHANG_M, objects,
                Map.of());
    }

    private SceneObject actor(SplittableRandom rng, Road road, double egoS, long id) {
        return actor(rng, road, egoS, id, drawClass(rng));
    }

    private SceneObject actor(SplittableRandom rng, Road road, double egoS, long id, ObjectClass cls) {
        Dimensions dims = dims(cls, rng);
        double ahead = placement.minAheadM() + rng.nextDouble() * (placement.maxAheadM() - placement.minAheadM());
        double s = egoS + placement.sensorForwardM() + ahead;
        if (s > road.lengthM() - dims.lengthM() || s < dims.lengthM() / 2) {
            return null;
        }
        List<Lane> lanes = road.lanes();
        Lane lane = lanes.get(rng.nextInt(lanes.size()));
        boolean vehicle = cls == ObjectClass.CAR || cls == ObjectClass.TRUCK || cls == ObjectClass.BUS;
        boolean kerb = !vehicle && rng.nextDouble() < (cls == ObjectClass.PEDESTRIAN ? 0.7 : 0.3);
        double d;
        double yawOffset;
        if (kerb) {
            boolean right = rng.nextBoolean();
            double edge = right ? lanes.get(lanes.size() - 1).rightEdgeDM() : lanes.get(0).leftEdgeDM();
            d = edge + (right ? -1 : 1) * (0.4 + rng.nextDouble() * 2.0);
            yawOffset = cls == ObjectClass.PEDESTRIAN ? rng.nextDouble() * 2 * Math.PI : (right ? 0 : Math.PI);
        } else {
            d = lane.centreDM() + (rng.nextDouble() - 0.5) * (vehicle ? 0.6 : 1.5);
            yawOffset = lane.direction() == TravelDirection.FORWARD ? 0 : Math.PI;
            if (cls == ObjectClass.PEDESTRIAN) {
                yawOffset = rng.nextDouble() * 2 * Math.PI; // crossing or walking on the road
            }
        }
        double jitter = (rng.nextDouble() - 0.5) * (vehicle ? 0.3 : 0.5);
        Pose2 p = road.pointAt(s, d, new Pose2());
        int rgb = cls == ObjectClass.PEDESTRIAN || cls == ObjectClass.CYCLIST
                ? randomColour(rng) : PAINT[rng.nextInt(PAINT.length)];
        return new SceneObject(id, cls, p.x, p.y, p.headingRad + yawOffset + jitter, dims, 0, 0, rgb, 0.5, 0);
    }

    /**
     * Fills {@code objects} up to {@code n} actors of a VRU-dense scene: pedestrians (45 %) and
     * cyclists (40 %) {@value #VRU_MIN_AHEAD_M}..{@value #VRU_MAX_AHEAD_M} m ahead, cars and trucks
     * for the rest; each pedestrian or cyclist gets, with probability {@value #VRU_PAIR_P}, a
     * neighbour of the other class 0.5-3 m beside it (and up to 3 m ahead or behind), so the
     * detector sees both classes side by side at the same range. Cyclists are on a kerb or in a
     * lane; a share {@value #CYCLIST_SIDE_ON_P} of them cross side-on, the rest ride along the road
     * (seen from behind or ahead). Pedestrians face any way.
     */
    private void vruActors(SplittableRandom rng, Road road, double egoS, Pose egoPose, int n,
            List<SceneObject> objects) {
        for (int tries = 0; objects.size() < n && tries < 4 * Math.max(1, n); tries++) {
            double u = rng.nextDouble();
            if (u >= 0.85) {
                SceneObject o = actor(rng, road, egoS, objects.size() + 1L,
                        u < 0.95 ? ObjectClass.CAR : ObjectClass.TRUCK);
                if (o != null && fits(o, objects, egoPose)) {
                    objects.add(o);
                }
                continue;
            }
            ObjectClass cls = u < 0.45 ? ObjectClass.PEDESTRIAN : ObjectClass.CYCLIST;
            double ahead = VRU_MIN_AHEAD_M + rng.nextDouble() * (VRU_MAX_AHEAD_M - VRU_MIN_AHEAD_M);
            double s = egoS + placement.sensorForwardM() + ahead;
            double d = vruLateral(rng, road, cls);
            SceneObject o = vru(rng, road, s, d, cls, objects.size() + 1L);
            if (o == null || !fits(o, objects, egoPose)) {
                continue;
            }
            objects.add(o);
            if (objects.size() < n && rng.nextDouble() < VRU_PAIR_P) {
                ObjectClass other = cls == ObjectClass.PEDESTRIAN ? ObjectClass.CYCLIST : ObjectClass.PEDESTRIAN;
                double ds = (rng.nextDouble() - 0.5) * 6;
                double dd = (rng.nextBoolean() ? 1 : -1) * (0.5 + rng.nextDouble() * 2.5);
                SceneObject q = vru(rng, road, s + ds, d + dd, other, objects.size() + 1L);
                if (q != null && fits(q, objects, egoPose)) {
                    objects.add(q);
                }
            }
        }
    }

    /** A VRU's lateral offset: on a kerb or in a random lane. */
    private static double vruLateral(SplittableRandom rng, Road road, ObjectClass cls) {
        List<Lane> lanes = road.lanes();
        if (rng.nextDouble() < (cls == ObjectClass.PEDESTRIAN ? 0.5 : 0.25)) {
            boolean right = rng.nextBoolean();
            double edge = right ? lanes.get(lanes.size() - 1).rightEdgeDM() : lanes.get(0).leftEdgeDM();
            return edge + (right ? -1 : 1) * (0.4 + rng.nextDouble() * 2.0);
        }
        Lane lane = lanes.get(rng.nextInt(lanes.size()));
        return lane.centreDM() + (rng.nextDouble() - 0.5) * 2.0;
    }

    /** A pedestrian or cyclist at road coordinates (s, d); null off the road's ends. */
    private static SceneObject vru(SplittableRandom rng, Road road, double s, double d, ObjectClass cls, long id) {
        Dimensions dims = dims(cls, rng);
        if (s > road.lengthM() - dims.lengthM() || s < dims.lengthM() / 2) {
            return null;
        }
        double yawOffset;
        if (cls == ObjectClass.PEDESTRIAN) {
            yawOffset = rng.nextDouble() * 2 * Math.PI;
        } else if (rng.nextDouble() < CYCLIST_SIDE_ON_P) {
            yawOffset = (rng.nextBoolean() ? 0.5 : -0.5) * Math.PI; // crossing, seen side-on
        } else {
            yawOffset = rng.nextBoolean() ? 0 : Math.PI; // along the road, seen from behind or ahead
        }
        double jitter = (rng.nextDouble() - 0.5) * 0.5;
        Pose2 p = road.pointAt(s, d, new Pose2());
        return new SceneObject(id, cls, p.x, p.y, p.headingRad + yawOffset + jitter, dims, 0, 0, randomColour(rng),
                0.5, 0);
    }

    private static ObjectClass drawClass(SplittableRandom rng) {
        double u = rng.nextDouble();
        if (u < 0.42) {
            return ObjectClass.CAR;
        } else if (u < 0.52) {
            return ObjectClass.TRUCK;
        } else if (u < 0.57) {
            return ObjectClass.BUS;
        } else if (u < 0.80) {
            return ObjectClass.PEDESTRIAN;
        }
        return ObjectClass.CYCLIST;
    }

    private static Dimensions dims(ObjectClass cls, SplittableRandom rng) {
        double a = rng.nextDouble();
        double b = rng.nextDouble();
        return switch (cls) {
            case TRUCK -> new Dimensions(6 + 3 * a, 2.3 + 0.2 * b, 2.8 + 0.7 * a);
            case BUS -> new Dimensions(10 + 2 * a, 2.5, 3.0 + 0.2 * b);
            case PEDESTRIAN -> new Dimensions(0.4 + 0.2 * a, 0.5 + 0.2 * b, 1.55 + 0.35 * a);
            case CYCLIST -> new Dimensions(1.7 + 0.2 * a, 0.6 + 0.1 * b, 1.6 + 0.2 * b);
            default -> new Dimensions(4.2 + 0.7 * a, 1.75 + 0.2 * b, 1.4 + 0.2 * a);
        };
    }

    private static int randomColour(SplittableRandom rng) {
        return (rng.nextInt(256) << 16) | (rng.nextInt(256) << 8) | rng.nextInt(256);
    }

    /** No overlap with placed actors or the ego: circles around the footprints, with a margin. */
    private static boolean fits(SceneObject o, List<SceneObject> placed, Pose ego) {
        double r = radius(o.dims());
        double egoCx = ego.xM() + 1.4 * Math.cos(ego.yawRad());
        double egoCy = ego.yM() + 1.4 * Math.sin(ego.yawRad());
        if (Math.hypot(o.xM() - egoCx, o.yM() - egoCy) < r + radius(EGO) + 0.5) {
            return false;
        }
        for (SceneObject q : placed) {
            if (Math.hypot(o.xM() - q.xM(), o.yM() - q.yM()) < r + radius(q.dims()) + 0.3) {
                return false;
            }
        }
        return true;
    }

    private static double radius(Dimensions d) {
        return 0.5 * Math.hypot(d.lengthM(), d.widthM());
    }
}
