package io.avstack.perception.camera;

/**
 * @param epochs          passes over the samples
 * @param batchSize       images per step
 * @param learningRate    Adam step size
 * @param seed            seeds shuffling, augmentation and weight initialisation
 * @param augment         apply {@link Augmenter} photometric/geometric augmentation
 * @param robustness      also apply strong corruptions (noise, exposure, blur, occlusion)
 * @param maxSteps        stop after this many steps (0: no limit)
 * @param sizeLossWeight  weight of the box-size L1 term in {@link CenterNetLoss} (CenterNet's 0.1 by default)
 * @param confusionWeight extra background weight of a class's heatmap where its confusable class
 *                        stands ({@link CenterNetLoss}, pedestrian/cyclist); 0 (default) is off
 */
public record TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                            boolean robustness, int maxSteps, double sizeLossWeight, double confusionWeight) {
    public TrainerConfig {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || maxSteps < 0 || !(sizeLossWeight > 0)
                || !(confusionWeight >= 0)) {
            throw new IllegalArgumentException("TrainerConfig needs epochs >= 1, batchSize >= 1, learningRate > 0, "
                    + "maxSteps >= 0, sizeLossWeight > 0, confusionWeight >= 0; was " + epochs + ", " + batchSize + ", "
                    + learningRate + ", " + maxSteps + ", " + sizeLossWeight + ", " + confusionWeight);
        }
    }

    /** Without confusion weighting. */
    public TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                         boolean robustness, int maxSteps, double sizeLossWeight) {
        this(epochs, batchSize, learningRate, seed, augment, robustness, maxSteps, sizeLossWeight, 0);
    }

    /** With the default size-loss weight {@link CenterNetLoss#SIZE_WEIGHT}, no confusion weighting. */
    public TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                         boolean robustness, int maxSteps) {
        this(epochs, batchSize, learningRate, seed, augment, robustness, maxSteps, CenterNetLoss.SIZE_WEIGHT);
    }
}
