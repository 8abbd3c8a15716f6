package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.util.Objects;

/**
 * An embassy checked a worker's contract against the bilateral agreement (interfaces.md 4: PHL
 * CONTRACT_VERIFICATION, an LKA {@code Attestation}, a CSV ATTESTATION row). A record of the same embassy and
 * reference under another message is a new version of the attestation.
 *
 * @param embassy  the sending country whose embassy attested
 * @param worker   the worker as the embassy names them, in its own order; the issuing state is the embassy's country
 * @param employer null where the embassy names none
 * @param reason   the embassy's reason for a refusal; null otherwise
 */
public record ContractAttested(CountryCode embassy, Reference attestationRef, EmbassyRecordTime time, WorkerIdentity worker,
                               LicenceNo office, NationalId employer, Money salary, AttestationStatus status,
                               String reason) implements CanonicalEvent {
    public ContractAttested {
        Objects.requireNonNull(embassy, "embassy");
        Objects.requireNonNull(attestationRef, "attestationRef");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(salary, "salary");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String reference() {
        return attestationRef.value();
    }

    @Override
    public String orderingKey() {
        return worker.passport().key();
    }

    @Override
    public Instant businessTime() {
        return time.businessTime();
    }
}
