package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * DUPLICATE_IDENTITY: one passport (issuing state and number) named by the records of two different people; one
 * flag per passport, raised when the second person first used it. Either person's evaluation finds the same flag.
 */
@Component
class DuplicateIdentity implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.DUPLICATE_IDENTITY;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        Map<String, Fact> firstUse = new LinkedHashMap<>();
        Map<String, PassportRef> passports = new LinkedHashMap<>();
        for (Fact fact : facts.all()) {
            PersonFacts.identityOf(fact).map(PersonFacts.Named::passport).ifPresent(passport -> {
                firstUse.putIfAbsent(passport.key(), fact);
                passports.putIfAbsent(passport.key(), passport);
            });
        }
        List<Finding> found = new ArrayList<>();
        passports.forEach((key, passport) -> {
            List<FlagContext.PassportUse> others = context.othersUsing(passport, facts.personId());
            if (others.isEmpty()) {
                return;
            }
            Fact own = firstUse.get(key);
            Instant secondUse = others.stream().map(FlagContext.PassportUse::businessTime)
                    .min(Comparator.naturalOrder()).filter(other -> other.isAfter(own.businessTime()))
                    .orElse(own.businessTime());
            Finding finding = Finding.of(code(), "passport:" + key, secondUse, List.of(own));
            for (SourceRef other : others.stream().map(FlagContext.PassportUse::record).toList()) {
                finding = finding.withEvidence(other);
            }
            found.add(finding);
        });
        return found;
    }
}
