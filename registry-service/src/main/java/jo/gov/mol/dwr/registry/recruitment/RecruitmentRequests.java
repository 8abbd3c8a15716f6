package jo.gov.mol.dwr.registry.recruitment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
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

    /** The latest request to arrive recruiting the worker of any of these passport keys, if any. */
    @Transactional(readOnly = true)
    public Optional<RequestId> latestFor(Collection<String> passportKeys) {
        return passportKeys.isEmpty() ? Optional.empty()
                : requests.requestNosFor(passportKeys, Limit.of(1)).stream().findFirst().map(RequestId::of);
    }

    /** The requests whose current version names this office, earliest requested first. */
    @Transactional(readOnly = true)
    public List<RequestOnRecord> namingOffice(LicenceNo office) {
        return requests.namingOffice(office.value());
    }

    /** How many requests name this office, requested from {@code from} (inclusive) until {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public long countNamingOffice(LicenceNo office, Instant from, Instant until) {
        return requests.countNamingOfficeBetween(office.value(), from, until);
    }

    /** The same, requested from {@code from} (inclusive) until {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public List<RequestOnRecord> namingOffice(LicenceNo office, Instant from, Instant until) {
        return requests.namingOfficeBetween(office.value(), from, until);
    }

    /** The requests whose current version names this employer, earliest requested first. */
    @Transactional(readOnly = true)
    public List<RequestOnRecord> namingEmployer(NationalId employer) {
        return requests.namingEmployer(employer.value());
    }
}
