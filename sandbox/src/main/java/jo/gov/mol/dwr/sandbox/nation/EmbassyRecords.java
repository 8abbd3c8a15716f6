package jo.gov.mol.dwr.sandbox.nation;

import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * The nation's embassy facts as the records the embassies' channels write ({@link PlannedRecord}). An embassy writes
 * the name as the passport has it, whatever MoL's clerk typed, but for its own clerk's slip here and there.
 */
final class EmbassyRecords {
    private static final String REFUSAL = "no weekly rest day in the contract";

    private EmbassyRecords() {
    }

    /** @param misspelt whether the embassy's clerk mistyped the worker's given names */
    static PlannedRecord of(Journey journey, Step.Attested step, boolean misspelt) {
        boolean refused = step.status() == AttestationStatus.REFUSED;
        return new PlannedRecord(PlannedRecord.Kind.ATTESTATION, embassy(step.system()), step.reference(),
                eventId(step.system(), step.recordId()), recruit(journey, step, misspelt), null, at(step),
                step.officeLicenceNo(), step.employerId(), step.salary(), step.currency(), step.status(),
                refused ? REFUSAL : null, null, null, PlannedRecord.Twist.NONE);
    }

    /** @param misspelt whether the embassy's clerk mistyped the worker's given names */
    static PlannedRecord of(Journey journey, Step.WelfareCase step, boolean misspelt) {
        return new PlannedRecord(PlannedRecord.Kind.WELFARE_CASE, embassy(step.system()), step.reference(),
                eventId(step.system(), step.recordId()), recruit(journey, step, misspelt), null, at(step),
                step.officeLicenceNo(), step.employerId(), null, null, null, null, step.category(),
                "Recorded by the embassy: " + step.category().name().toLowerCase().replace('_', ' '),
                PlannedRecord.Twist.NONE);
    }

    private static Recruit recruit(Journey journey, Step step, boolean misspelt) {
        Person person = journey.person();
        Step.Requested request = journey.first(Step.Requested.class).orElse(null);
        // the same slip every time the record is written: a re-export or a correction carries it as the first did
        String givenNames = misspelt ? Typos.slip(new Random(step.recordId().hashCode()), person.givenNames())
                : person.givenNames();
        return new Recruit(request == null ? null : request.requestId(), step.passportNo(), person.nationality(),
                person.surname(), givenNames, person.birthDate(), person.sex(),
                journey.office().licenceNo(), request == null ? null : request.employer().nationalId(),
                request == null ? null : request.salary(), request == null ? null : request.currency());
    }

    private static String embassy(SourceSystem system) {
        return system.name().substring("EMBASSY_".length());
    }

    /** Only the Philippine embassy's events carry an id of their own. */
    private static UUID eventId(SourceSystem system, String recordId) {
        return system == SourceSystem.EMBASSY_PHL ? UUID.fromString(recordId) : null;
    }

    private static OffsetDateTime at(Step step) {
        return step.at().atZone(CanonicalEvent.AMMAN).toOffsetDateTime();
    }
}
