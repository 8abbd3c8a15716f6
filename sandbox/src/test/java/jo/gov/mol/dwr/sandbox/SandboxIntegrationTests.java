package jo.gov.mol.dwr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator.Answer;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator.Kind;
import jo.gov.mol.dwr.sandbox.moi.MoiSummary;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeReceiver;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Expect;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * The whole sandbox as a person starts it, with a small simulated MoL stream rich in repeats and broken messages, and
 * a MoI that goes down after its fifth ApprovalRequest, rejects often (every reason), revokes and repeats decisions.
 * The hub retries quickly here. The data directory is set here, before the application starts, so that
 * {@code sandbox.fresh} empties this test's directory and nobody else's.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.data-dir=target/sandbox-it/${random.uuid}",
        "sandbox.seed=" + SandboxIntegrationTests.SEED,
        "sandbox.mol.workers=" + SandboxIntegrationTests.WORKERS,
        "sandbox.mol.senders=" + SandboxIntegrationTests.SENDERS,
        "sandbox.mol.duplicate-share=" + SandboxIntegrationTests.DUPLICATE_SHARE,
        "sandbox.mol.invalid-share=" + SandboxIntegrationTests.INVALID_SHARE,
        "sandbox.moi.decision-delay=300ms",
        "sandbox.moi.revocation-delay=1s",
        "sandbox.moi.rejected-share=0.3",
        "sandbox.moi.revoked-share=0.25",
        "sandbox.moi.duplicate-share=0.2",
        "sandbox.moi.down-after=5",
        "sandbox.moi.down-for=3s",
        "sandbox.outbound-timeout=60s",
        "hub.delivery.poll-interval=200ms",
        "hub.delivery.initial-backoff=500ms",
        "hub.delivery.max-backoff=2s"})
@DirtiesContext
class SandboxIntegrationTests {
    static final long SEED = 7;
    static final int WORKERS = 20;
    static final int SENDERS = 2;
    static final double DUPLICATE_SHARE = 0.2;
    static final double INVALID_SHARE = 0.15;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${sandbox.data-dir}")
    Path dataDir;
    @Autowired
    SandboxSimulation simulation;
    @Autowired
    MoiSimulator moi;
    @Autowired
    MolNoticeReceiver molNotices;
    @Autowired
    RegistryStatistics registry;
    @Autowired
    @Qualifier("hubJdbc")
    JdbcTemplate hub;

    @Test
    void answersEveryMessageAsPlannedAndPersistsEveryAcceptedOne() {
        MolStream plan = MolStream.generate(SEED, WORKERS, SENDERS, DUPLICATE_SHARE, INVALID_SHARE);

        MolSummary summary = summary().mol();

        assertThat(summary.unexpected()).as(summary().render()).isZero();
        assertThat(summary.sent()).isEqualTo(plan.size());
        assertThat(summary.accepted()).isEqualTo(plan.expected(Expect.ACCEPTED));
        assertThat(summary.duplicate()).isEqualTo(plan.expected(Expect.DUPLICATE)).isPositive();
        assertThat(summary.refused()).isEqualTo(plan.expected(Expect.REFUSED)).isPositive();
        assertThat(summary.failed()).isZero();
        assertThat(summary.settled()).isTrue();
        assertThat(summary.persisted()).isEqualTo(summary.accepted());
        assertThat(registry.counts().workers()).isEqualTo(WORKERS);
        assertThat(registry.counts().offices()).isEqualTo(plan.offices());
        assertThat(summary.asExpected()).isTrue();
    }

    @Test
    void logsEveryAcceptedMessageOnceAndNothingOfTheRefusedOnes() {
        MolSummary summary = summary().mol();

        assertThat(hub.queryForObject("select count(*) from inbound_message where source_system = 'MOL'", Long.class))
                .isEqualTo(summary.accepted());
        assertThat(hub.queryForObject("select count(distinct message_id) from inbound_message where source_system = 'MOL'", Long.class))
                .isEqualTo(summary.accepted());
    }

    @Test
    void servesTheContractAndTheAdministrationApiOnTheSameOrigin() throws Exception {
        summary();

        assertThat(get("/services/mol/events?wsdl", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/services/simulators/moi/approvals?wsdl", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/services/simulators/mol/notices?wsdl", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> verification = get("/api/admin/message-log/verification", "admin", "admin-sandbox");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("\"intact\":true");
        assertThat(get("/api/admin/message-log/verification", "auditor", "auditor-sandbox").statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/message-log/verification", "mol", "mol-sandbox").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsTheBrokerJournalAndBothDatabasesUnderTheDataDirectory() {
        assertThat(dataDir).isAbsolute().startsWith(Path.of("target/sandbox-it").toAbsolutePath());
        assertThat(dataDir.resolve("artemis/journal")).isDirectory();
        assertThat(dataDir.resolve("hub.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("registry.mv.db")).isRegularFile();
        assertThat(Files.exists(dataDir.resolve(".sandbox-data"))).isTrue();
    }

    @Test
    void asksMoiOnceForEveryAcceptedRecruitmentRequestThroughItsDownTime() {
        SandboxSummary summary = summary();

        Map<String, MoiSimulator.Received> received = moi.requests();
        assertThat(summary.mol().recruitmentRequestIds()).hasSize(WORKERS);
        assertThat(received.keySet()).as(summary.render()).containsExactlyInAnyOrderElementsOf(summary.mol().recruitmentRequestIds());
        received.forEach((requestId, request) -> assertThat(request.messageIds()).as(requestId)
                .isEqualTo(Map.of(MoiApprovalRequests.messageIdFor(RequestId.of(requestId)), 1)));
        assertThat(summary.moi().down()).as("MoI was down and the hub met it").isPositive();
        assertThat(hub.queryForObject("select count(*) from delivery where destination = 'MOI_APPROVALS' and attempts > 1", Long.class))
                .as("requests retried after the down time").isPositive();
        assertThat(hub.queryForObject("select count(*) from delivery where destination = 'MOI_APPROVALS' and status = 'DELIVERED'", Long.class))
                .isEqualTo(WORKERS);
        assertThat(summary.moi().repeats()).isZero();
        assertThat(summary.moi().refused()).isZero();
    }

    @Test
    void decidesEveryCaseRejectingForEveryReasonRevokingAFewAndRepeatingSome() {
        MoiSummary summary = summary().moi();

        assertThat(summary.approved() + summary.rejectedTotal()).isEqualTo(WORKERS);
        assertThat(summary.rejected().keySet()).containsExactlyInAnyOrder(ReasonCode.values());
        assertThat(summary.revokedTotal()).isPositive();
        assertThat(summary.answered(Answer.ACCEPTED)).isEqualTo(WORKERS + summary.revokedTotal());
        assertThat(summary.answered(Answer.DUPLICATE)).isEqualTo(summary.repeatsSent()).isPositive();
        assertThat(summary.asExpected()).isTrue();
        assertThat(moi.decisions()).filteredOn(d -> "APPROVED".equals(d.fact().decision())).isNotEmpty().allSatisfy(d -> {
            assertThat(d.fact().approvalNo()).matches("MOI-APR-\\d{4}-\\d{6}");
            assertThat(d.fact().validUntil()).isAfter(LocalDate.now().plusWeeks(3));
        });
        assertThat(moi.decisions()).filteredOn(d -> d.kind() == Kind.REVOCATION).allSatisfy(d ->
                assertThat(d.fact().decision()).isEqualTo("REJECTED"));
        assertThat(hub.queryForObject("select count(*) from inbound_message where source_system = 'MOI'", Long.class))
                .isEqualTo(summary.answered(Answer.ACCEPTED));
    }

    @Test
    void tellsMolOfEveryAcceptedDecisionOnceAndLeavesNoDeadLetters() {
        SandboxSummary summary = summary();

        assertThat(summary.settled()).as(summary.render()).isTrue();
        assertThat(molNotices.decisionFacts()).containsExactlyInAnyOrderElementsOf(moi.acceptedDecisions());
        assertThat(summary.notices().distinct()).isEqualTo(moi.acceptedDecisions().size());
        assertThat(summary.notices().byType()).containsOnlyKeys("ApprovalDecisionNotice");
        assertThat(summary.notices().repeats()).isZero();
        assertThat(summary.outbox().dead()).isZero();
        assertThat(summary.outbox().pending()).isZero();
        assertThat(summary.registry().approvalDecisions()).isEqualTo(summary.moi().answered(Answer.ACCEPTED));
        assertThat(summary.registry().noticesDue()).isEqualTo(summary.notices().distinct());
        assertThat(registry.counts().sourceMessages()).as("MoL's accepted messages and MoI's accepted decisions")
                .isEqualTo(summary.mol().accepted() + summary.moi().answered(Answer.ACCEPTED));
        assertThat(summary.asExpected()).isTrue();
    }

    private SandboxSummary summary() {
        return await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                .until(simulation::summary, java.util.Optional::isPresent).orElseThrow();
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
