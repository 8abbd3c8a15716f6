package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * A rule's finding: one situation (the rule and its {@code episode}, what policy.md's "one flag per" names, so the
 * same situation found again is the same flag), when its condition first held, and the messages that made it hold.
 *
 * @param episode  the situation's key within the rule, independent of the person where the situation is a business
 *                 object ({@code entry:<crossing>}, {@code request:<id>}), so that merges and splits move it
 * @param office   the office the flag is counted for, where known
 * @param employer the employer it concerns, where known
 */
record Finding(RuleCode rule, String episode, Instant raisedAt, List<SourceRef> evidence, String office,
               String employer) {

    Finding {
        evidence = List.copyOf(new LinkedHashSet<>(evidence));
    }

    static Finding of(RuleCode rule, String episode, Instant raisedAt, List<Fact> evidence) {
        return new Finding(rule, episode, raisedAt, evidence.stream().map(Fact::source).toList(), null, null);
    }

    Finding withOffice(String licenceNo) {
        return new Finding(rule, episode, raisedAt, evidence, licenceNo, employer);
    }

    Finding withEmployer(String nationalId) {
        return new Finding(rule, episode, raisedAt, evidence, office, nationalId);
    }

    /** The same situation, first holding at another time. */
    Finding raisedAt(Instant moment) {
        return new Finding(rule, episode, moment, evidence, office, employer);
    }

    Finding withEvidence(SourceRef more) {
        List<SourceRef> sources = new ArrayList<>(evidence);
        sources.add(more);
        return new Finding(rule, episode, raisedAt, sources, office, employer);
    }

    /** The unique key of the flag this finding stands for. */
    String key() {
        return rule.name() + "|" + episode;
    }

    LocalDate raisedOn() {
        return LocalDate.ofInstant(raisedAt, CanonicalEvent.AMMAN);
    }
}
