package io.avstack.core.msg;

import java.util.Objects;

/**
 * One simulated actor as it really is, in the frame of the enclosing {@link GroundTruth}'s header.
 *
 * @param actorId  the simulator's id of the actor, stable for the run
 * @param pose     pose of the actor's box centre
 * @param dims     box extent, m
 * @param velocity planar velocity, m/s
 */
public record GroundTruthObject(long actorId, ObjectClass cls, Pose pose, Dimensions dims,
                                PlanarVelocity velocity) {
    public GroundTruthObject {
        Objects.requireNonNull(cls, "GroundTruthObject.cls");
        Objects.requireNonNull(pose, "GroundTruthObject.pose");
        Objects.requireNonNull(dims, "GroundTruthObject.dims");
        Objects.requireNonNull(velocity, "GroundTruthObject.velocity");
    }
}
