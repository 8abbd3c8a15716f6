package jo.gov.mol.dwr.registry.notice;

import static jo.gov.mol.dwr.registry.CanonicalEvents.complaintRecorded;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.HubNotices;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/** The notices due, recorded with their fact and handed to the hub's queue by the relay, at least once each. */
@SpringBootTest(classes = RegistryApplication.class, properties = HubNotices.RELAY_RUNS)
class NoticeRelayIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Notices notices;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    PlatformTransactionManager transactionManager;

    HubNotices hub;
    UUID eventId;

    /** A notice is due because of a source message the registry applied. */
    @BeforeEach
    void appliedEvent() {
        hub = new HubNotices(jms);
        InboundEvent applied = new RegistryQueue(jms).publish(
                fromMol(complaintRecorded(newReference("CMP"), newPassport(), ComplaintStatus.OPEN)));
        await().atMost(PATIENCE).until(() -> statistics.isApplied(applied.eventId()));
        eventId = applied.eventId();
    }

    @Test
    void publishesANoticeAgainUnderItsOwnIdWhenACrashLeftItUnmarked() {
        ApprovalDecisionNoticeDue notice = approvalNotice(newRequestId());

        inTransaction(() -> notices.due(notice, eventId));

        assertThat(hub.receive(notice.reference())).isEqualTo(notice);
        awaitPublished(notice);

        // the broker took the notice, then the process died before the row was marked
        jdbc.update("update notice_due set published_at = null where notice_id = ?", notice.noticeId().toString());

        assertThat(hub.receive(notice.reference())).isEqualTo(notice);
        awaitPublished(notice);
        assertThat(hub.receiveAnother(notice.reference())).isNull();
    }

    @Test
    void publishesTheNoticesOfOneRequestInTheOrderTheyBecameDue() {
        RequestId requestId = newRequestId();
        ApprovalDecisionNoticeDue approved = approvalNotice(requestId);
        ApprovalDecisionNoticeDue revoked = new ApprovalDecisionNoticeDue(UUID.randomUUID(), requestId,
                Decision.REJECTED, null, RejectionReason.SECURITY, null);

        inTransaction(() -> notices.due(approved, eventId));
        inTransaction(() -> notices.due(revoked, eventId));

        assertThat(hub.receive(requestId.value())).isEqualTo(approved);
        assertThat(hub.receive(requestId.value())).isEqualTo(revoked);
    }

    @Test
    void recordsANoticeOnceHoweverOftenItIsDue() {
        ApprovalDecisionNoticeDue notice = approvalNotice(newRequestId());

        assertThat(inTransaction(() -> notices.due(notice, eventId))).isTrue();
        assertThat(inTransaction(() -> notices.due(notice, eventId))).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from notice_due where notice_id = ?", Long.class,
                notice.noticeId().toString())).isOne();
        assertThat(hub.receive(notice.reference())).isEqualTo(notice);
        awaitPublished(notice);
        assertThat(hub.receiveAnother(notice.reference())).isNull();
    }

    @Test
    void recordsANoticeOnlyInTheTransactionOfTheFactThatMadeItDue() {
        assertThatThrownBy(() -> notices.due(approvalNotice(newRequestId()), eventId))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static ApprovalDecisionNoticeDue approvalNotice(RequestId requestId) {
        return new ApprovalDecisionNoticeDue(UUID.randomUUID(), requestId, Decision.APPROVED, newApprovalNo(), null,
                LocalDate.now().plusDays(90));
    }

    private void awaitPublished(ApprovalDecisionNoticeDue notice) {
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from notice_due where notice_id = ? and published_at is not null", Long.class,
                notice.noticeId().toString()) == 1);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
