package jo.gov.mol.dwr.registry.flag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the flags in step with what an evaluation finds: a situation found for the first time is raised, one found
 * again gains its new evidence (or opens again if it had been resolved), and a pending flag of the evaluated scopes
 * that is no longer found is resolved. Whatever repeats an evaluation (a redelivery, both border channels, a sweep)
 * changes nothing more.
 */
@Component
class FlagBook {
    private static final Logger LOG = LoggerFactory.getLogger(FlagBook.class);
    /** Oracle takes at most 1,000 values in an IN list. */
    private static final int IN_LIST = 500;

    private final FlagRepository flags;
    private final Clock clock;

    FlagBook(FlagRepository flags, Clock clock) {
        this.flags = flags;
        this.clock = clock;
    }

    /**
     * @param scopes          the scopes this evaluation answers for (a person and everyone merged into it)
     * @param subject         the scope and worker the findings belong to now
     * @param ruleSetVersion  the version of the rule set in force on a finding's date
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Tally reconcile(Collection<String> scopes, Subject subject, List<Finding> findings,
                    ToIntFunction<Finding> ruleSetVersion) {
        Instant now = clock.instant();
        Map<String, Finding> found = new LinkedHashMap<>();
        findings.forEach(finding -> found.merge(finding.key(), finding, FlagBook::together));
        Map<String, Flag> known = new LinkedHashMap<>();
        for (List<String> keys : chunks(new ArrayList<>(found.keySet()))) {
            flags.findByFlagKeyIn(keys).forEach(flag -> known.put(flag.key(), flag));
        }
        Tally tally = new Tally();
        for (Finding finding : found.values()) {
            Flag flag = known.get(finding.key());
            if (flag == null) {
                Flag raised = flags.save(Flag.raised(finding, subject, ruleSetVersion.applyAsInt(finding), now));
                LOG.info("flag raised flagId={} rule={} subject={} raisedAt={}", raised.id(), finding.rule(),
                        subject.idOf(finding), finding.raisedAt());
                tally.raised++;
            } else {
                FlagStatus before = flag.status();
                if (flag.foundAgain(finding, subject, ruleSetVersion.applyAsInt(finding), now)
                        && before == FlagStatus.RESOLVED) {
                    LOG.info("flag open again flagId={} rule={}", flag.id(), finding.rule());
                    tally.reopened++;
                }
            }
        }
        for (Flag flag : flags.findByScopeIn(scopes)) {
            if (!found.containsKey(flag.key()) && flag.ceased(now)) {
                LOG.info("flag resolved flagId={} key={}", flag.id(), flag.key());
                tally.resolved++;
            }
        }
        return tally;
    }

    /** Two findings of one situation (two rules' paths to it): the earlier moment, all the evidence. */
    private static Finding together(Finding one, Finding other) {
        Finding earlier = other.raisedAt().isBefore(one.raisedAt()) ? other : one;
        Finding later = earlier == one ? other : one;
        Finding merged = earlier;
        for (var source : later.evidence()) {
            merged = merged.evidence().contains(source) ? merged : merged.withEvidence(source);
        }
        return merged;
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += IN_LIST) {
            chunks.add(keys.subList(start, Math.min(keys.size(), start + IN_LIST)));
        }
        return chunks;
    }

    /** What an evaluation changed. */
    static final class Tally {
        int raised;
        int reopened;
        int resolved;

        void add(Tally other) {
            raised += other.raised;
            reopened += other.reopened;
            resolved += other.resolved;
        }
    }
}
