package jo.gov.mol.dwr.registry.crossing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;

/**
 * A crossing the registry keeps, with the approval its visa ref names as the registry knows it now.
 *
 * @param crossingId        the border's id of the crossing
 * @param workerId          the worker who crossed
 * @param visaRef           the MoI approval number the traveller entered on; null when the border gave none
 * @param approvalRequestNo the request of that approval, when the registry knew it as the crossing arrived
 * @param approval          that approval now, looked up by number; empty while MoI's decision is not known
 * @param eventId           the registry's event id of the message that reported the crossing
 */
public record CrossingOnRecord(UUID crossingId, CrossingPoint crossingPoint, Direction direction, Instant occurredAt,
                               String mrzLine1, String mrzLine2, long workerId, ApprovalNo visaRef,
                               String approvalRequestNo, Optional<ApprovalOnRecord> approval, UUID eventId) {
}
