package jo.gov.mol.dwr.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.routes.app.HubApplication;
import jo.gov.mol.dwr.routes.mol.MolRequests;
import jo.gov.mol.dwr.routes.soap.SoapCall;

/** Deliveries pending when the hub stops are neither lost nor doubled when it starts again. */
class DeliveryRestartIntegrationTests {
    @TempDir
    Path data;

    @Test
    void deliversEveryPendingRequestExactlyOnceAfterARestart() throws Exception {
        List<String> requests = List.of("MOL-REQ-2026-000601", "MOL-REQ-2026-000602", "MOL-REQ-2026-000603");
        try (FakeSoapReceiver moi = new FakeSoapReceiver(request ->
                "<moi:ApprovalReceipt xmlns:moi=\"urn:jo:gov:moi:approvals:1\"><moi:CaseRef>CASE-1</moi:CaseRef></moi:ApprovalReceipt>").start()) {
            moi.stop();
            try (ConfigurableApplicationContext hub = start(moi.url())) {
                int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
                for (String requestId : requests) {
                    assertThat(recruit(port, requestId).text("Status")).isEqualTo("ACCEPTED");
                }
                Outbox outbox = hub.getBean(Outbox.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> requests.stream()
                        .allMatch(id -> delivery(outbox, id).attempts() >= 1));
            }
            moi.start();

            try (ConfigurableApplicationContext hub = start(moi.url())) {
                Outbox outbox = hub.getBean(Outbox.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> requests.stream()
                        .allMatch(id -> delivery(outbox, id).status() == Delivery.Status.DELIVERED));
                for (String requestId : requests) {
                    assertThat(moi.answered()).containsOnlyOnce(MoiApprovalRequests.messageIdFor(RequestId.of(requestId)));
                }
            }
        }
    }

    private ConfigurableApplicationContext start(String moiUrl) throws Exception {
        Files.createDirectories(data);
        return new SpringApplicationBuilder(HubApplication.class).run(
                "--server.port=0",
                "--hub.datasource.url=jdbc:h2:file:" + data.resolve("hub") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                "--hub.moi.url=" + moiUrl,
                "--hub.moi.connect-timeout=1s",
                "--hub.delivery.enabled=true",
                "--hub.delivery.poll-interval=100ms",
                "--hub.delivery.initial-backoff=200ms",
                "--hub.delivery.max-backoff=500ms",
                "--spring.artemis.embedded.persistent=false");
    }

    private static Delivery delivery(Outbox outbox, String requestId) {
        return outbox.findByMessageId(Destination.MOI_APPROVALS, MoiApprovalRequests.messageIdFor(RequestId.of(requestId)))
                .orElseThrow();
    }

    private static SoapCall recruit(int port, String requestId) throws Exception {
        String envelope = MolRequests.recruitmentRequest(MolRequests.newMessageId(), requestId, "P1234567A");
        return SoapCall.post(port, "/services/mol/events", "mol", "mol-secret", envelope);
    }
}
