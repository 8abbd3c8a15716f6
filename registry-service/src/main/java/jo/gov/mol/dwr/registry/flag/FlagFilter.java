package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.Optional;

/** The filters of {@code GET /api/flags} (interfaces.md 6), each optional; dates are inclusive Amman dates on raisedAt. */
record FlagFilter(Optional<RuleCode> rule, Optional<FlagStatus> status, Optional<Severity> severity,
                  Optional<String> office, Optional<String> employer, Optional<String> nationality,
                  Optional<String> passportNo, Optional<LocalDate> from, Optional<LocalDate> to) {
}
