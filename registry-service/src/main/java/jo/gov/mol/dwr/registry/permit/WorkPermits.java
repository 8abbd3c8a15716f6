package jo.gov.mol.dwr.registry.permit;

import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The work permits the registry holds, for other features. */
@Component
public class WorkPermits {
    private final WorkPermitRepository permits;

    WorkPermits(WorkPermitRepository permits) {
        this.permits = permits;
    }

    /** Whether any permit names one of these passport keys. */
    @Transactional(readOnly = true)
    public boolean anyFor(Collection<String> passportKeys) {
        return !passportKeys.isEmpty() && permits.existsByTermsPassportKeyIn(passportKeys);
    }
}
