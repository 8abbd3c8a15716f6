package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;
import jo.gov.mol.dwr.registry.recruitment.RequestOnRecord;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * OFFICE_QUOTA_EXCEEDED, evaluated per office and licence year (from each anniversary of the licence's ValidFrom):
 * the office's recruitment requests (distinct RequestIds, by their current version) in the year exceed the
 * licence's AnnualQuota. Raised at the first request over the quota; the requests over it are its evidence. A new
 * request is judged with its own year only, so its cost is that year's requests, not the office's whole history.
 */
@Component
class OfficeQuota {
    private final RecruitmentRequests requests;
    private final FlagContext context;

    OfficeQuota(RecruitmentRequests requests, FlagContext context) {
        this.requests = requests;
        this.context = context;
    }

    /** The start of the licence year holding {@code day}; empty while the office holds no licence that day. */
    Optional<LocalDate> yearOf(LicenceNo office, LocalDate day) {
        return context.licenceOn(office, day).map(licence -> yearStart(licence.validFrom(), day));
    }

    /** The licence years in which the office has requests. */
    SortedSet<LocalDate> years(LicenceNo office) {
        SortedSet<LocalDate> years = new TreeSet<>();
        for (RequestOnRecord request : requests.namingOffice(office)) {
            yearOf(office, AmmanCalendar.dateOf(request.requestedAt())).ifPresent(years::add);
        }
        return years;
    }

    /** The quota of the licence in force when the year starts; the requests are read only once they exceed it. */
    List<Finding> findings(LicenceNo office, LocalDate yearStart) {
        Instant from = CanonicalEvent.startOfAmmanDay(yearStart);
        Instant until = CanonicalEvent.startOfAmmanDay(yearStart.plusYears(1));
        Optional<LicenceOnDate> licence = context.licenceOn(office, yearStart);
        if (licence.isEmpty() || requests.countNamingOffice(office, from, until) <= licence.get().annualQuota()) {
            return List.of();
        }
        int quota = licence.get().annualQuota();
        List<RequestOnRecord> inYear = requests.namingOffice(office, from, until);
        List<SourceRef> over = inYear.subList(quota, inYear.size()).stream()
                .flatMap(request -> context.source(request.eventId()).stream()).toList();
        return List.of(new Finding(RuleCode.OFFICE_QUOTA_EXCEEDED, episode(office, yearStart),
                inYear.get(quota).requestedAt(), over, office.value(), null));
    }

    static String episode(LicenceNo office, LocalDate yearStart) {
        return "office:" + office.value() + ":year:" + yearStart;
    }

    /**
     * The anniversary of {@code validFrom} that starts the licence year holding {@code day}: the latest
     * {@code validFrom} plus whole years that is not after it. Each anniversary is counted from {@code validFrom}
     * itself, so that a licence from 29 February starts its years on the 28th and again on the 29th in a leap year
     * (stepping a year at a time would keep the 28th once it had fallen there).
     */
    static LocalDate yearStart(LocalDate validFrom, LocalDate day) {
        long years = ChronoUnit.YEARS.between(validFrom, day);
        while (!validFrom.plusYears(years + 1).isAfter(day)) {
            years++;
        }
        while (validFrom.plusYears(years).isAfter(day)) {
            years--;
        }
        return validFrom.plusYears(years);
    }
}
