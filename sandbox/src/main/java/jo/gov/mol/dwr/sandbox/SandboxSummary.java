package jo.gov.mol.dwr.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.sandbox.border.BorderSummary;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyNoticeSummary;
import jo.gov.mol.dwr.sandbox.embassy.EmbassySummary;
import jo.gov.mol.dwr.sandbox.moi.MoiSummary;
import jo.gov.mol.dwr.sandbox.mol.MolNoticeSummary;
import jo.gov.mol.dwr.sandbox.mol.MolSummary;

/**
 * What one run of the simulators saw: the MoL stream and the hub's answers, what MoI received and decided, the
 * notices MoL received, the border's crossings and where they ended up, the embassies' notices, and the hub's
 * outbox at the end.
 *
 * @param outbox           the hub's outbox when the summary was taken
 * @param registry         the registry when the summary was taken (its MoI decisions and the notices it made due)
 * @param settled          whether every accepted recruitment request reached MoI, every decision was answered and
 *                         every accepted decision reached MoL as a notice, within {@code sandbox.outbound-timeout}
 * @param missingRequests  accepted recruitment requests whose ApprovalRequest MoI has not received
 * @param missingNotices   decisions the hub accepted whose notice MoL has not received
 * @param waited           how long after the MoL stream it took, or the timeout
 * @param border           the border's crossings, the nightly files and the registry's crossings
 * @param embassies        the notices the embassies received
 * @param crossingNotices  the arrival and departure notices due for the workers' crossings, and those missing
 * @param embassyRecords   the embassies' attestations and welfare cases, where they ended up
 */
public record SandboxSummary(MolSummary mol, MoiSummary moi, MolNoticeSummary notices, OutboxCounts outbox,
                             RegistryCounts registry, boolean settled, int missingRequests, int missingNotices, Duration waited,
                             BorderSummary border, EmbassyNoticeSummary embassies, CrossingNotices crossingNotices,
                             EmbassySummary embassyRecords) {

    /** The hub's outbox: delivered, still pending, and dead letters. */
    public record OutboxCounts(long delivered, long pending, long dead) {
    }

    /**
     * The notices of the domestic workers' crossings.
     *
     * @param due                one per crossing of a domestic worker, at MoL and again at the worker's embassy
     * @param missingAtMol       those MoL has not received
     * @param missingAtEmbassies those the embassies have not received
     * @param waited             how long after the border's run everything arrived, or the timeout
     */
    public record CrossingNotices(int due, int missingAtMol, int missingAtEmbassies, Duration waited) {
        public boolean none() {
            return missingAtMol == 0 && missingAtEmbassies == 0;
        }
    }

    /**
     * Every answer as planned, everything delivered once, nothing dead; every crossing in the registry, the lost
     * ones included, and every worker's crossing told to MoL and the embassy; every embassy record in the registry
     * and every attestation told to MoL.
     */
    public boolean asExpected() {
        return mol.asExpected() && moi.asExpected() && settled && outbox.pending() == 0 && outbox.dead() == 0
                && border.asExpected() && crossingNotices.none() && notices.repeats() == 0 && embassies.repeats() == 0
                && embassyRecords.asExpected();
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
        lines.add("  border -> hub: crossings in real time (JMS) and nightly files (interfaces.md 3)");
        lines.addAll(border.rows());
        lines.add(rule);
        lines.add("  embassies -> hub: attestations and welfare cases (interfaces.md 4a-4c)");
        lines.addAll(embassyRecords.rows());
        lines.add(rule);
        lines.add("  hub -> embassies: arrival and departure notices (interfaces.md 4a-4c)");
        lines.addAll(embassies.rows());
        lines.add(row("notices due", crossingNotices.due(), "workers' crossings, each to MoL and to the worker's embassy: %d missing at MoL, %d at the embassies"
                .formatted(crossingNotices.missingAtMol(), crossingNotices.missingAtEmbassies())));
        lines.add(rule);
        lines.add("  hub outbox     delivered %d, pending %d, dead %d (dead letters: GET /api/admin/dead-letters)"
                .formatted(outbox.delivered(), outbox.pending(), outbox.dead()));
        lines.add("  follow-ups     " + (settled
                ? "every request at MoI and every decision's notice at MoL %.1f s after the MoL stream".formatted(seconds(waited))
                : "after %.0f s still missing: %d ApprovalRequests at MoI, %d notices at MoL, %d decisions due"
                        .formatted(seconds(waited), missingRequests, missingNotices, moi.due())));
        lines.add("  border         " + (border.asExpected() && crossingNotices.none()
                ? "every crossing in the registry and every worker's crossing at MoL and the embassy %.1f s after the border's run"
                        .formatted(seconds(crossingNotices.waited()))
                : "after %.0f s still missing: %d crossings in the registry, %d nightly files unread, %d notices at MoL, %d at the embassies"
                        .formatted(seconds(crossingNotices.waited()), border.missing(), border.inbox().waiting(),
                                crossingNotices.missingAtMol(), crossingNotices.missingAtEmbassies())));
        lines.add("  embassies      " + (embassyRecords.asExpected()
                ? "every embassy record in the registry and every attestation's notice at MoL %.1f s after the embassies' run"
                        .formatted(seconds(embassyRecords.waited()))
                : "after %.0f s: %d files in the inbox, %d of %d versions applied, %d AttestationNotices missing at MoL, %d unexpected answers"
                        .formatted(seconds(embassyRecords.waited()), embassyRecords.inbox().waiting(), embassyRecords.applied(),
                                embassyRecords.run().versions().size(), embassyRecords.noticesMissing(), embassyRecords.unexpected())));
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
