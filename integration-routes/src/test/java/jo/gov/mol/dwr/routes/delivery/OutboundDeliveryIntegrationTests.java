package jo.gov.mol.dwr.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.mappings.canonical.OfficeClassificationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.mol.MolRequests;
import jo.gov.mol.dwr.routes.soap.SoapCall;

/** The hub's outbound deliveries against outside services over real HTTP: down, failing, and back. */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
// its worker delivers: closed after the class, so that it claims no entry of another test sharing a PostgreSQL database
@DirtiesContext
class OutboundDeliveryIntegrationTests {
    private static final Pattern REQUEST_ID = Pattern.compile("RequestId>([^<]+)<");
    private static final FakeSoapReceiver MOI = start(new FakeSoapReceiver(request ->
            "<moi:ApprovalReceipt xmlns:moi=\"urn:jo:gov:moi:approvals:1\"><moi:CaseRef>CASE-" + requestId(request)
                    + "</moi:CaseRef></moi:ApprovalReceipt>"));
    private static final FakeSoapReceiver MOL = start(new FakeSoapReceiver(request ->
            "<n:Ack xmlns:n=\"urn:jo:gov:mol:dws:notify:1\"><n:MessageId>x</n:MessageId><n:Status>ACCEPTED</n:Status>"
                    + "<n:ReceivedAt>2026-03-10T12:00:00+03:00</n:ReceivedAt></n:Ack>"));

    @DynamicPropertySource
    static void receivers(DynamicPropertyRegistry registry) {
        registry.add("hub.moi.url", MOI::url);
        registry.add("hub.mol-notices.url", MOL::url);
        registry.add("hub.delivery.enabled", () -> "true");
        registry.add("hub.delivery.poll-interval", () -> "100ms");
        registry.add("hub.delivery.initial-backoff", () -> "100ms");
        registry.add("hub.delivery.max-backoff", () -> "400ms");
        registry.add("hub.moi.connect-timeout", () -> "1s");
    }

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JmsTemplate jms;

    @BeforeEach
    void receiversUp() {
        MOI.mode(FakeSoapReceiver.Mode.ANSWER);
        MOL.mode(FakeSoapReceiver.Mode.ANSWER);
    }

    @AfterAll
    static void closeReceivers() {
        MOI.close();
        MOL.close();
    }

    @Test
    void sendsEachRecruitmentRequestToMoiOnceWhenMoiComesBackAfterBeingDown() throws Exception {
        MOI.stop();
        List<String> requests = List.of("MOL-REQ-2026-000501", "MOL-REQ-2026-000502", "MOL-REQ-2026-000503");
        try {
            for (String requestId : requests) {
                assertThat(recruit(requestId).text("Status")).isEqualTo("ACCEPTED");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> requests.stream().allMatch(id -> delivery(id).attempts() >= 2));
        } finally {
            MOI.start();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> requests.stream()
                .allMatch(id -> delivery(id).status() == Delivery.Status.DELIVERED));
        for (String requestId : requests) {
            String messageId = MoiApprovalRequests.messageIdFor(RequestId.of(requestId));
            assertThat(MOI.answered()).containsOnlyOnce(messageId);
            assertThat(delivery(requestId).result()).isEqualTo("CASE-" + requestId);
        }
    }

    @Test
    void sendsNoSecondApprovalRequestForACorrectedRecruitmentRequest() throws Exception {
        recruit("MOL-REQ-2026-000510");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery("MOL-REQ-2026-000510").status() == Delivery.Status.DELIVERED);

        assertThat(recruit("MOL-REQ-2026-000510").text("Status")).isEqualTo("ACCEPTED");

        String messageId = MoiApprovalRequests.messageIdFor(RequestId.of("MOL-REQ-2026-000510"));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> MOI.seen().stream().filter(messageId::equals).count() == 1);
    }

    @Test
    void retriesAServerFaultUnderTheSameMessageId() throws Exception {
        MOI.mode(FakeSoapReceiver.Mode.SERVER_FAULT);
        recruit("MOL-REQ-2026-000520");
        String messageId = MoiApprovalRequests.messageIdFor(RequestId.of("MOL-REQ-2026-000520"));
        await().atMost(Duration.ofSeconds(10)).until(() -> MOI.seen().stream().filter(messageId::equals).count() >= 2);

        MOI.mode(FakeSoapReceiver.Mode.ANSWER);

        await().atMost(Duration.ofSeconds(10)).until(() -> delivery("MOL-REQ-2026-000520").status() == Delivery.Status.DELIVERED);
        assertThat(MOI.answered()).containsOnlyOnce(messageId);
    }

    @Test
    void makesAClientFaultADeadLetterWithItsReasonAndDeliversItOnceReDriven() throws Exception {
        MOI.mode(FakeSoapReceiver.Mode.CLIENT_FAULT);
        recruit("MOL-REQ-2026-000530");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery("MOL-REQ-2026-000530").status() == Delivery.Status.DEAD);
        Delivery dead = delivery("MOL-REQ-2026-000530");
        assertThat(dead.lastError()).contains("Client").contains("not acceptable");
        assertThat(admin("GET", "/api/admin/dead-letters?direction=OUTBOUND&size=500").body())
                .contains("\"id\":\"out-" + dead.id() + "\"").contains("not acceptable");

        MOI.mode(FakeSoapReceiver.Mode.ANSWER);
        HttpResponse<String> redrive = admin("POST", "/api/admin/dead-letters/out-" + dead.id() + "/redrive");

        assertThat(redrive.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery("MOL-REQ-2026-000530").status() == Delivery.Status.DELIVERED);
        assertThat(admin("POST", "/api/admin/dead-letters/out-" + dead.id() + "/redrive").statusCode()).isEqualTo(409);
    }

    @Test
    void publishesPendingAndDeadDeliveriesAsMetrics() throws Exception {
        MOI.mode(FakeSoapReceiver.Mode.CLIENT_FAULT);
        recruit("MOL-REQ-2026-000550");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery("MOL-REQ-2026-000550").status() == Delivery.Status.DEAD);

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics).contains("hub_deliveries{status=\"pending\"}").contains("hub_deliveries{status=\"dead\"}");
        assertThat(metrics).doesNotContain("hub_deliveries{status=\"dead\"} 0.0");
    }

    @Test
    void servesDeadLettersToAdministratorsOnlyAndBoundsThePageSize() throws Exception {
        assertThat(admin("GET", "/api/admin/dead-letters?size=501").statusCode()).isEqualTo(400);
        HttpResponse<String> asAuditor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/admin/dead-letters"))
                .header("Authorization", basic("auditor", "auditor-secret")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asAuditor.statusCode()).isEqualTo(403);
    }

    @Test
    void deliversANoticeDueFromTheRegistryToMolOnceWhateverTheRedeliveries() {
        ApprovalDecisionNoticeDue notice = new ApprovalDecisionNoticeDue(UUID.randomUUID(), RequestId.of("MOL-REQ-2026-000540"),
                Decision.APPROVED, ApprovalNo.of("MOI-APR-2026-000540"), null, LocalDate.of(2026, 6, 30));
        String json = EventCodec.toJson(notice);

        jms.convertAndSend("hub.notices", json);
        jms.convertAndSend("hub.notices", json);

        await().atMost(Duration.ofSeconds(10)).until(() -> MOL.answered().contains(notice.noticeId().toString()));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> MOL.seen().stream().filter(notice.noticeId().toString()::equals).count() == 1);
    }

    @Test
    void deliversAnArrivalOfADomesticWorkerToMolAsAnArrivalNotice() {
        CrossingNoticeDue arrival = CrossingNoticeDue.of(NoticeReceiver.MOL, UUID.randomUUID(), Direction.ENTRY,
                PassportNo.of("P1234567A"), CountryCode.of("PHL"), CrossingPoint.AMM, Instant.parse("2026-03-20T00:12:45Z"),
                RequestId.of("MOL-REQ-2026-000560"));

        jms.convertAndSend("hub.notices", EventCodec.toJson(arrival));

        await().atMost(Duration.ofSeconds(10)).until(() -> MOL.answered().contains(arrival.noticeId().toString()));
        assertThat(MOL.operation(arrival.noticeId().toString())).isEqualTo("ArrivalNotice");
        Delivery delivered = outbox.findByMessageId(Destination.MOL_NOTICES, arrival.noticeId().toString()).orElseThrow();
        assertThat(delivered.kind()).isEqualTo("ArrivalNotice");
        assertThat(delivered.reference()).isEqualTo(arrival.crossingId().toString());
    }

    @Test
    void deliversAClassComingIntoForceToMolAsAnOfficeClassificationNotice() {
        OfficeClassificationNoticeDue notice = OfficeClassificationNoticeDue.of(570, LicenceNo.of("RO-0570"),
                OfficeClass.C, YearMonth.of(2025, 11), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 2));

        jms.convertAndSend("hub.notices", EventCodec.toJson(notice));

        await().atMost(Duration.ofSeconds(10)).until(() -> MOL.answered().contains(notice.noticeId().toString()));
        assertThat(MOL.operation(notice.noticeId().toString())).isEqualTo("OfficeClassificationNotice");
        Delivery delivered = outbox.findByMessageId(Destination.MOL_NOTICES, notice.noticeId().toString()).orElseThrow();
        assertThat(delivered.kind()).isEqualTo("OfficeClassificationNotice");
        assertThat(delivered.reference()).isEqualTo("RO-0570");
    }

    private SoapCall recruit(String requestId) throws Exception {
        String envelope = MolRequests.recruitmentRequest(MolRequests.newMessageId(), requestId, "P1234567A");
        return SoapCall.post(port, "/services/mol/events", "mol", "mol-secret", envelope);
    }

    private Delivery delivery(String requestId) {
        return outbox.findByMessageId(Destination.MOI_APPROVALS, MoiApprovalRequests.messageIdFor(RequestId.of(requestId)))
                .orElseThrow();
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic("admin", "admin-secret"))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String requestId(String request) {
        Matcher m = REQUEST_ID.matcher(request);
        return m.find() ? m.group(1) : "?";
    }

    private static FakeSoapReceiver start(FakeSoapReceiver receiver) {
        try {
            return receiver.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
