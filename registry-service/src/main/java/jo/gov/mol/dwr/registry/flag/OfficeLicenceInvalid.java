package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;

/**
 * OFFICE_LICENCE_INVALID: a recruitment request or a transfer names an office that is not ACTIVE on its date, or
 * that MoL never licensed (a licence that arrives later and covers the date resolves it). Raised on the office;
 * one flag per request or transfer.
 */
@Component
class OfficeLicenceInvalid implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.OFFICE_LICENCE_INVALID;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact fact : facts.current(RecruitmentRequested.class)) {
            invalid(fact.as(RecruitmentRequested.class).office(), fact.date(), context)
                    .ifPresent(licence -> found.add(withLicence(Requests.finding(code(), fact), licence, context)));
        }
        for (Fact fact : facts.current(WorkerTransferred.class)) {
            WorkerTransferred transfer = fact.as(WorkerTransferred.class);
            if (transfer.office() != null) {
                invalid(transfer.office(), fact.date(), context).ifPresent(licence -> found.add(withLicence(
                        Finding.of(code(), "transfer:" + transfer.transferId().value(), fact.businessTime(),
                                List.of(fact)).withOffice(transfer.office().value())
                                .withEmployer(transfer.toEmployer().value()), licence, context)));
            }
        }
        return found;
    }

    /** The licence that is not ACTIVE that day (empty inside when the office was never licensed then). */
    private static Optional<Optional<LicenceOnDate>> invalid(LicenceNo office, LocalDate day, FlagContext context) {
        Optional<LicenceOnDate> licence = context.licenceOn(office, day);
        return licence.filter(LicenceOnDate::active).isPresent() ? Optional.empty() : Optional.of(licence);
    }

    private static Finding withLicence(Finding finding, Optional<LicenceOnDate> licence, FlagContext context) {
        return licence.flatMap(known -> context.source(known.eventId())).map(finding::withEvidence).orElse(finding);
    }
}
