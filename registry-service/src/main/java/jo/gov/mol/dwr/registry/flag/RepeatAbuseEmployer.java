package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.reference.Occurrences;

/**
 * REPEAT_ABUSE_EMPLOYER: a recruitment request names an employer with the set number or more of substantiated
 * abuse complaints from different workers filed in the set months before it. Raised on the employer, one flag per
 * request.
 */
@Component
class RepeatAbuseEmployer implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.REPEAT_ABUSE_EMPLOYER;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact fact : facts.current(RecruitmentRequested.class)) {
            RecruitmentRequested request = fact.as(RecruitmentRequested.class);
            LocalDate requested = fact.date();
            Occurrences repeated = context.rulesOn(requested).flags().repeatAbuseComplaints();
            LocalDate since = requested.minusMonths(repeated.withinMonths());
            List<FlagContext.AbuseComplaint> before = context.substantiatedAbuseAgainst(
                            request.employer().nationalId(), requested).stream()
                    .filter(complaint -> !complaint.filedOn().isBefore(since) && complaint.filedOn().isBefore(requested))
                    .toList();
            if (before.stream().map(FlagContext.AbuseComplaint::worker).distinct().count() >= repeated.atLeast()) {
                Finding finding = Requests.finding(code(), fact);
                for (FlagContext.AbuseComplaint complaint : before) {
                    finding = finding.withEvidence(complaint.source());
                }
                found.add(finding);
            }
        }
        return found;
    }
}
