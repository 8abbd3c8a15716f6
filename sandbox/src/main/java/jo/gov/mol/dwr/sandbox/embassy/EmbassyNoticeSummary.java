package jo.gov.mol.dwr.sandbox.embassy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.sandbox.SandboxSummary;

/**
 * The arrival and departure notices the embassies received, at one moment: the Philippine embassy's over REST, the
 * others' as files in the hub's embassy outbox.
 */
public record EmbassyNoticeSummary(PhlNotices phl, EmbassyOutbox.Contents files) {

    /** Notices received more than once: a REST notice id again, or a notice id in a second file row. */
    public long repeats() {
        return phl.repeats() + files.repeats();
    }

    public long fileRows() {
        return files.rows().values().stream().flatMap(byType -> byType.values().stream()).mapToLong(Long::longValue).sum();
    }

    public List<String> rows() {
        long fileCount = files.files().values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                SandboxSummary.row("PHL received", phl.received(), "POST .../PHL/notices: %d distinct (%s), %d refused with 400"
                        .formatted(phl.distinct(), counts(phl.byType()), phl.refused())),
                SandboxSummary.row("PHL repeats", phl.repeats(), "the same noticeId again, answered DUPLICATE"),
                SandboxSummary.row("files", fileCount, "NOTICES_*.csv in the embassy outbox: " + counts(files.files())),
                SandboxSummary.row("file rows", fileRows(), files.rows().isEmpty() ? "none" : files.rows().entrySet().stream()
                        .map(e -> e.getKey() + " " + counts(e.getValue())).collect(Collectors.joining("; "))),
                SandboxSummary.row("file repeats", files.repeats(), "rows with a notice_id seen before; %d unreadable"
                        .formatted(files.unreadable())));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
