package jo.gov.mol.dwr.routes.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.jms.Connection;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.TextMessage;

import jo.gov.mol.dwr.routes.app.HubApplication;

/** The border system reaches the hub's broker over TCP with its own user, and may only send crossings. */
@SpringBootTest(classes = HubApplication.class)
class BrokerAccessIntegrationTests {
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        registry.add("hub.broker.tcp-enabled", () -> "true");
        registry.add("hub.broker.tcp-host", () -> "127.0.0.1");
        registry.add("hub.broker.tcp-port", () -> PORT);
        registry.add("hub.broker.users.border.password", () -> "{noop}border-secret");
        registry.add("hub.broker.users.border.roles", () -> "border");
        registry.add("hub.broker.users.stranger.password", () -> "{noop}stranger-secret");
        registry.add("hub.broker.users.stranger.roles", () -> "stranger");
    }

    @Autowired
    JmsTemplate hub;

    @Test
    void takesACrossingFromTheBorderUserOverTcp() throws Exception {
        String body = "<Crossing xmlns=\"urn:jo:gov:psd:border:1\"><EventId>" + UUID.randomUUID() + "</EventId></Crossing>";

        try (JMSContext border = tcp().createContext("border", "border-secret")) {
            border.createProducer().send(border.createQueue("border.crossings"), body);
        }

        hub.setReceiveTimeout(5_000);
        TextMessage received = (TextMessage) hub.receive("border.crossings");
        assertThat(received).isNotNull();
        assertThat(received.getText()).isEqualTo(body);
    }

    @Test
    void refusesAWrongPasswordAndAnonymousConnections() {
        assertThatThrownBy(() -> connect("border", "wrong")).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> connect(null, null)).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void letsTheBorderUserNeitherReadCrossingsNorSendElsewhere() {
        try (JMSContext border = tcp().createContext("border", "border-secret")) {
            assertThatThrownBy(() -> border.createConsumer(border.createQueue("border.crossings")).receive(100))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
            assertThatThrownBy(() -> border.createProducer().send(border.createQueue("registry.events"), "forged"))
                    .isInstanceOf(JMSRuntimeException.class);
        }
    }

    @Test
    void letsNoOtherUserSendCrossings() {
        try (JMSContext stranger = tcp().createContext("stranger", "stranger-secret")) {
            assertThatThrownBy(() -> stranger.createProducer().send(stranger.createQueue("border.crossings"), "forged"))
                    .isInstanceOf(JMSRuntimeException.class);
        }
    }

    private static void connect(String user, String password) throws JMSException {
        try (Connection connection = tcp().createConnection(user, password)) {
            connection.createSession().close();
        }
    }

    private static ActiveMQConnectionFactory tcp() {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + PORT + "?reconnectAttempts=0");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
