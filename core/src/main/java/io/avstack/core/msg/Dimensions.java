package io.avstack.core.msg;

/**
 * Extent of an object's bounding box in metres: length along its heading, width across it, height.
 * Each finite and {@code >= 0}.
 */
public record Dimensions(double lengthM, double widthM, double heightM) {
    public Dimensions {
        Checks.nonNegative("Dimensions.lengthM", lengthM);
        Checks.nonNegative("Dimensions.widthM", widthM);
        Checks.nonNegative("Dimensions.heightM", heightM);
    }
}
