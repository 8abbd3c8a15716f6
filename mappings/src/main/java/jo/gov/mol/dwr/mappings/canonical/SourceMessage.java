package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a canonical event came from: everything the registry needs to show a fact's evidence without reading
 * the hub's tables (decisions.md).
 *
 * @param reference  the business id the message is about
 * @param logEntryId the hub's inbound message log entry
 * @param account    the system account that submitted it
 * @param sentAt     the sender's own time, where it gives one (orders versions of one object)
 * @param raw        the message exactly as received
 * @param sha256     the SHA-256 of {@code raw}, hex, as the hub logged it
 */
public record SourceMessage(SourceSystem system, String messageId, String reference, long logEntryId, String account,
                            Instant receivedAt, Instant sentAt, byte[] raw, String sha256) {
    public SourceMessage {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMessage s && system == s.system && messageId.equals(s.messageId)
                && Objects.equals(reference, s.reference) && logEntryId == s.logEntryId
                && Objects.equals(account, s.account) && receivedAt.equals(s.receivedAt)
                && Objects.equals(sentAt, s.sentAt) && Arrays.equals(raw, s.raw) && sha256.equals(s.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, messageId, logEntryId, sha256);
    }

    @Override
    public String toString() {
        return "SourceMessage[" + system + " " + messageId + " " + reference + " log=" + logEntryId + "]";
    }
}
