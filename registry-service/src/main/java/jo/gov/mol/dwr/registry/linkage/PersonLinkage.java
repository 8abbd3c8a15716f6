package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an incoming record is a registry person already known. The deterministic rule comes first: one
 * person whose record agrees on issuing state, passport number and birth date is the person, without weighing
 * (decisions.md). Otherwise each candidate person is weighed through the best-agreeing of their records, and the best
 * total decides against the two thresholds. Two guards send a link to review instead: another person would also reach
 * the upper threshold, or the names do not agree (twins share a birth date, a family name and a passport series,
 * and only their given names tell them apart; weights that add fields up as independent would link them).
 * Pure: it reads only what it is given.
 */
public final class PersonLinkage {

    private static final String NAME = "name";
    private static final Set<String> NAMES_AGREE = Set.of("EXACT", "VARIANT", "MISSING_TOKEN", "ONE_TOKEN");

    private final RecordComparison<StandardisedPerson> comparison;
    private final MatchModel model;
    private final Thresholds thresholds;

    public PersonLinkage(RecordComparison<StandardisedPerson> comparison, MatchModel model, Thresholds thresholds) {
        this.comparison = comparison;
        this.model = model;
        this.thresholds = thresholds;
    }

    /** The engine with the default fields and weights ({@link PersonComparison}). */
    public static PersonLinkage withDefaultWeights(Thresholds thresholds) {
        return new PersonLinkage(PersonComparison.fields(), PersonComparison.defaultWeights(), thresholds);
    }

    public LinkOutcome link(StandardisedPerson incoming, Collection<Candidate> candidates) {
        List<PersonScore> ranked = rank(incoming, candidates);
        if (ranked.isEmpty()) {
            return new LinkOutcome(Decision.NEW, LinkOutcome.Basis.NO_CANDIDATE, Optional.empty(), ranked);
        }
        List<PersonScore> sameDocument = candidates.stream()
                .filter(candidate -> sameDocumentAndBirth(incoming, candidate.record()))
                .map(Candidate::personId).distinct()
                .map(personId -> ranked.stream().filter(scored -> scored.personId().equals(personId)).findFirst().orElseThrow())
                .toList();
        if (sameDocument.size() == 1) {
            return new LinkOutcome(Decision.LINK, LinkOutcome.Basis.PASSPORT_AND_BIRTH_DATE, Optional.of(sameDocument.get(0)), ranked);
        }
        if (sameDocument.size() > 1) {
            return new LinkOutcome(Decision.REVIEW, LinkOutcome.Basis.AMBIGUOUS, Optional.of(sameDocument.get(0)), ranked);
        }
        PersonScore best = ranked.get(0);
        Decision decision = thresholds.decide(best.score().total());
        if (decision == Decision.LINK && ranked.size() > 1
                && thresholds.decide(ranked.get(1).score().total()) == Decision.LINK) {
            return new LinkOutcome(Decision.REVIEW, LinkOutcome.Basis.AMBIGUOUS, Optional.of(best), ranked);
        }
        if (decision == Decision.LINK && !NAMES_AGREE.contains(best.score().field(NAME).level())) {
            return new LinkOutcome(Decision.REVIEW, LinkOutcome.Basis.NAMES_DISAGREE, Optional.of(best), ranked);
        }
        return new LinkOutcome(decision, LinkOutcome.Basis.WEIGHT, Optional.of(best), ranked);
    }

    /** The weight of one pair of records, field by field: how a stored link is explained again. */
    public Score score(StandardisedPerson left, StandardisedPerson right) {
        return model.score(comparison.compare(left, right));
    }

    private List<PersonScore> rank(StandardisedPerson incoming, Collection<Candidate> candidates) {
        Map<String, PersonScore> bestPerPerson = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Score score = score(incoming, candidate.record());
            bestPerPerson.merge(candidate.personId(), new PersonScore(candidate.personId(), candidate.record(), score),
                    (kept, offered) -> offered.score().total() > kept.score().total() ? offered : kept);
        }
        List<PersonScore> ranked = new ArrayList<>(bestPerPerson.values());
        ranked.sort(Comparator.comparingDouble((PersonScore scored) -> scored.score().total()).reversed());
        return ranked;
    }

    private static boolean sameDocumentAndBirth(StandardisedPerson a, StandardisedPerson b) {
        return a.passportKey() != null && a.birthDate() != null
                && a.passportKey().equals(b.passportKey()) && a.birthDate().equals(b.birthDate());
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Names the m and u the weights come from, so that a stored weight says which model gave it. */
    public String weightsVersion() {
        return model.version();
    }

    @Override
    public String toString() {
        return "PersonLinkage" + Objects.toString(thresholds);
    }
}
