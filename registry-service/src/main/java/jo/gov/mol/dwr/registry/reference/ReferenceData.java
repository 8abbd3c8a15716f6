package jo.gov.mol.dwr.registry.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The rules the registry judges by: the rule set in force on a fact's date (policy.md, "Time"), a version by its
 * number, and every version. Flags and classification call it for every fact they judge; take the rule set once
 * per fact or run and pass it along, and record its {@link RuleSet#version()} with what it decided.
 * <p>
 * Rule sets are never changed once written, and versions only ever grow, so every version is parsed once and held
 * in memory. Each call asks the database only for the highest version (one primary key index lookup, no rows read)
 * and reloads when it differs from the one held. A version another registry process has just committed is so seen
 * by the very next call here, never a few seconds later: an interval would let facts dated on or after its
 * effective date be judged by a superseded version in the meantime, which a replay would then judge differently.
 */
@Component
public class ReferenceData {
    private final RuleSetRepository ruleSets;
    private final AtomicReference<RuleSetHistory> held = new AtomicReference<>();

    ReferenceData(RuleSetRepository ruleSets) {
        this.ruleSets = ruleSets;
    }

    /**
     * The rule set in force on an Amman date: the latest effective on or before it, a tie going to the higher
     * version; before the first effective date (2020-01-01 of version 1), the first rule set in force.
     */
    public RuleSet ruleSetOn(LocalDate date) {
        return history().inForceOn(date);
    }

    public Optional<RuleSet> ruleSet(int version) {
        return history().version(version);
    }

    /** Every version, newest first. */
    public List<RuleSet> versions() {
        return history().newestFirst();
    }

    private RuleSetHistory history() {
        int latest = ruleSets.latestVersion().orElseThrow(
                () -> new IllegalStateException("no rule set is kept: the default one is seeded at start"));
        RuleSetHistory current = held.get();
        if (current != null && current.latestVersion() == latest) {
            return current;
        }
        // two threads may both reload; both read the same committed versions, so either result may stay
        RuleSetHistory reloaded = new RuleSetHistory(ruleSets.findAll().stream().map(RuleSetDocument::ruleSet).toList());
        held.set(reloaded);
        return reloaded;
    }
}
