package jo.gov.mol.dwr.registry.crossing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.approval.Approvals;

/**
 * The crossings the registry keeps. A crossing whose approval was not known as it arrived keeps its visa ref, and
 * the approval is looked up by that number whenever the crossing is read, so a decision that arrives later links.
 */
@Component
public class Crossings {
    private final CrossingRepository crossings;
    private final Approvals approvals;

    Crossings(CrossingRepository crossings, Approvals approvals) {
        this.crossings = crossings;
        this.approvals = approvals;
    }

    /** The crossing the border reported under this event id. */
    @Transactional(readOnly = true)
    public Optional<CrossingOnRecord> byCrossingId(UUID crossingId) {
        return crossings.findByCrossingId(crossingId).map(this::onRecord);
    }

    /** The crossings of a worker, earliest first. */
    @Transactional(readOnly = true)
    public List<CrossingOnRecord> ofWorker(long workerId) {
        return crossings.findByWorkerIdOrderByOccurredAtAscIdAsc(workerId).stream().map(this::onRecord).toList();
    }

    /** The source messages of the crossings made on an approval (their VisaRef names it). */
    @Transactional(readOnly = true)
    public List<UUID> eventsOnApproval(ApprovalNo approvalNo) {
        return crossings.findByVisaRef(approvalNo.value()).stream().map(crossing -> crossing.source().eventId()).toList();
    }

    private CrossingOnRecord onRecord(Crossing crossing) {
        ApprovalNo visaRef = crossing.visaRef() == null ? null : ApprovalNo.of(crossing.visaRef());
        Optional<ApprovalOnRecord> approval = visaRef == null ? Optional.empty() : approvals.byApprovalNo(visaRef);
        return new CrossingOnRecord(crossing.crossingId(), crossing.crossingPoint(), crossing.direction(),
                crossing.occurredAt(), crossing.mrzLine1(), crossing.mrzLine2(), crossing.workerId(), visaRef,
                crossing.approvalRequestNo(), approval, crossing.source().eventId());
    }
}
