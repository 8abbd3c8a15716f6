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
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.embassy.EmbassyRecords;
import jo.gov.mol.dwr.sandbox.border.BorderRun;
import jo.gov.mol.dwr.sandbox.border.BorderSummary;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyFile;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyRun;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySummary;
import jo.gov.mol.dwr.sandbox.embassy.PhlRun;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;
import jo.gov.mol.dwr.sandbox.embassy.RecordVersion;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator.Answer;
import jo.gov.mol.dwr.sandbox.moi.MoiSimulator.Kind;
import jo.gov.mol.dwr.sandbox.moi.MoiSummary;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeReceiver;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.MolStream.Expect;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * The whole sandbox as a person starts it, with a small simulated MoL stream rich in repeats and broken messages, a
 * MoI that goes down after its fifth ApprovalRequest, rejects often (every reason), revokes and repeats decisions, and
 * a border that loses a third of its real-time crossings, embassies that refuse and record welfare cases often. The
 * hub retries quickly here. The data directory is set
 * here, before the application starts, so that {@code sandbox.fresh} empties this test's directory and nobody else's.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.data-dir=target/sandbox-it/${random.uuid}",
        "sandbox.mode=streams",
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
        "sandbox.border.exit-share=0.5",
        "sandbox.border.lost-share=0.3",
        "sandbox.border.other-travellers=6",
        "sandbox.border.settle-timeout=60s",
        "sandbox.embassies.refused-share=0.3",
        "sandbox.embassies.welfare-share=0.5",
        "sandbox.embassies.settle-timeout=60s",
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
    @Autowired
    @Qualifier("registryDataSource")
    DataSource registryDatabase;
    @Value("${hub.border.inbox}")
    Path borderInbox;
    @Value("${hub.embassies.inbox}")
    Path embassyInbox;
    @Autowired
    EmbassyRecords embassyRecords;

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
        assertThat(summary.registry().workers()).as("before the border's other travellers").isEqualTo(WORKERS);
        assertThat(summary.registry().offices()).isEqualTo(plan.offices());
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
        assertThat(summary.notices().byType().get("ApprovalDecisionNotice")).isEqualTo(moi.acceptedDecisions().size());
        assertThat(summary.notices().repeats()).isZero();
        assertThat(summary.outbox().dead()).isZero();
        assertThat(summary.outbox().pending()).isZero();
        assertThat(summary.registry().approvalDecisions()).isEqualTo(summary.moi().answered(Answer.ACCEPTED));
        assertThat(registry.counts().noticesDue()).as("a notice per decision, per worker's crossing one to MoL and one to the"
                        + " embassy, and per attestation version one to MoL")
                .isEqualTo(moi.acceptedDecisions().size() + 2L * summary.crossingNotices().due() + attestationVersions(summary));
        assertThat(registry.counts().sourceMessages()).as("MoL's accepted messages, MoI's accepted decisions, each crossing"
                        + " and each embassy record version once")
                .isEqualTo(summary.mol().accepted() + summary.moi().answered(Answer.ACCEPTED) + summary.border().run().crossings().size()
                        + summary.embassyRecords().run().versions().size());
        assertThat(summary.asExpected()).as(summary.render()).isTrue();
    }

    @Test
    void holdsEveryCrossingOnceAlthoughTheRealTimeLinkLostSome() {
        BorderSummary border = summary().border();
        BorderRun run = border.run();

        assertThat(run.lost()).as("lost on purpose").isPositive();
        assertThat(run.sent() + run.lost()).isEqualTo(run.crossings().size());
        assertThat(run.workerCrossings(Direction.ENTRY)).isPositive();
        assertThat(run.workerCrossings(Direction.EXIT)).isPositive();
        assertThat(run.otherTravellers()).isEqualTo(6);
        assertThat(border.missing()).as(summary().render()).isZero();
        assertThat(new JdbcTemplate(registryDatabase).queryForObject("select count(*) from border_crossing", Long.class))
                .isEqualTo(run.crossings().size());
        assertThat(hub.queryForObject("select count(*) from inbound_message where source_system = 'BORDER'", Long.class))
                .as("each crossing logged once, whichever channel brought it first").isEqualTo(run.crossings().size());
        assertThat(run.crossings()).filteredOn(c -> c.traveller().isDomesticWorker() && c.direction() == Direction.ENTRY)
                .allSatisfy(entry -> assertThat(moi.approvalsInForce()).containsEntry(entry.traveller().requestId(), entry.visaRef()));
    }

    @Test
    void loadsEveryNightlyFileWholeWithItsReport() {
        BorderSummary border = summary().border();

        assertThat(border.inbox().loaded()).isEqualTo(border.run().files().size()).isPositive();
        assertThat(border.inbox().rejected()).isZero();
        assertThat(border.run().files()).allSatisfy(name -> {
            assertThat(name).matches("CROSSINGS_[A-Z]{3}_\\d{8}\\.csv");
            assertThat(borderInbox.resolve("done").resolve(name)).isRegularFile();
            assertThat(borderInbox.resolve("done").resolve(name + ".report.csv")).as("no row refused")
                    .content().isEqualToIgnoringNewLines("line,field,code,reason");
        });
    }

    @Test
    void tellsMolAndTheEmbassiesOfEveryWorkersCrossingOnce() {
        SandboxSummary summary = summary();

        assertThat(summary.crossingNotices().due()).isEqualTo(summary.border().run().noticesDue().size()).isPositive();
        assertThat(summary.crossingNotices().none()).as(summary.render()).isTrue();
        assertThat(molNotices.crossingFacts()).containsExactlyInAnyOrderElementsOf(summary.border().run().noticesDue());
        assertThat(summary.notices().byType().getOrDefault("ArrivalNotice", 0L))
                .isEqualTo(summary.border().run().workerCrossings(Direction.ENTRY));
        assertThat(summary.notices().byType().getOrDefault("DepartureNotice", 0L))
                .isEqualTo(summary.border().run().workerCrossings(Direction.EXIT));
        assertThat(summary.embassies().phl().distinct() + summary.embassies().fileRows())
                .as("each worker's crossing told to the embassy once").isEqualTo(summary.crossingNotices().due());
        assertThat(summary.embassies().repeats()).isZero();
        assertThat(summary.embassies().files().unreadable()).isZero();
    }

    @Test
    void receivesThePhilippineEmbassysNoticesWithoutSignIn() throws Exception {
        summary();
        String notice = """
                {"noticeId": "%s", "type": "ARRIVAL", "passportNo": "P1234567A", "occurredAt": "2026-03-20T03:12:45+03:00",
                 "crossingPoint": "AMM"}""".formatted(java.util.UUID.randomUUID());

        HttpResponse<String> first = postJson("/simulators/embassies/PHL/notices", notice);
        HttpResponse<String> again = postJson("/simulators/embassies/PHL/notices", notice);
        HttpResponse<String> broken = postJson("/simulators/embassies/PHL/notices", notice.replace("ARRIVAL", "LANDED"));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).contains("\"status\":\"DUPLICATE\"");
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void holdsEachEmbassysRecordsOnceWhateverItsChannel() {
        SandboxSummary summary = summary();
        EmbassySummary embassies = summary.embassyRecords();
        EmbassyRun run = embassies.run();

        assertThat(embassies.asExpected()).as(summary.render()).isTrue();
        assertThat(run.records().stream().map(PlannedRecord::embassy)).as("PHL, LKA and a CSV embassy").contains("PHL", "LKA")
                .anyMatch(EmbassyCsvRecords.EMBASSIES::contains);
        assertThat(registry.counts().attestations()).isEqualTo(run.attestations()).isPositive();
        assertThat(registry.counts().welfareCases()).isEqualTo(run.welfareCases()).isPositive();
        assertThat(run.records()).allSatisfy(record -> {
            CountryCode embassy = CountryCode.of(record.embassy());
            Reference reference = Reference.of(record.reference());
            if (record.isAttestation()) {
                ContractAttested current = embassyRecords.attestation(embassy, reference).orElseThrow().attestation();
                PlannedRecord last = record.twist() == Twist.CHANGED_LATER ? record.changed() : record;
                assertThat(current.salary().amount()).as(record.reference()).isEqualByComparingTo(last.salary());
                assertThat(current.status()).isEqualTo(record.status());
            } else {
                assertThat(embassyRecords.welfareCase(embassy, reference)).as(record.reference()).isPresent();
            }
        });
        assertThat(hub.queryForObject("select count(*) from inbound_message where source_system like 'EMBASSY_%'", Long.class))
                .as("each version logged once, the repeats and re-exported records not again").isEqualTo(run.versions().size());
    }

    @Test
    void answersThePhilippineEmbassyAsPlannedRefusingTheBrokenEventsAndTheWrongToken() {
        EmbassyRun run = summary().embassyRecords().run();
        List<PlannedRecord> events = run.records().stream().filter(r -> r.embassy().equals("PHL")).toList();
        PhlRun answers = run.phl();

        assertThat(answers.unexpected()).isZero();
        assertThat(answers.accepted()).isEqualTo(events.size());
        assertThat(answers.duplicates()).isEqualTo(events.stream().filter(r -> r.twist() == Twist.SENT_TWICE).count()).isPositive();
        assertThat(answers.refused()).isEqualTo(events.stream().filter(r -> r.twist() == Twist.BROKEN_FIRST).count()).isPositive();
        assertThat(answers.unauthorized()).isEqualTo(1);
        assertThat(hub.queryForObject("select count(*) from inbound_message where source_system = 'EMBASSY_PHL'", Long.class))
                .isEqualTo(events.size());
    }

    @Test
    void reportsTheBadLkaRecordAndTheBadCsvRowByLineWhileTheOthersCount() {
        EmbassySummary embassies = summary().embassyRecords();
        List<EmbassyFile> files = embassies.run().files();

        assertThat(embassies.inbox().loaded()).isEqualTo(files.size());
        assertThat(files).allSatisfy(file -> assertThat(embassyInbox.resolve(file.embassy()).resolve("done").resolve(file.name())).isRegularFile());
        assertThat(embassies.reports()).hasSize(2);
        assertThat(embassies.reports()).filteredOn(r -> r.embassy().equals("LKA")).singleElement()
                .satisfies(r -> assertThat(r.row().field() + " " + r.row().code()).isEqualTo("Worker/@dob invalid_format"));
        assertThat(embassies.reports()).filteredOn(r -> EmbassyCsvRecords.EMBASSIES.contains(r.embassy())).singleElement()
                .satisfies(r -> assertThat(r.row().field() + " " + r.row().code()).isEqualTo("date_of_birth invalid_format"));
        assertThat(embassies.reports()).allSatisfy(reported -> {
            EmbassyFile file = files.stream().filter(f -> f.name().equals(reported.file())).findFirst().orElseThrow();
            assertThat(file.bad()).singleElement().satisfies(bad -> assertThat(bad.line()).isEqualTo(reported.row().line()));
        });
    }

    @Test
    void tellsMolOfEveryAttestationVersionOnce() {
        SandboxSummary summary = summary();

        assertThat(molNotices.attestationFacts().values()).containsExactlyInAnyOrderElementsOf(
                summary.embassyRecords().run().noticesDue().values());
        assertThat(summary.notices().byType().get("AttestationNotice")).isEqualTo(attestationVersions(summary))
                .as("the LKA record changed in the re-export has two").isGreaterThan(summary.embassyRecords().run().attestations());
    }

    private static long attestationVersions(SandboxSummary summary) {
        return summary.embassyRecords().run().versions().stream().filter(RecordVersion::isAttestation).count();
    }

    private SandboxSummary summary() {
        return await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                .until(simulation::summary, java.util.Optional::isPresent).orElseThrow();
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
