package io.avstack.perception.camera;

/** Tiny configurations that keep the tests fast. */
final class TestConfigs {

    private TestConfigs() {
    }

    /** 3x64x96 input, 4 base channels: output 16x24. */
    static DetectorConfig tiny() {
        return DetectorConfig.defaults().withInputSize(96, 64).withBaseChannels(4);
    }
}
