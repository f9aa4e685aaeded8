package io.avstack.perception.camera;

/**
 * @param epochs       passes over the samples
 * @param batchSize    images per step
 * @param learningRate Adam step size
 * @param seed         seeds shuffling, augmentation and weight initialisation
 * @param augment      apply {@link Augmenter} photometric/geometric augmentation
 * @param robustness   also apply strong corruptions (noise, exposure, blur, occlusion)
 * @param maxSteps     stop after this many steps (0: no limit)
 */
public record TrainerConfig(int epochs, int batchSize, double learningRate, long seed, boolean augment,
                            boolean robustness, int maxSteps) {
    public TrainerConfig {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || maxSteps < 0) {
            throw new IllegalArgumentException("TrainerConfig needs epochs >= 1, batchSize >= 1, learningRate > 0, "
                    + "maxSteps >= 0; was " + epochs + ", " + batchSize + ", " + learningRate + ", " + maxSteps);
        }
    }
}
