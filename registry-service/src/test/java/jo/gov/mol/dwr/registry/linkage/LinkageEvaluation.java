package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replays labelled records through the engine in order of arrival, as the registry will: each record is linked to a
 * person built from the records before it, or starts a new one. A record sent to review is settled as a careful
 * reviewer would (joined to its true person if the registry holds them, else a new person), so that every decision
 * is taken on a registry as good as review keeps it.
 */
final class LinkageEvaluation {

    /** What the replay found. A record "had a person" when a record of its true person arrived before it. */
    record Report(int records, int hadPerson, int linked, int linkedRight, int reviewed, int reviewedHadPerson,
                  int newForKnown, Map<LinkOutcome.Basis, Integer> linksByBasis, List<String> wrongLinks,
                  List<String> missed, List<String> reviews) {

        double precision() {
            return linked == 0 ? 1 : (double) linkedRight / linked;
        }

        /** Records linked automatically to their true person, of those whose person was known. */
        double recall() {
            return hadPerson == 0 ? 1 : (double) linkedRight / hadPerson;
        }

        /** As {@link #recall()}, counting also those sent to review: nothing lost, a person finishes the job. */
        double recallWithReview() {
            return hadPerson == 0 ? 1 : (double) (linkedRight + reviewedHadPerson) / hadPerson;
        }

        double reviewShare() {
            return (double) reviewed / records;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d records, %d of a known person: auto-link precision %.4f (%d of %d),"
                            + " recall %.4f (auto-links only), recall %.4f (auto-links and review), review share %.4f"
                            + " (%d), new person for a known one %d; links by basis %s",
                    records, hadPerson, precision(), linkedRight, linked, recall(), recallWithReview(),
                    reviewShare(), reviewed, newForKnown, linksByBasis);
        }
    }

    private final PersonStandardiser standardiser;
    private final PersonLinkage linkage;

    LinkageEvaluation(PersonStandardiser standardiser, PersonLinkage linkage) {
        this.standardiser = standardiser;
        this.linkage = linkage;
    }

    Report replay(List<LabelledRecord> records) {
        BlockingIndex<Candidate> registry = new BlockingIndex<>(candidate -> PersonBlockingKeys.of(candidate.record()));
        Map<String, String> truthOfPerson = new HashMap<>();
        Map<String, String> personOfTruth = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<LinkOutcome.Basis, Integer> byBasis = new EnumMap<>(LinkOutcome.Basis.class);
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> reviews = new ArrayList<>();
        int hadPerson = 0, linked = 0, linkedRight = 0, reviewed = 0, reviewedHadPerson = 0, newForKnown = 0;
        for (LabelledRecord labelled : records) {
            StandardisedPerson incoming = standardiser.standardise(labelled.record());
            LinkOutcome outcome = linkage.link(incoming, registry.candidates(new Candidate(null, incoming)));
            boolean known = seen.contains(labelled.personId());
            hadPerson += known ? 1 : 0;
            String personId = switch (outcome.decision()) {
                case LINK -> outcome.personId().orElseThrow();
                case REVIEW -> known ? personOfTruth.get(labelled.personId()) : "p" + truthOfPerson.size();
                case NEW -> "p" + truthOfPerson.size();
            };
            if (outcome.decision() == Decision.LINK) {
                linked++;
                byBasis.merge(outcome.basis(), 1, Integer::sum);
                if (truthOfPerson.get(personId).equals(labelled.personId())) {
                    linkedRight++;
                } else {
                    wrong.add(labelled.description() + " " + explain(incoming, outcome));
                }
            } else if (outcome.decision() == Decision.REVIEW) {
                reviewed++;
                reviewedHadPerson += known ? 1 : 0;
                reviews.add(labelled.description() + (known ? " (known) " : " (new) ") + outcome.basis() + " "
                        + explain(incoming, outcome));
            } else if (known) {
                newForKnown++;
                missed.add(labelled.description() + " " + explain(incoming, outcome));
            }
            truthOfPerson.putIfAbsent(personId, labelled.personId());
            personOfTruth.putIfAbsent(labelled.personId(), personId);
            seen.add(labelled.personId());
            registry.add(new Candidate(personId, incoming));
        }
        return new Report(records.size(), hadPerson, linked, linkedRight, reviewed, reviewedHadPerson, newForKnown,
                byBasis, wrong, missed, reviews);
    }

    private static String explain(StandardisedPerson incoming, LinkOutcome outcome) {
        return incoming.names().stream().map(NameForm::text).toList() + " " + incoming.birthDate() + " "
                + incoming.passportKey() + " -> " + outcome.best().map(best -> best.record().names().stream()
                        .map(NameForm::text).toList() + " " + best.record().birthDate() + " " + best.record().passportKey()
                        + " " + String.format(Locale.ROOT, "%.1f", best.score().total()) + " " + best.score().fields())
                .orElse("no candidate");
    }
}
