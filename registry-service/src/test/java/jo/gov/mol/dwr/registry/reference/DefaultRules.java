package jo.gov.mol.dwr.registry.reference;

import java.time.ZoneOffset;

/** The default rule set (version 1, {@code rule-set-1.json}) as a {@link RuleSet}, for tests outside this package. */
public final class DefaultRules {
    private static final RuleSet VERSION_ONE = versionOne(DefaultRuleSet.read());

    private DefaultRules() {
    }

    public static RuleSet versionOne() {
        return VERSION_ONE;
    }

    private static RuleSet versionOne(NewRuleSet seed) {
        return new RuleSet(1, seed.effectiveFrom(), seed.reason(), DefaultRuleSet.AUTHOR,
                seed.effectiveFrom().atStartOfDay().toInstant(ZoneOffset.UTC), seed.rules());
    }
}
