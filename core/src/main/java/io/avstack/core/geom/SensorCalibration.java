package io.avstack.core.geom;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Validated;
import java.util.regex.Pattern;

/**
 * Calibration of one sensor.
 *
 * @param id unique name, lower case letters, digits and '_' (it appears in topic names), e.g. {@code front_camera}
 * @param kind what the sensor is
 * @param extrinsics its pose in the vehicle frame
 * @param intrinsics lens model; required for a {@link SensorKind#CAMERA}, absent ({@code null}) otherwise
 */
public record SensorCalibration(String id, SensorKind kind, Extrinsics extrinsics,
        @OptionalKey CameraIntrinsics intrinsics) implements Validated {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");

    /** A camera. */
    public static SensorCalibration camera(String id, Extrinsics extrinsics, CameraIntrinsics intrinsics) {
        return new SensorCalibration(id, SensorKind.CAMERA, extrinsics, intrinsics);
    }

    /** A lidar or radar (no intrinsics). */
    public static SensorCalibration of(String id, SensorKind kind, Extrinsics extrinsics) {
        return new SensorCalibration(id, kind, extrinsics, null);
    }

    @Override
    public void validate() {
        if (!ID.matcher(id).matches()) {
            throw ConfigException.invalid("id", id, "must match " + ID.pattern() + " (it is used in topic names)");
        }
        if (kind == SensorKind.CAMERA && intrinsics == null) {
            throw ConfigException.invalid("intrinsics", null, "a CAMERA needs intrinsics");
        }
        if (kind != SensorKind.CAMERA && intrinsics != null) {
            throw ConfigException.invalid("intrinsics", "(" + kind + " with intrinsics)",
                    "only a CAMERA has intrinsics; remove them or fix kind");
        }
    }
}
