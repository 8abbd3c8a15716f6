package jo.gov.mol.dwr.registry.employer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.registry.person.FirstCreation;
import jo.gov.mol.dwr.registry.source.Provenance;

/** The employers: created or described by the employer a recruitment request names. */
@Component
public class Employers {
    private final EmployerRepository employers;
    private final FirstCreation firstCreation;

    Employers(EmployerRepository employers, FirstCreation firstCreation) {
        this.employers = employers;
        this.firstCreation = firstCreation;
    }

    /**
     * Two requests of one new employer applied at once (different workers, different message groups) create it
     * once: the second waits for the first and describes the employer it created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Employer employer, Provenance provenance) {
        String nationalId = employer.nationalId().value();
        firstCreation.findOrCreate("employer:" + nationalId, () -> employers.findByNationalId(nationalId),
                () -> employers.save(jo.gov.mol.dwr.registry.employer.Employer.describedBy(employer, provenance)))
                .describe(employer, provenance); // one created just now already says this: nothing changes
    }
}
