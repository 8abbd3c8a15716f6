package jo.gov.mol.dwr.routes.broker;

import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.realTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.jms.Connection;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;

/**
 * The border system reaches the hub's broker over TCP with its own user, and may only send crossings; the hub
 * reads them under that user's name.
 */
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
    DeadLetterStore deadLetters;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void takesACrossingFromTheBorderUserOverTcpIntoIntake() {
        String eventId = UUID.randomUUID().toString();

        try (JMSContext border = tcp().createContext("border", "border-secret")) {
            border.createProducer().send(border.createQueue("border.crossings"), realTime(eventId, "AMM", LINE2));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> hubDb.queryForObject(
                "select count(*) from inbound_message where source_system = 'BORDER' and message_id = ? and account = 'border'",
                Long.class, eventId) == 1);
    }

    @Test
    void keepsAnUnreadableCrossingFromTheBorderUserOverTcpUnderItsName() {
        String eventId = UUID.randomUUID().toString();
        String incomplete = "<Crossing xmlns=\"urn:jo:gov:psd:border:1\"><EventId>" + eventId + "</EventId></Crossing>";

        try (JMSContext border = tcp().createContext("border", "border-secret")) {
            border.createProducer().send(border.createQueue("border.crossings"), incomplete);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> !deadLetters.find(SourceSystem.BORDER, eventId).isEmpty());
        assertThat(deadLetters.find(SourceSystem.BORDER, eventId).get(0).account()).isEqualTo("border");
    }

    @Test
    void refusesAWrongPasswordAnUnknownUserAndAnonymousConnections() {
        assertThatThrownBy(() -> connect("border", "wrong")).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> connect("nobody", "border-secret")).isInstanceOf(JMSSecurityException.class);
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
