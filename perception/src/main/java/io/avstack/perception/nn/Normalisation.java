package io.avstack.perception.nn;

/**
 * Per-channel input normalisation: {@code (value / 255 - mean) / std} for R, G, B.
 */
public record Normalisation(double meanR, double meanG, double meanB, double stdR, double stdG, double stdB) {

    /** ImageNet statistics, the usual default for natural images. */
    public static final Normalisation IMAGENET = new Normalisation(0.485, 0.456, 0.406, 0.229, 0.224, 0.225);

    public Normalisation {
        if (!(stdR > 0 && stdG > 0 && stdB > 0)) {
            throw new IllegalArgumentException("Normalisation std must be > 0, was (" + stdR + ", " + stdG + ", "
                    + stdB + ")");
        }
    }

    public double mean(int channel) {
        return channel == 0 ? meanR : channel == 1 ? meanG : meanB;
    }

    public double std(int channel) {
        return channel == 0 ? stdR : channel == 1 ? stdG : stdB;
    }
}
