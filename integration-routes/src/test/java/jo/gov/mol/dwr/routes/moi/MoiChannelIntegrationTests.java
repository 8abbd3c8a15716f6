package jo.gov.mol.dwr.routes.moi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.soap.SoapCall;

@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoiChannelIntegrationTests {
    private static final String DECISIONS = "/services/moi/decisions";

    @LocalServerPort
    int port;
    @Autowired
    JmsTemplate jms;

    @Test
    void acceptsAnApprovalAndQueuesItsDecision() throws Exception {
        String messageId = UUID.randomUUID().toString();

        SoapCall call = SoapCall.post(port, DECISIONS, "moi", "moi-secret", approved(messageId, "MOL-REQ-2026-000400"));

        assertThat(call.status()).as(call.body()).isEqualTo(200);
        assertThat(call.text("Status")).isEqualTo("ACCEPTED");
        assertThat(call.body()).contains("urn:jo:gov:moi:approvals:1");
        ApprovalDecided decision = (ApprovalDecided) queued(messageId).event();
        assertThat(decision.decision()).isEqualTo(Decision.APPROVED);
        assertThat(decision.approvalNo().value()).isEqualTo("MOI-APR-2026-000456");
        assertThat(decision.validUntil()).hasToString("2026-06-30");
    }

    @Test
    void acceptsARejectionWithItsReason() throws Exception {
        String messageId = UUID.randomUUID().toString();

        SoapCall call = SoapCall.post(port, DECISIONS, "moi", "moi-secret", rejected(messageId, "MOL-REQ-2026-000401", "SECURITY", ""));

        assertThat(call.text("Status")).isEqualTo("ACCEPTED");
        assertThat(((ApprovalDecided) queued(messageId).event()).reason()).isEqualTo(RejectionReason.SECURITY);
    }

    @Test
    void answersDuplicateForARepeatedDecision() throws Exception {
        String messageId = UUID.randomUUID().toString();
        SoapCall.post(port, DECISIONS, "moi", "moi-secret", approved(messageId, "MOL-REQ-2026-000402"));

        SoapCall again = SoapCall.post(port, DECISIONS, "moi", "moi-secret", approved(messageId, "MOL-REQ-2026-000402"));

        assertThat(again.text("Status")).isEqualTo("DUPLICATE");
    }

    @Test
    void refusesARejectionThatCarriesAnApprovalNumberAndNoReason() throws Exception {
        SoapCall call = SoapCall.post(port, DECISIONS, "moi", "moi-secret",
                rejected(UUID.randomUUID().toString(), "MOL-REQ-2026-000403", null,
                        "<moi:ApprovalNo>MOI-APR-2026-000457</moi:ApprovalNo>"));

        assertThat(call.text("faultcode")).endsWith("Client");
        assertThat(call.validationErrors()).extracting(SoapCall.Problem::field, SoapCall.Problem::code)
                .containsExactlyInAnyOrder(tuple("ReasonCode", "required"), tuple("ApprovalNo", "inconsistent_values"));
    }

    @Test
    void refusesAnApprovalWithoutItsNumber() throws Exception {
        String request = approved(UUID.randomUUID().toString(), "MOL-REQ-2026-000404")
                .replace("<moi:ApprovalNo>MOI-APR-2026-000456</moi:ApprovalNo>", "");

        SoapCall call = SoapCall.post(port, DECISIONS, "moi", "moi-secret", request);

        assertThat(call.validationErrors()).extracting(SoapCall.Problem::field, SoapCall.Problem::code)
                .containsExactly(tuple("ApprovalNo", "required"));
    }

    @Test
    void answers403ToTheMolAccount() throws Exception {
        SoapCall call = SoapCall.post(port, DECISIONS, "mol", "mol-secret", approved(UUID.randomUUID().toString(), "MOL-REQ-2026-000405"));

        assertThat(call.status()).isEqualTo(403);
    }

    @Test
    void publishesItsWsdl() throws Exception {
        SoapCall wsdl = SoapCall.get(port, DECISIONS + "?wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body()).contains("MoiDecisionsService").contains("ApprovalDecision");
    }

    private InboundEvent queued(String messageId) throws Exception {
        jms.setReceiveTimeout(10_000);
        TextMessage message = (TextMessage) jms.receiveSelected("registry.events",
                "dwrEventId = '" + InboundEvent.eventIdOf(SourceSystem.MOI, messageId) + "'");
        assertThat(message).isNotNull();
        return EventCodec.fromJson(message.getText());
    }

    private static String approved(String messageId, String requestId) {
        return envelope("""
                <moi:ApprovalDecision>
                  <moi:MessageId>%s</moi:MessageId><moi:SentAt>2026-03-10T12:00:00+03:00</moi:SentAt>
                  <moi:CaseRef>MOI-CASE-77</moi:CaseRef><moi:RequestId>%s</moi:RequestId>
                  <moi:Decision>APPROVED</moi:Decision><moi:ApprovalNo>MOI-APR-2026-000456</moi:ApprovalNo>
                  <moi:ValidUntil>2026-06-30</moi:ValidUntil><moi:DecidedAt>2026-03-10T11:58:00+03:00</moi:DecidedAt>
                </moi:ApprovalDecision>""".formatted(messageId, requestId));
    }

    private static String rejected(String messageId, String requestId, String reason, String extra) {
        return envelope("""
                <moi:ApprovalDecision>
                  <moi:MessageId>%s</moi:MessageId><moi:SentAt>2026-03-10T12:00:00+03:00</moi:SentAt>
                  <moi:CaseRef>MOI-CASE-78</moi:CaseRef><moi:RequestId>%s</moi:RequestId>
                  <moi:Decision>REJECTED</moi:Decision>%s%s<moi:DecidedAt>2026-03-10T11:58:00+03:00</moi:DecidedAt>
                </moi:ApprovalDecision>""".formatted(messageId, requestId, extra,
                reason == null ? "" : "<moi:ReasonCode>" + reason + "</moi:ReasonCode>"));
    }

    private static String envelope(String body) {
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:moi="urn:jo:gov:moi:approvals:1">
                  <soap:Body>%s</soap:Body>
                </soap:Envelope>""".formatted(body);
    }
}
