package jo.gov.mol.dwr.registry.crossing;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.borderCrossed;
import static jo.gov.mol.dwr.registry.CanonicalEvents.digits;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorderFile;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.passport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.workPermitIssued;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecords;

/**
 * Border crossings published to {@code registry.events} as the hub publishes them (grouped by passport key), and
 * what the registry keeps of them. Fresh passports, request and approval numbers in every test.
 */
@SpringBootTest(classes = RegistryApplication.class)
class CrossingIntegrationTests {

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    UnmatchedRecords unmatchedRecords;

    @Autowired
    Crossings crossings;

    RegistryQueue queue;

    @BeforeEach
    void queue() {
        queue = new RegistryQueue(jms);
    }

    @Test
    void keepsACrossingAndCreatesItsWorkerFromThePassportWhenNoWorkerHoldsIt() {
        PassportRef passport = newPassport();
        BorderCrossed crossed = borderCrossed(passport, null);

        InboundEvent message = queue.publish(fromBorder(crossed));
        Applied.await(statistics, message);

        Map<String, Object> worker = jdbc.queryForMap("""
                select id, name_latin, name_arabic, birth_date, sex, nationality, identity_source, event_id
                from worker where passport_key = ?""", passport.key());
        assertThat(worker).containsEntry("name_latin", "MARIA CLARA SANTOS DELA CRUZ").containsEntry("sex", "F")
                .containsEntry("nationality", "PHL").containsEntry("identity_source", "PASSPORT_MRZ")
                .containsEntry("event_id", message.eventId().toString());
        assertThat(worker.get("name_arabic")).isNull();
        assertThat(jdbc.queryForObject("select birth_date from worker where passport_key = ?", LocalDate.class,
                passport.key())).isEqualTo(LocalDate.of(1994, 7, 15));
        assertThat(crossings.byCrossingId(crossed.eventId())).get().satisfies(crossing -> {
            assertThat(crossing.crossingPoint()).isEqualTo(CrossingPoint.AMM);
            assertThat(crossing.direction()).isEqualTo(Direction.ENTRY);
            assertThat(crossing.occurredAt()).isEqualTo(crossed.occurredAt());
            assertThat(crossing.mrzLine1()).isEqualTo(crossed.mrzLine1());
            assertThat(crossing.mrzLine2()).isEqualTo(crossed.mrzLine2());
            assertThat(crossing.workerId()).isEqualTo(((Number) worker.get("id")).longValue());
            assertThat(crossing.visaRef()).isNull();
            assertThat(crossing.approval()).isEmpty();
            assertThat(crossing.eventId()).isEqualTo(message.eventId());
        });
    }

    @Test
    void joinsTheWorkerWhoHoldsThePassportTypedDifferentlyButFoldedAlike() {
        String digits = digits(7);
        PassportRef typedByMol = passport("PHL", "p " + digits.substring(0, 3) + "-" + digits.substring(3) + "O");
        PassportRef readAtTheBorder = passport("PHL", "P" + digits + "0");
        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), typedByMol)));
        Applied.await(statistics, request);
        long workerId = workerHolding(readAtTheBorder);

        BorderCrossed entry = borderCrossed(readAtTheBorder, null);
        BorderCrossed exit = borderCrossed(readAtTheBorder, Direction.EXIT, now().minusSeconds(60), null);
        InboundEvent entered = queue.publish(fromBorder(entry));
        InboundEvent left = queue.publish(fromBorder(exit));
        Applied.await(statistics, entered, left);

        assertThat(jdbc.queryForObject("select count(*) from worker where passport_key = ?", Long.class,
                readAtTheBorder.key())).isOne();
        assertThat(jdbc.queryForMap("select name_arabic, identity_source, event_id from worker where id = ?",
                workerId)).containsEntry("identity_source", "RECRUITMENT_REQUEST")
                .containsEntry("event_id", request.eventId().toString())
                .containsEntry("name_arabic", "ماريا كلارا سانتوس ديلا كروز");
        assertThat(crossings.ofWorker(workerId)).extracting(CrossingOnRecord::crossingId)
                .containsExactly(entry.eventId(), exit.eventId());
    }

    @Test
    void aRecruitmentRequestDescribesTheWorkerABorderCrossingCreatedEvenWhenSentBeforeTheCrossing() {
        PassportRef passport = newPassport();
        InboundEvent crossing = queue.publish(fromBorder(borderCrossed(passport, null)));
        Applied.await(statistics, crossing);
        long workerId = workerHolding(passport);

        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), passport),
                now().minusSeconds(86_400)));
        Applied.await(statistics, request);

        assertThat(workerHolding(passport)).isEqualTo(workerId);
        assertThat(jdbc.queryForMap("select name_arabic, identity_source, event_id from worker where id = ?",
                workerId)).containsEntry("identity_source", "RECRUITMENT_REQUEST")
                .containsEntry("name_arabic", "ماريا كلارا سانتوس ديلا كروز")
                .containsEntry("event_id", request.eventId().toString());
    }

    @Test
    void aRecordWaitingForTheWorkerByPassportJoinsTheWorkerACrossingCreates() {
        PassportRef passport = newPassport();
        PermitNo permitNo = newPermitNo();
        InboundEvent permit = queue.publish(fromMol(workPermitIssued(permitNo, passport)));
        Applied.await(statistics, permit);
        assertThat(unmatchedRecords.list()).extracting(UnmatchedRecord::reference).contains(permitNo.value());

        InboundEvent crossing = queue.publish(fromBorder(borderCrossed(passport, null)));
        Applied.await(statistics, crossing);

        assertThat(unmatchedRecords.list()).extracting(UnmatchedRecord::key).doesNotContain(passport.key());
        assertThat(jdbc.queryForObject("""
                select count(*) from work_permit p join worker w on w.passport_key = p.passport_key
                where p.permit_no = ?""", Long.class, permitNo.value())).isOne();
    }

    @Test
    void linksTheApprovalItsVisaRefNames() {
        PassportRef passport = newPassport();
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();
        InboundEvent request = queue.publish(fromMol(recruitmentRequested(requestId, passport)));
        InboundEvent decision = queue.publish(fromMoi(approved(requestId, approvalNo, now().minusSeconds(7200))));
        Applied.await(statistics, request, decision);
        BorderCrossed crossed = borderCrossed(passport, approvalNo);

        InboundEvent crossing = queue.publish(fromBorder(crossed));
        Applied.await(statistics, crossing);

        assertThat(jdbc.queryForMap("select visa_ref, approval_request_no from border_crossing where crossing_id = ?",
                crossed.eventId().toString())).containsEntry("visa_ref", approvalNo.value())
                .containsEntry("approval_request_no", requestId.value());
        assertThat(crossings.byCrossingId(crossed.eventId())).get().satisfies(onRecord -> {
            assertThat(onRecord.visaRef()).isEqualTo(approvalNo);
            assertThat(onRecord.approvalRequestNo()).isEqualTo(requestId.value());
            assertThat(onRecord.approval()).get().satisfies(approval -> {
                assertThat(approval.grant().requestId()).isEqualTo(requestId);
                assertThat(approval.grant().eventId()).isEqualTo(decision.eventId());
                assertThat(approval.standing()).isTrue();
            });
        });
    }

    @Test
    void keepsAVisaRefNoApprovalIsKnownForAndFindsTheApprovalWhenItsDecisionArrives() {
        PassportRef passport = newPassport();
        ApprovalNo approvalNo = newApprovalNo();
        BorderCrossed crossed = borderCrossed(passport, approvalNo);

        InboundEvent crossing = queue.publish(fromBorder(crossed));
        Applied.await(statistics, crossing);

        assertThat(jdbc.queryForMap("select visa_ref, approval_request_no from border_crossing where crossing_id = ?",
                crossed.eventId().toString())).containsEntry("visa_ref", approvalNo.value())
                .containsEntry("approval_request_no", null);
        assertThat(crossings.byCrossingId(crossed.eventId())).get()
                .satisfies(onRecord -> assertThat(onRecord.approval()).isEmpty());

        RequestId requestId = newRequestId();
        InboundEvent decision = queue.publish(fromMoi(approved(requestId, approvalNo, now().minusSeconds(7200))));
        Applied.await(statistics, decision);

        assertThat(crossings.byCrossingId(crossed.eventId())).get().satisfies(onRecord -> {
            assertThat(onRecord.approvalRequestNo()).isNull();
            assertThat(onRecord.approval()).get()
                    .satisfies(approval -> assertThat(approval.grant().requestId()).isEqualTo(requestId));
        });
    }

    @Test
    void appliesACrossingOnceWhenRedeliveredOrReportedAgainByTheNightlyFile() {
        PassportRef passport = newPassport();
        BorderCrossed crossed = borderCrossed(passport, null);
        InboundEvent realTime = fromBorder(crossed, now().minusSeconds(36_000));
        InboundEvent nightly = fromBorderFile(crossed, now());
        assertThat(nightly.eventId()).isEqualTo(realTime.eventId());

        queue.publish(realTime);
        queue.publish(realTime);
        queue.publish(nightly);
        // the same passport, so the same message group: applied after the three copies
        BorderCrossed later = borderCrossed(passport, Direction.EXIT, now().minusSeconds(60), null);
        InboundEvent marker = queue.publish(fromBorder(later));
        Applied.await(statistics, realTime, marker);

        assertThat(jdbc.queryForObject("select count(*) from border_crossing where crossing_id = ?", Long.class,
                crossed.eventId().toString())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from worker where passport_key = ?", Long.class,
                passport.key())).isOne();
        assertThat(jdbc.queryForObject("select received_at from border_crossing where crossing_id = ?",
                java.time.OffsetDateTime.class, crossed.eventId().toString()).toInstant())
                .isEqualTo(realTime.source().receivedAt());
        assertThat(crossings.ofWorker(workerHolding(passport))).extracting(CrossingOnRecord::crossingId)
                .containsExactly(crossed.eventId(), later.eventId());
    }

    private long workerHolding(PassportRef passport) {
        return jdbc.queryForObject("select id from worker where passport_key = ?", Long.class, passport.key());
    }
}
