package io.avstack.fusion.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.core.msg.ObjectClass;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every fusion parameter, loaded from YAML with {@link ConfigLoader} (unknown, missing or
 * out-of-range keys fail naming the key). The documented defaults are the resource
 * {@value #DEFAULTS_RESOURCE} ({@link #defaults()}); docs/FUSION.md explains each.
 *
 * @param publishRateHz             world models published per second
 * @param lateToleranceS            a detection stamped up to this much before the tracker's time is
 *                                  still used (out of order, folded in with a retrodicted
 *                                  measurement model); older ones are dropped and counted, s
 * @param egoHistoryS               ego states kept for looking up the pose at a detection's stamp, s
 * @param egoExtrapolationMaxS      the ego pose is extrapolated at most this far past the newest
 *                                  ego state, s
 * @param degradedProcessNoiseScale process noise is multiplied by this while an expected sensor is
 *                                  missing, so the tracks widen
 * @param lifecycle                 track lifecycle
 * @param association               assignment cost terms
 * @param classes                   per-class motion model, gates and prior size; every class present
 * @param camera                    camera measurement model
 * @param lidar                     lidar measurement model
 * @param radar                     radar measurement model
 */
public record FusionConfig(
        @Range(min = 0.1, max = 100) double publishRateHz,
        @Range(min = 0, max = 5) double lateToleranceS,
        @Range(min = 0.1, max = 60) double egoHistoryS,
        @Range(min = 0, max = 5) double egoExtrapolationMaxS,
        @Range(min = 1, max = 100) double degradedProcessNoiseScale,
        LifecycleParams lifecycle,
        AssociationParams association,
        Map<ObjectClass, ClassParams> classes,
        CameraParams camera,
        LidarParams lidar,
        RadarParams radar) implements Validated {

    /** Classpath resource holding the documented defaults. */
    public static final String DEFAULTS_RESOURCE = "io/avstack/fusion/fusion-defaults.yaml";

    public FusionConfig {
        classes = classes == null || classes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(classes));
    }

    /** The shipped defaults. */
    public static FusionConfig defaults() {
        return ConfigLoader.loadResource(DEFAULTS_RESOURCE, FusionConfig.class);
    }

    /** A configuration file (same keys as the defaults resource, every key required). */
    public static FusionConfig load(Path file) {
        return ConfigLoader.load(file, FusionConfig.class);
    }

    /** Parameters of {@code cls}. */
    public ClassParams classParams(ObjectClass cls) {
        return classes.get(cls);
    }

    @Override
    public void validate() {
        for (ObjectClass cls : ObjectClass.values()) {
            if (!classes.containsKey(cls)) {
                throw ConfigException.invalid("classes", classes.keySet(), "needs an entry for every class; "
                        + cls + " is missing");
            }
        }
    }
}
