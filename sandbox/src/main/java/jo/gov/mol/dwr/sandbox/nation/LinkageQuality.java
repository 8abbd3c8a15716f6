package jo.gov.mol.dwr.sandbox.nation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * Linkage judged by pairs of records: the pairs the truth says are one person against the pairs the registry put on
 * one person. A record the registry does not hold on any person counts as alone.
 *
 * @param truePairs      pairs of records that are one person
 * @param joinedPairs    pairs of records the registry put on one person
 * @param rightPairs     pairs that are both
 * @param records        records in the truth
 * @param unplaced       of them, records found on no registry person
 */
record LinkageQuality(long truePairs, long joinedPairs, long rightPairs, long records, long unplaced) {

    /**
     * @param placed the registry person holding each record, by {@link #keyOf}
     */
    static LinkageQuality of(List<Truth.TruePerson> persons, Map<String, Long> placed) {
        Map<String, Long> byTruth = new HashMap<>();
        Map<Long, Long> byRegistry = new HashMap<>();
        Map<String, Long> byBoth = new HashMap<>();
        long records = 0;
        long unplaced = 0;
        long alone = -1;
        for (Truth.TruePerson person : persons) {
            for (Truth.SourceRecord record : person.records()) {
                records++;
                Long registryPerson = placed.get(keyOf(record.system().name(), record.id()));
                if (registryPerson == null) {
                    unplaced++;
                    registryPerson = alone--;
                }
                byTruth.merge(person.personId(), 1L, Long::sum);
                byRegistry.merge(registryPerson, 1L, Long::sum);
                byBoth.merge(person.personId() + "/" + registryPerson, 1L, Long::sum);
            }
        }
        return new LinkageQuality(pairs(byTruth), pairs(byRegistry), pairs(byBoth), records, unplaced);
    }

    /** A record's key: its system and message id, or for an embassy file record (no message id of its own) its reference. */
    static String keyOf(String system, String id) {
        return system + ":" + id;
    }

    /** Whether the registry knows this system's records by reference rather than message id. */
    static boolean byReference(String system) {
        return system.startsWith("EMBASSY_") && !SourceSystem.EMBASSY_PHL.name().equals(system);
    }

    double precision() {
        return joinedPairs == 0 ? 1 : (double) rightPairs / joinedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) rightPairs / truePairs;
    }

    private static long pairs(Map<?, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
