package io.avstack.perception.camera;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.avstack.perception.DetectorLatency;

/**
 * Latency of the camera network's forward pass alone (no pre- or post-processing) on one
 * {@code [1, 3, H, W]} input: the figure comparable with the same architecture run in native
 * PyTorch ({@code perception/bench/camera_net_torch.py}).
 */
public final class CameraNetworkLatency {

    private CameraNetworkLatency() {
    }

    /** Forward passes of {@code detector}'s network on a fixed random input of its input size. */
    public static DetectorLatency.Result measure(CameraDetector detector, int warmUp, int frames) {
        Model model = detector.model();
        DetectorConfig c = detector.config();
        try (NDManager base = model.getNDManager().newSubManager()) {
            float[] values = base.randomNormal(new Shape(3L * c.inputHeightPx() * c.inputWidthPx())).toFloatArray();
            NDArray x = CenterNetModel.input(base, values, c); // the layout the translator hands over
            ParameterStore parameters = new ParameterStore(base, false);
            return DetectorLatency.measure(() -> {
                // Each pass in its own scope: the intermediate tensors are freed every frame.
                try (NDManager scope = base.newSubManager()) {
                    scope.tempAttachAll(x);
                    model.getBlock().forward(parameters, new NDList(x), false);
                }
            }, warmUp, frames);
        }
    }

    /** Number of trainable and running-statistics parameters (to check another implementation is the same net). */
    public static long parameterCount(CameraDetector detector) {
        long n = 0;
        for (var p : detector.model().getBlock().getParameters().values()) {
            n += p.getArray().size();
        }
        return n;
    }
}
