package jo.gov.mol.dwr.sandbox.nation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * What a replay of the nation is judged against: who is who (every record that names a person, grouped by the person
 * it truly is), which flags must fire, and which offices are bad on purpose.
 */
public record Truth(long seed, int workers, String start, String end, Map<Anomaly, Integer> anomalies,
                    List<TruePerson> persons, List<ExpectedFlag> flags, List<String> badOffices) {

    /**
     * One person and every record of theirs.
     *
     * @param passportNos every passport number they used, renewals included, in order
     */
    public record TruePerson(String personId, String nationality, List<String> passportNos, List<SourceRecord> records) {
    }

    /**
     * A record as the hub knows it: the system and its message id, or for an embassy file record its reference.
     *
     * @param kind the step it reports ({@code Requested}, {@code Crossed}, ...)
     */
    public record SourceRecord(SourceSystem system, String id, String kind) {
    }

    public static Truth of(Nation nation) {
        List<TruePerson> persons = new ArrayList<>();
        for (Journey journey : nation.journeys()) {
            List<Step> named = journey.steps().stream().filter(Step::namesAPerson).toList();
            if (named.isEmpty()) {
                continue;
            }
            List<String> passports = List.copyOf(named.stream().map(Step::passportNo)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            persons.add(new TruePerson(journey.person().personId(), journey.person().nationality(), passports,
                    named.stream().map(s -> new SourceRecord(s.system(), s.recordId(), s.getClass().getSimpleName())).toList()));
        }
        NationSettings settings = nation.settings();
        return new Truth(settings.seed(), settings.workers(), settings.start().toString(), settings.end().toString(),
                nation.injected(), persons, ExpectedFlags.of(nation), nation.badOffices().stream().map(Office::licenceNo).toList());
    }
}
