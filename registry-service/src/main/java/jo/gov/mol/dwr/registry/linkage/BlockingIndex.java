package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the records worth comparing with a given one: those that share at least one blocking key with it. Comparing
 * every pair is quadratic; a pair that shares no key is never scored, so the keys must be loose enough that a true
 * match almost always shares one (several keys, each on other fields, are unioned for that reason).
 *
 * @param <R> the record type
 */
public final class BlockingIndex<R> {

    private final Function<R, Set<String>> keys;
    private final Map<String, List<R>> blocks = new HashMap<>();

    public BlockingIndex(Function<R, Set<String>> keys) {
        this.keys = keys;
    }

    public void add(R record) {
        for (String key : keys.apply(record)) {
            blocks.computeIfAbsent(key, any -> new ArrayList<>()).add(record);
        }
    }

    /** Every indexed record sharing a key with {@code probe}, each once, in the order they were found. */
    public Set<R> candidates(R probe) {
        Set<R> found = new LinkedHashSet<>();
        for (String key : keys.apply(probe)) {
            found.addAll(blocks.getOrDefault(key, List.of()));
        }
        return found;
    }
}
