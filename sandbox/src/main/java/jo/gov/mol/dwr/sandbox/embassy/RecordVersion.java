package jo.gov.mol.dwr.sandbox.embassy;

import java.util.Optional;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * One version of an embassy record the hub is to accept, named as the hub names it: its channel's system and
 * message id (PHL's eventId; a file record's reference with its content's fingerprint), so that the sandbox can look
 * for it in the registry and for its notice at MoL.
 */
public record RecordVersion(SourceSystem system, String messageId, CanonicalEvent event) {

    /** The registry's id of the event (interfaces.md: derived from system and message id). */
    public UUID eventId() {
        return InboundEvent.eventIdOf(system, messageId);
    }

    public boolean isAttestation() {
        return event instanceof ContractAttested;
    }

    /** The notice MoL is to receive for this version, if it is an attestation (decisions.md: one per version). */
    public Optional<AttestationNoticeDue> noticeDue() {
        return event instanceof ContractAttested attested
                ? Optional.of(AttestationNoticeDue.of(system, messageId, attested))
                : Optional.empty();
    }
}
