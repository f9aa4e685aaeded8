package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.mqtt.PahoReceivePatch;
import org.junit.jupiter.api.Test;

/** On the vehicle's class path (the launcher's order: avstack-core before Paho) the bulk-reading receive is in use. */
class PahoReceivePatchClassPathTest {

    @Test
    void avstackCoreComesBeforePaho() {
        assertThat(PahoReceivePatch.active()).isTrue();
    }
}
