package jo.gov.mol.dwr.routes.intake;

import java.time.Instant;
import java.util.Objects;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * A valid message an outside system submitted, ready for intake: who sent it, its id and time, the fact it
 * maps to, and its raw bytes exactly as received.
 */
public record Submission(SourceSystem system, String account, String messageId, Instant sentAt, CanonicalEvent event,
                         byte[] raw) {
    public Submission {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String toString() {
        return "Submission[" + system + " " + messageId + " " + event.getClass().getSimpleName() + " " + event.reference() + "]";
    }
}
