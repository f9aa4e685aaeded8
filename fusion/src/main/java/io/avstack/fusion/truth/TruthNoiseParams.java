package io.avstack.fusion.truth;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.config.Range;

/**
 * Noise, miss and false-alarm models of the truth-noise detector stages (docs/FUSION.md), loaded
 * from YAML; defaults in {@value #DEFAULTS_RESOURCE}.
 *
 * @param camera camera boxes
 * @param lidar  lidar boxes
 */
public record TruthNoiseParams(Camera camera, Lidar lidar) {

    public static final String DEFAULTS_RESOURCE = "io/avstack/fusion/truth-noise-defaults.yaml";

    public static TruthNoiseParams defaults() {
        return ConfigLoader.loadResource(DEFAULTS_RESOURCE, TruthNoiseParams.class);
    }

    /**
     * @param edgeSigmaPx          Gaussian noise on each box edge, px
     * @param missProbability      chance a visible object is not reported, at zero range
     * @param missProbabilityPerM  growth of that chance per metre of range
     * @param falseAlarmsPerFrame  mean number of boxes on empty road per frame (Poisson)
     * @param maxRangeM            objects farther than this are not reported, m
     * @param minHeightPx          boxes lower than this are not reported, px
     * @param minVisibleFraction   boxes less visible than this (nearer boxes cover the rest) are not reported
     * @param darkFrameMaxLevel    a frame whose sampled pixels are all at most this bright is black: nothing reported
     */
    public record Camera(
            @Range(min = 0, max = 50) double edgeSigmaPx,
            @Range(min = 0, max = 1) double missProbability,
            @Range(min = 0, max = 0.1) double missProbabilityPerM,
            @Range(min = 0, max = 20) double falseAlarmsPerFrame,
            @Range(min = 1, max = 500) double maxRangeM,
            @Range(min = 0, max = 100) double minHeightPx,
            @Range(min = 0, max = 1) double minVisibleFraction,
            @Range(min = 0, max = 255) int darkFrameMaxLevel) {
    }

    /**
     * @param centreSigmaM         Gaussian noise on the box centre (each axis) at zero range, m
     * @param centreSigmaPerM      growth of that standard deviation per metre of range, m/m
     * @param yawSigmaRad          Gaussian noise on the heading, rad
     * @param sizeRelSigma         relative Gaussian noise on length, width and height
     * @param minPoints            an object is reported only with at least this many points in its box
     * @param missProbability      chance an object with enough points is not reported
     * @param falseAlarmsPerScan   mean number of spurious boxes per scan (Poisson)
     * @param maxRangeM            objects farther than this are not reported, m
     */
    public record Lidar(
            @Range(min = 0, max = 5) double centreSigmaM,
            @Range(min = 0, max = 0.1) double centreSigmaPerM,
            @Range(min = 0, max = 1) double yawSigmaRad,
            @Range(min = 0, max = 1) double sizeRelSigma,
            @Range(min = 1, max = 10_000) int minPoints,
            @Range(min = 0, max = 1) double missProbability,
            @Range(min = 0, max = 20) double falseAlarmsPerScan,
            @Range(min = 1, max = 500) double maxRangeM) {
    }
}
