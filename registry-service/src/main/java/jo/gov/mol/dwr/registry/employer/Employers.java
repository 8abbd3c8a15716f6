package jo.gov.mol.dwr.registry.employer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.registry.source.Provenance;

/** The employers: created or described by the employer a recruitment request names. */
@Component
public class Employers {
    private final EmployerRepository employers;

    Employers(EmployerRepository employers) {
        this.employers = employers;
    }

    /** Two requests racing to create one employer meet its unique national id; the loser is redelivered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Employer employer, Provenance provenance) {
        employers.findByNationalId(employer.nationalId().value()).ifPresentOrElse(
                known -> known.describe(employer, provenance),
                () -> employers.save(jo.gov.mol.dwr.registry.employer.Employer.describedBy(employer, provenance)));
    }
}
