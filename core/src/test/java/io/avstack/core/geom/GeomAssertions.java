package io.avstack.core.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.joml.Vector2dc;
import org.joml.Vector3dc;

final class GeomAssertions {

    private GeomAssertions() {
    }

    static void assertVector(Vector3dc actual, double x, double y, double z, double tolerance) {
        assertThat(actual.x()).as("x of %s", actual).isCloseTo(x, within(tolerance));
        assertThat(actual.y()).as("y of %s", actual).isCloseTo(y, within(tolerance));
        assertThat(actual.z()).as("z of %s", actual).isCloseTo(z, within(tolerance));
    }

    static void assertPixel(Vector2dc actual, double u, double v, double tolerance) {
        assertThat(actual.x()).as("u of %s", actual).isCloseTo(u, within(tolerance));
        assertThat(actual.y()).as("v of %s", actual).isCloseTo(v, within(tolerance));
    }
}
