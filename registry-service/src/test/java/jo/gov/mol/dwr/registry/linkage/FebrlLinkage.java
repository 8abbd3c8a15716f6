package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The engine configured for Febrl's fields: candidates from blocking on given name and surname sounds, birth date and
 * postcode; m and u estimated by EM from the candidate pairs alone (no labels); a pair kept when its weight gives
 * better than even odds of a match; then one to one, best weight first, since each Febrl 4a record has at most one
 * partner in 4b.
 */
final class FebrlLinkage {

    /** A pair of records linked as one person, with its weight. */
    record Link(FebrlRecord left, FebrlRecord right, double weight) {
    }

    /** The links, and what it took to find them. */
    record Result(List<Link> links, int candidatePairs, ExpectationMaximisation.Estimate estimate) {
    }

    private static final double CLOSE = 0.94;
    private static final double SIMILAR = 0.85;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final RecordComparison<FebrlRecord> comparison = new RecordComparison<>(List.of(
            new TextSimilarityComparator<>("given_name", FebrlRecord::givenName, CLOSE, SIMILAR),
            new TextSimilarityComparator<>("surname", FebrlRecord::surname, CLOSE, SIMILAR),
            new EditDistanceComparator<>("street_number", FebrlRecord::streetNumber),
            new TextSimilarityComparator<>("address_1", FebrlRecord::address1, CLOSE, SIMILAR),
            new TextSimilarityComparator<>("address_2", FebrlRecord::address2, CLOSE, SIMILAR),
            new TextSimilarityComparator<>("suburb", FebrlRecord::suburb, CLOSE, SIMILAR),
            new EditDistanceComparator<>("postcode", FebrlRecord::postcode),
            new SameValueComparator<>("state", FebrlRecord::state),
            new BirthDateComparator<>("date_of_birth", FebrlRecord::dateOfBirth)));

    Result link(List<FebrlRecord> left, List<FebrlRecord> right) {
        BlockingIndex<FebrlRecord> index = new BlockingIndex<>(this::blockingKeys);
        right.forEach(index::add);
        List<FebrlRecord[]> pairs = new ArrayList<>();
        List<int[]> vectors = new ArrayList<>();
        for (FebrlRecord a : left) {
            for (FebrlRecord b : index.candidates(a)) {
                pairs.add(new FebrlRecord[] {a, b});
                vectors.add(comparison.compare(a, b));
            }
        }
        ExpectationMaximisation.Estimate estimate = new ExpectationMaximisation(500, 1e-7)
                .estimate(vectors, startingGuess(), 0.01);
        double threshold = estimate.evenOddsWeight();
        List<Link> scored = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            double weight = estimate.model().total(vectors.get(i));
            if (weight >= threshold) {
                scored.add(new Link(pairs.get(i)[0], pairs.get(i)[1], weight));
            }
        }
        return new Result(oneToOne(scored), pairs.size(), estimate);
    }

    private Set<String> blockingKeys(FebrlRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        addIfPresent(keys, "g:", metaphone.doubleMetaphone(record.givenName()));
        addIfPresent(keys, "s:", metaphone.doubleMetaphone(record.surname()));
        addIfPresent(keys, "d:", record.dateOfBirth());
        addIfPresent(keys, "p:", record.postcode());
        return keys;
    }

    private static void addIfPresent(Set<String> keys, String prefix, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(prefix + value);
        }
    }

    /** Each record in at most one link, the heaviest first. */
    private static List<Link> oneToOne(List<Link> scored) {
        scored.sort(Comparator.comparingDouble(Link::weight).reversed());
        Set<FebrlRecord> taken = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (Link link : scored) {
            if (!taken.contains(link.left()) && !taken.contains(link.right())) {
                taken.add(link.left());
                taken.add(link.right());
                links.add(link);
            }
        }
        return links;
    }

    /** Where EM starts: agreement likelier for matches, nothing learnt from the data yet. */
    private MatchModel startingGuess() {
        List<FieldWeights> fields = new ArrayList<>();
        for (FieldComparator<FebrlRecord> field : comparison.comparators()) {
            int levels = field.levels().size();
            double[] m = new double[levels];
            double[] u = new double[levels];
            for (int level = 0; level < levels; level++) {
                // the best level holds most matches, the worst most non-matches
                m[level] = level == 0 ? 0.9 : 0.1 / (levels - 1);
                u[level] = level == levels - 1 ? 0.9 : 0.1 / (levels - 1);
            }
            fields.add(FieldWeights.of(field, m, u));
        }
        return new MatchModel(fields);
    }
}
