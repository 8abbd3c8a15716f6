package jo.gov.mol.dwr.routes.mol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.soap.SoapCall;

@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MolChannelIntegrationTests {
    private static final String EVENTS = "/services/mol/events";
    private static final String MOL = "mol";
    private static final String MOL_PASSWORD = "mol-secret";

    @LocalServerPort
    int port;
    @Autowired
    JmsTemplate jms;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hubDb;

    @Test
    void acceptsRecruitmentRequestOnlyOnceItsEventIsOnTheDurableQueue() throws Exception {
        String messageId = MolRequests.newMessageId();
        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000123", "P1234567A"));

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.text("Status")).isEqualTo("ACCEPTED");
        assertThat(call.text("MessageId")).isEqualTo(messageId);
        assertThat(call.text("ReceivedAt")).endsWith("+03:00");

        InboundEvent event = queuedEvent(messageId);
        assertThat(event.event()).isInstanceOf(RecruitmentRequested.class);
        assertThat(event.source().system()).isEqualTo(SourceSystem.MOL);
        assertThat(event.source().account()).isEqualTo(MOL);
        assertThat(event.source().reference()).isEqualTo("MOL-REQ-2026-000123");
        assertThat(new String(event.source().raw(), StandardCharsets.UTF_8)).contains("<dws:RecruitmentRequest>");
        assertThat(event.source().sha256()).isEqualTo(EventCodec.sha256(event.source().raw()));
        assertThat(logEntries(messageId)).isEqualTo(1);
    }

    @Test
    void answersDuplicateForARepeatedMessageIdAndQueuesNothingMore() throws Exception {
        String messageId = MolRequests.newMessageId();
        String request = MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000124", "P7654321B");
        SoapCall first = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, request);
        queuedEvent(messageId);

        SoapCall again = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, request);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("Status")).isEqualTo("DUPLICATE");
        assertThat(again.text("ReceivedAt")).isEqualTo(first.text("ReceivedAt"));
        assertThat(queuedCount(messageId)).isZero();
        assertThat(logEntries(messageId)).isEqualTo(1);
    }

    @Test
    void judgesDuplicatesOnCanonicalContentNotOnSentAtOrSpelling() throws Exception {
        String messageId = MolRequests.newMessageId();
        SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, MolRequests.recruitmentRequest(messageId, "2026-03-01T09:00:00+03:00", "MOL-REQ-2026-000125", "P1111111", "400"));

        SoapCall resent = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD,
                MolRequests.recruitmentRequest(messageId, "2026-03-02T10:00:00.5+03:00", "MOL-REQ-2026-000125", "P1111111", "400.00"));

        assertThat(resent.text("Status")).isEqualTo("DUPLICATE");
    }

    @Test
    void refusesTheSameMessageIdWithOtherContentAsAConflict() throws Exception {
        String messageId = MolRequests.newMessageId();
        SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, MolRequests.recruitmentRequest(messageId, "2026-03-01T09:00:00+03:00", "MOL-REQ-2026-000126", "P2222222", "400"));

        SoapCall conflicting = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD,
                MolRequests.recruitmentRequest(messageId, "2026-03-01T09:00:00+03:00", "MOL-REQ-2026-000126", "P2222222", "450"));

        assertThat(conflicting.status()).isEqualTo(500);
        assertThat(conflicting.text("faultcode")).endsWith("Client");
        assertThat(conflicting.validationErrors()).extracting(SoapCall.Problem::field, SoapCall.Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MessageId", "message_id_conflict"));
        assertThat(logEntries(messageId)).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidMessageWithOneValidationErrorPerProblemAndKeepsOnlyTheRefusal() throws Exception {
        String messageId = MolRequests.newMessageId();
        String invalid = MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000127", "P3333333")
                .replace("<dws:OfficeLicenceNo>RO-0142</dws:OfficeLicenceNo>", "<dws:OfficeLicenceNo>RO-14</dws:OfficeLicenceNo>")
                .replace("<dws:Nationality>PHL</dws:Nationality>", "")
                .replace("<dws:Sex>F</dws:Sex>", "<dws:Sex>X</dws:Sex>");

        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, invalid);

        assertThat(call.status()).isEqualTo(500);
        assertThat(call.text("faultcode")).endsWith("Client");
        assertThat(call.validationErrors()).extracting(SoapCall.Problem::field, SoapCall.Problem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("OfficeLicenceNo", "invalid_format"),
                        org.assertj.core.groups.Tuple.tuple("Worker/Nationality", "required"),
                        org.assertj.core.groups.Tuple.tuple("Worker/Sex", "invalid_value"));
        assertThat(call.body()).doesNotContain("Exception").doesNotContain("at jo.gov");
        assertThat(logEntries(messageId)).isZero();
        assertThat(refusals(messageId)).isEqualTo(1);
        assertThat(queuedCount(messageId)).isZero();
    }

    @Test
    void judgesACorrectedMessageAfreshUnderTheIdOfItsRefusal() throws Exception {
        String messageId = MolRequests.newMessageId();
        String valid = MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000128", "P4444444");
        SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, valid.replace("RO-0142", "RO-1"));

        SoapCall corrected = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, valid);

        assertThat(corrected.text("Status")).isEqualTo("ACCEPTED");
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("RecruitmentRequest", (BiFunction<String, String, String>) (id, p) -> MolRequests.recruitmentRequest(id, "MOL-REQ-2026-000200", p)),
                Arguments.of("WorkPermit", (BiFunction<String, String, String>) MolRequests::workPermit),
                Arguments.of("Complaint", (BiFunction<String, String, String>) MolRequests::complaint),
                Arguments.of("AbscondingReport", (BiFunction<String, String, String>) MolRequests::abscondingReport),
                Arguments.of("EmployerTransfer", (BiFunction<String, String, String>) MolRequests::employerTransfer),
                Arguments.of("OfficeLicence", (BiFunction<String, String, String>) (id, p) -> MolRequests.officeLicence(id, "RO-0777")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void acceptsEveryOperationOfTheContract(String operation, BiFunction<String, String, String> request) throws Exception {
        String messageId = MolRequests.newMessageId();

        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, request.apply(messageId, "P5555555"));

        assertThat(call.text("Status")).as(call.body()).isEqualTo("ACCEPTED");
        assertThat(queuedEvent(messageId).source().messageId()).isEqualTo(messageId);
    }

    @Test
    void answers401AndKeepsNothingForMissingOrWrongCredentials() throws Exception {
        String messageId = MolRequests.newMessageId();
        String request = MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000129", "P6666666");

        assertThat(SoapCall.post(port, EVENTS, null, null, request).status()).isEqualTo(401);
        assertThat(SoapCall.post(port, EVENTS, MOL, "wrong", request).status()).isEqualTo(401);
        assertThat(logEntries(messageId)).isZero();
        assertThat(hubDb.queryForObject("select count(*) from refusal where account = 'wrong'", Long.class)).isZero();
    }

    @Test
    void answers403ToAnotherSystemsAccountAndKeepsOnlyTheRefusal() throws Exception {
        long before = hubDb.queryForObject("select count(*) from refusal where account = 'moi' and code = 'forbidden_system'", Long.class);
        String messageId = MolRequests.newMessageId();

        SoapCall call = SoapCall.post(port, EVENTS, "moi", "moi-secret", MolRequests.recruitmentRequest(messageId, "MOL-REQ-2026-000130", "P7777777"));

        assertThat(call.status()).isEqualTo(403);
        assertThat(logEntries(messageId)).isZero();
        assertThat(hubDb.queryForObject("select count(*) from refusal where account = 'moi' and code = 'forbidden_system'", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                """ + MolRequests.recruitmentRequest(MolRequests.newMessageId(), "MOL-REQ-2026-000131", "&xxe;");

        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, xxe);

        assertThat(call.status()).isEqualTo(500);
        assertThat(call.text("faultcode")).endsWith("Client");
        assertThat(call.validationErrors()).extracting(SoapCall.Problem::code).containsExactly("malformed_message");
        assertThat(call.body()).doesNotContain("root:");
    }

    @Test
    void refusesABillionLaughs() throws Exception {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                """ + MolRequests.recruitmentRequest(MolRequests.newMessageId(), "MOL-REQ-2026-000132", "&lol3;");

        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, bomb);

        assertThat(call.validationErrors()).extracting(SoapCall.Problem::code).containsExactly("malformed_message");
    }

    @Test
    void answers413ToABodyOverOneMebibyte() throws Exception {
        byte[] padding = new byte[1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        String request = MolRequests.recruitmentRequest(MolRequests.newMessageId(), "MOL-REQ-2026-000133", "P8888888");
        byte[] body = (request + new String(padding, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.UTF_8);

        SoapCall call = SoapCall.post(port, "/services/mol/events", MOL, MOL_PASSWORD, body);

        assertThat(call.status()).isEqualTo(413);
    }

    @Test
    void refusesABodyThatIsNotARequestOfThisService() throws Exception {
        SoapCall call = SoapCall.post(port, EVENTS, MOL, MOL_PASSWORD, MolRequests.envelope("<dws:Unknown><dws:MessageId>x</dws:MessageId></dws:Unknown>"));

        assertThat(call.text("faultcode")).endsWith("Client");
        assertThat(call.validationErrors()).extracting(SoapCall.Problem::code).containsExactly("unknown_message_type");
    }

    @Test
    void publishesItsWsdl() throws Exception {
        SoapCall wsdl = SoapCall.get(port, "/services/mol/events?wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body()).contains("MolEventsService").contains("RecruitmentRequest");
    }

    private InboundEvent queuedEvent(String messageId) throws Exception {
        jms.setReceiveTimeout(10_000);
        TextMessage message = (TextMessage) jms.receiveSelected("registry.events", selector(messageId));
        assertThat(message).as("event of message " + messageId + " on the queue").isNotNull();
        return EventCodec.fromJson(message.getText());
    }

    private int queuedCount(String messageId) {
        return jms.browseSelected("registry.events", selector(messageId), (session, browser) -> java.util.Collections.list(browser.getEnumeration()).size());
    }

    private static String selector(String messageId) {
        return "dwrEventId = '" + InboundEvent.eventIdOf(SourceSystem.MOL, messageId) + "'";
    }

    private long logEntries(String messageId) {
        return hubDb.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId);
    }

    private long refusals(String messageId) {
        return hubDb.queryForObject("select count(*) from refusal where message_id = ?", Long.class, messageId);
    }
}
