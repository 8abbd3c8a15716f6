package jo.gov.mol.dwr.sandbox.nation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flags judged person by person: the (rule, person) pairs the truth expects against those the registry raised and
 * has not resolved, for the rules the truth judges. A flag on a passport the truth does not know counts as raised on
 * nobody the truth expects.
 */
record FlagQuality(Map<String, Counts> byRule) {

    /** One rule's expected, raised and rightly raised (rule, person) pairs. */
    record Counts(int expected, int raised, int right) {
    }

    static final Set<String> JUDGED = Set.of("UNDERAGE_WORKER", "BELOW_BILATERAL_MINIMUM_AGE", "DEPLOYMENT_SUSPENDED",
            "SALARY_BELOW_MINIMUM", "SALARY_MISMATCH", "ENTRY_WITHOUT_APPROVAL", "APPROVAL_HOLDER_MISMATCH",
            "ENTRY_WITHOUT_ATTESTATION", "NO_WORK_PERMIT", "APPROVAL_UNUSED", "FREQUENT_TRANSFERS", "EXIT_WITH_OPEN_CASE",
            "MISSING_WORKER", "WORKER_DECEASED", "RETALIATORY_ABSCONDING");

    static FlagQuality of(Truth truth, List<RegistryApi.RaisedFlag> raised) {
        Map<PassportKey, String> personOf = new HashMap<>();
        truth.persons().forEach(p -> p.passportNos().forEach(no -> personOf.put(PassportKey.of(p.nationality(), no), p.personId())));
        Set<String> expected = new HashSet<>();
        truth.flags().forEach(f -> expected.add(f.rule() + " " + f.personId()));
        Set<String> got = new HashSet<>();
        for (RegistryApi.RaisedFlag flag : raised) {
            if (JUDGED.contains(flag.rule()) && !"RESOLVED".equals(flag.status())) {
                String person = personOf.getOrDefault(PassportKey.of(flag.nationality(), flag.passportNo()),
                        "unknown " + flag.nationality() + " " + flag.passportNo());
                got.add(flag.rule() + " " + person);
            }
        }
        Map<String, Counts> byRule = new TreeMap<>();
        for (String rule : JUDGED) {
            int e = (int) expected.stream().filter(k -> k.startsWith(rule + " ")).count();
            int r = (int) got.stream().filter(k -> k.startsWith(rule + " ")).count();
            int right = (int) got.stream().filter(k -> k.startsWith(rule + " ")).filter(expected::contains).count();
            byRule.put(rule, new Counts(e, r, right));
        }
        return new FlagQuality(byRule);
    }

    Counts total() {
        return byRule.values().stream().reduce(new Counts(0, 0, 0),
                (a, b) -> new Counts(a.expected() + b.expected(), a.raised() + b.raised(), a.right() + b.right()));
    }

    static double precision(Counts c) {
        return c.raised() == 0 ? 1 : (double) c.right() / c.raised();
    }

    static double recall(Counts c) {
        return c.expected() == 0 ? 1 : (double) c.right() / c.expected();
    }
}
