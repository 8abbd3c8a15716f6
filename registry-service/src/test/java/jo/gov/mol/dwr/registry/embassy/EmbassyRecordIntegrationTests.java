package jo.gov.mol.dwr.registry.embassy;

import static jo.gov.mol.dwr.mappings.canonical.AttestationStatus.ATTESTED;
import static jo.gov.mol.dwr.mappings.canonical.AttestationStatus.REFUSED;
import static jo.gov.mol.dwr.registry.CanonicalEvents.contractAttested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.digits;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromEmbassyFile;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static jo.gov.mol.dwr.registry.CanonicalEvents.passport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static jo.gov.mol.dwr.registry.CanonicalEvents.welfareCaseRecorded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * Embassy attestations and welfare cases published to {@code registry.events} as the hub publishes them (grouped by
 * passport key), and what the registry keeps of them. Fresh passports and references in every test.
 */
@SpringBootTest(classes = RegistryApplication.class)
class EmbassyRecordIntegrationTests {
    private static final LocalDate TODAY = LocalDate.now(CanonicalEvent.AMMAN);

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    EmbassyRecords embassyRecords;

    RegistryQueue queue;

    @BeforeEach
    void queue() {
        queue = new RegistryQueue(jms);
    }

    @Test
    void anAttestationCreatesItsWorkerAsTheEmbassyDescribesThemWhenNoWorkerHoldsThePassport() {
        PassportRef passport = newPassport();
        ContractAttested attested = contractAttested(newReference("ATT"), passport, minutesAgo(10), ATTESTED);

        InboundEvent message = queue.publish(fromPhl(attested, now()));
        Applied.await(statistics, message);

        long workerId = workerHolding(passport);
        assertThat(jdbc.queryForMap("""
                select name_latin, name_arabic, nationality, sex, identity_source, event_id
                from worker where id = ?""", workerId))
                .containsEntry("name_latin", "DELA CRUZ MARIA CLARA SANTOS").containsEntry("name_arabic", null)
                .containsEntry("nationality", "PHL").containsEntry("sex", "F")
                .containsEntry("identity_source", "EMBASSY_RECORD")
                .containsEntry("event_id", message.eventId().toString());
        assertThat(jdbc.queryForObject("select birth_date from worker where id = ?", LocalDate.class, workerId))
                .isEqualTo(LocalDate.of(1994, 7, 15));
        assertThat(embassyRecords.attestation(attested.embassy(), attested.attestationRef()))
                .contains(new AttestationOnRecord(attested, workerId, message.eventId()));
    }

    @Test
    void anAttestationJoinsTheWorkerARequestCreatedWithoutDescribingThem() {
        PassportRef passport = newPassport();
        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), passport)));
        Applied.await(statistics, request);
        long workerId = workerHolding(passport);
        ContractAttested attested = contractAttested(newReference("ATT"), passport, minutesAgo(10), ATTESTED);

        InboundEvent message = queue.publish(fromPhl(attested, now()));
        Applied.await(statistics, message);

        assertThat(jdbc.queryForObject("select count(*) from worker where passport_key = ?", Long.class,
                passport.key())).isOne();
        assertThat(jdbc.queryForMap("select name_latin, identity_source, event_id from worker where id = ?", workerId))
                .containsEntry("name_latin", "MARIA CLARA SANTOS DELA CRUZ")
                .containsEntry("identity_source", "RECRUITMENT_REQUEST")
                .containsEntry("event_id", request.eventId().toString());
        assertThat(embassyRecords.attestationsOf(workerId))
                .containsExactly(new AttestationOnRecord(attested, workerId, message.eventId()));
    }

    @Test
    void aRecruitmentRequestDescribesTheWorkerAWelfareCaseCreatedEvenWhenSentBeforeTheCase() {
        PassportRef passport = newPassport();
        WelfareCaseRecorded welfareCase = welfareCaseRecorded(newReference("WEL"), passport, minutesAgo(10),
                WelfareCategory.SHELTER_ADMISSION);
        InboundEvent reported = queue.publish(fromPhl(welfareCase, now()));
        Applied.await(statistics, reported);
        long workerId = workerHolding(passport);

        InboundEvent request = queue.publish(fromMol(recruitmentRequested(newRequestId(), passport),
                now().minusSeconds(86_400)));
        Applied.await(statistics, request);

        assertThat(workerHolding(passport)).isEqualTo(workerId);
        assertThat(jdbc.queryForMap("select name_latin, identity_source, event_id from worker where id = ?", workerId))
                .containsEntry("name_latin", "MARIA CLARA SANTOS DELA CRUZ")
                .containsEntry("identity_source", "RECRUITMENT_REQUEST")
                .containsEntry("event_id", request.eventId().toString());
        assertThat(embassyRecords.welfareCase(welfareCase.embassy(), welfareCase.caseRef()))
                .contains(new WelfareCaseOnRecord(welfareCase, workerId, reported.eventId()));
    }

    @Test
    void keepsEveryVersionAndTheLatestByOccurredAtIsCurrentWhateverOrderTheyArriveIn() {
        PassportRef passport = newPassport();
        Reference reference = newReference("ATT");
        Instant occurredAt = now().minusSeconds(3600);
        ContractAttested first = contractAttested(reference, passport, EmbassyRecordTime.at(occurredAt), ATTESTED);
        ContractAttested older = contractAttested(reference, passport,
                EmbassyRecordTime.at(occurredAt.minusSeconds(600)), REFUSED);
        ContractAttested newer = contractAttested(reference, passport,
                EmbassyRecordTime.at(occurredAt.plusSeconds(600)), REFUSED);

        InboundEvent firstMessage = queue.publish(fromPhl(first, now()));
        InboundEvent lateMessage = queue.publish(fromPhl(older, now()));
        Applied.await(statistics, firstMessage, lateMessage);

        assertThat(versionsOf(reference)).isEqualTo(2);
        assertThat(currentAttestation(passport, reference).eventId()).isEqualTo(firstMessage.eventId());
        assertThat(currentAttestation(passport, reference).attestation()).isEqualTo(first);

        InboundEvent newerMessage = queue.publish(fromPhl(newer, now()));
        Applied.await(statistics, newerMessage);

        assertThat(versionsOf(reference)).isEqualTo(3);
        assertThat(currentAttestation(passport, reference).eventId()).isEqualTo(newerMessage.eventId());
        assertThat(currentAttestation(passport, reference).attestation()).isEqualTo(newer);
    }

    @Test
    void versionsOccurredAtTheSameInstantGoToTheLaterArrivalEvenWhenItIsAppliedFirst() {
        PassportRef passport = newPassport();
        Reference reference = newReference("ATT");
        EmbassyRecordTime time = minutesAgo(60);
        InboundEvent earlierArrival = fromPhl(contractAttested(reference, passport, time, ATTESTED),
                now().minusSeconds(5));
        InboundEvent laterArrival = fromPhl(contractAttested(reference, passport, time, REFUSED), now());

        queue.publish(laterArrival);
        queue.publish(earlierArrival);
        Applied.await(statistics, laterArrival, earlierArrival);

        assertThat(versionsOf(reference)).isEqualTo(2);
        assertThat(currentAttestation(passport, reference).eventId()).isEqualTo(laterArrival.eventId());
    }

    @Test
    void aFileRecordReExportedChangedIsANewVersionCurrentByArrivalAndReExportedUnchangedIsADuplicate() {
        PassportRef passport = passport("LKA", "N" + digits(7));
        CountryCode lka = passport.issuingState();
        Reference reference = newReference("ATT");
        EmbassyRecordTime onTheDay = EmbassyRecordTime.on(TODAY.minusDays(10));
        ContractAttested attested = contractAttested(reference, passport, onTheDay, ATTESTED);
        ContractAttested refused = contractAttested(reference, passport, onTheDay, REFUSED);
        InboundEvent monday = fromEmbassyFile(lka, attested, now().minusSeconds(86_400));
        InboundEvent mondayAgain = fromEmbassyFile(lka, attested, now().minusSeconds(3600));
        InboundEvent tuesday = fromEmbassyFile(lka, refused, now());
        assertThat(mondayAgain.eventId()).isEqualTo(monday.eventId());

        queue.publish(monday);
        queue.publish(mondayAgain);
        queue.publish(tuesday);
        Applied.await(statistics, monday, tuesday);

        assertThat(versionsOf(reference)).isEqualTo(2);
        assertThat(currentAttestation(passport, reference).eventId()).isEqualTo(tuesday.eventId());
        assertThat(currentAttestation(passport, reference).attestation()).isEqualTo(refused);
    }

    @Test
    void appliesARedeliveredAttestationOnce() {
        PassportRef passport = newPassport();
        Reference reference = newReference("ATT");
        InboundEvent message = fromPhl(contractAttested(reference, passport, minutesAgo(10), ATTESTED), now());

        queue.publish(message);
        queue.publish(message);
        // the same passport, so the same message group: applied after both copies
        InboundEvent marker = queue.publish(fromPhl(welfareCaseRecorded(newReference("WEL"), passport,
                minutesAgo(5), WelfareCategory.COMPLAINT), now()));
        Applied.await(statistics, message, marker);

        assertThat(versionsOf(reference)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from worker where passport_key = ?", Long.class,
                passport.key())).isOne();
    }

    @Test
    void anAttestationAndAWelfareCaseOfTheSameReferenceAreTwoRecords() {
        PassportRef passport = newPassport();
        Reference reference = newReference("PH");
        ContractAttested attested = contractAttested(reference, passport, minutesAgo(10), ATTESTED);
        WelfareCaseRecorded welfareCase = welfareCaseRecorded(reference, passport, minutesAgo(5),
                WelfareCategory.REPATRIATION_REQUEST);

        InboundEvent attestation = queue.publish(fromPhl(attested, now()));
        InboundEvent reported = queue.publish(fromPhl(welfareCase, now()));
        Applied.await(statistics, attestation, reported);

        assertThat(embassyRecords.attestation(attested.embassy(), reference)).get()
                .extracting(AttestationOnRecord::attestation).isEqualTo(attested);
        assertThat(embassyRecords.welfareCase(welfareCase.embassy(), reference)).get()
                .extracting(WelfareCaseOnRecord::welfareCase).isEqualTo(welfareCase);
    }

    @Test
    void findsTheAttestationsOfAnOfficeEarliestFirst() {
        LicenceNo office = newLicenceNo();
        ContractAttested earlier = contractAttested(newReference("ATT"), newPassport(),
                EmbassyRecordTime.on(TODAY.minusDays(3)), ATTESTED, office);
        ContractAttested later = contractAttested(newReference("ATT"), newPassport(),
                EmbassyRecordTime.on(TODAY.minusDays(1)), REFUSED, office);

        Applied.await(statistics, queue.publish(fromPhl(later, now())), queue.publish(fromPhl(earlier, now())));

        assertThat(embassyRecords.attestationsFor(office)).extracting(AttestationOnRecord::attestation)
                .containsExactly(earlier, later);
    }

    @Test
    void findsWelfareCasesByCategoryDatedWithinTheDaysAsked() {
        LocalDate day = TODAY.minusDays(40);
        WelfareCaseRecorded missing = welfareCaseRecorded(newReference("WEL"), newPassport(),
                EmbassyRecordTime.on(day), WelfareCategory.MISSING_WORKER);
        WelfareCaseRecorded missingTheDayBefore = welfareCaseRecorded(newReference("WEL"), newPassport(),
                EmbassyRecordTime.on(day.minusDays(1)), WelfareCategory.MISSING_WORKER);
        WelfareCaseRecorded sheltered = welfareCaseRecorded(newReference("WEL"), newPassport(),
                EmbassyRecordTime.on(day), WelfareCategory.SHELTER_ADMISSION);

        Applied.await(statistics, queue.publish(fromPhl(missing, now())), queue.publish(fromPhl(missingTheDayBefore, now())),
                queue.publish(fromPhl(sheltered, now())));

        assertThat(embassyRecords.welfareCases(WelfareCategory.MISSING_WORKER, day, day.plusDays(1)))
                .extracting(WelfareCaseOnRecord::welfareCase)
                .contains(missing).doesNotContain(missingTheDayBefore, sheltered);
    }

    @Test
    void countsAttestationsAndWelfareCasesOncePerReferenceWhateverTheirVersions() {
        PassportRef passport = newPassport();
        Reference reference = newReference("ATT");
        RegistryCounts before = statistics.counts();

        Applied.await(statistics, queue.publish(fromPhl(contractAttested(reference, passport, minutesAgo(10), ATTESTED), now())),
                queue.publish(fromPhl(contractAttested(reference, passport, minutesAgo(5), REFUSED), now())),
                queue.publish(fromPhl(welfareCaseRecorded(newReference("WEL"), passport, minutesAgo(1),
                        WelfareCategory.COMPLAINT), now())));

        RegistryCounts after = statistics.counts();
        assertThat(after.attestations()).isEqualTo(before.attestations() + 1);
        assertThat(after.welfareCases()).isEqualTo(before.welfareCases() + 1);
    }

    private AttestationOnRecord currentAttestation(PassportRef passport, Reference reference) {
        return embassyRecords.attestation(passport.issuingState(), reference).orElseThrow();
    }

    private long versionsOf(Reference reference) {
        return jdbc.queryForObject("""
                select count(*) from embassy_record_version v join embassy_record r on r.id = v.embassy_record_id
                where r.reference = ?""", Long.class, reference.value());
    }

    private long workerHolding(PassportRef passport) {
        return jdbc.queryForObject("select id from worker where passport_key = ?", Long.class, passport.key());
    }

    private static EmbassyRecordTime minutesAgo(long minutes) {
        return EmbassyRecordTime.at(now().minusSeconds(60 * minutes));
    }
}
