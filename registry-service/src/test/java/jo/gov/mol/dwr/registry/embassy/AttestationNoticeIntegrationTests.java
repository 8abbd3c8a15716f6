package jo.gov.mol.dwr.registry.embassy;

import static jo.gov.mol.dwr.mappings.canonical.AttestationStatus.ATTESTED;
import static jo.gov.mol.dwr.mappings.canonical.AttestationStatus.REFUSED;
import static jo.gov.mol.dwr.registry.CanonicalEvents.contractAttested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.digits;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromEmbassyFile;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.passport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.welfareCaseRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.HubNotices;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * MoL hears of every attestation version the registry applies ({@code AttestationNotice}, interfaces.md 1b), read off
 * the hub's queue as the hub reads it; welfare cases tell nobody.
 */
@SpringBootTest(classes = RegistryApplication.class, properties = HubNotices.RELAY_RUNS)
class AttestationNoticeIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    RegistryQueue queue;
    HubNotices hub;

    @BeforeEach
    void queues() {
        queue = new RegistryQueue(jms);
        hub = new HubNotices(jms);
    }

    @Test
    void tellsMolOfAnAttestationOnceUnderANoticeNamedByItsMessageHoweverOftenItIsDelivered() {
        PassportRef passport = newPassport();
        ContractAttested refused = contractAttested(newReference("ATT"), passport,
                EmbassyRecordTime.at(now().minusSeconds(600)), REFUSED);
        InboundEvent message = fromPhl(refused, now());

        queue.publish(message);
        queue.publish(message);
        // the same passport, so the same message group: applied after both copies
        InboundEvent marker = queue.publish(fromPhl(welfareCaseRecorded(newReference("WEL"), passport,
                EmbassyRecordTime.at(now().minusSeconds(60)), WelfareCategory.COMPLAINT), now()));
        Applied.await(statistics, message, marker);

        AttestationNoticeDue notice = (AttestationNoticeDue) hub.receive(refused.reference());
        assertThat(notice).isEqualTo(AttestationNoticeDue.of(message.source().system(),
                message.source().messageId(), refused));
        assertThat(notice.passportNo()).isEqualTo(passport.number());
        assertThat(notice.nationality().value()).isEqualTo("PHL");
        assertThat(notice.embassy().value()).isEqualTo("PHL");
        assertThat(notice.status()).isEqualTo(REFUSED);
        assertThat(noticesDueFor(refused.attestationRef())).isOne();
        awaitAllPublished(refused.attestationRef());
        assertThat(hub.receiveAnother(refused.reference())).isNull();
    }

    @Test
    void tellsMolOfEveryVersionOfAFileAttestationEachUnderItsOwnNotice() {
        PassportRef passport = passport("LKA", "N" + digits(7));
        Reference reference = newReference("ATT");
        EmbassyRecordTime onTheDay = EmbassyRecordTime.on(LocalDate.now(CanonicalEvent.AMMAN).minusDays(2));
        ContractAttested attested = contractAttested(reference, passport, onTheDay, ATTESTED);
        ContractAttested refused = contractAttested(reference, passport, onTheDay, REFUSED);
        InboundEvent monday = fromEmbassyFile(passport.issuingState(), attested, now().minusSeconds(86_400));
        InboundEvent tuesday = fromEmbassyFile(passport.issuingState(), refused, now());

        queue.publish(monday);
        queue.publish(tuesday);
        Applied.await(statistics, monday, tuesday);

        AttestationNoticeDue first = AttestationNoticeDue.of(monday.source().system(), monday.source().messageId(),
                attested);
        AttestationNoticeDue second = AttestationNoticeDue.of(tuesday.source().system(),
                tuesday.source().messageId(), refused);
        assertThat(first.noticeId()).isNotEqualTo(second.noticeId());
        assertThat(hub.receive(reference.value())).isEqualTo(first);
        assertThat(hub.receive(reference.value())).isEqualTo(second);
        assertThat(noticesDueFor(reference)).isEqualTo(2);
    }

    @Test
    void aWelfareCaseTellsNobody() {
        WelfareCaseRecorded deceased = welfareCaseRecorded(newReference("WEL"), newPassport(),
                EmbassyRecordTime.at(now().minusSeconds(600)), WelfareCategory.DECEASED);

        InboundEvent message = queue.publish(fromPhl(deceased, now()));
        Applied.await(statistics, message);

        assertThat(jdbc.queryForObject("select count(*) from notice_due where event_id = ?", Long.class,
                message.eventId().toString())).isZero();
        assertThat(hub.receiveAnother(deceased.reference())).isNull();
    }

    private long noticesDueFor(Reference reference) {
        return jdbc.queryForObject("select count(*) from notice_due where reference = ?", Long.class,
                reference.value());
    }

    private void awaitAllPublished(Reference reference) {
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from notice_due where reference = ? and published_at is null", Long.class,
                reference.value()) == 0);
    }
}
