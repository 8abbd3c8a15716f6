package jo.gov.mol.dwr.sandbox.nation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flags judged person by person: the (rule, person) pairs the truth expects against those the registry raised and
 * has not resolved, for the rules the truth judges. A flag is put on a person of the truth by its worker's passport,
 * or where the worker shows none, by the records the registry holds on that worker (most of them); a flag on a worker
 * the truth cannot place counts as raised on nobody the truth expects.
 */
record FlagQuality(Map<String, Counts> byRule) {

    /** One rule's expected, raised and rightly raised (rule, person) pairs. */
    record Counts(int expected, int raised, int right) {
    }

    static final Set<String> JUDGED = Set.of("UNDERAGE_WORKER", "BELOW_BILATERAL_MINIMUM_AGE", "DEPLOYMENT_SUSPENDED",
            "SALARY_BELOW_MINIMUM", "SALARY_MISMATCH", "ENTRY_WITHOUT_APPROVAL", "APPROVAL_HOLDER_MISMATCH",
            "ENTRY_WITHOUT_ATTESTATION", "NO_WORK_PERMIT", "APPROVAL_UNUSED", "FREQUENT_TRANSFERS", "EXIT_WITH_OPEN_CASE",
            "MISSING_WORKER", "WORKER_DECEASED", "RETALIATORY_ABSCONDING", "DUPLICATE_IDENTITY");

    /**
     * @param placed the registry person holding each record, by {@link LinkageQuality#keyOf}
     */
    static FlagQuality of(Truth truth, List<RegistryApi.RaisedFlag> raised, Map<String, Long> placed) {
        Map<Long, String> truthOfWorker = truthOfWorkers(truth, placed);
        // a passport two people used belongs to both; the flag counts for whichever of them the truth expects it on
        Map<PassportKey, List<String>> holders = new HashMap<>();
        truth.persons().forEach(p -> p.passportNos().forEach(no -> holders.computeIfAbsent(PassportKey.of(p.nationality(), no),
                key -> new ArrayList<>()).add(p.personId())));
        Set<String> expected = new HashSet<>();
        truth.flags().forEach(f -> expected.add(f.rule() + " " + f.personId()));
        Set<String> got = new HashSet<>();
        for (RegistryApi.RaisedFlag flag : raised) {
            if (JUDGED.contains(flag.rule()) && !"RESOLVED".equals(flag.status())) {
                List<String> persons = flag.passportNo() != null
                        ? holders.getOrDefault(PassportKey.of(flag.nationality(), flag.passportNo()),
                        List.of("unknown passport " + flag.nationality() + " " + flag.passportNo()))
                        : List.of(truthOfWorker.getOrDefault(flag.workerId(), "unknown worker " + flag.workerId()));
                got.add(persons.stream().map(person -> flag.rule() + " " + person).filter(expected::contains)
                        .findFirst().orElse(flag.rule() + " " + persons.get(0)));
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

    /** For each registry person, the person of the truth most of their records belong to. */
    private static Map<Long, String> truthOfWorkers(Truth truth, Map<String, Long> placed) {
        Map<Long, Map<String, Integer>> votes = new HashMap<>();
        for (Truth.TruePerson person : truth.persons()) {
            for (Truth.SourceRecord record : person.records()) {
                Long worker = placed.get(LinkageQuality.keyOf(record.system().name(), record.id()));
                if (worker != null) {
                    votes.computeIfAbsent(worker, w -> new HashMap<>()).merge(person.personId(), 1, Integer::sum);
                }
            }
        }
        Map<Long, String> truthOf = new HashMap<>();
        votes.forEach((worker, counts) -> truthOf.put(worker,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return truthOf;
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
