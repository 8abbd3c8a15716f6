package jo.gov.mol.dwr.sandbox;

import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;

/**
 * What one version of an embassy's attestation states, as the embassy sent it and as MoL must hear it again in its
 * {@code AttestationNotice} (interfaces.md 1b): the sandbox compares the two sides with it. The passport number is
 * folded (interfaces.md conventions), so that a receiver's own spelling does not count as another worker.
 *
 * @param status ATTESTED or REFUSED
 */
public record AttestationFact(String passportNo, String nationality, String embassy, String status, String reference) {

    public AttestationFact {
        passportNo = PassportNo.of(passportNo).folded();
    }

    public static AttestationFact of(AttestationNoticeDue due) {
        return new AttestationFact(due.passportNo().value(), due.nationality().value(), due.embassy().value(),
                due.status().name(), due.attestationRef().value());
    }
}
