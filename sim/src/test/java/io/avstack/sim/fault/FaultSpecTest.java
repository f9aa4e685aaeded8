package io.avstack.sim.fault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.avstack.sim.fault.TestMessages.CAMERA;
import static io.avstack.sim.fault.TestMessages.EGO;
import static io.avstack.sim.fault.TestMessages.LIDAR;
import static io.avstack.sim.fault.TestMessages.RADAR;
import static io.avstack.sim.fault.TestMessages.TRAJECTORY;
import static io.avstack.sim.fault.TestMessages.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultSpecTest {

    /** Every example in docs/FAULTS.md and the issue. */
    @ParameterizedTest
    @ValueSource(strings = {
        "dropout:camera_front@2.0-4.5",
        "latency:lidar_top@0-10,ms=150",
        "noise:radar_front@5-8,factor=3",
        "frozen:camera_front@3-4",
        "ghosts:radar_front@0-20,rate=5",
        "blackout:camera_front@6-7",
        "glare:camera_front@6-9,strength=0.8",
        "range_loss:lidar_top@4-12,max_m=15",
        "bus_delay:objects@1-3,ms=200",
        "bus_loss:trajectory@1-3,p=0.3",
        "ghosts:radar_front@0-20,rate=5,fov_deg=90,max_m=100",
        "blackout:camera_front@6-7,reported=1",
        "glare:camera_front@6-9,strength=1,x=0.2,y=0.5,radius=0.1",
        "noise:ego_state@0-60,factor=2",
        "dropout:avstack/ego/sensor/camera/front@2-3",
        "bus_loss:planning/trajectory@1-3,p=1",
    })
    void acceptsDocumentedExamples(String text) {
        FaultSpec spec = FaultSpec.parse(text);
        assertThat(spec.text()).isEqualTo(text);
        assertThat(spec.toString()).isEqualTo(text);
    }

    @Test
    void parsesKindTargetWindowAndParameters() {
        FaultSpec spec = FaultSpec.parse(" latency:lidar_top@0.5-10,ms=150 ");
        assertThat(spec.kind()).isEqualTo(FaultKind.LATENCY);
        assertThat(spec.target()).isEqualTo("lidar_top");
        assertThat(spec.startNs()).isEqualTo(500_000_000L);
        assertThat(spec.endNs()).isEqualTo(10_000_000_000L);
        assertThat(spec.param("ms")).isEqualTo(150.0);
        assertThat(spec.params()).containsOnlyKeys("ms");
    }

    @Test
    void fillsDefaults() {
        FaultSpec spec = FaultSpec.parse("ghosts:radar_front@0-20,rate=5");
        assertThat(spec.params()).containsEntry("rate", 5.0).containsEntry("fov_deg", 120.0).containsEntry("max_m", 150.0);
        assertThat(FaultSpec.parse("blackout:camera_front@6-7").param("reported")).isZero();
    }

    @Test
    void windowIsHalfOpenInSimulatedTime() {
        FaultSpec spec = FaultSpec.parse("dropout:camera_front@2.0-4.5");
        assertThat(spec.activeAt(s(2.0) - 1)).isFalse();
        assertThat(spec.activeAt(s(2.0))).isTrue();
        assertThat(spec.activeAt(s(4.5) - 1)).isTrue();
        assertThat(spec.activeAt(s(4.5))).isFalse();
    }

    @Test
    void targetsNameStandardTopicsByFrameIdLastLevelOrFullName() {
        assertThat(FaultSpec.parse("dropout:camera_front@0-1").appliesTo(CAMERA)).isTrue();
        assertThat(FaultSpec.parse("dropout:camera_front@0-1").appliesTo(RADAR)).isFalse();
        assertThat(FaultSpec.parse("dropout:radar_front@0-1").appliesTo(RADAR)).isTrue();
        assertThat(FaultSpec.parse("dropout:lidar_top@0-1").appliesTo(LIDAR)).isTrue();
        assertThat(FaultSpec.parse("dropout:ego_state@0-1").appliesTo(EGO)).isTrue();
        assertThat(FaultSpec.parse("dropout:trajectory@0-1").appliesTo(TRAJECTORY)).isTrue();
        assertThat(FaultSpec.parse("dropout:camera/front@0-1").appliesTo(CAMERA)).isTrue();
        assertThat(FaultSpec.parse("dropout:" + CAMERA + "@0-1").appliesTo(CAMERA)).isTrue();
        assertThat(FaultSpec.parse("bus_delay:objects@0-1,ms=1").appliesTo("avstack/ego/fusion/objects")).isTrue();
        // partial level names never match
        assertThat(FaultSpec.parse("dropout:ront@0-1").appliesTo(CAMERA)).isFalse();
        assertThat(FaultSpec.parse("dropout:era_front@0-1").appliesTo(CAMERA)).isFalse();
        assertThat(FaultSpec.parse("dropout:avstack/other/sensor/camera/front@0-1").appliesTo(CAMERA)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "camera_front@2-4|missing ':'",
        "smoke:camera_front@2-4|unknown kind 'smoke'",
        "dropout:camera_front|missing '@start-end'",
        "dropout:@2-4|missing target",
        "dropout:Camera_Front@2-4|invalid character 'C'",
        "dropout:camera//front@2-4|empty topic level",
        "dropout:camera_front@2|time window '2' must be start-end",
        "dropout:camera_front@4-2|must end after it starts",
        "dropout:camera_front@2-2|must end after it starts",
        "dropout:camera_front@a-4|window start 'a' is not a number",
        "dropout:camera_front@1-4x|window end '4x' is not a number",
        "dropout:camera_front@1-NaN|window end 'NaN' is not a number",
        "dropout:camera_front@0-0x10|window end '0x10' is not a number",
        "latency:lidar_top@0-10|latency needs parameter ms in (0, 10000] milliseconds",
        "latency:lidar_top@0-10,ms=0|parameter ms=0 out of range (0, 10000] milliseconds",
        "latency:lidar_top@0-10,ms=-5|parameter ms=-5 out of range",
        "latency:lidar_top@0-10,ms=fast|parameter ms 'fast' is not a number",
        "latency:lidar_top@0-10,ms=10,ms=20|parameter 'ms' given twice",
        "latency:lidar_top@0-10,delay=10|unknown parameter 'delay' for latency (accepts: ms)",
        "dropout:camera_front@0-10,p=0.5|unknown parameter 'p' for dropout (accepts: no parameters)",
        "latency:lidar_top@0-10,150|parameter '150' must be key=value",
        "noise:radar_front@5-8,factor=0.5|parameter factor=0.5 out of range [1, 100]",
        "bus_loss:trajectory@1-3,p=1.5|parameter p=1.5 out of range [0, 1] probability",
        "glare:camera_front@6-9,strength=0|parameter strength=0 out of range (0, 1]",
        "range_loss:lidar_top@4-12|range_loss needs parameter max_m",
        "ghosts:radar_front@0-20|ghosts needs parameter rate",
        "blackout:camera_front@6-7,reported=2|parameter reported=2 out of range 0 or 1",
        "blackout:camera_front@6-7,reported=0.5|parameter reported=0.5 out of range 0 or 1",
        "dropout:camera_front@-1-2|window start '' is not a number",
    })
    void rejectsBadSpecsNamingTheSpecAndTheProblem(String text, String problem) {
        assertThatThrownBy(() -> FaultSpec.parse(text))
                .isInstanceOf(FaultSpecException.class)
                .hasMessageStartingWith("fault spec '" + text + "': ")
                .hasMessageContaining(problem);
    }

    @Test
    void specsBuiltInCodeAreValidatedToo() {
        assertThatThrownBy(() -> new FaultSpec("x", FaultKind.LATENCY, "lidar_top", 0, 10, Map.of()))
                .hasMessageContaining("parameter ms=null");
        assertThatThrownBy(() -> new FaultSpec("x", FaultKind.LATENCY, "lidar_top", 0, 10, Map.of("ms", 150.0, "p", 1.0)))
                .hasMessageContaining("latency does not accept");
        assertThatThrownBy(() -> new FaultSpec("x", FaultKind.DROPOUT, "lidar_top", 10, 10, Map.of()))
                .hasMessageContaining("end after it starts");
        assertThat(new FaultSpec("x", FaultKind.LATENCY, "lidar_top", 0, 10, Map.of("ms", 150.0)).param("ms"))
                .isEqualTo(150.0);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> FaultSpec.parse(null)).isInstanceOf(FaultSpecException.class);
    }

    @Test
    void readsRepeatedFaultOptionsFromTheCommandLine() {
        List<FaultSpec> specs = FaultSpecs.fromArgs(new String[] {
            "--scenario", "cut_in.yaml", "--fault", "dropout:camera_front@2-4", "--seed", "7",
            "--fault=bus_loss:trajectory@1-3,p=0.3"});
        assertThat(specs).extracting(FaultSpec::text)
                .containsExactly("dropout:camera_front@2-4", "bus_loss:trajectory@1-3,p=0.3");
        assertThatThrownBy(() -> FaultSpecs.fromArgs(new String[] {"--fault"}))
                .hasMessageContaining("--fault needs a spec");
        assertThatThrownBy(() -> FaultSpecs.fromArgs(new String[] {"--fault", "dropout:camera_front"}))
                .isInstanceOf(FaultSpecException.class);
    }
}
