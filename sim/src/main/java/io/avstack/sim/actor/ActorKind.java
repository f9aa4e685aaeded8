package io.avstack.sim.actor;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;

/**
 * What an actor is, with typical box sizes and the hardest braking it can physically do (which
 * caps the deceleration a behaviour such as IDM asks for).
 */
public enum ActorKind {
    CAR(ObjectClass.CAR, new Dimensions(4.6, 1.85, 1.5), 9.0),
    TRUCK(ObjectClass.TRUCK, new Dimensions(10.0, 2.5, 3.5), 7.0),
    PEDESTRIAN(ObjectClass.PEDESTRIAN, new Dimensions(0.5, 0.6, 1.75), 4.0),
    CYCLIST(ObjectClass.CYCLIST, new Dimensions(1.8, 0.6, 1.7), 6.0);

    private final ObjectClass objectClass;
    private final Dimensions defaultDims;
    private final double maxDecelMps2;

    ActorKind(ObjectClass objectClass, Dimensions defaultDims, double maxDecelMps2) {
        this.objectClass = objectClass;
        this.defaultDims = defaultDims;
        this.maxDecelMps2 = maxDecelMps2;
    }

    /** The class reported in ground truth. */
    public ObjectClass objectClass() {
        return objectClass;
    }

    /** Typical box (length along the path, width, height), m. */
    public Dimensions defaultDims() {
        return defaultDims;
    }

    /** Hardest physically possible braking, positive, m/s². */
    public double maxDecelMps2() {
        return maxDecelMps2;
    }
}
