package jo.gov.mol.dwr.registry.transfer;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.worker.Passport;

/** What one version of a transfer says; the office may be absent. */
@Embeddable
record TransferTerms(@Embedded Passport passport,
                     @Column(name = "from_employer_id", length = 10, nullable = false) String fromEmployerNationalId,
                     @Column(name = "to_employer_id", length = 10, nullable = false) String toEmployerNationalId,
                     @Column(name = "office_licence_no", length = 7) String officeLicenceNo,
                     @Column(name = "effective_on", nullable = false) LocalDate effectiveOn) {

    static TransferTerms of(WorkerTransferred transfer) {
        LicenceNo office = transfer.office();
        return new TransferTerms(Passport.of(transfer.passport()), transfer.fromEmployer().value(),
                transfer.toEmployer().value(), office == null ? null : office.value(), transfer.effectiveOn());
    }
}
