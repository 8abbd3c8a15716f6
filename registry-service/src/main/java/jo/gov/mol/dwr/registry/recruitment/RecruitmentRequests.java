package jo.gov.mol.dwr.registry.recruitment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.RequestId;

/** The recruitment requests the registry holds, for other features. */
@Component
public class RecruitmentRequests {
    private final RecruitmentRequestRepository requests;

    RecruitmentRequests(RecruitmentRequestRepository requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public boolean isKnown(RequestId requestId) {
        return requests.existsByRequestNo(requestId.value());
    }
}
