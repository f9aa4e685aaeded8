package io.avstack.vehicle.cli;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.sim.render.CameraRenderConfig;
import io.avstack.sim.render.CameraRenderer;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.SceneObserver;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scene.Scene;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code avstack bench sim}: the simulator's speed. Runs the 10-actor benchmark scenario headless
 * (ground truth, ego state, lidar 10 Hz and radar 20 Hz; the runner is single-threaded) and renders
 * the 640x480 front camera repeatedly from a scene captured in that run.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Headless realtime factor (lidar + radar, 10 actors, one thread) and camera rendering",
            "frames/s at 640x480 (one thread). --json prints {\"headless_realtime_factor\": x, \"camera_fps\": x}."})
public final class BenchSimCommand implements Callable<Integer> {

    /** Sim time at which the scene for the camera benchmark is captured, ns. */
    private static final long CAMERA_SCENE_AT_NS = 10_000_000_000L;
    /** Simulated seconds run first, unmeasured, so the JIT has compiled the tick. */
    private static final double WARM_UP_S = 15;

    @Option(names = "--scenario", defaultValue = "scenarios/bench-ten-actors.yaml", description = "Scenario (default ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--seconds", defaultValue = "60", description = "Simulated seconds of the headless run (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--frames", defaultValue = "300", description = "Camera frames to render (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(seconds > 0) || frames <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--seconds and --frames must be > 0, were " + seconds + ", " + frames);
        }
        SimSetup setup = load(seconds);
        headless(load(WARM_UP_S)).build().run(); // JIT warm-up, not measured
        Scene[] captured = new Scene[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        RunMetrics m = headless(setup).optObserver(new SceneObserver() {
                    @Override
                    public boolean wantsScene(long nowNs) {
                        return captured[0] == null && nowNs >= CAMERA_SCENE_AT_NS;
                    }

                    @Override
                    public void onScene(Scene scene) {
                        captured[0] = scene;
                    }
                })
                .build().run();
        double simCpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double cameraFps = cameraFps(captured[0], frames);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"headless_realtime_factor\": %.1f, \"camera_fps\": %.1f}%n", m.realtimeFactor(), cameraFps);
        } else {
            out.printf(Locale.ROOT, "scenario %s, %.0f s simulated, %d actors%n", setup.name(), m.simTimeS(), setup.actors().size());
            out.printf(Locale.ROOT, "headless (ground truth + ego state + lidar 10 Hz + radar 20 Hz): %.3f s wall, %.3f s thread CPU, "
                    + "realtime factor %.1fx (CPU-time based %.1fx)%n", m.wallTimeS(), simCpuS, m.realtimeFactor(),
                    m.simTimeS() / Math.max(1e-9, simCpuS));
            out.printf(Locale.ROOT, "camera 640x480: %.1f frames/s over %d frames (one thread)%n", cameraFps, frames);
        }
        out.flush();
        return 0;
    }

    private SimSetup load(double durationS) {
        return ScenarioSetups.of(ScenarioLoader.load(scenario, Map.of("durationS", Double.toString(durationS)), null).get(0));
    }

    private static LockstepRunner.Builder headless(SimSetup setup) {
        return LockstepRunner.builder(setup)
                .optSensor(ModelSensors.lidarTop(setup.seed()))
                .optSensor(ModelSensors.radarFront(setup.seed()));
    }

    private static double cameraFps(Scene scene, int frames) {
        if (scene == null) {
            throw new IllegalStateException("the run ended before the camera scene could be captured at "
                    + CAMERA_SCENE_AT_NS / 1e9 + " s; use --seconds > 10");
        }
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        CameraRenderer renderer = new CameraRenderer(cam.intrinsics(), cam.extrinsics(), CameraRenderConfig.defaults(1));
        byte[] rgb = new byte[cam.intrinsics().widthPx() * cam.intrinsics().heightPx() * 3];
        for (int i = 0; i < Math.min(30, frames); i++) {
            renderer.renderInto(scene, rgb); // warm-up, not measured
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            renderer.renderInto(scene, rgb);
        }
        return frames / ((System.nanoTime() - t0) / 1e9);
    }
}
