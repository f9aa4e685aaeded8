package io.avstack.drivers.ego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.msg.EgoState;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanSignal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgoCanEncoderTest {

    private final EgoCanConfig config = ConfigLoader.loadResource("config/ego-can.yaml", EgoCanConfig.class);

    @Test
    void oneFramePerMessageWithTheSpeedsLastAndTheDriverDecodesThem() {
        List<CanFrame> frames = new EgoCanEncoder(config).encode(7_000, 13.89, -0.1234, 0.05, 1.0);
        assertThat(frames).extracting(CanFrame::id).containsExactly(0x3EA, 0x3E9);
        assertThat(frames).allSatisfy(f -> assertThat(f.timestampNs()).isEqualTo(7_000));

        InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
        List<EgoState> states = new ArrayList<>();
        bus.subscribe(EgoStateDriverTest.TOPIC, (t, m) -> states.add((EgoState) m));
        EgoStateDriver driver = new EgoStateDriver(bus, EgoStateDriverTest.TOPIC, config);
        frames.forEach(driver::onFrame);
        assertThat(states).hasSize(1);
        assertThat(states.get(0).speedMps()).isCloseTo(13.89, within(config.speed().scale() / 2));
        assertThat(states.get(0).yawRateRadps()).isCloseTo(-0.1234, within(1e-9));
        assertThat(states.get(0).steeringRad()).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void signalsSharingTheSpeedsMessageTravelWithIt() {
        CanSignal accel = new CanSignal("LongAccel", 0x3E9, 16, 16, CanSignal.ByteOrder.INTEL, true, 0.001, 0);
        EgoCanConfig withAccel = new EgoCanConfig("base_link", config.speed(), config.yawRate(), null, accel);
        List<CanFrame> frames = new EgoCanEncoder(withAccel).encode(0, 5.0, 0.2, 0.3, -2.5);
        assertThat(frames).extracting(CanFrame::id).containsExactly(0x3EA, 0x3E9);
        assertThat(accel.physical(frames.get(1).data())).isCloseTo(-2.5, within(1e-9));
        assertThat(config.speed().physical(frames.get(1).data())).isCloseTo(5.0, within(config.speed().scale()));
    }

    @Test
    void aValueTheSignalCannotCarryNamesIt() {
        assertThatThrownBy(() -> new EgoCanEncoder(config).encode(0, -1.0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VehicleSpeed");
    }
}
