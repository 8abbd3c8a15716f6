package jo.gov.mol.dwr.registry.reference;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule set written so far, and which one is in force on a date: the one with the latest effective date on or
 * before it, a tie going to the higher version (the later word on that date). A date before every effective date
 * is judged by the first rule set in force, so facts older than version 1's 2020-01-01 are judged by version 1
 * rather than by nothing.
 */
final class RuleSetHistory {
    private static final Comparator<RuleSet> BY_EFFECT = Comparator.comparing(RuleSet::effectiveFrom)
            .thenComparingInt(RuleSet::version);

    /** In order of taking effect: by effective date, then version. */
    private final List<RuleSet> inOrderOfEffect;
    private final int latestVersion;

    RuleSetHistory(Collection<RuleSet> ruleSets) {
        if (ruleSets.isEmpty()) {
            throw new IllegalStateException("no rule set is kept: the default one is seeded at start");
        }
        this.inOrderOfEffect = ruleSets.stream().sorted(BY_EFFECT).toList();
        this.latestVersion = ruleSets.stream().mapToInt(RuleSet::version).max().orElseThrow();
    }

    RuleSet inForceOn(LocalDate date) {
        LocalDate firstEffect = inOrderOfEffect.get(0).effectiveFrom();
        LocalDate judged = date.isBefore(firstEffect) ? firstEffect : date;
        RuleSet inForce = null;
        for (RuleSet ruleSet : inOrderOfEffect) {
            if (ruleSet.effectiveFrom().isAfter(judged)) {
                break;
            }
            inForce = ruleSet;
        }
        return inForce;
    }

    Optional<RuleSet> version(int version) {
        return inOrderOfEffect.stream().filter(ruleSet -> ruleSet.version() == version).findFirst();
    }

    /** Newest version first. */
    List<RuleSet> newestFirst() {
        return inOrderOfEffect.stream().sorted(Comparator.comparingInt(RuleSet::version).reversed()).toList();
    }

    int latestVersion() {
        return latestVersion;
    }
}
