package io.avstack.perception.camera;

import ai.djl.engine.Engine;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Latency of {@link CameraDetector#detect} on a 640x480 RGB8 frame with the default 3x192x256
 * input (untrained weights: the cost does not depend on their values). Prints p50/p99; asserts
 * nothing. Arguments: [device cpu|gpu|auto] [frames].
 *
 * <pre>
 * java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=2 -cp ... io.avstack.perception.camera.CameraDetectorBenchmark cpu 300
 * </pre>
 */
public final class CameraDetectorBenchmark {

    private CameraDetectorBenchmark() {
    }

    public static void main(String[] args) {
        String device = args.length > 0 ? args[0] : "auto";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        DetectorConfig config = DetectorConfig.defaults();
        byte[] data = new byte[640 * 480 * 3];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) rng.nextInt(256);
        }
        CameraFrame frame = new CameraFrame(Header.of("camera_front", 0, 0), 640, 480, ImageEncoding.RGB8, "", data);
        try (CameraDetector detector = new CameraDetector(
                CenterNetModel.newModel(config, DeviceChoice.resolve(device)), config)) {
            for (int i = 0; i < 30; i++) {
                detector.detect(frame);
            }
            long[] ns = new long[frames];
            for (int i = 0; i < frames; i++) {
                long t0 = System.nanoTime();
                detector.detect(frame);
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            System.out.printf(Locale.ROOT, "CameraDetector 640x480 -> %dx%d, device %s, engine %s, %d frames: "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    config.inputWidthPx(), config.inputHeightPx(), DeviceChoice.resolve(device),
                    Engine.getEngine("PyTorch").getVersion(), frames, ns[frames / 2] / 1e6,
                    ns[(int) (frames * 0.99)] / 1e6, ns[frames - 1] / 1e6);
        }
    }
}
