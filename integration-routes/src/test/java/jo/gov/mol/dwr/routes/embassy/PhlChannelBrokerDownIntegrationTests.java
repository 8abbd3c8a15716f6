package jo.gov.mol.dwr.routes.embassy;

import static jo.gov.mol.dwr.routes.embassy.PhlSamples.PHL_TOKEN;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.newEventId;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.verification;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.routes.app.HubApplication;

/** A hub that cannot make an event durable answers 503 and keeps nothing; the embassy's retry is then accepted. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PhlChannelBrokerDownIntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    EmbeddedActiveMQ broker;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void answersNotPersistedWhileTheBrokerIsDownThenAcceptsTheRetry() throws Exception {
        String eventId = newEventId();

        broker.stop();
        PhlCall whileDown = PhlCall.postEvent(port, PHL_TOKEN, verification(eventId));
        broker.start();
        PhlCall retry = PhlCall.postEvent(port, PHL_TOKEN, verification(eventId));

        assertThat(whileDown.status()).isEqualTo(503);
        PhlChannelIntegrationTests.assertProblem(whileDown, 503);
        assertThat(whileDown.json().get("code").asText()).isEqualTo("not_persisted");
        assertThat(retry.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(hubDb.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, eventId))
                .isEqualTo(1);
    }
}
