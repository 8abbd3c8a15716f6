package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;
import jo.gov.mol.dwr.registry.recruitment.RequestOnRecord;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * OFFICE_QUOTA_EXCEEDED, evaluated per office: its recruitment requests (distinct RequestIds, by their current
 * version) in a licence year (from each anniversary of the licence's ValidFrom) exceed the licence's AnnualQuota.
 * One flag per office and licence year, raised at the first request over the quota; the requests over it are its
 * evidence.
 */
@Component
class OfficeQuota {
    private final RecruitmentRequests requests;
    private final FlagContext context;

    OfficeQuota(RecruitmentRequests requests, FlagContext context) {
        this.requests = requests;
        this.context = context;
    }

    List<Finding> findings(LicenceNo office) {
        Map<LocalDate, List<RequestOnRecord>> byYear = new LinkedHashMap<>();
        Map<LocalDate, LicenceOnDate> licenceOfYear = new LinkedHashMap<>();
        for (RequestOnRecord request : requests.namingOffice(office)) {
            LocalDate day = AmmanCalendar.dateOf(request.requestedAt());
            Optional<LicenceOnDate> licence = context.licenceOn(office, day);
            if (licence.isEmpty()) {
                continue;
            }
            LocalDate yearStart = yearStart(licence.get().validFrom(), day);
            byYear.computeIfAbsent(yearStart, start -> new ArrayList<>()).add(request);
            licenceOfYear.putIfAbsent(yearStart, licence.get());
        }
        List<Finding> found = new ArrayList<>();
        byYear.forEach((yearStart, inYear) -> {
            int quota = licenceOfYear.get(yearStart).annualQuota();
            if (inYear.size() > quota) {
                List<SourceRef> over = inYear.subList(quota, inYear.size()).stream()
                        .flatMap(request -> context.source(request.eventId()).stream()).toList();
                found.add(new Finding(RuleCode.OFFICE_QUOTA_EXCEEDED, "office:" + office.value() + ":year:" + yearStart,
                        inYear.get(quota).requestedAt(), over, office.value(), null));
            }
        });
        return found;
    }

    /** The anniversary of {@code validFrom} that starts the licence year holding {@code day}. */
    static LocalDate yearStart(LocalDate validFrom, LocalDate day) {
        LocalDate start = validFrom;
        while (!start.plusYears(1).isAfter(day)) {
            start = start.plusYears(1);
        }
        while (start.isAfter(day)) {
            start = start.minusYears(1);
        }
        return start;
    }
}
