package jo.gov.mol.dwr.sandbox.moi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.sandbox.SandboxSummary;

/**
 * What the MoI simulator received and sent, at one moment.
 *
 * @param requests     ApprovalRequests answered with a receipt
 * @param requestIds   distinct RequestIds among them (one case each)
 * @param messageIds   distinct MessageIds among them (the hub sends one per RequestId)
 * @param repeats      ApprovalRequests whose MessageId MoI had already received
 * @param refused      ApprovalRequests answered with a {@code Client} fault on purpose
 * @param down         calls answered HTTP 503 while MoI was down
 * @param decisions    decisions sent (each counted once, however often MoI had to retry it)
 * @param approved     first decisions that approved (revoked ones included)
 * @param rejected     first decisions that rejected, by reason
 * @param revoked      revocations, by reason
 * @param repeatsSent  decisions sent a second time under the same MessageId
 * @param answers      the hub's final answers
 * @param retries      calls that got no Ack (a {@code Server} fault, no connection) and were sent again
 * @param due          decisions still to be sent or answered
 */
public record MoiSummary(long requests, long requestIds, long messageIds, long repeats, long refused, long down,
                         int downAfter, Duration downFor, long decisions, long approved, Map<ReasonCode, Long> rejected,
                         Map<ReasonCode, Long> revoked, long repeatsSent, Map<MoiSimulator.Answer, Long> answers,
                         long retries, int due) {

    public MoiSummary {
        rejected = Map.copyOf(rejected);
        revoked = Map.copyOf(revoked);
        answers = Map.copyOf(answers);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    public long revokedTotal() {
        return revoked.values().stream().mapToLong(Long::longValue).sum();
    }

    public long answered(MoiSimulator.Answer answer) {
        return answers.getOrDefault(answer, 0L);
    }

    /** One MessageId per RequestId, every decision answered, and DUPLICATE exactly for the repeats. */
    public boolean asExpected() {
        return messageIds == requestIds && due == 0 && answered(MoiSimulator.Answer.REFUSED) == 0
                && answered(MoiSimulator.Answer.FAILED) == 0 && answered(MoiSimulator.Answer.DUPLICATE) == repeatsSent;
    }

    public List<String> rows() {
        String outage = downAfter > 0 ? "after request %d, for %d s".formatted(downAfter, downFor.toSeconds()) : "never";
        return List.of(
                SandboxSummary.row("requests", requests, "ApprovalRequest answered with a CaseRef: %d RequestIds, %d MessageIds"
                        .formatted(requestIds, messageIds)),
                SandboxSummary.row("repeats", repeats, "the same MessageId again (answered with the same CaseRef)"),
                SandboxSummary.row("refused", refused, "answered a Client fault on purpose"),
                SandboxSummary.row("down", down, "answered HTTP 503 while down (" + outage + "); the hub retried"),
                SandboxSummary.row("decisions", decisions, "sent: %d approved, %d rejected, %d revocations, %d sent twice"
                        .formatted(approved, rejectedTotal(), revokedTotal(), repeatsSent)),
                SandboxSummary.row("rejected", rejectedTotal(), byReason(rejected)),
                SandboxSummary.row("revoked", revokedTotal(), "approvals revoked later: " + byReason(revoked)),
                SandboxSummary.row("acks", answered(MoiSimulator.Answer.ACCEPTED), "ACCEPTED; %d DUPLICATE, %d refused, %d failed, %d calls retried%s"
                        .formatted(answered(MoiSimulator.Answer.DUPLICATE), answered(MoiSimulator.Answer.REFUSED),
                                answered(MoiSimulator.Answer.FAILED), retries, due == 0 ? "" : ", %d still due".formatted(due))));
    }

    private static String byReason(Map<ReasonCode, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return java.util.Arrays.stream(ReasonCode.values()).filter(counts::containsKey)
                .map(reason -> reason.value() + " " + counts.get(reason)).collect(Collectors.joining(", "));
    }
}
