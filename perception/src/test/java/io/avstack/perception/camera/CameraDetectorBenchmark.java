package io.avstack.perception.camera;

import ai.djl.engine.Engine;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.perception.DetectorLatency;
import io.avstack.perception.nn.TorchThreads;
import java.util.Locale;

/**
 * Latency of {@link CameraDetector#detect} on a 640x480 RGB8 frame with untrained weights (the
 * cost does not depend on their values), for architecture exploration. Prints p50/p99; asserts
 * nothing. Arguments: [device] [frames] [threads] then any number of WxH:c configurations
 * (default 320x240:16), measured in turn, the whole list {@code rounds} (4) times.
 *
 * <pre>
 * java -Dai.djl.offline=true -cp ... io.avstack.perception.camera.CameraDetectorBenchmark cpu 200 1 320x240:8 320x240:16
 * </pre>
 */
public final class CameraDetectorBenchmark {

    private CameraDetectorBenchmark() {
    }

    public static void main(String[] args) {
        String device = args.length > 0 ? args[0] : "auto";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String[] specs = args.length > 3 ? java.util.Arrays.copyOfRange(args, 3, args.length) : new String[] {"320x240:16"};
        TorchThreads.setIntraOp(threads);
        for (int round = 0; round < 4; round++) {
            for (String spec : specs) {
                String[] parts = spec.split("[x:]");
                DetectorConfig config = DetectorConfig.defaults()
                        .withInputSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))
                        .withBaseChannels(Integer.parseInt(parts[2]));
                try (CameraDetector detector = new CameraDetector(
                        CenterNetModel.newModel(config, DeviceChoice.resolve(device)), config)) {
                    CameraFrame frame = noiseFrame(640, 480);
                    DetectorLatency.Result r = DetectorLatency.measure(() -> detector.detect(frame), 20, frames);
                    System.out.printf(Locale.ROOT, "round %d %s: 640x480 -> %dx%d c%d, %s, PyTorch %s, %d threads, %d frames: "
                                    + "p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n", round, spec,
                            config.inputWidthPx(), config.inputHeightPx(), config.baseChannels(),
                            DeviceChoice.resolve(device), Engine.getEngine("PyTorch").getVersion(), threads, frames,
                            r.p50Ms(), r.p99Ms(), r.meanMs());
                }
            }
        }
    }

    private static CameraFrame noiseFrame(int w, int h) {
        byte[] data = new byte[w * h * 3];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) rng.nextInt(256);
        }
        return new CameraFrame(Header.of("camera_front", 0, 0), w, h, ImageEncoding.RGB8, "camera_front", data);
    }
}
