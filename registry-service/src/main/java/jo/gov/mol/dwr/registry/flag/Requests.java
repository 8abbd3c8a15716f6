package jo.gov.mol.dwr.registry.flag;

import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;

/** A finding about a recruitment request: one per request, counted for its office, naming its employer. */
final class Requests {
    private Requests() {
    }

    static Finding finding(RuleCode rule, Fact request, Fact... moreEvidence) {
        RecruitmentRequested fact = request.as(RecruitmentRequested.class);
        List<Fact> evidence = new java.util.ArrayList<>(List.of(request));
        evidence.addAll(List.of(moreEvidence));
        return Finding.of(rule, episode(fact), request.businessTime(), evidence)
                .withOffice(fact.office().value())
                .withEmployer(fact.employer().nationalId().value());
    }

    static String episode(RecruitmentRequested request) {
        return "request:" + request.requestId().value();
    }
}
