package io.avstack.perception.camera;

/**
 * @param epochs       passes over the samples
 * @param batchSize    images per step
 * @param learningRate Adam step size
 * @param seed         seeds shuffling, augmentation and weight initialisation
 * @param augment      apply {@link Augmenter} photometric/geometric augmentation
 * @param robustness   also apply strong corruptions (noise, exposure, blur, occlusion)
 * @param maxSteps     stop after this many steps (0: no limit)
 * @param sizeLossWeight weight of the box-size L1 term in {@link CenterNetLoss} (CenterNet's 0.1 by default)
 */
public record TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                            boolean robustness, int maxSteps, double sizeLossWeight) {
    public TrainerConfig {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || maxSteps < 0 || !(sizeLossWeight > 0)) {
            throw new IllegalArgumentException("TrainerConfig needs epochs >= 1, batchSize >= 1, learningRate > 0, "
                    + "maxSteps >= 0, sizeLossWeight > 0; was " + epochs + ", " + batchSize + ", " + learningRate + ", "
                    + maxSteps + ", " + sizeLossWeight);
        }
    }

    /** With the default size-loss weight {@link CenterNetLoss#SIZE_WEIGHT}. */
    public TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                         boolean robustness, int maxSteps) {
        this(epochs, batchSize, learningRate, seed, augment, robustness, maxSteps, CenterNetLoss.SIZE_WEIGHT);
    }
}
