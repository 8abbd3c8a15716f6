package jo.gov.mol.dwr.routes.mol;

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
import jo.gov.mol.dwr.routes.soap.SoapCall;

/** With the broker down nothing is acknowledged; once it is back, the sender's retry is accepted. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class MolChannelBrokerDownIntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    EmbeddedActiveMQ broker;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void answersAServerFaultAndKeepsNothingWhileTheBrokerIsDownThenAcceptsTheRetry() throws Exception {
        String messageId = MolRequests.newMessageId();
        String request = MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000300", "P9090909");

        broker.stop();
        SoapCall whileDown = SoapCall.post(port, "/services/mol/events", "mol", "mol-secret", request);
        broker.start();
        SoapCall retry = SoapCall.post(port, "/services/mol/events", "mol", "mol-secret", request);

        assertThat(whileDown.status()).isEqualTo(500);
        assertThat(whileDown.text("faultcode")).endsWith("Server");
        assertThat(whileDown.body()).doesNotContain("Exception");
        assertThat(retry.text("Status")).as(retry.body()).isEqualTo("ACCEPTED");
        assertThat(hubDb.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId))
                .isEqualTo(1);
    }
}
