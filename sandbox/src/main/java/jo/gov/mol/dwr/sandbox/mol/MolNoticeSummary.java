package jo.gov.mol.dwr.sandbox.mol;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.sandbox.SandboxSummary;

/**
 * What MoL's notices service received, at one moment.
 *
 * @param received every call
 * @param distinct distinct MessageIds, answered {@code ACCEPTED}
 * @param repeats  calls with a MessageId received before, answered {@code DUPLICATE}
 * @param byType   distinct notices by type
 */
public record MolNoticeSummary(long received, long distinct, long repeats, Map<String, Long> byType) {

    public MolNoticeSummary {
        byType = Map.copyOf(byType);
    }

    public List<String> rows() {
        String types = byType.isEmpty() ? "none" : new java.util.TreeMap<>(byType).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return List.of(
                SandboxSummary.row("received", received, "notices from the hub"),
                SandboxSummary.row("distinct", distinct, "MessageIds, answered Ack ACCEPTED: " + types),
                SandboxSummary.row("repeats", repeats, "the same MessageId again, answered Ack DUPLICATE"));
    }
}
