package io.avstack.core.config;

import static io.avstack.core.config.TestConfigs.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.avstack.core.config.ConfigException.Kind;
import io.avstack.core.config.TestConfigs.AppConfig;
import io.avstack.core.config.TestConfigs.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String FILE = "app.yaml";

    @Test
    void loadsNestedRecordsListsAndOptionalKeys() {
        AppConfig config = ConfigLoader.loadString(VALID, FILE, AppConfig.class);

        assertThat(config.name()).isEqualTo("test-vehicle");
        assertThat(config.bus().transport()).isEqualTo(TestConfigs.Transport.MQTT);
        assertThat(config.bus().mqtt().url()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(config.bus().mqtt().keepAliveS()).isEqualTo(30);
        assertThat(config.bus().vehicle()).as("absent optional key").isNull();
        assertThat(config.limits()).as("absent optional key").isNull();
        assertThat(config.sensors()).extracting(TestConfigs.SensorEntry::id).containsExactly("front", "roof", "rear");
        assertThat(config.sensors().get(1).rateHz()).isEqualTo(10.5);
        assertThat(config.sensors().get(1).extrinsics().yawRad()).isEqualTo(-0.1);
    }

    @Test
    void loadsOptionalKeysWhenPresentIncludingMaps() {
        String yaml = VALID.replace("    qos: 1\n", "    qos: 1\n  vehicle: ego\n")
                + "limits:\n  urban: {speedMps: 13.9}\n  highway: {speedMps: 36.1}\n";

        AppConfig config = ConfigLoader.loadString(yaml, FILE, AppConfig.class);

        assertThat(config.bus().vehicle()).isEqualTo("ego");
        assertThat(config.limits()).containsOnlyKeys("urban", "highway");
        assertThat(config.limits().get("highway").speedMps()).isEqualTo(36.1);
    }

    @Test
    void explicitNullForOptionalKeyIsAllowed() {
        String yaml = VALID.replace("    qos: 1\n", "    qos: 1\n  vehicle: ~\n");

        assertThat(ConfigLoader.loadString(yaml, FILE, AppConfig.class).bus().vehicle()).isNull();
    }

    @Test
    void unknownKeyNamesFileKeyValueAndAllowedKeys() {
        String yaml = VALID.replace("keepAliveS: 30", "keepAlive: 30");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_KEY);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.keepAlive");
        assertThat(e.value()).isEqualTo("30");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains(FILE + ":6:", "bus.mqtt.keepAlive = 30", "unknown key",
                "[keepAliveS, qos, url]");
    }

    @Test
    void unknownKeyNextToCompleteMappingIsReported() {
        String yaml = VALID.replace("    qos: 1\n", "    qos: 1\n    retain: true\n");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_KEY);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.retain");
        assertThat(e.value()).isEqualTo("true");
        assertThat(e.line()).isEqualTo(8);
    }

    @Test
    void missingRequiredKeyNamesTheKeyAndPointsAtItsParent() {
        String yaml = VALID.replace("    keepAliveS: 30\n", "");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.keepAliveS");
        assertThat(e.value()).isEqualTo("(absent)");
        assertThat(e.line()).as("line of the parent key 'mqtt'").isEqualTo(4);
        assertThat(e.getMessage()).contains(FILE, "bus.mqtt.keepAliveS", "(absent)", "missing required key",
                "an integer (int)");
    }

    @Test
    void missingKeyInsideListElementNamesTheIndex() {
        String yaml = VALID.replace("extrinsics: {xM: -1.0, yawRad: 3.14159}", "extrinsics: {yawRad: 3.14159}");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("sensors[2].extrinsics.xM");
    }

    @Test
    void nullForRequiredKeyIsMissing() {
        String yaml = VALID.replace("url: tcp://127.0.0.1:1883", "url: ~");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.url");
        assertThat(e.value()).isEqualTo("null");
        assertThat(e.getMessage()).contains(FILE + ":5:", "bus.mqtt.url = null");
    }

    @Test
    void nullForRequiredPrimitiveIsMissing() {
        String yaml = VALID.replace("qos: 1", "qos:");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.qos");
    }

    @Test
    void nullListElementIsMissing() {
        String yaml = VALID.replace("sensors:\n", "sensors:\n  - ~\n");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("sensors[0]");
    }

    @Test
    void wrongTypeNamesKeyValueAndExpectedType() {
        String yaml = VALID.replace("yawRad: 3.14159", "yawRad: abc");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.keyPath()).isEqualTo("sensors[2].extrinsics.yawRad");
        assertThat(e.value()).isEqualTo("\"abc\"");
        assertThat(e.line()).isEqualTo(19);
        assertThat(e.getMessage()).contains(FILE + ":19:", "sensors[2].extrinsics.yawRad = \"abc\"",
                "expected a number (double)");
    }

    @Test
    void fractionForIntegerIsWrongTypeNotTruncated() {
        ConfigException e = fail(VALID.replace("keepAliveS: 30", "keepAliveS: 30.5"), AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.keepAliveS");
        assertThat(e.value()).isEqualTo("30.5");
    }

    @Test
    void quotedNumberIsWrongType() {
        ConfigException e = fail(VALID.replace("rateHz: 30", "rateHz: \"30\""), AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.keyPath()).isEqualTo("sensors[0].rateHz");
        assertThat(e.value()).isEqualTo("\"30\"");
    }

    @Test
    void unknownEnumConstantListsTheAllowedOnes() {
        ConfigException e = fail(VALID.replace("transport: MQTT", "transport: CARRIER_PIGEON"), AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.keyPath()).isEqualTo("bus.transport");
        assertThat(e.getMessage()).contains("\"CARRIER_PIGEON\"", "one of [IN_PROCESS, MQTT]");
    }

    @Test
    void scalarWhereAMappingIsExpectedIsWrongType() {
        ConfigException e = fail(VALID.replace("extrinsics: {xM: 1.5, yawRad: 0.0}", "extrinsics: 7"),
                AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(e.keyPath()).isEqualTo("sensors[0].extrinsics");
        assertThat(e.getMessage()).contains("a mapping (Mount)");
    }

    @Test
    void outOfRangeNamesKeyValueAndBounds() {
        String yaml = VALID.replace("keepAliveS: 30", "keepAliveS: 9000");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.keepAliveS");
        assertThat(e.value()).isEqualTo("9000");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains(FILE + ":6:", "bus.mqtt.keepAliveS = 9000", "out of range", "[1, 600]");
    }

    @Test
    void outOfRangeInsideListAndMapValues() {
        ConfigException inList = fail(VALID.replace("rateHz: 10.5", "rateHz: -1"), AppConfig.class);
        ConfigException inMap = fail(VALID + "limits:\n  urban: {speedMps: -3}\n", AppConfig.class);

        assertThat(inList.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(inList.keyPath()).isEqualTo("sensors[1].rateHz");
        assertThat(inMap.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(inMap.keyPath()).isEqualTo("limits.urban.speedMps");
        assertThat(inMap.getMessage()).contains("limits.urban.speedMps = -3.0", "[0, inf]");
    }

    @Test
    void notANumberIsOutOfRangeEvenWithoutRange() {
        ConfigException bounded = fail(VALID.replace("yawRad: 0.0", "yawRad: NaN"), AppConfig.class);
        ConfigException unbounded = fail(VALID.replace("xM: 1.5", "xM: NaN"), AppConfig.class);

        assertThat(bounded.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(bounded.keyPath()).isEqualTo("sensors[0].extrinsics.yawRad");
        assertThat(bounded.value()).isEqualTo("NaN");
        assertThat(unbounded.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(unbounded.keyPath()).isEqualTo("sensors[0].extrinsics.xM");
        assertThat(unbounded.getMessage()).contains("NaN is never a valid config value");
    }

    @Test
    void yamlNanSpellingIsMalformedNumber() {
        ConfigException e = fail(VALID.replace("yawRad: 0.0", "yawRad: .nan"), AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.getMessage()).contains(".nan");
    }

    @Test
    void crossFieldCheckNamesTheFullPathAndValue() {
        String yaml = VALID.replace("id: roof", "id: front");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[1].id");
        assertThat(e.value()).isEqualTo("\"front\"");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.getMessage()).contains(FILE + ":12:", "sensors[1].id = \"front\"", "duplicate sensor id");
    }

    @Test
    void recordConstructorRejectionIsInvalid() {
        ConfigException e = fail("fromS: 5\ntoS: 1\n", Window.class);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEmpty();
        assertThat(e.getMessage()).contains(FILE, "toS must be >= fromS", "\"fromS\":5");
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        String yaml = VALID.replace("url: tcp://127.0.0.1:1883", "url: [tcp://127.0.0.1:1883");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.value()).isEqualTo("\"keepAliveS: 30\"");
        assertThat(e.getMessage()).startsWith(FILE + ":6:" + e.column() + ":")
                .contains("malformed YAML", "flow sequence", "expected ',' or ']'")
                .doesNotContain("in 'reader'");
    }

    @Test
    void duplicateKeyIsMalformedWithKeyPathAndLine() {
        String yaml = VALID.replace("    qos: 1\n", "    qos: 1\n    keepAliveS: 45\n");

        ConfigException e = fail(yaml, AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.keyPath()).isEqualTo("bus.mqtt.keepAliveS");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.value()).isEqualTo("\"keepAliveS: 45\"");
        assertThat(e.getMessage()).contains(FILE + ":8:", "bus.mqtt.keepAliveS", "keepAliveS: 45",
                "duplicate key 'keepAliveS'");
    }

    @Test
    void emptyDocumentIsMalformed() {
        ConfigException e = fail("# nothing but a comment\n", AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains(FILE, "empty document");
    }

    @Test
    void secondDocumentIsMalformed() {
        ConfigException e = fail(VALID + "---\nname: other\n", AppConfig.class);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("more than one YAML document");
    }

    @Test
    void missingFileIsNotFound(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(file, AppConfig.class));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).contains(file.toString(), "no such file");
    }

    @Test
    void missingResourceIsNotFound() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.loadResource("config/does-not-exist.yaml", AppConfig.class));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.file()).isEqualTo("classpath:config/does-not-exist.yaml");
    }

    @Test
    void loadsFromFileAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), VALID);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), VALID.replace("qos: 1", "qos: 7"));

        assertThat(ConfigLoader.load(good, AppConfig.class).sensors()).hasSize(3);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(bad, AppConfig.class));
        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(e.file()).isEqualTo(bad.toString());
        assertThat(e.getMessage()).startsWith(bad + ":7:").contains("bus.mqtt.qos = 7");
    }

    @Test
    void nonUtf8FileIsMalformed(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, AppConfig.class));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains(file.toString(), "not UTF-8");
    }

    @Test
    void optionalKeyOnPrimitiveIsAProgrammingError() {
        assertThatThrownBy(() -> ConfigLoader.loadString("countN: 3\n", FILE, TestConfigs.BadOptionalPrimitive.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("countN");
    }

    private static ConfigException fail(String yaml, Class<?> type) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.loadString(yaml, FILE, type));
        assertThat(e).as("expected a ConfigException").isNotNull();
        return e;
    }
}
