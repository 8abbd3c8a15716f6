package jo.gov.mol.dwr.mappings.moi;

import java.time.Instant;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;

/** A valid MoI decision message: its id, its sending time and the decision it states. */
public record MoiMessage(String messageId, Instant sentAt, ApprovalDecided decision) {
}
