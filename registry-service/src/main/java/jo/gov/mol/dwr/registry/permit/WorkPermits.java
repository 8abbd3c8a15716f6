package jo.gov.mol.dwr.registry.permit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The work permits the registry holds, for other features. */
@Component
public class WorkPermits {
    private final WorkPermitRepository permits;

    WorkPermits(WorkPermitRepository permits) {
        this.permits = permits;
    }

    /** Whether any permit names this passport key. */
    @Transactional(readOnly = true)
    public boolean anyFor(String passportKey) {
        return permits.existsByTermsPassportKey(passportKey);
    }
}
