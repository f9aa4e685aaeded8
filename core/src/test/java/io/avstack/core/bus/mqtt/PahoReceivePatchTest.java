package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPublish;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttWireMessage;
import org.junit.jupiter.api.Test;

/** avstack's bulk-reading replacement of Paho's {@code CountingInputStream}: loaded, and Paho decodes right with it. */
class PahoReceivePatchTest {

    @Test
    void theBulkReadingClassIsTheOneLoaded() {
        assertThat(PahoReceivePatch.active()).isTrue();
    }

    /** A PUBLISH as Paho writes it decodes to the same topic, id and payload (QoS 0 and 1, small and large). */
    @Test
    void publishPacketsDecodeToWhatWasSent() throws Exception {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 100, 700_000}) {
            for (int qos : new int[] {0, 1}) {
                byte[] payload = new byte[size];
                random.nextBytes(payload);
                MqttMessage message = new MqttMessage(payload);
                message.setQos(qos);
                MqttPublish sent = new MqttPublish("avstack/ego/sensor/lidar/top", message);
                if (qos > 0) {
                    sent.setMessageId(4711);
                }
                ByteArrayOutputStream packet = new ByteArrayOutputStream();
                packet.write(sent.getHeader());
                packet.write(sent.getPayload());

                MqttPublish received = (MqttPublish) MqttWireMessage.createWireMessage(packet.toByteArray());

                assertThat(received.getTopicName()).isEqualTo("avstack/ego/sensor/lidar/top");
                assertThat(received.getMessage().getQos()).isEqualTo(qos);
                assertThat(received.getMessage().getPayload()).as("%d bytes, QoS %d", size, qos).isEqualTo(payload);
                if (qos > 0) {
                    assertThat(received.getMessageId()).isEqualTo(4711);
                }
            }
        }
    }
}
