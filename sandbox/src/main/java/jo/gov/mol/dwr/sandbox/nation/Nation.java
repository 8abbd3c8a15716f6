package jo.gov.mol.dwr.sandbox.nation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.Share;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * A synthetic nation drawn from a seed: its recruitment offices, the employers, and every person's journey through
 * the systems over the span, the anomalies injected on purpose among them. The same settings give the same nation,
 * message ids included.
 */
public record Nation(NationSettings settings, List<Office> offices, List<Employer> employers, List<Journey> journeys) {

    public static Nation draw(NationSettings settings) {
        Random random = new Random(settings.seed());
        Numbering numbering = new Numbering(random);
        Governorates governorates = new Governorates();
        List<Office> offices = OfficeRoster.draw(random, numbering, governorates, settings.offices(),
                settings.badOffices(), settings.start(), settings.end());
        List<Employer> employers = new ArrayList<>();
        for (int i = 0; i < Math.max(3, settings.workers() * 3 / 4); i++) {
            employers.add(new Employer(numbering.nationalId(), MolNames.employer(random), governorates.draw(random)));
        }
        Map<Integer, Anomaly> anomalies = anomalies(settings, random);
        JourneyPlanner planner = new JourneyPlanner(random, numbering, settings, offices, employers, governorates);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            journeys.addAll(planner.plan(anomalies.get(i)));
        }
        employers.addAll(planner.abusiveEmployers());
        List<Journey> impostors = journeys.stream()
                .filter(j -> j.anomaly() == Anomaly.APPROVAL_HOLDER_MISMATCH)
                .filter(j -> j.first(Step.Decided.class).filter(Step.Decided::approved).isPresent())
                .map(planner::impostorOn).toList();
        journeys.addAll(impostors);
        List<Journey> twins = journeys.stream()
                .filter(j -> j.anomaly() == Anomaly.DUPLICATE_IDENTITY && j.isRecruited())
                .map(planner::twinOf).toList();
        journeys.addAll(twins);
        return new Nation(settings, List.copyOf(offices), List.copyOf(employers), List.copyOf(journeys));
    }

    /** Which worker gets which anomaly: exactly the share of each, no worker two. */
    private static Map<Integer, Anomaly> anomalies(NationSettings settings, Random random) {
        List<Integer> free = new ArrayList<>(IntStream.range(0, settings.workers()).boxed().toList());
        Map<Integer, Anomaly> chosen = new HashMap<>();
        int each = (int) Math.round(settings.workers() * Math.max(0, settings.anomalyShare()));
        for (Anomaly anomaly : Anomaly.values()) {
            List<Integer> picked = Share.of(free, each, random);
            picked.forEach(i -> chosen.put(i, anomaly));
            Set<Integer> taken = new HashSet<>(picked);
            free.removeIf(taken::contains);
        }
        return chosen;
    }

    /** How many recruited workers carry each anomaly. */
    public Map<Anomaly, Integer> injected() {
        Map<Anomaly, Integer> counts = new EnumMap<>(Anomaly.class);
        journeys.stream().filter(Journey::isRecruited).filter(j -> j.anomaly() != null)
                .forEach(j -> counts.merge(j.anomaly(), 1, Integer::sum));
        return counts;
    }

    /** The offices whose licence MoL renews within the span, by the day it does. */
    public List<Office> renewals() {
        return offices.stream().filter(o -> o.renewedOn() != null).sorted(Comparator.comparing(Office::renewedOn))
                .toList();
    }

    public List<Office> badOffices() {
        return offices.stream().filter(Office::bad).toList();
    }

    /** Every step of every journey. */
    public List<Step> steps() {
        return journeys.stream().flatMap(j -> j.steps().stream()).toList();
    }
}
