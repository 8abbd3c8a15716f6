package jo.gov.mol.dwr.routes.embassy;

import static jo.gov.mol.dwr.routes.embassy.PhlSamples.KEN_TOKEN;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.PHL_TOKEN;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.newEventId;
import static jo.gov.mol.dwr.routes.embassy.PhlSamples.verification;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.jms.TextMessage;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;

/** The Philippine embassy's events over real HTTP (interfaces.md 4a): every answer the contract names. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhlChannelIntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    JmsTemplate jms;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void acceptsAnEventOnceItIsDurableWithItsOccurredAtAsItsTime() throws Exception {
        String eventId = newEventId();

        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, verification(eventId));

        assertThat(call.status()).isEqualTo(202);
        assertThat(call.json().properties()).extracting(e -> e.getKey() + "=" + e.getValue().asText())
                .containsExactly("eventId=" + eventId, "status=ACCEPTED");
        InboundEvent queued = queuedEvent(eventId);
        assertThat(queued.event()).isInstanceOf(ContractAttested.class);
        assertThat(queued.source().system()).isEqualTo(SourceSystem.EMBASSY_PHL);
        assertThat(queued.source().messageId()).isEqualTo(eventId);
        assertThat(queued.source().reference()).isEqualTo("PH-VER-2026-000123");
        assertThat(queued.source().sentAt()).as("the event's occurredAt").isEqualTo(Instant.parse("2026-03-05T07:15:00Z"));
        assertThat(new String(queued.source().raw(), StandardCharsets.UTF_8)).isEqualTo(verification(eventId));
        assertThat(hubDb.queryForObject("select sent_at from inbound_message where message_id = ?", OffsetDateTime.class,
                eventId).toInstant()).isEqualTo(Instant.parse("2026-03-05T07:15:00Z"));
    }

    @Test
    void answersDuplicateForTheSameEventAgainAndKeepsItOnce() throws Exception {
        String eventId = newEventId();
        PhlCall.postEvent(port, PHL_TOKEN, verification(eventId));

        PhlCall again = PhlCall.postEvent(port, PHL_TOKEN, verification(eventId).replace("\n", " "));

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(logEntries(eventId)).isEqualTo(1);
    }

    @Test
    void refusesAnotherContentUnderAnEventIdAcceptedBeforeAsAConflict() throws Exception {
        String eventId = newEventId();
        PhlCall.postEvent(port, PHL_TOKEN, verification(eventId));

        PhlCall changed = PhlCall.postEvent(port, PHL_TOKEN,
                verification(eventId, "PH-VER-2026-000123", "2026-03-05T10:15:00+03:00", 450));

        assertThat(changed.status()).isEqualTo(409);
        assertProblem(changed, 409);
        assertThat(changed.json().get("code").asText()).isEqualTo("message_id_conflict");
        JsonNode error = changed.json().get("errors").get(0);
        assertThat(error.get("pointer").asText()).isEqualTo("/eventId");
        assertThat(error.get("code").asText()).isEqualTo("message_id_conflict");
        assertThat(error.get("reason").asText()).contains(eventId);
        assertThat(changed.json().get("errors")).hasSize(1);
        assertThat(logEntries(eventId)).isEqualTo(1);
        assertThat(refusals(eventId, 409)).isEqualTo(1);
    }

    @Test
    void namesEveryBadFieldByItsPointerAndKeepsOnlyTheRefusal() throws Exception {
        String eventId = newEventId();
        String broken = verification(eventId).replace("\"birthDate\": \"1994-07-15\"", "\"birthDate\": \"15/07/1994\"")
                .replace("\"sex\": \"F\"", "\"sex\": \"X\"");

        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, broken);

        assertThat(call.status()).isEqualTo(400);
        assertProblem(call, 400);
        assertThat(call.json().get("errors")).extracting(e -> e.get("pointer").asText() + " " + e.get("code").asText())
                .containsExactlyInAnyOrder("/worker/birthDate invalid_format", "/worker/sex invalid_value");
        assertThat(call.json().get("errors")).allSatisfy(e -> assertThat(e.get("reason").asText()).isNotBlank());
        assertThat(logEntries(eventId)).isZero();
        assertThat(refusals(eventId, 400)).isEqualTo(1);
    }

    @Test
    void refusesABodyThatIsNotJsonAtAll() throws Exception {
        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, "{\"eventId\": ");

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.json().get("errors").get(0).get("code").asText()).isEqualTo("malformed_message");
    }

    @Test
    void answers401ForAMissingOrUnknownTokenAndKeepsNothing() throws Exception {
        String eventId = newEventId();

        PhlCall missing = PhlCall.postEvent(port, null, verification(eventId));
        PhlCall unknown = PhlCall.postEvent(port, "not-a-token-of-any-embassy-at-all", verification(eventId));

        for (PhlCall call : new PhlCall[] {missing, unknown}) {
            assertThat(call.status()).isEqualTo(401);
            assertThat(call.wwwAuthenticate()).startsWith("Bearer");
            assertProblem(call, 401);
            assertThat(call.json().get("code").asText()).isEqualTo("unauthorized");
        }
        assertThat(logEntries(eventId)).isZero();
        assertThat(hubDb.queryForObject("select count(*) from refusal where message_id = ?", Long.class, eventId)).isZero();
    }

    @Test
    void answers403ForAnotherEmbassysTokenAndRecordsTheRefusal() throws Exception {
        long before = hubDb.queryForObject("select count(*) from refusal where source_system = 'EMBASSY_PHL' and http_status = 403"
                + " and account like 'KEN-token-%'", Long.class);

        PhlCall call = PhlCall.postEvent(port, KEN_TOKEN, verification(newEventId()));

        assertThat(call.status()).isEqualTo(403);
        assertProblem(call, 403);
        assertThat(call.json().get("code").asText()).isEqualTo("forbidden_system");
        assertThat(hubDb.queryForObject("select count(*) from refusal where source_system = 'EMBASSY_PHL' and http_status = 403"
                + " and account like 'KEN-token-%' and code = 'forbidden_system'", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void answers413ForABodyOverOneMebibyteAndRecordsTheRefusal() throws Exception {
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) ' ');
        long before = refusalsOfCode("payload_too_large");

        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, "application/json", large);

        assertThat(call.status()).isEqualTo(413);
        assertProblem(call, 413);
        assertThat(call.json().get("code").asText()).isEqualTo("payload_too_large");
        assertThat(refusalsOfCode("payload_too_large")).isEqualTo(before + 1);
    }

    @Test
    void answers415ForABodyThatIsNotSentAsJson() throws Exception {
        String eventId = newEventId();

        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, "text/plain", verification(eventId).getBytes(StandardCharsets.UTF_8));

        assertThat(call.status()).isEqualTo(415);
        assertProblem(call, 415);
        assertThat(call.json().get("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(logEntries(eventId)).isZero();
    }

    @Test
    void takesJsonDeclaredInUtf8() throws Exception {
        PhlCall call = PhlCall.postEvent(port, PHL_TOKEN, "application/json; charset=UTF-8",
                verification(newEventId()).getBytes(StandardCharsets.UTF_8));

        assertThat(call.status()).isEqualTo(202);
    }

    @Test
    void keepsTheLaterVersionsOfOneReferenceApartByTheirEventIds() throws Exception {
        String reference = "PH-VER-" + newEventId().substring(0, 8);

        PhlCall.postEvent(port, PHL_TOKEN, verification(newEventId(), reference, "2026-03-05T10:15:00+03:00", 400));
        PhlCall later = PhlCall.postEvent(port, PHL_TOKEN,
                verification(newEventId(), reference, "2026-03-06T09:00:00+03:00", 450));

        assertThat(later.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(hubDb.queryForObject("select count(*) from inbound_message where source_system = 'EMBASSY_PHL'"
                + " and reference = ?", Long.class, reference)).isEqualTo(2);
    }

    static void assertProblem(PhlCall call, int status) {
        assertThat(call.contentType()).startsWith("application/problem+json");
        assertThat(call.json().get("type").asText()).startsWith("urn:jo:gov:mol:dwr:problem:");
        assertThat(call.json().get("title").asText()).isNotBlank();
        assertThat(call.json().get("status").asInt()).isEqualTo(status);
        assertThat(call.json().get("detail").asText()).isNotBlank();
        assertThat(call.json().toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private InboundEvent queuedEvent(String eventId) throws Exception {
        jms.setReceiveTimeout(10_000);
        TextMessage message = (TextMessage) jms.receiveSelected("registry.events",
                "dwrEventId = '" + InboundEvent.eventIdOf(SourceSystem.EMBASSY_PHL, eventId) + "'");
        assertThat(message).as("event " + eventId + " on the queue").isNotNull();
        return EventCodec.fromJson(message.getText());
    }

    private long logEntries(String eventId) {
        return hubDb.queryForObject("select count(*) from inbound_message where source_system = 'EMBASSY_PHL' and message_id = ?",
                Long.class, eventId);
    }

    private long refusals(String eventId, int status) {
        return hubDb.queryForObject("select count(*) from refusal where source_system = 'EMBASSY_PHL' and message_id = ?"
                + " and http_status = ?", Long.class, eventId, status);
    }

    private long refusalsOfCode(String code) {
        return hubDb.queryForObject("select count(*) from refusal where source_system = 'EMBASSY_PHL' and code = ?", Long.class, code);
    }
}
