package io.avstack.vehicle.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.client.parameter.Listener;
import com.hivemq.extension.sdk.api.client.parameter.ListenerType;
import com.hivemq.extension.sdk.api.client.parameter.ServerInformation;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * avstack's in-process HiveMQ extension (no jar, no extensions folder): it learns which port the
 * TCP listener bound (port 0 picks one) and, when credentials are configured, lets in only clients
 * that present them. Without credentials HiveMQ accepts everyone.
 */
final class BrokerExtension implements ExtensionMain {

    private final String username;
    private final byte[] password;
    private volatile ServerInformation serverInformation;

    BrokerExtension(EmbeddedBrokerSettings settings) {
        this.username = settings.username();
        this.password = settings.password() == null ? null : settings.password().getBytes(StandardCharsets.UTF_8);
    }

    EmbeddedExtension embedded() {
        return EmbeddedExtension.builder()
                .withId("avstack-broker")
                .withName("avstack broker")
                .withVersion("1")
                .withAuthor("avstack")
                .withPriority(1000)
                .withStartPriority(1000)
                .withExtensionMain(this)
                .build();
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        serverInformation = input.getServerInformation();
        if (username != null) {
            // Services is static: with several brokers in one JVM it reaches the one starting now.
            SimpleAuthenticator authenticator = this::authenticate;
            Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
        }
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        // nothing to release
    }

    private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
        Optional<String> user = input.getConnectPacket().getUserName();
        Optional<ByteBuffer> pass = input.getConnectPacket().getPassword();
        if (user.isPresent() && user.get().equals(username) && pass.isPresent() && matches(pass.get())) {
            output.authenticateSuccessfully();
        } else {
            output.failAuthentication();
        }
    }

    private boolean matches(ByteBuffer presented) {
        byte[] bytes = new byte[presented.remaining()];
        presented.duplicate().get(bytes);
        return MessageDigest.isEqual(bytes, password); // constant time
    }

    /**
     * The port the TCP listener on {@code bindAddress} bound, or -1 if there is none (HiveMQ fell
     * back to its default configuration, or has not started).
     */
    int boundPort(String bindAddress) {
        ServerInformation info = serverInformation;
        if (info == null) {
            return -1;
        }
        for (Listener listener : info.getListener()) {
            if (listener.getListenerType() == ListenerType.TCP_LISTENER && listener.getBindAddress().equals(bindAddress)) {
                return listener.getPort();
            }
        }
        return -1;
    }

    /** All listeners, for error messages. */
    String describeListeners() {
        ServerInformation info = serverInformation;
        if (info == null) {
            return "<unknown>";
        }
        StringBuilder sb = new StringBuilder();
        for (Listener listener : info.getListener()) {
            sb.append(listener.getListenerType()).append(' ').append(listener.getBindAddress()).append(':')
                    .append(listener.getPort()).append(' ');
        }
        return sb.toString().trim();
    }
}
