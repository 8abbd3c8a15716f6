package jo.gov.mol.dwr.registry.absconding;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.registry.worker.Passport;

/** What one version of an absconding report says. */
@Embeddable
record AbscondingTerms(@Column(name = "employer_national_id", length = 10, nullable = false) String employerNationalId,
                       @Embedded Passport passport,
                       @Column(name = "last_seen_on", nullable = false) LocalDate lastSeenOn,
                       @Column(name = "reported_on", nullable = false) LocalDate reportedOn) {

    static AbscondingTerms of(AbscondingReported report) {
        return new AbscondingTerms(report.employer().value(), Passport.of(report.passport()), report.lastSeenOn(),
                report.reportedOn());
    }
}
