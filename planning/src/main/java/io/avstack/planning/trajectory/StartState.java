package io.avstack.planning.trajectory;

/**
 * The state every candidate starts from, in the road frame (rear axle).
 *
 * @param sM        arc length, m
 * @param vMps      ds/dt, m/s
 * @param aMps2     d²s/dt², m/s²
 * @param dM        lateral offset, m
 * @param dPrime    dd/ds
 * @param dPrime2   d²d/ds², 1/m
 */
public record StartState(double sM, double vMps, double aMps2, double dM, double dPrime, double dPrime2) {
}
