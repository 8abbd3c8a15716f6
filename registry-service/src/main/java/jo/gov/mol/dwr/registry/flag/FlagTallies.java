package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.classification.OfficeFlagTally;
import jo.gov.mol.dwr.registry.classification.OfficeFlags;

/** An office's flags in a period, as its classification counts them (policy.md, "serious flags"). */
@Component
class FlagTallies implements OfficeFlags {
    private final FlagRepository flags;

    FlagTallies(FlagRepository flags) {
        this.flags = flags;
    }

    @Override
    @Transactional(readOnly = true)
    public OfficeFlagTally tally(String licenceNo, LocalDate from, LocalDate to) {
        List<FlagCount> counts = flags.countForOffice(licenceNo, CanonicalEvent.startOfAmmanDay(from),
                CanonicalEvent.startOfAmmanDay(to.plusDays(1)));
        long confirmedSerious = counts.stream()
                .filter(count -> count.severity().serious() && count.status() == FlagStatus.CONFIRMED)
                .mapToLong(FlagCount::count).sum();
        long pendingSerious = counts.stream()
                .filter(count -> count.severity().serious() && count.status().pending())
                .mapToLong(FlagCount::count).sum();
        return new OfficeFlagTally(confirmedSerious, pendingSerious, counts.stream()
                .filter(count -> count.status() == FlagStatus.CONFIRMED)
                .map(count -> count.rule().name()).collect(Collectors.toSet()));
    }
}
