package io.avstack.vehicle.cli;

import io.avstack.perception.lidar.LidarArchitecture;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --architecture plain|compact}: the lidar network, by its lower-case name. */
final class LidarArchitectureOption implements CommandLine.ITypeConverter<LidarArchitecture> {

    @Override
    public LidarArchitecture convert(String value) {
        for (LidarArchitecture a : LidarArchitecture.values()) {
            if (name(a).equals(value)) {
                return a;
            }
        }
        throw new CommandLine.TypeConversionException("expected plain or compact, was '" + value + "'");
    }

    /** The option's spelling of {@code a}. */
    static String name(LidarArchitecture a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
