package jo.gov.mol.dwr.mappings.canonical;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * MoL is to hear of an embassy's attestation (interfaces.md 1b {@code AttestationNotice}; decisions.md: for every
 * attestation). One notice per version of the attestation: the version's own source message names it.
 *
 * @param embassy the sending country whose embassy attested
 */
public record AttestationNoticeDue(UUID noticeId, PassportNo passportNo, CountryCode nationality, CountryCode embassy,
                                   AttestationStatus status, Reference attestationRef) implements NoticeDue {
    public AttestationNoticeDue {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(passportNo, "passportNo");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(embassy, "embassy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attestationRef, "attestationRef");
    }

    public static AttestationNoticeDue of(SourceSystem system, String messageId, ContractAttested attested) {
        UUID id = UUID.nameUUIDFromBytes(("AttestationNotice:" + system + ":" + messageId).getBytes(StandardCharsets.UTF_8));
        return new AttestationNoticeDue(id, attested.worker().passport().number(), attested.worker().nationality(),
                attested.embassy(), attested.status(), attested.attestationRef());
    }

    @Override
    public String reference() {
        return attestationRef.value();
    }
}
