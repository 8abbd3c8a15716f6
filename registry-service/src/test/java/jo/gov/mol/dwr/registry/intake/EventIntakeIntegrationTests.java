package jo.gov.mol.dwr.registry.intake;

import static jo.gov.mol.dwr.registry.CanonicalEvents.abscondingReported;
import static jo.gov.mol.dwr.registry.CanonicalEvents.complaintRecorded;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.officeLicenceRecorded;
import static jo.gov.mol.dwr.registry.CanonicalEvents.passport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.workPermitIssued;
import static jo.gov.mol.dwr.registry.CanonicalEvents.workerTransferred;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecords;

/**
 * Canonical events published as the hub publishes them (JSON text on {@code registry.events}, grouped by ordering
 * key) to the embedded broker, and what the registry keeps of them. Every test uses fresh business ids and looks
 * only at its own rows, so it also runs on a database that keeps earlier runs' data.
 */
@SpringBootTest(classes = RegistryApplication.class)
class EventIntakeIntegrationTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    UnmatchedRecords unmatchedRecords;

    RegistryQueue queue;

    @BeforeEach
    void queue() {
        queue = new RegistryQueue(jms);
    }

    @Test
    void keepsEachOfTheSixMolEvents() {
        PassportRef passport = newPassport();
        LicenceNo licenceNo = newLicenceNo();
        RequestId requestId = newRequestId();
        PermitNo permitNo = newPermitNo();
        Reference complaintId = newReference("CMP");
        Reference reportId = newReference("ABS");
        Reference transferId = newReference("TRF");

        InboundEvent office = queue.publish(fromMol(officeLicenceRecorded(licenceNo, LicenceStatus.ACTIVE)));
        InboundEvent request = queue.publish(fromMol(recruitmentRequested(requestId, passport)));
        InboundEvent permit = queue.publish(fromMol(workPermitIssued(permitNo, passport)));
        InboundEvent complaint = queue.publish(fromMol(complaintRecorded(complaintId, passport, ComplaintStatus.OPEN)));
        InboundEvent report = queue.publish(fromMol(abscondingReported(reportId, passport)));
        InboundEvent transfer = queue.publish(fromMol(workerTransferred(transferId, passport)));
        awaitApplied(office, request, permit, complaint, report, transfer);

        assertThat(jdbc.queryForMap("select licence_status, name_ar, annual_quota, event_id from office where licence_no = ?",
                licenceNo.value())).containsEntry("licence_status", "ACTIVE").containsEntry("name_ar", "مكتب النور للاستقدام")
                .containsEntry("event_id", office.eventId().toString());
        assertThat(jdbc.queryForObject("""
                select effective_on from office_licence l join office o on o.id = l.office_id
                where o.licence_no = ? and l.event_id = ?""", LocalDate.class, licenceNo.value(), office.eventId().toString()))
                .isEqualTo(LocalDate.ofInstant(office.source().sentAt(), CanonicalEvent.AMMAN));
        assertThat(jdbc.queryForMap("select name_latin, name_arabic, birth_date, sex, nationality from worker where passport_key = ?",
                passport.key())).containsEntry("name_latin", "MARIA CLARA SANTOS DELA CRUZ").containsEntry("sex", "F")
                .containsEntry("nationality", "PHL");
        assertThat(count("select count(*) from employer where national_id = ?",
                ((RecruitmentRequested) request.event()).employer().nationalId().value()))
                .isOne();
        assertThat(jdbc.queryForMap("select occupation, salary_currency, passport_key from recruitment_request where request_no = ?",
                requestId.value())).containsEntry("occupation", "HOUSEKEEPER").containsEntry("passport_key", passport.key());
        assertThat(count("select count(*) from work_permit where permit_no = ? and passport_key = ?", permitNo.value(),
                passport.key())).isOne();
        assertThat(count("select count(*) from complaint where complaint_ref = ? and complaint_status = 'OPEN'",
                complaintId.value())).isOne();
        assertThat(count("select count(*) from absconding_report where report_ref = ?", reportId.value())).isOne();
        assertThat(count("select count(*) from worker_transfer where transfer_ref = ?", transferId.value())).isOne();
        assertThat(unmatchedRecords.list()).extracting(UnmatchedRecord::key).doesNotContain(passport.key());
    }

    @Test
    void handlesEveryKindOfMolEvent(@Autowired EventHandlers handlers) {
        assertThat(handlers.unhandled()).doesNotContain("RecruitmentRequested", "WorkPermitIssued",
                "ComplaintRecorded", "AbscondingReported", "WorkerTransferred", "OfficeLicenceRecorded");
    }

    @Test
    void keepsTheSourceMessageAsEvidence() {
        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), newPassport())));
        awaitApplied(request);

        Map<String, Object> row = jdbc.queryForMap("""
                select source_system, message_id, reference, log_entry_id, account, sha256, event_type, canonical_json
                from source_message where event_id = ?""", request.eventId().toString());
        byte[] raw = jdbc.queryForObject("select raw_message from source_message where event_id = ?", byte[].class,
                request.eventId().toString());

        assertThat(row).containsEntry("source_system", "MOL")
                .containsEntry("message_id", request.source().messageId())
                .containsEntry("reference", request.source().reference())
                .containsEntry("account", "mol-dws")
                .containsEntry("sha256", request.source().sha256())
                .containsEntry("event_type", "RecruitmentRequested");
        assertThat(((Number) row.get("log_entry_id")).longValue()).isEqualTo(request.source().logEntryId());
        assertThat(raw).isEqualTo(request.source().raw());
        assertThat(EventCodec.sha256(raw)).isEqualTo(request.source().sha256());
        assertThat((String) row.get("canonical_json")).contains("\"type\":\"RecruitmentRequested\"")
                .contains(request.event().reference());
    }

    @Test
    void appliesAnEventDeliveredTwiceOnce() {
        PassportRef passport = newPassport();
        Reference complaintId = newReference("CMP");
        InboundEvent complaint = fromMol(complaintRecorded(complaintId, passport, ComplaintStatus.OPEN));

        queue.publish(complaint);
        queue.publish(complaint);
        // same passport, so the same message group: applied after both copies
        InboundEvent after = queue.publish(fromMol(complaintRecorded(newReference("CMP"), passport, ComplaintStatus.OPEN)));
        awaitApplied(after);

        assertThat(count("select count(*) from source_message where event_id = ?", complaint.eventId().toString())).isOne();
        assertThat(count("""
                select count(*) from complaint_version v join complaint c on c.id = v.complaint_id
                where c.complaint_ref = ?""", complaintId.value())).isOne();
    }

    @Test
    void keepsEveryComplaintStatusAndTheLatestSentIsCurrentWhateverTheArrivalOrder() {
        PassportRef passport = newPassport();
        Reference complaintId = newReference("CMP");
        Instant filed = now();
        InboundEvent substantiated = fromMol(complaintRecorded(complaintId, passport, ComplaintStatus.SUBSTANTIATED),
                filed.plusSeconds(3600));
        InboundEvent open = fromMol(complaintRecorded(complaintId, passport, ComplaintStatus.OPEN), filed);

        queue.publish(substantiated);
        queue.publish(open); // sent earlier, arrives later
        awaitApplied(substantiated, open);

        assertThat(statusHistory(complaintId)).containsExactly("OPEN", "SUBSTANTIATED");
        assertThat(currentStatus(complaintId)).isEqualTo("SUBSTANTIATED");

        InboundEvent unsubstantiated = queue.publish(fromMol(
                complaintRecorded(complaintId, passport, ComplaintStatus.UNSUBSTANTIATED), filed.plusSeconds(7200)));
        awaitApplied(unsubstantiated);

        assertThat(statusHistory(complaintId)).containsExactly("OPEN", "SUBSTANTIATED", "UNSUBSTANTIATED");
        assertThat(currentStatus(complaintId)).isEqualTo("UNSUBSTANTIATED");
    }

    @Test
    void keepsAPermitForAnUnknownPassportUnmatchedUntilItsWorkerArrives() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        PassportRef asOnThePermit = passport("PHL", "P " + digits.substring(0, 4) + "-" + digits.substring(4) + "O");
        PassportRef asOnTheRequest = passport("PHL", "P" + digits + "0");
        PermitNo permitNo = newPermitNo();

        InboundEvent permit = queue.publish(fromMol(workPermitIssued(permitNo, asOnThePermit)));
        awaitApplied(permit);

        assertThat(unmatchedRecords.list()).contains(
                new UnmatchedRecord("WORK_PERMIT", permitNo.value(), UnmatchedRecord.WORKER, asOnThePermit.key(),
                        permit.source().receivedAt(), permit.eventId()));
        assertThat(count("select count(*) from worker where passport_key = ?", asOnThePermit.key())).isZero();

        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), asOnTheRequest)));
        awaitApplied(request);

        assertThat(unmatchedRecords.list()).extracting(UnmatchedRecord::reference).doesNotContain(permitNo.value());
        assertThat(jdbc.queryForObject("""
                select w.passport_no from work_permit p join worker w on w.passport_key = p.passport_key
                where p.permit_no = ?""", String.class, permitNo.value())).isEqualTo(asOnTheRequest.number().value());
    }

    @Test
    void parksAnUnreadableMessageAndGoesOnWithTheQueue() throws JMSException {
        PassportRef passport = newPassport();
        String marker = UUID.randomUUID().toString();

        queue.sendText("{ this is not a canonical event", passport.key(), Map.of("test_marker", marker));
        InboundEvent next = queue.publish(fromMol(complaintRecorded(newReference("CMP"), passport, ComplaintStatus.OPEN)));
        awaitApplied(next);

        Message parked = queue.deadLetter("test_marker", marker);
        assertThat(parked).isInstanceOf(TextMessage.class);
        assertThat(((TextMessage) parked).getText()).isEqualTo("{ this is not a canonical event");
        assertThat(parked.getStringProperty(DeadLetters.ERROR_CODE)).isEqualTo("unreadable_event");
        assertThat(parked.getStringProperty(DeadLetters.REASON)).isNotBlank();
        assertThat(parked.getStringProperty(DeadLetters.ORIGINAL_QUEUE)).isEqualTo(RegistryQueue.EVENTS);
        assertThat(parked.getStringProperty(DeadLetters.GROUP_ID)).isEqualTo(passport.key());
    }

    @Test
    void parksAnEventThatFailsOnEveryDeliveryAndGoesOnWithTheQueue() throws JMSException {
        PassportRef passport = newPassport();
        RequestId requestId = newRequestId();
        InboundEvent tooLong = fromMol(recruitmentRequested(requestId, passport, "A".repeat(300)));

        queue.publish(tooLong);
        InboundEvent next = queue.publish(fromMol(complaintRecorded(newReference("CMP"), passport, ComplaintStatus.OPEN)));
        awaitApplied(next);

        Message parked = queue.deadLetter(DeadLetters.EVENT_ID, tooLong.eventId().toString());
        assertThat(parked.getStringProperty(DeadLetters.ERROR_CODE)).isEqualTo("event_not_applicable");
        assertThat(parked.getIntProperty(DeadLetters.DELIVERY_COUNT)).isEqualTo(3);
        assertThat(EventCodec.fromJson(((TextMessage) parked).getText())).isEqualTo(tooLong);
        assertThat(statistics.isApplied(tooLong.eventId())).isFalse();
        assertThat(count("select count(*) from recruitment_request where request_no = ?", requestId.value())).isZero();
    }

    private void awaitApplied(InboundEvent... events) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(List.of(events))
                .allSatisfy(event -> assertThat(statistics.isApplied(event.eventId())).as(event.toString()).isTrue()));
    }

    private List<String> statusHistory(Reference complaintId) {
        return jdbc.queryForList("""
                select v.complaint_status from complaint_version v join complaint c on c.id = v.complaint_id
                where c.complaint_ref = ? order by v.sent_at""", String.class, complaintId.value());
    }

    private String currentStatus(Reference complaintId) {
        return jdbc.queryForObject("select complaint_status from complaint where complaint_ref = ?", String.class,
                complaintId.value());
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
