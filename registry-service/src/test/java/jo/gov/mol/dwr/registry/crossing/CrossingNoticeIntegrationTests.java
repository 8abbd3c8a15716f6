package jo.gov.mol.dwr.registry.crossing;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.borderCrossed;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.someone;
import static jo.gov.mol.dwr.registry.CanonicalEvents.workPermitIssued;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.HubNotices;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * Arrival and departure notices (interfaces.md 1b, 4a): to MoL and to the embassy of the traveller's nationality,
 * only for travellers the registry holds as domestic workers, once per crossing and receiver, also when the registry
 * learns only after the crossing that the traveller is one.
 */
@SpringBootTest(classes = RegistryApplication.class, properties = HubNotices.RELAY_RUNS)
class CrossingNoticeIntegrationTests {

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
    void announcesTheEntryOfARecruitedWorkerToMolAndTheirEmbassyNamingTheRequestTheyEnteredOn() {
        PassportRef passport = newPassport();
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();
        Applied.await(statistics, queue.publish(fromMol(recruitmentRequested(requestId, passport))),
                queue.publish(fromMoi(approved(requestId, approvalNo, now().minusSeconds(7200)))));
        BorderCrossed entry = borderCrossed(passport, approvalNo);

        Applied.await(statistics, queue.publish(fromBorder(entry)));

        List<CrossingNoticeDue> notices = noticesOf(entry, 2);
        assertThat(notices).extracting(CrossingNoticeDue::receiver)
                .containsExactlyInAnyOrder(NoticeReceiver.MOL, NoticeReceiver.EMBASSY);
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.noticeId()).isEqualTo(CrossingNoticeDue.idOf(notice.receiver(), entry.eventId()));
            assertThat(notice.type()).isEqualTo("ARRIVAL");
            assertThat(notice.passportNo()).isEqualTo(passport.number());
            assertThat(notice.nationality().value()).isEqualTo("PHL");
            assertThat(notice.crossingPoint()).isEqualTo(entry.crossingPoint());
            assertThat(notice.occurredAt()).isEqualTo(entry.occurredAt());
            assertThat(notice.requestId()).isEqualTo(requestId);
        });
        assertThat(hub.receiveAnother(entry.reference())).isNull();
    }

    @Test
    void announcesNothingForATravellerWhoIsNoDomesticWorker() {
        BorderCrossed entry = borderCrossed(someone(newPassport()), Direction.ENTRY, now().minusSeconds(3600), null);

        Applied.await(statistics, queue.publish(fromBorder(entry)));

        assertThat(noticesDue(entry)).isZero();
    }

    @Test
    void announcesEarlierCrossingsOnceWhenTheRequestArrivesAfterThem() {
        TravellerIdentity traveller = someone(newPassport());
        BorderCrossed entry = borderCrossed(traveller, Direction.ENTRY, now().minusSeconds(7200), null);
        BorderCrossed exit = borderCrossed(traveller, Direction.EXIT, now().minusSeconds(3600), null);
        Applied.await(statistics, queue.publish(fromBorder(entry)), queue.publish(fromBorder(exit)));
        assertThat(noticesDue(entry) + noticesDue(exit)).isZero();
        RequestId requestId = newRequestId();

        Applied.await(statistics, queue.publish(fromMol(recruitmentRequested(requestId, traveller))));
        Applied.await(statistics, queue.publish(fromMol(recruitmentRequested(newRequestId(), traveller))));

        assertThat(noticesOf(entry, 2)).allSatisfy(notice -> {
            assertThat(notice.type()).isEqualTo("ARRIVAL");
            assertThat(notice.requestId()).isEqualTo(requestId);
        });
        assertThat(noticesOf(exit, 2)).allSatisfy(notice -> assertThat(notice.type()).isEqualTo("DEPARTURE"));
        assertThat(noticesDue(entry)).isEqualTo(2);
        assertThat(noticesDue(exit)).isEqualTo(2);
    }

    @Test
    void announcesAnEarlierCrossingWhenAPermitNamesThePassport() {
        TravellerIdentity traveller = someone(newPassport());
        BorderCrossed entry = borderCrossed(traveller, Direction.ENTRY, now().minusSeconds(3600), null);
        Applied.await(statistics, queue.publish(fromBorder(entry)));

        Applied.await(statistics, queue.publish(fromMol(workPermitIssued(newPermitNo(), traveller.passport()))));

        assertThat(noticesOf(entry, 2)).extracting(CrossingNoticeDue::requestId).containsOnlyNulls();
    }

    @Test
    void announcesTheCrossingOfAWorkerRecruitedOnThePassportTheyRenewedSince() {
        TravellerIdentity recruited = someone(newPassport());
        RequestId requestId = newRequestId();
        Applied.await(statistics, queue.publish(fromMol(recruitmentRequested(requestId, recruited))));
        TravellerIdentity renewed = new TravellerIdentity(newPassport(), recruited.nationality(), recruited.surname(),
                recruited.givenNames(), recruited.birthDate(), recruited.sex(), recruited.passportExpiresOn());
        BorderCrossed entry = borderCrossed(renewed, Direction.ENTRY, now().minusSeconds(3600), null);

        Applied.await(statistics, queue.publish(fromBorder(entry)));

        assertThat(noticesOf(entry, 2)).allSatisfy(notice -> {
            assertThat(notice.passportNo()).isEqualTo(renewed.passport().number());
            assertThat(notice.requestId()).isEqualTo(requestId);
        });
    }

    @Test
    void announcesACrossingOnceHoweverOftenItIsDelivered() {
        PassportRef passport = newPassport();
        Applied.await(statistics, queue.publish(fromMol(recruitmentRequested(newRequestId(), passport))));
        BorderCrossed entry = borderCrossed(passport, null);
        InboundEvent crossing = fromBorder(entry);

        queue.publish(crossing);
        queue.publish(crossing);
        Applied.await(statistics, crossing);

        assertThat(noticesOf(entry, 2)).hasSize(2);
        assertThat(noticesDue(entry)).isEqualTo(2);
    }

    private List<CrossingNoticeDue> noticesOf(BorderCrossed crossing, int expected) {
        List<CrossingNoticeDue> received = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            received.add((CrossingNoticeDue) hub.receive(crossing.reference()));
        }
        return received;
    }

    private long noticesDue(BorderCrossed crossing) {
        return jdbc.queryForObject("select count(*) from notice_due where reference = ?", Long.class,
                crossing.reference());
    }
}
