package io.avstack.vehicle.cli;

import io.avstack.core.rss.Rss;
import io.avstack.core.rss.RssParams;
import io.avstack.safety.config.SafetyConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code avstack rss}: the RSS safe-distance calculator for safety engineers (SI units). Every
 * parameter not given comes from the safety config's {@code rss} section (the shipped
 * {@code safety.yaml}, or {@code --config FILE}); the formulas are {@link Rss}'s, the ones the
 * safety layer, the planner and the simulator's metrics use.
 */
@Command(name = "rss", mixinStandardHelpOptions = true,
        description = {"RSS safe distances (Shalev-Shwartz et al. 2017), SI units. Parameters not given come from",
            "the safety config (docs/safety.md). --json prints {\"safe_distance_m\": x}."},
        subcommands = {RssCommand.Longitudinal.class, RssCommand.Opposite.class, RssCommand.Lateral.class,
            CommandLine.HelpCommand.class})
public final class RssCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --json} and {@code --config}, shared by the three calculators. */
    static final class Output {
        @Option(names = "--json", description = "Print {\"safe_distance_m\": x} instead of text.")
        boolean json;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Safety config whose rss section gives the defaults (default: the shipped safety.yaml).")
        Path config;

        RssParams defaults() {
            return (config == null ? SafetyConfig.defaults() : SafetyConfig.load(config)).rss();
        }

        void print(CommandSpec spec, double safeDistanceM, String what, String inputs) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println("{\"safe_distance_m\": " + safeDistanceM + "}");
            } else {
                out.printf(Locale.ROOT, "RSS %s safe distance: %.2f m%n  %s%n", what, safeDistanceM, inputs);
            }
            out.flush();
        }
    }

    /** {@code avstack rss longitudinal}: same direction, Definition 1. */
    @Command(name = "longitudinal", mixinStandardHelpOptions = true,
            description = "Same direction: the distance the rear car needs behind the front car (Definition 1).")
    static final class Longitudinal implements Callable<Integer> {
        @Option(names = "--v-rear", required = true, paramLabel = "V", description = "Rear car's speed, m/s.")
        double vRear;
        @Option(names = "--v-front", required = true, paramLabel = "V", description = "Front car's speed, m/s.")
        double vFront;
        @Option(names = "--rho", paramLabel = "S", description = "Response time, s (config rss.responseTimeS).")
        Double rho;
        @Option(names = "--a-accel", paramLabel = "A",
                description = "Acceleration during the response time, m/s² (config rss.accelMaxMps2).")
        Double aAccel;
        @Option(names = "--b-min", paramLabel = "B",
                description = "Rear car's minimum braking, m/s² (config rss.brakeMinMps2).")
        Double bMin;
        @Option(names = "--b-max", paramLabel = "B",
                description = "Front car's maximum braking, m/s² (config rss.brakeMaxMps2).")
        Double bMax;
        @Mixin
        Output output;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RssParams p = output.defaults();
            Checks c = new Checks(spec);
            double rhoS = c.nonNegative("--rho", rho, p.responseTimeS());
            double a = c.nonNegative("--a-accel", aAccel, p.accelMaxMps2());
            double b = c.positive("--b-min", bMin, p.brakeMinMps2());
            double bx = c.positive("--b-max", bMax, p.brakeMaxMps2());
            c.speed("--v-rear", vRear);
            c.speed("--v-front", vFront);
            double d = Rss.longitudinalSafeDistanceM(vRear, vFront, rhoS, a, b, bx);
            output.print(spec, d, "longitudinal (same direction)", String.format(Locale.ROOT,
                    "v_rear %.3f m/s, v_front %.3f m/s, rho %.3f s, a_accel %.3f m/s², b_min %.3f m/s², b_max %.3f m/s²",
                    vRear, vFront, rhoS, a, b, bx));
            return 0;
        }
    }

    /** {@code avstack rss opposite}: opposite directions, Definition 2. */
    @Command(name = "opposite", mixinStandardHelpOptions = true,
            description = {"Opposite directions (Definition 2): v1 is the car in its correct lane, v2 the one in the",
                "wrong lane; speeds as magnitudes."})
    static final class Opposite implements Callable<Integer> {
        @Option(names = "--v1", required = true, paramLabel = "V", description = "Speed of the car in its correct lane, m/s.")
        double v1;
        @Option(names = "--v2", required = true, paramLabel = "V", description = "Speed of the oncoming car, m/s.")
        double v2;
        @Option(names = "--rho1", paramLabel = "S", description = "Response time of car 1, s (config rss.responseTimeS).")
        Double rho1;
        @Option(names = "--rho2", paramLabel = "S", description = "Response time of car 2, s (config rss.responseTimeS).")
        Double rho2;
        @Option(names = "--a-accel", paramLabel = "A",
                description = "Acceleration during the response time, m/s² (config rss.accelMaxMps2).")
        Double aAccel;
        @Option(names = "--b-min-correct", paramLabel = "B",
                description = "Car 1's minimum braking, m/s² (config rss.brakeMinCorrectMps2).")
        Double bMinCorrect;
        @Option(names = "--b-min", paramLabel = "B",
                description = "Car 2's minimum braking, m/s² (config rss.brakeMinMps2).")
        Double bMin;
        @Mixin
        Output output;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RssParams p = output.defaults();
            Checks c = new Checks(spec);
            double r1 = c.nonNegative("--rho1", rho1, p.responseTimeS());
            double r2 = c.nonNegative("--rho2", rho2, p.responseTimeS());
            double a = c.nonNegative("--a-accel", aAccel, p.accelMaxMps2());
            double bc = c.positive("--b-min-correct", bMinCorrect, p.brakeMinCorrectMps2());
            double b = c.positive("--b-min", bMin, p.brakeMinMps2());
            c.speed("--v1", v1);
            c.speed("--v2", v2);
            double d = Rss.oppositeSafeDistanceM(v1, v2, r1, r2, a, bc, b);
            output.print(spec, d, "longitudinal (opposite directions)", String.format(Locale.ROOT,
                    "v1 %.3f m/s, v2 %.3f m/s, rho1 %.3f s, rho2 %.3f s, a_accel %.3f m/s², b_min_correct %.3f m/s²,"
                            + " b_min %.3f m/s²", v1, v2, r1, r2, a, bc, b));
            return 0;
        }
    }

    /** {@code avstack rss lateral}: Definition 4. */
    @Command(name = "lateral", mixinStandardHelpOptions = true,
            description = {"Lateral (Definition 4). Lateral speeds share one axis pointing from the left car to the",
                "right car: positive = rightwards."})
    static final class Lateral implements Callable<Integer> {
        @Option(names = "--v-left", required = true, paramLabel = "V", description = "Left car's lateral speed, m/s.")
        double vLeft;
        @Option(names = "--v-right", required = true, paramLabel = "V", description = "Right car's lateral speed, m/s.")
        double vRight;
        @Option(names = "--rho", paramLabel = "S", description = "Response time, s (config rss.responseTimeS).")
        Double rho;
        @Option(names = "--a-lat-accel", paramLabel = "A",
                description = "Lateral acceleration during the response time, m/s² (config rss.lateralAccelMaxMps2).")
        Double aLatAccel;
        @Option(names = "--b-lat-min", paramLabel = "B",
                description = "Minimum lateral braking, m/s² (config rss.lateralBrakeMinMps2).")
        Double bLatMin;
        @Option(names = "--mu", paramLabel = "M",
                description = "Lateral fluctuation margin, m (config rss.lateralFluctuationMarginM).")
        Double mu;
        @Mixin
        Output output;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RssParams p = output.defaults();
            Checks c = new Checks(spec);
            double rhoS = c.nonNegative("--rho", rho, p.responseTimeS());
            double a = c.nonNegative("--a-lat-accel", aLatAccel, p.lateralAccelMaxMps2());
            double b = c.positive("--b-lat-min", bLatMin, p.lateralBrakeMinMps2());
            double m = c.nonNegative("--mu", mu, p.lateralFluctuationMarginM());
            c.finite("--v-left", vLeft);
            c.finite("--v-right", vRight);
            double d = Rss.lateralSafeDistanceM(vLeft, vRight, rhoS, a, b, m);
            output.print(spec, d, "lateral", String.format(Locale.ROOT,
                    "v_left %.3f m/s, v_right %.3f m/s (positive = rightwards), rho %.3f s, a_lat_accel %.3f m/s²,"
                            + " b_lat_min %.3f m/s², mu %.3f m", vLeft, vRight, rhoS, a, b, m));
            return 0;
        }
    }

    /** Option checks that fail with the option's name and value. */
    private record Checks(CommandSpec spec) {
        double nonNegative(String option, Double given, double fallback) {
            double v = given != null ? given : fallback;
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw fail(option, "finite and >= 0", v);
            }
            return v;
        }

        double positive(String option, Double given, double fallback) {
            double v = given != null ? given : fallback;
            if (!(v > 0) || Double.isInfinite(v)) {
                throw fail(option, "finite and > 0", v);
            }
            return v;
        }

        void speed(String option, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw fail(option, "finite and >= 0 (a speed magnitude, m/s)", v);
            }
        }

        void finite(String option, double v) {
            if (!Double.isFinite(v)) {
                throw fail(option, "finite", v);
            }
        }

        private ParameterException fail(String option, String rule, double v) {
            return new ParameterException(spec.commandLine(), option + " must be " + rule + ", was " + v);
        }
    }
}
