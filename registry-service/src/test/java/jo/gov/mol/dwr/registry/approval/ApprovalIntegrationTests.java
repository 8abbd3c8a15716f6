package jo.gov.mol.dwr.registry.approval;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.HubNotices;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequestArrived;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecords;

/**
 * MoI decisions published to {@code registry.events} as the hub publishes them, what the registry keeps of them,
 * and the notices it hands the hub on {@code hub.notices}. Fresh request and approval numbers in every test.
 */
@SpringBootTest(classes = RegistryApplication.class, properties = HubNotices.RELAY_RUNS)
class ApprovalIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    UnmatchedRecords unmatchedRecords;

    @Autowired
    Approvals approvals;

    RegistryQueue queue;
    HubNotices hub;

    @BeforeEach
    void queues() {
        queue = new RegistryQueue(jms);
        hub = new HubNotices(jms);
    }

    @Test
    void keepsADecisionAgainstItsRequestAndTellsMolOnce() {
        RequestId requestId = knownRequest();
        ApprovalNo approvalNo = newApprovalNo();
        ApprovalDecided decided = approved(requestId, approvalNo, now().minusSeconds(60));

        InboundEvent decision = queue.publish(fromMoi(decided));
        awaitApplied(decision);

        Map<String, Object> row = jdbc.queryForMap("""
                select v.case_ref, v.decision, v.approval_no, v.reason_code, v.event_id
                from approval_version v join approval a on a.id = v.approval_id where a.request_no = ?""",
                requestId.value());
        assertThat(row).containsEntry("case_ref", decided.caseRef().value()).containsEntry("decision", "APPROVED")
                .containsEntry("approval_no", approvalNo.value())
                .containsEntry("event_id", decision.eventId().toString());
        assertThat(row.get("reason_code")).isNull();
        assertThat(jdbc.queryForObject("""
                select v.valid_until from approval_version v join approval a on a.id = v.approval_id
                where a.request_no = ?""", LocalDate.class, requestId.value())).isEqualTo(decided.validUntil());
        assertThat(approvals.inForce(requestId)).get().satisfies(inForce -> {
            assertThat(inForce.fact()).isEqualTo(decided);
            assertThat(inForce.eventId()).isEqualTo(decision.eventId());
        });
        assertThat(approvals.byApprovalNo(approvalNo)).get().satisfies(onRecord -> {
            assertThat(onRecord.standing()).isTrue();
            assertThat(onRecord.requestKnown()).isTrue();
            assertThat(onRecord.grant().requestId()).isEqualTo(requestId);
        });

        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(decision));
        assertNoOtherNotice(requestId);
    }

    @Test
    void putsARevocationDecidedLaterInForceEvenWhenItArrivesBeforeTheApproval() {
        RequestId requestId = knownRequest();
        ApprovalNo approvalNo = newApprovalNo();
        Instant decided = now().minusSeconds(7200);
        InboundEvent revocation = fromMoi(rejected(requestId, RejectionReason.SECURITY, decided.plusSeconds(3600)));
        InboundEvent approval = fromMoi(approved(requestId, approvalNo, decided));

        queue.publish(revocation);
        queue.publish(approval); // decided earlier, arrives later
        awaitApplied(revocation, approval);

        assertThat(approvals.inForce(requestId)).get().satisfies(inForce -> {
            assertThat(inForce.decision()).isEqualTo(Decision.REJECTED);
            assertThat(inForce.reason()).isEqualTo(RejectionReason.SECURITY);
            assertThat(inForce.eventId()).isEqualTo(revocation.eventId());
        });
        assertThat(approvals.history(requestId)).extracting(ApprovalDecision::eventId)
                .containsExactly(approval.eventId(), revocation.eventId());
        assertThat(approvals.byApprovalNo(approvalNo)).get().satisfies(onRecord -> {
            assertThat(onRecord.standing()).isFalse();
            assertThat(onRecord.grant().eventId()).isEqualTo(approval.eventId());
            assertThat(onRecord.inForce().eventId()).isEqualTo(revocation.eventId());
        });

        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(revocation));
        assertNoOtherNotice(requestId);
    }

    @Test
    void keepsADecisionForAnUnknownRequestUnmatchedUntilTheRequestArrivesThenTellsMol() {
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();

        InboundEvent decision = queue.publish(fromMoi(approved(requestId, approvalNo, now().minusSeconds(60))));
        awaitApplied(decision);

        assertThat(unmatchedRecords.list()).contains(new UnmatchedRecord("APPROVAL_DECISION", requestId.value(),
                UnmatchedRecord.RECRUITMENT_REQUEST, requestId.value(), decision.source().receivedAt(),
                decision.eventId()));
        assertThat(approvals.byApprovalNo(approvalNo)).get().extracting(ApprovalOnRecord::requestKnown)
                .isEqualTo(false);
        assertThat(noticesDue(requestId)).isZero();

        InboundEvent request = queue.publish(fromMol(recruitmentRequested(requestId, newPassport())));
        awaitApplied(request);

        assertThat(unmatchedRecords.list()).extracting(UnmatchedRecord::reference).doesNotContain(requestId.value());
        assertThat(approvals.byApprovalNo(approvalNo)).get().satisfies(onRecord -> {
            assertThat(onRecord.requestKnown()).isTrue();
            assertThat(onRecord.standing()).isTrue();
        });
        assertThat(approvals.inForce(requestId)).get().extracting(ApprovalDecision::eventId)
                .isEqualTo(decision.eventId());
        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(decision));
        assertNoOtherNotice(requestId);
    }

    @Test
    void tellsMolOfEachChangeOfTheDecisionInForceOnceAndOfNothingElse() {
        RequestId requestId = knownRequest();
        Instant decided = now().minusSeconds(7200);
        ApprovalDecided approvedFirst = approved(requestId, newApprovalNo(), decided);
        InboundEvent approval = queue.publish(fromMoi(approvedFirst));
        awaitApplied(approval);
        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(approval));

        queue.publish(approval); // redelivered
        InboundEvent older = queue.publish(fromMoi(approved(requestId, newApprovalNo(), decided.minusSeconds(600))));
        InboundEvent sentAgain = queue.publish(fromMoi(approvedFirst)); // the same decision, a new message id
        InboundEvent revocation = queue.publish(fromMoi(
                rejected(requestId, RejectionReason.PREVIOUS_VIOLATION, decided.plusSeconds(3600))));
        awaitApplied(older, sentAgain, revocation);

        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(revocation));
        assertNoOtherNotice(requestId);
        assertThat(noticesDue(requestId)).isEqualTo(2);
        assertThat(approvals.history(requestId)).hasSize(4);
    }

    /**
     * A decision and its request travel in different message groups, so two consumers may apply them at once. The
     * request's transaction cannot pass the decision's uncommitted approval row: it fails (here on a short lock
     * timeout; in production it waits, then fails on the unique request number) and its redelivery announces the
     * decision. It never commits a request known while a decision was missed.
     */
    @Test
    void appliesARequestThatMeetsItsDecisionInFlightAgainAndThenTellsMol(@Autowired ApprovalHandler handler,
            @Autowired SourceMessages sourceMessages, @Autowired ApplicationEventPublisher events,
            @Autowired PlatformTransactionManager transactionManager) throws Exception {
        RequestId requestId = newRequestId();
        InboundEvent decision = fromMoi(approved(requestId, newApprovalNo(), now().minusSeconds(60)));
        InboundEvent request = fromMol(recruitmentRequested(requestId, newPassport()));
        String passportKey = ((RecruitmentRequested) request.event()).worker().passport().key();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CountDownLatch decisionWritten = new CountDownLatch(1);
        CountDownLatch commitDecision = new CountDownLatch(1);
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try {
            Future<?> decisionApplied = consumer.submit(() -> transactions.executeWithoutResult(status -> {
                handler.apply((ApprovalDecided) decision.event(), sourceMessages.keep(decision));
                decisionWritten.countDown();
                awaitLatch(commitDecision);
            }));
            assertThat(decisionWritten.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                shortLockTimeout();
                events.publishEvent(new RecruitmentRequestArrived(requestId, passportKey, sourceMessages.keep(request)));
            })).isInstanceOf(DataAccessException.class);

            commitDecision.countDown();
            decisionApplied.get(30, TimeUnit.SECONDS);
        } finally {
            commitDecision.countDown();
            consumer.shutdownNow();
        }
        assertThat(noticesDue(requestId)).isZero();

        transactions.executeWithoutResult(status -> events.publishEvent(
                new RecruitmentRequestArrived(requestId, passportKey, sourceMessages.keep(request)))); // redelivered

        assertThat(hub.receive(requestId.value())).isEqualTo(noticeOf(decision));
        assertNoOtherNotice(requestId);
    }

    private RequestId knownRequest() {
        RequestId requestId = newRequestId();
        awaitApplied(queue.publish(fromMol(recruitmentRequested(requestId, newPassport()))));
        return requestId;
    }

    private static NoticeDue noticeOf(InboundEvent decision) {
        return ApprovalDecisionNoticeDue.of(decision.source().system(), decision.source().messageId(),
                (ApprovalDecided) decision.event());
    }

    /** Once every notice due on the request is published, none is left on the queue. */
    private void assertNoOtherNotice(RequestId requestId) {
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from notice_due where reference = ? and published_at is null", Long.class,
                requestId.value()) == 0);
        assertThat(hub.receiveAnother(requestId.value())).isNull();
    }

    /** So that the test, not the database, decides how long a transaction waits for another's lock. */
    private void shortLockTimeout() {
        if (jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL")) {
            jdbc.execute("set local lock_timeout = '500ms'");
        } else {
            jdbc.execute("set lock_timeout 500");
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private long noticesDue(RequestId requestId) {
        return jdbc.queryForObject("select count(*) from notice_due where reference = ?", Long.class,
                requestId.value());
    }

    private void awaitApplied(InboundEvent... events) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(List.of(events))
                .allSatisfy(event -> assertThat(statistics.isApplied(event.eventId())).as(event.toString()).isTrue()));
    }
}
