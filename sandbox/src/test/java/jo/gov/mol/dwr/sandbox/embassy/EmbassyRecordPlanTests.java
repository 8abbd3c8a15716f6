package jo.gov.mol.dwr.sandbox.embassy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

class EmbassyRecordPlanTests {
    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    static final List<Recruit> RECRUITS = MolStream.generate(3, 80, 1, 0, 0).recruits();
    static final SandboxProperties.Embassies SETTINGS =
            new SandboxProperties.Embassies(0.1, 0.05, 0.15, 0.05, 0.05, "a-token-of-sixteen-chars", Duration.ofSeconds(60));

    static List<PlannedRecord> plan() {
        return EmbassyRecordPlan.of(7, SETTINGS, RECRUITS, START);
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(plan()).isEqualTo(plan());
        assertThat(EmbassyRecordPlan.of(8, SETTINGS, RECRUITS, START)).isNotEqualTo(plan());
    }

    @Test
    void attestsTheContractOfEveryRecruitedWorkerOnceBeforeTheStart() {
        List<PlannedRecord> attestations = plan().stream().filter(PlannedRecord::isAttestation).toList();

        assertThat(attestations).extracting(r -> r.worker().requestId()).containsExactlyInAnyOrderElementsOf(RECRUITS.stream().map(Recruit::requestId).toList());
        assertThat(attestations).allSatisfy(attestation -> {
            assertThat(attestation.embassy()).isEqualTo(attestation.worker().nationality());
            assertThat(attestation.occurredAt().toInstant()).isBefore(START);
            assertThat(attestation.officeLicenceNo()).isEqualTo(attestation.worker().officeLicenceNo());
            assertThat(attestation.employerId()).isEqualTo(attestation.worker().employerId());
            assertThat(attestation.currency()).isEqualTo(attestation.worker().currency());
        });
    }

    @Test
    void refusesTheRefusedShareWithAReasonAndWritesTheSalaryOtherwiseForTheOffShare() {
        List<PlannedRecord> attestations = plan().stream().filter(PlannedRecord::isAttestation).toList();

        List<PlannedRecord> refused = attestations.stream().filter(r -> r.status() == AttestationStatus.REFUSED).toList();
        assertThat(refused).hasSize((int) Math.round(attestations.size() * 0.1)).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(attestations).filteredOn(r -> r.status() == AttestationStatus.ATTESTED).allSatisfy(r -> assertThat(r.reason()).isNull());
        assertThat(attestations.stream().filter(r -> r.salary().compareTo(r.worker().salary()) != 0).count())
                .isEqualTo(Math.round(attestations.size() * 0.05));
    }

    @Test
    void recordsWelfareCasesForTheWelfareShareInTheWeeksAfter() {
        List<PlannedRecord> cases = plan().stream().filter(r -> !r.isAttestation()).toList();

        assertThat(cases).hasSize((int) Math.round(RECRUITS.size() * 0.15)).allSatisfy(welfareCase -> {
            assertThat(welfareCase.category()).isNotNull();
            assertThat(welfareCase.salary()).isNull();
            assertThat(welfareCase.occurredAt().toInstant()).isAfter(START.plus(Duration.ofDays(2)));
            assertThat(welfareCase.summary() != null).isEqualTo(welfareCase.embassy().equals("PHL"));
        });
    }

    @Test
    void givesEveryRecordAReferenceOfItsOwnAndOnlyPhlEventsAnEventId() {
        List<PlannedRecord> records = plan();

        assertThat(records.stream().map(r -> r.embassy() + " " + r.reference()).distinct()).hasSize(records.size());
        assertThat(records).allSatisfy(record -> {
            assertThat(Reference.of(record.reference()).value()).isEqualTo(record.reference());
            assertThat(record.eventId() != null).isEqualTo(record.embassy().equals("PHL"));
        });
    }

    @Test
    void twistsEachChannelAsPlanned() {
        List<PlannedRecord> records = plan();
        Map<Twist, List<PlannedRecord>> phl = byTwist(records, Set.of("PHL"));
        Map<Twist, List<PlannedRecord>> lka = byTwist(records, Set.of("LKA"));
        Map<Twist, List<PlannedRecord>> csv = byTwist(records, Set.copyOf(EmbassyCsvRecords.EMBASSIES));

        long events = records.stream().filter(r -> r.embassy().equals("PHL")).count();
        assertThat(phl.get(Twist.SENT_TWICE)).hasSize((int) Math.max(1, Math.round(events * 0.05)));
        assertThat(phl.get(Twist.BROKEN_FIRST)).hasSize((int) Math.max(1, Math.round(events * 0.05)));
        assertThat(lka.get(Twist.CHANGED_LATER)).singleElement().satisfies(r -> assertThat(r.isAttestation()).isTrue());
        assertThat(lka.get(Twist.BROKEN_FIRST)).hasSize(1);
        assertThat(csv.get(Twist.BROKEN_FIRST)).singleElement().satisfies(r -> assertThat(r.isAttestation()).isTrue());
        assertThat(csv).doesNotContainKeys(Twist.SENT_TWICE, Twist.CHANGED_LATER);
    }

    private static Map<Twist, List<PlannedRecord>> byTwist(List<PlannedRecord> records, Set<String> embassies) {
        return records.stream().filter(r -> embassies.contains(r.embassy()))
                .collect(Collectors.groupingBy(PlannedRecord::twist));
    }
}
