package io.avstack.system.mqtt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link MqttBusContract} against a real Mosquitto process: interoperability with an external broker. */
class MqttBusOnMosquittoTest extends MqttBusContract {

    private static MosquittoBroker broker;
    private static int port;

    @BeforeAll
    static void startBroker() throws Exception {
        MosquittoBroker.assumeInstalled();
        port = MqttTestSupport.freePort();
        broker = MosquittoBroker.start(port);
    }

    @AfterAll
    static void closeBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    String brokerUrl() {
        return broker.url();
    }

    @Override
    void stopBroker() throws Exception {
        broker.close();
    }

    @Override
    void startBrokerAgain() throws Exception {
        broker = MosquittoBroker.start(port);
    }
}
