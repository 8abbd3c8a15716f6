package jo.gov.mol.dwr.routes.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.IntakeRoutes;
import jo.gov.mol.dwr.routes.intake.Submission;

@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessageLogIntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    MessageLogChainer chainer;
    @Autowired
    MessageLogVerifier verifier;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void chainsEveryAcceptedMessageAndFindsTheChainIntact() {
        accept();
        accept();
        chainer.chainPending();

        MessageLogVerifier.Verification verification = verifier.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(2);
        assertThat(verification.firstBroken()).isNull();
    }

    @Test
    void namesTheFirstEntryWhoseRawMessageWasEdited() {
        long edited = accept();
        accept();
        chainer.chainPending();
        byte[] original = rawOf(edited);
        try {
            hubDb.update("update inbound_message set raw_message = ? where id = ?", "<forged/>".getBytes(StandardCharsets.UTF_8), edited);

            MessageLogVerifier.Verification verification = verifier.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken().id()).isEqualTo(edited);
            assertThat(verification.firstBroken().reason()).contains("SHA-256");
        } finally {
            hubDb.update("update inbound_message set raw_message = ? where id = ?", original, edited);
        }
    }

    @Test
    void namesTheFirstEntryWhoseLoggedFieldsWereEditedEvenWithTheirHashRecomputed() {
        long edited = accept();
        chainer.chainPending();
        String account = hubDb.queryForObject("select account from inbound_message where id = ?", String.class, edited);
        try {
            hubDb.update("update inbound_message set account = 'someone-else' where id = ?", edited);

            MessageLogVerifier.Verification verification = verifier.verify();

            assertThat(verification.firstBroken().id()).isEqualTo(edited);
            assertThat(verification.firstBroken().reason()).contains("chain hash");
        } finally {
            hubDb.update("update inbound_message set account = ? where id = ?", account, edited);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void servesTheVerificationToAdministratorsOnly() throws Exception {
        accept();
        chainer.chainPending();

        assertThat(get("admin", "admin-secret").statusCode()).isEqualTo(200);
        assertThat(get("admin", "admin-secret").body()).contains("\"intact\":true");
        assertThat(get("auditor", "auditor-secret").statusCode()).isEqualTo(403);
        assertThat(get(null, null).statusCode()).isEqualTo(401);
        assertThat(get("mol", "mol-secret").statusCode()).as("a system account is not a person").isEqualTo(401);
    }

    private long accept() {
        String messageId = UUID.randomUUID().toString();
        OfficeLicenceRecorded licence = new OfficeLicenceRecorded(LicenceNo.of("RO-0998"), "CHAIN OFFICE", "مكتب",
                "IRBID", LicenceStatus.ACTIVE, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 50);
        Submission submission = new Submission(SourceSystem.MOL, "mol", messageId, Instant.now(), licence,
                ("<OfficeLicence>" + messageId + "</OfficeLicence>").getBytes(StandardCharsets.UTF_8));
        return producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class).logEntryId();
    }

    private byte[] rawOf(long id) {
        return hubDb.queryForObject("select raw_message from inbound_message where id = ?", byte[].class, id);
    }

    private HttpResponse<String> get(String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/message-log/verification"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
