package jo.gov.mol.dwr.registry.crossing;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.registry.approval.Approvals;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.linkage.PersonRecord;
import jo.gov.mol.dwr.registry.person.PersonLinker;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * A crossing is kept once against the worker (passport identity) who holds the traveller's passport, created from
 * the passport's zone when none does, and the zone is linked to a registry person (interfaces.md 3: every crossing
 * is linked to a registry person, created if none matches), with its visa ref and the request that approval was
 * granted for as evidence. Records that waited for a worker by that passport join the new worker at query time, as
 * they do when a recruitment request creates one. The approval its visa ref names is linked when known, and
 * otherwise found by number when asked.
 * <p>
 * The intake applies each event id once, and the real-time message and the nightly-file row of one crossing share
 * the border's event id, hence the hub's message id: a crossing redelivered or reported by both channels is one row.
 * The unique {@code crossing_id} is the backstop.
 * <p>
 * A traveller the registry holds as a domestic worker is announced to MoL and their embassy ({@link CrossingNotices}).
 */
@Component
class CrossingHandler implements EventHandler<BorderCrossed> {
    private final CrossingRepository crossings;
    private final Workers workers;
    private final PersonLinker persons;
    private final Approvals approvals;
    private final CrossingNotices notices;

    CrossingHandler(CrossingRepository crossings, Workers workers, PersonLinker persons, Approvals approvals,
                    CrossingNotices notices) {
        this.crossings = crossings;
        this.workers = workers;
        this.persons = persons;
        this.approvals = approvals;
        this.notices = notices;
    }

    @Override
    public Class<BorderCrossed> eventType() {
        return BorderCrossed.class;
    }

    @Override
    public void apply(BorderCrossed fact, Provenance provenance) {
        long workerId = workers.holderOf(fact.traveller(), provenance);
        String approvalRequestNo = fact.visaRef() == null ? null : approvals.byApprovalNo(fact.visaRef())
                .map(ApprovalOnRecord::grant).map(grant -> grant.requestId().value()).orElse(null);
        persons.link(RecordKind.BORDER_CROSSING, fact.eventId().toString(), PersonRecord.of(fact.traveller(),
                fact.visaRef() == null ? null : fact.visaRef().value(), approvalRequestNo), workerId, provenance);
        Crossing crossing = crossings.save(Crossing.of(fact, workerId, approvalRequestNo, provenance));
        notices.crossed(crossing, provenance.eventId());
    }
}
