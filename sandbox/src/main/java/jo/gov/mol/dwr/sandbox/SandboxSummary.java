package jo.gov.mol.dwr.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.sandbox.moi.MoiSummary;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeSummary;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * What one run of the simulators saw: the MoL stream and the hub's answers, what MoI received and decided, the
 * notices MoL received, and the hub's outbox at the end.
 *
 * @param outbox           the hub's outbox when the summary was taken
 * @param registry         the registry when the summary was taken (its MoI decisions and the notices it made due)
 * @param settled          whether every accepted recruitment request reached MoI, every decision was answered and
 *                         every accepted decision reached MoL as a notice, within {@code sandbox.outbound-timeout}
 * @param missingRequests  accepted recruitment requests whose ApprovalRequest MoI has not received
 * @param missingNotices   decisions the hub accepted whose notice MoL has not received
 * @param waited           how long after the MoL stream it took, or the timeout
 */
public record SandboxSummary(MolSummary mol, MoiSummary moi, MolNoticeSummary notices, OutboxCounts outbox,
                             RegistryCounts registry, boolean settled, int missingRequests, int missingNotices, Duration waited) {

    /** The hub's outbox: delivered, still pending, and dead letters. */
    public record OutboxCounts(long delivered, long pending, long dead) {
    }

    /** Every answer as planned, everything delivered, nothing dead. */
    public boolean asExpected() {
        return mol.asExpected() && moi.asExpected() && settled && outbox.pending() == 0 && outbox.dead() == 0;
    }

    public String render() {
        String rule = "  " + "-".repeat(78);
        List<String> lines = new ArrayList<>();
        lines.add("Sandbox simulators: " + (asExpected() ? "done, every answer as planned" : "done, WITH SURPRISES (see the warnings above)"));
        lines.add(rule);
        lines.add("  MoL DWS -> hub: events (interfaces.md 1a)");
        lines.addAll(mol.rows());
        lines.add(rule);
        lines.add("  hub -> MoI: ApprovalRequest; MoI -> hub: ApprovalDecision (interfaces.md 2)");
        lines.addAll(moi.rows());
        lines.add(rule);
        lines.add("  hub -> MoL DWS: notices (interfaces.md 1b)");
        lines.addAll(notices.rows());
        lines.add("  registry       approval decisions %d, notices due %d (%d not yet handed to the hub)"
                .formatted(registry.approvalDecisions(), registry.noticesDue(), registry.noticesUnpublished()));
        lines.add(rule);
        lines.add("  hub outbox     delivered %d, pending %d, dead %d (dead letters: GET /api/admin/dead-letters)"
                .formatted(outbox.delivered(), outbox.pending(), outbox.dead()));
        lines.add("  follow-ups     " + (settled
                ? "every request at MoI and every decision's notice at MoL %.1f s after the MoL stream".formatted(seconds(waited))
                : "after %.0f s still missing: %d ApprovalRequests at MoI, %d notices at MoL, %d decisions due"
                        .formatted(seconds(waited), missingRequests, missingNotices, moi.due())));
        lines.add(rule);
        return String.join("\n", lines);
    }

    /** One summary row: a label, a count, and what it counts. */
    public static String row(String label, long value, String note) {
        return String.format(Locale.ROOT, "  %-14s %,7d   %s", label, value, note);
    }

    public static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
