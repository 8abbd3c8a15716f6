package jo.gov.mol.dwr.registry.classification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.office.Offices;
import jo.gov.mol.dwr.registry.reference.ClassificationRules;
import jo.gov.mol.dwr.registry.reference.MetricCode;

/**
 * Counts, for every licensed office, what its classification for a period is computed from (policy.md): the
 * workers it placed, each metric's count and denominator, whether it was ACTIVE on the period's last day, and its
 * flags.
 */
@Component
class OfficeTallies {
    private final PeriodFacts facts;
    private final Offices offices;
    private final OfficeFlags flags;

    OfficeTallies(PeriodFacts facts, Offices offices, OfficeFlags flags) {
        this.facts = facts;
        this.offices = offices;
        this.flags = flags;
    }

    @Transactional(readOnly = true)
    List<OfficeTally> count(Period period, ClassificationRules rules) {
        Map<String, List<Placement>> placed = firstPlacements(facts.placements(period));
        Map<String, Long> permitsOnTime = permitsOnTime(placed, period, rules.permitOnTimeDays());

        List<OfficeEvent> complaints = facts.substantiatedComplaints(period);
        List<OfficeEvent> welfare = facts.welfareCases(period);
        List<OfficeEvent> absconding = facts.abscondingReports(period);
        List<OfficeEvent> attestations = facts.attestations(period);
        Attribution attribution = new Attribution(facts.requestsOf(
                Stream.of(complaints, welfare, absconding, attestations).flatMap(List::stream)
                        .filter(event -> event.namedOffice() == null).map(OfficeEvent::passportKey)
                        .filter(Objects::nonNull).collect(Collectors.toSet())));
        Map<String, PeriodFacts.Ratio> complaintCounts = attributed(complaints, attribution);
        Map<String, PeriodFacts.Ratio> welfareCounts = attributed(welfare, attribution);
        Map<String, PeriodFacts.Ratio> abscondingCounts = attributed(absconding, attribution);
        Map<String, PeriodFacts.Ratio> attestationCounts = attributed(attestations, attribution);
        Map<String, PeriodFacts.Ratio> rejections = facts.moiRejections(period);
        Map<String, PeriodFacts.Ratio> unused = facts.unusedApprovals(period);

        return offices.licenceNos().stream().map(licenceNo -> {
            long workers = placed.getOrDefault(licenceNo, List.of()).size();
            OfficeFlagTally flagged = flags.tally(licenceNo, period.firstDay(), period.lastDay());
            Map<MetricCode, MetricCount> counts = new EnumMap<>(MetricCode.class);
            perPlaced(counts, MetricCode.SUBSTANTIATED_COMPLAINTS, complaintCounts.get(licenceNo), workers);
            perPlaced(counts, MetricCode.WELFARE_CASES, welfareCounts.get(licenceNo), workers);
            perPlaced(counts, MetricCode.ABSCONDING_REPORTS, abscondingCounts.get(licenceNo), workers);
            counts.put(MetricCode.PERMITS_ON_TIME,
                    new MetricCount(MetricCode.PERMITS_ON_TIME, permitsOnTime.getOrDefault(licenceNo, 0L), workers));
            share(counts, MetricCode.MOI_REJECTIONS, rejections.get(licenceNo));
            share(counts, MetricCode.ATTESTATION_REFUSALS, attestationCounts.get(licenceNo));
            counts.put(MetricCode.SERIOUS_FLAGS,
                    new MetricCount(MetricCode.SERIOUS_FLAGS, flagged.confirmedSerious(), workers));
            share(counts, MetricCode.UNUSED_APPROVALS, unused.get(licenceNo));
            return new OfficeTally(licenceNo, activeOn(licenceNo, period.lastDay()), workers, counts, flagged);
        }).toList();
    }

    /** A worker placed twice by one office in the period (two approvals) is one worker placed, at the first entry. */
    private static Map<String, List<Placement>> firstPlacements(List<Placement> placements) {
        Map<String, Map<Long, Placement>> byOffice = new HashMap<>();
        for (Placement placement : placements) {
            byOffice.computeIfAbsent(placement.licenceNo(), office -> new HashMap<>())
                    .merge(placement.workerId(), placement, (one, other) ->
                            Stream.of(one, other).min(Comparator.comparing(Placement::enteredOn)).orElseThrow());
        }
        Map<String, List<Placement>> first = new HashMap<>();
        byOffice.forEach((office, workers) -> first.put(office, List.copyOf(workers.values())));
        return first;
    }

    /** By office, its placed workers with a work permit issued within the days after their entry, both ends. */
    private Map<String, Long> permitsOnTime(Map<String, List<Placement>> placed, Period period, int days) {
        Map<String, Set<LocalDate>> permits = facts.permits(period.firstDay(), period.lastDay().plusDays(days))
                .stream().collect(Collectors.groupingBy(PeriodFacts.PermitIssued::passportKey,
                        Collectors.mapping(PeriodFacts.PermitIssued::issuedOn, Collectors.toSet())));
        Map<String, Long> onTime = new HashMap<>();
        placed.forEach((office, workers) -> onTime.put(office, workers.stream()
                .filter(worker -> permits.getOrDefault(worker.passportKey(), Set.of()).stream()
                        .anyMatch(issued -> !issued.isBefore(worker.enteredOn())
                                && !issued.isAfter(worker.enteredOn().plusDays(days))))
                .count()));
        return onTime;
    }

    private static Map<String, PeriodFacts.Ratio> attributed(Collection<OfficeEvent> events, Attribution attribution) {
        Map<String, PeriodFacts.Ratio> byOffice = new HashMap<>();
        for (OfficeEvent event : events) {
            attribution.officeOf(event).ifPresent(office -> byOffice.merge(office,
                    new PeriodFacts.Ratio(event.counts() ? 1 : 0, 1), PeriodFacts.Ratio::plus));
        }
        return byOffice;
    }

    private static void perPlaced(Map<MetricCode, MetricCount> counts, MetricCode code, PeriodFacts.Ratio events,
                                  long placed) {
        counts.put(code, new MetricCount(code, events == null ? 0 : events.count(), placed));
    }

    private static void share(Map<MetricCode, MetricCount> counts, MetricCode code, PeriodFacts.Ratio ratio) {
        counts.put(code, ratio == null ? MetricCount.none(code)
                : new MetricCount(code, ratio.count(), ratio.denominator()));
    }

    private boolean activeOn(String licenceNo, LocalDate day) {
        return offices.licenceOn(LicenceNo.of(licenceNo), day).map(LicenceOnDate::active).orElse(false);
    }
}
