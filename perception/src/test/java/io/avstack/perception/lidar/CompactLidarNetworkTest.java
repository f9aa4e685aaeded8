package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.Model;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.perception.camera.TrainerConfig;
import io.avstack.perception.nn.TorchThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LidarArchitecture#COMPACT}: shapes, persistence, the folded inference model (also the plain one's), training. */
class CompactLidarNetworkTest {

    private final LidarDetectorConfig config = LidarTestData.tiny().withArchitecture(LidarArchitecture.COMPACT);

    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        TorchThreads.setIntraOp(1);
    }

    private static long parameterCount(Model m) {
        long n = 0;
        for (var p : m.getBlock().getParameters().values()) {
            n += p.getArray().size();
        }
        return n;
    }

    @Test
    void theNetworkHasTheHeadsShapeAndFewerParametersThanThePlainOne() throws Exception {
        try (Model sep = BevCenterNetModel.newModel(config, Device.cpu(), 1);
             Model plain = BevCenterNetModel.newModel(config.withArchitecture(LidarArchitecture.PLAIN), Device.cpu(), 1)) {
            for (float v : LidarTestData.forward(sep, LidarTestData.randomRaster(config, 0.3), config)) {
                assertThat(v).isFinite();
            }
            assertThat(parameterCount(sep)).isLessThan(parameterCount(plain) * 3 / 4);
        }
    }

    @Test
    void weightsOfOneArchitectureAreRefusedByTheOther() throws Exception {
        try (Model model = BevCenterNetModel.newModel(config, Device.cpu(), 5)) {
            BevCenterNetModel.save(model, dir);
        }
        LidarDetectorConfig plain = config.withArchitecture(LidarArchitecture.PLAIN);
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, plain, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString());
        try (Model model = BevCenterNetModel.newModel(plain, Device.cpu(), 5)) {
            BevCenterNetModel.save(model, dir);
        }
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }

    @Test
    void trainingLowersTheLossAndTheFoldedInferenceModelComputesTheSame() throws Exception {
        LidarSampleSource source = LidarTestData.randomScenes(16, 7);
        List<Float> losses = new ArrayList<>();
        TrainerConfig tc = new TrainerConfig(10, 4, 5e-3, 42, true, true, 30);
        float[] input = LidarTestData.randomRaster(config, 0.3);
        float[] trained;
        try (Model model = BevCenterNetModel.newModel(config, Device.cpu(), 42)) {
            new LidarTrainer(config, tc).trainAndSave(model, source, (e, s, l) -> losses.add(l), dir);
            trained = LidarTestData.forward(model, input, config);
        }
        assertThat(losses).hasSize(30).allMatch(Float::isFinite);
        float first = (losses.get(0) + losses.get(1) + losses.get(2)) / 3;
        float last = (losses.get(27) + losses.get(28) + losses.get(29)) / 3;
        assertThat(last).as("losses %s", losses).isLessThan(first * 0.6f);
        assertThat(LidarModelMetadata.read(dir).architecture()).isEqualTo(LidarArchitecture.COMPACT);
        assertThat(LidarModelMetadata.read(dir).detectorConfig()).isEqualTo(config);

        // Trained BatchNorm statistics are far from (0, 1), so this checks the folding arithmetic.
        try (Model folded = BevCenterNetModel.inferenceModel(BevCenterNetModel.load(dir, config, Device.cpu()),
                config)) {
            assertThat(folded.getBlock().getParameters().size())
                    .isLessThan(BevCenterNetModel.build(config).getParameters().size());
            float[] out = LidarTestData.forward(folded, input, config);
            for (int i = 0; i < out.length; i++) {
                assertThat(out[i]).as("output %d", i).isCloseTo(trained[i], within(1e-3f + 1e-4f * Math.abs(trained[i])));
            }
        }
        try (LidarDetector detector = LidarDetector.load(dir, Extrinsics.IDENTITY, "cpu")) {
            assertThat(detector.config().architecture()).isEqualTo(LidarArchitecture.COMPACT);
            LidarSample s = source.sample(0);
            LidarScan scan = new LidarScan(Header.of("lidar_top", 3, 77), s.xyzi(), new int[s.points()]);
            assertThat(detector.detect(scan).header().valid()).isTrue();
            assertThat(detector.failedCount()).isZero();
        }
    }

    @Test
    void thePlainNetworkAlsoRunsFoldedWithTheTrainedOutputs() throws Exception {
        LidarDetectorConfig plain = config.withArchitecture(LidarArchitecture.PLAIN);
        float[] input = LidarTestData.randomRaster(plain, 0.3);
        float[] trained;
        try (Model model = BevCenterNetModel.newModel(plain, Device.cpu(), 3)) {
            // Training-mode passes move the BatchNorm running statistics off their initial 0 / 1.
            try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
                for (int i = 0; i < 3; i++) {
                    model.getBlock().forward(new ai.djl.training.ParameterStore(m, false), new ai.djl.ndarray.NDList(
                            m.randomNormal(BevCenterNetModel.inputShape(plain)).add(0.5f)), true);
                }
            }
            trained = LidarTestData.forward(model, input, plain);
            BevCenterNetModel.save(model, dir);
        }
        try (Model folded = BevCenterNetModel.inferenceModel(BevCenterNetModel.load(dir, plain, Device.cpu()), plain)) {
            assertThat(folded.getBlock().getParameters().values())
                    .noneMatch(p -> p.getType() == ai.djl.nn.Parameter.Type.RUNNING_VAR);
            float[] out = LidarTestData.forward(folded, input, plain);
            assertThat(out).hasSameSizeAs(trained);
            for (int i = 0; i < out.length; i++) {
                assertThat(out[i]).as("output %d", i).isCloseTo(trained[i], within(1e-3f + 1e-4f * Math.abs(trained[i])));
            }
        }
    }

    @Test
    void metadataWithoutAnArchitectureMeansThePlainNetwork() throws Exception {
        new LidarModelMetadata(config.classes(), config.grid(), 4, 2, 0, 1, 1, 1, 1.0, LidarArchitecture.COMPACT)
                .write(dir);
        String json = Files.readString(dir.resolve(LidarModelMetadata.FILE_NAME));
        assertThat(json).contains("\"architecture\" : \"COMPACT\"");
        assertThat(LidarModelMetadata.read(dir).architecture()).isEqualTo(LidarArchitecture.COMPACT);
        Files.writeString(dir.resolve(LidarModelMetadata.FILE_NAME),
                json.replaceAll(",\\s*\"architecture\" : \"COMPACT\"", ""));
        assertThat(Files.readString(dir.resolve(LidarModelMetadata.FILE_NAME))).doesNotContain("architecture");
        assertThat(LidarModelMetadata.readOrThrow(dir).detectorConfig().architecture())
                .isEqualTo(LidarArchitecture.PLAIN);
    }

    @Test
    void anUnknownArchitectureInTheMetadataIsRefusedNamingThePath() throws Exception {
        new LidarModelMetadata(config.classes(), config.grid(), 4, 2, 0, 1, 1, 1, 1.0, LidarArchitecture.COMPACT)
                .write(dir);
        Path file = dir.resolve(LidarModelMetadata.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("COMPACT", "RESNET"));
        assertThatThrownBy(() -> LidarModelMetadata.readOrThrow(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }
}
