package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static jo.gov.mol.dwr.registry.flag.Worker.usd;
import static jo.gov.mol.dwr.registry.flag.Worker.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.Reference;

/** ENTRY_WITHOUT_ATTESTATION: an entry needing attestation without an ATTESTED record for that office. */
class EntryWithoutAttestationTests {
    private static final LocalDate ENTERED = day(2025, 5, 1);

    private final EntryWithoutAttestation rule = new EntryWithoutAttestation();
    private final TestFlagContext context = context().approval(APPROVAL, REQUEST, day(2025, 7, 1));

    private Worker from(String nationality) {
        Worker worker = Worker.from(nationality);
        context.requestHolder(REQUEST, worker.personId(), OFFICE);
        return worker;
    }

    @Test
    void aFilipinaEnteringWithoutAnyAttestationIsAFindingForTheOfficeOfTheApprovalsRequest() {
        Worker maria = from("PHL");
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.ENTRY_WITHOUT_ATTESTATION);
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.raisedAt()).isEqualTo(entry.businessTime());
            assertThat(finding.evidence()).containsExactly(entry.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void anAttestedContractWithThatOfficeIsNoFinding() {
        Worker maria = from("PHL");
        maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("400"), OFFICE);
        maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anAttestedContractWithAnotherOfficeDoesNotCount() {
        Worker maria = from("PHL");
        maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("400"), OTHER_OFFICE);
        maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void aRefusalAfterTheAttestationIsAFindingWithTheRefusalAsEvidence() {
        Worker maria = from("PHL");
        maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("400"), OFFICE);
        Fact refusal = maria.attested(day(2025, 3, 20), AttestationStatus.REFUSED, usd("400"), OFFICE);
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(entry.source(), refusal.source());
    }

    @Test
    void anAttestationCorrectedFromRefusedToAttestedIsNoFinding() {
        Worker maria = from("PHL");
        Reference attestation = reference("ATT");
        maria.attested(attestation, day(2025, 3, 1), AttestationStatus.REFUSED, usd("400"), OFFICE);
        maria.attested(attestation, day(2025, 3, 10), AttestationStatus.ATTESTED, usd("400"), OFFICE);
        maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aNationalityThatRequiresNoAttestationIsNoFinding() {
        Worker grace = from("UGA");
        grace.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(grace.facts(), context)).isEmpty();
    }
}
