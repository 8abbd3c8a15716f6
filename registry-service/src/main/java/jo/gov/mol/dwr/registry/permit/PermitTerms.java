package jo.gov.mol.dwr.registry.permit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.worker.Passport;

/** What one version of a work permit says; the request is absent for a renewal without one. */
@Embeddable
record PermitTerms(@Column(name = "request_no", length = 19) String requestNo,
                   @Embedded Passport passport,
                   @Column(name = "employer_national_id", length = 10, nullable = false) String employerNationalId,
                   @Column(name = "issued_on", nullable = false) LocalDate issuedOn,
                   @Column(name = "expires_on", nullable = false) LocalDate expiresOn) {

    static PermitTerms of(WorkPermitIssued permit) {
        RequestId request = permit.requestId();
        return new PermitTerms(request == null ? null : request.value(), Passport.of(permit.passport()),
                permit.employer().value(), permit.issuedOn(), permit.expiresOn());
    }
}
