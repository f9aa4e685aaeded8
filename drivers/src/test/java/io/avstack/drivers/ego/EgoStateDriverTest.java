package io.avstack.drivers.ego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.msg.EgoState;
import io.avstack.drivers.can.CanFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgoStateDriverTest {

    static final String TOPIC = TopicNames.topic("ego", StandardTopics.EGO_STATE);

    private final EgoCanConfig config = ConfigLoader.loadResource("config/ego-can.yaml", EgoCanConfig.class);
    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final List<EgoState> states = new ArrayList<>();
    private final EgoStateDriver driver = new EgoStateDriver(bus, TOPIC, config);

    EgoStateDriverTest() {
        bus.subscribe(TOPIC, (t, m) -> states.add((EgoState) m));
    }

    private CanFrame speedFrame(long tNs, double speedMps) {
        byte[] d = new byte[8];
        config.speed().write(d, config.speed().toRaw(speedMps));
        return new CanFrame(tNs, config.speed().messageId(), false, d);
    }

    private CanFrame yawSteerFrame(long tNs, double yawRateRadps, double steeringRad) {
        byte[] d = new byte[8];
        config.yawRate().write(d, config.yawRate().toRaw(yawRateRadps));
        config.steering().write(d, config.steering().toRaw(steeringRad));
        return new CanFrame(tNs, config.yawRate().messageId(), false, d);
    }

    @Test
    void theSignalMapLoadsFromYaml() {
        assertThat(config.speed().messageId()).isEqualTo(0x3E9);
        assertThat(config.yawRate().signed()).isTrue();
        assertThat(config.accel()).isNull();
    }

    @Test
    void decodesTheConfiguredSignalsIntoEgoState() {
        driver.onFrame(yawSteerFrame(1_000, -0.1234, 0.05));
        driver.onFrame(speedFrame(2_000, 13.89));
        assertThat(states).hasSize(1);
        EgoState s = states.get(0);
        assertThat(s.speedMps()).isCloseTo(13.89, within(0.0028));
        assertThat(s.yawRateRadps()).isCloseTo(-0.1234, within(1e-9));
        assertThat(s.steeringRad()).isCloseTo(0.05, within(1e-9));
        assertThat(s.header().stampNs()).isEqualTo(2_000);
        assertThat(s.header().frameId()).isEqualTo("base_link");
    }

    @Test
    void deadReckoningFollowsAQuarterCircle() {
        double speed = 10.0;
        double yawRate = 0.5; // radius 20 m
        driver.onFrame(yawSteerFrame(0, yawRate, 0));
        long stepNs = 10_000_000;
        int steps = (int) Math.round(Math.PI / 2 / yawRate / 0.01);
        for (int i = 0; i <= steps; i++) {
            driver.onFrame(speedFrame(i * stepNs, speed));
        }
        EgoState last = states.get(states.size() - 1);
        double speedOnWire = config.speed().physical(speedFrame(0, speed).data());
        double radius = speedOnWire / yawRate;
        double angle = yawRate * steps * 0.01;
        assertThat(last.pose().xM()).isCloseTo(radius * Math.sin(angle), within(1e-6));
        assertThat(last.pose().yM()).isCloseTo(radius * (1 - Math.cos(angle)), within(1e-6));
        assertThat(last.pose().yawRad()).isCloseTo(angle, within(1e-9));
        assertThat(last.accelMps2()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void timeGoingBackwardsIsDroppedAndCounted() {
        driver.onFrame(speedFrame(5_000, 1.0));
        driver.onFrame(speedFrame(4_000, 1.0));
        assertThat(states).hasSize(1);
        assertThat(driver.dropped()).isEqualTo(1);
    }

    @Test
    void aBadSignalMapNamesTheKey() {
        String yaml = """
                frameId: base_link
                speed: {name: S, messageId: 1000, startBit: 0, length: 16, byteOrder: INTEL, signed: false, scale: 1, offset: 0}
                yawRate: {name: Y, messageId: 1001, startBit: 0, length: 99, byteOrder: INTEL, signed: false, scale: 1, offset: 0}
                """;
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "ego.yaml", EgoCanConfig.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ego.yaml").hasMessageContaining("yawRate");
    }
}
