package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * Flags judged situation by situation, as policy.md counts them (one flag per rule, subject and episode): the
 * situations the truth expects against the flags the registry raised and has not resolved, for every rule of the
 * catalogue. A flag's subject is read as the API gives it: an office by its licence number, an employer by its
 * national number, a person as the truth's person its worker's passport names, or where the worker shows none, the
 * one most of the registry's records on that worker belong to. Its episode is the expected one it names: a request,
 * entry, exit, permit, report, transfer or attestation by its business reference (or message id) among the flag's
 * evidence, a licence year by the day the flag was raised, a passport by the flag's worker, a person by the subject
 * alone. A flag that names no expected situation, or one that an earlier flag already stands for, is raised wrongly.
 */
record FlagQuality(Map<String, Counts> byRule) {

    /** One rule's expected situations, flags raised (and not resolved), and flags that stand for an expected one. */
    record Counts(int expected, int raised, int right) {
    }

    /** policy.md's catalogue, every rule of it. */
    static final Set<String> JUDGED = Set.of("UNDERAGE_WORKER", "BELOW_BILATERAL_MINIMUM_AGE", "DEPLOYMENT_SUSPENDED",
            "SALARY_BELOW_MINIMUM", "SALARY_MISMATCH", "ENTRY_WITHOUT_APPROVAL", "APPROVAL_HOLDER_MISMATCH",
            "ENTRY_WITHOUT_ATTESTATION", "NO_WORK_PERMIT", "APPROVAL_UNUSED", "OFFICE_LICENCE_INVALID",
            "OFFICE_QUOTA_EXCEEDED", "DUPLICATE_IDENTITY", "RETALIATORY_ABSCONDING", "FREQUENT_TRANSFERS",
            "EXIT_WITH_OPEN_CASE", "MISSING_WORKER", "REPEAT_ABUSE_EMPLOYER", "OVERSTAY", "WORKER_DECEASED");

    /**
     * @param placed the registry person holding each record, by {@link LinkageQuality#keyOf}
     */
    static FlagQuality of(Truth truth, List<RegistryApi.RaisedFlag> raised, Map<String, Long> placed) {
        Map<Long, String> truthOfWorker = truthOfWorkers(truth, placed);
        // a passport two people used belongs to both; the flag counts for whichever of them the truth expects it on
        Map<PassportKey, List<String>> holders = new HashMap<>();
        truth.persons().forEach(p -> p.passportNos().forEach(no -> holders.computeIfAbsent(PassportKey.of(p.nationality(), no),
                key -> new ArrayList<>()).add(p.personId())));
        Map<String, List<ExpectedFlag>> expectedOn = truth.flags().stream().collect(Collectors.groupingBy(
                f -> onSubject(f.rule(), f.subjectType(), f.subjectId())));
        Set<String> claimed = new HashSet<>();
        Map<String, Integer> raisedByRule = new HashMap<>();
        Map<String, Integer> rightByRule = new HashMap<>();
        for (RegistryApi.RaisedFlag flag : raised) {
            if (!JUDGED.contains(flag.rule()) || "RESOLVED".equals(flag.status())) {
                continue;
            }
            raisedByRule.merge(flag.rule(), 1, Integer::sum);
            String type = flag.subjectType() == null ? ExpectedFlag.PERSON : flag.subjectType();
            List<String> subjects = !ExpectedFlag.PERSON.equals(type) ? List.of(flag.subjectId())
                    : flag.passportNo() != null ? holders.getOrDefault(PassportKey.of(flag.nationality(), flag.passportNo()), List.of())
                    : List.of(truthOfWorker.getOrDefault(flag.workerId(), "unknown worker " + flag.workerId()));
            subjects.stream()
                    .flatMap(subject -> expectedOn.getOrDefault(onSubject(flag.rule(), type, subject), List.of()).stream())
                    .filter(expected -> !claimed.contains(expected.situation()) && names(flag, expected))
                    .findFirst().ifPresent(expected -> {
                        claimed.add(expected.situation());
                        rightByRule.merge(flag.rule(), 1, Integer::sum);
                    });
        }
        Map<String, Counts> byRule = new TreeMap<>();
        for (String rule : JUDGED) {
            int expected = (int) truth.flags().stream().filter(f -> f.rule().equals(rule)).map(ExpectedFlag::situation)
                    .distinct().count();
            byRule.put(rule, new Counts(expected, raisedByRule.getOrDefault(rule, 0), rightByRule.getOrDefault(rule, 0)));
        }
        return new FlagQuality(byRule);
    }

    private static String onSubject(String rule, String subjectType, String subjectId) {
        return rule + " " + subjectType + " " + subjectId;
    }

    /** Whether the flag stands for the expected situation's episode (its subject and rule already agree). */
    private static boolean names(RegistryApi.RaisedFlag flag, ExpectedFlag expected) {
        String episode = expected.episode();
        if (episode.equals("person")) {
            return true;
        }
        String key = episode.substring(episode.indexOf(':') + 1);
        if (episode.startsWith("passport:")) {
            return flag.passportNo() == null || PassportKey.of(flag.nationality(), flag.passportNo())
                    .equals(PassportKey.of(expected.nationality(), expected.passportNo()));
        }
        if (episode.startsWith("licence-year:")) {
            LocalDate first = LocalDate.parse(key);
            LocalDate raised = flag.raisedAt() == null ? null : LocalDate.ofInstant(flag.raisedAt(), CanonicalEvent.AMMAN);
            return raised != null && !raised.isBefore(first) && raised.isBefore(first.plusYears(1));
        }
        return flag.evidence().contains(key);
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
