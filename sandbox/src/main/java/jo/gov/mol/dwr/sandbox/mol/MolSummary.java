package jo.gov.mol.dwr.sandbox.mol;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jo.gov.mol.dwr.registry.RegistryCounts;
import jo.gov.mol.dwr.sandbox.SandboxSummary;

/**
 * What one run of the MoL simulator did: what it sent, what the hub answered, and what the registry holds once it
 * has applied every accepted message.
 *
 * @param unexpected  answers other than the planned one (a duplicate accepted, a broken message accepted, ...)
 * @param serverFaults {@code Server} faults received; each was retried, as MoL does
 * @param failed      messages that got no answer, or none but a {@code Server} fault, after the retries
 * @param persisted   accepted messages the registry has applied (each looked up by its event id)
 * @param settled     whether the registry caught up with every accepted message within the timeout
 * @param recruitmentRequestIds the RequestIds of the recruitment requests the hub accepted: MoI is to be asked
 *                    about each of them
 * @param recruits    the workers of those requests, whom the border may later see
 */
public record MolSummary(int offices, int workers, int senders, long seed,
                         long sent, long accepted, long duplicate, long refused, long serverFaults, long failed,
                         long unexpected, long persisted, boolean settled, RegistryCounts registry,
                         Duration sending, Duration settling, Set<String> recruitmentRequestIds,
                         List<Recruit> recruits) {

    public MolSummary {
        recruitmentRequestIds = Set.copyOf(recruitmentRequestIds);
        recruits = List.copyOf(recruits);
    }

    /** Every answer as planned, nothing lost, and the registry caught up. */
    public boolean asExpected() {
        return unexpected == 0 && failed == 0 && settled && persisted == accepted;
    }

    public double messagesPerSecond() {
        return sent / Math.max(0.001, sending.toMillis() / 1000.0);
    }

    public List<String> rows() {
        return List.of(
                SandboxSummary.row("sent", sent, "messages: %d offices, %d workers, %d senders, seed %d".formatted(offices, workers, senders, seed)),
                SandboxSummary.row("accepted", accepted, "Ack ACCEPTED"),
                SandboxSummary.row("duplicate", duplicate, "Ack DUPLICATE (the same MessageId again)"),
                SandboxSummary.row("refused", refused, "SOAP Client faults (broken messages, each corrected and sent again)"),
                SandboxSummary.row("server faults", serverFaults, "SOAP Server faults, retried"),
                SandboxSummary.row("failed", failed, "no answer, or only Server faults, after the retries"),
                SandboxSummary.row("unexpected", unexpected, "answers other than planned"),
                SandboxSummary.row("persisted", persisted, (settled ? "in the registry" : "in the registry so far, NOT all")
                        + " %.1f s after the last answer (%d accepted)".formatted(SandboxSummary.seconds(settling), accepted)),
                "  registry       workers %d, employers %d, offices %d, requests %d, permits %d, complaints %d,".formatted(
                        registry.workers(), registry.employers(), registry.offices(), registry.recruitmentRequests(),
                        registry.workPermits(), registry.complaints()),
                "                 absconding reports %d, transfers %d, unmatched %d, source messages %d".formatted(
                        registry.abscondingReports(), registry.transfers(), registry.unmatched(), registry.sourceMessages()),
                "  time           %.1f s sending, %.0f messages/s".formatted(SandboxSummary.seconds(sending), messagesPerSecond()));
    }
}
