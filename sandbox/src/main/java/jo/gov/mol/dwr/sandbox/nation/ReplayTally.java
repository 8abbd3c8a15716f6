package jo.gov.mol.dwr.sandbox.nation;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the replay sent, by channel and by the outcome the channel reported. */
final class ReplayTally {
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    void count(String channel, String outcome) {
        count(channel, outcome, 1);
    }

    void count(String channel, String outcome, long n) {
        if (n > 0) {
            counts.computeIfAbsent(channel, c -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, o -> new LongAdder()).add(n);
        }
    }

    long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
    }

    /** Channel by channel, each outcome with its count, in a stable order. */
    Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((channel, outcomes) -> {
            Map<String, Long> byOutcome = new TreeMap<>();
            outcomes.forEach((outcome, n) -> byOutcome.put(outcome, n.sum()));
            copy.put(channel, byOutcome);
        });
        return copy;
    }
}
