package io.avstack.perception.camera;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/** Where inference runs: "cpu", "gpu" or "auto" (GPU when DJL finds one, else CPU). */
public final class DeviceChoice {

    private DeviceChoice() {
    }

    /**
     * @throws IllegalArgumentException for another name, or "gpu" when DJL sees no GPU
     */
    public static Device resolve(String choice) {
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        switch (choice.toLowerCase(Locale.ROOT)) {
            case "cpu":
                return Device.cpu();
            case "gpu":
                if (gpus == 0) {
                    throw new IllegalArgumentException("device 'gpu' requested but DJL finds no GPU");
                }
                return Device.gpu();
            case "auto":
                return gpus > 0 ? Device.gpu() : Device.cpu();
            default:
                throw new IllegalArgumentException("device must be cpu, gpu or auto, was '" + choice + "'");
        }
    }
}
