package jo.gov.mol.dwr.registry.complaint;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

@Component
class ComplaintHandler implements EventHandler<ComplaintRecorded> {
    private final ComplaintRepository complaints;

    ComplaintHandler(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public Class<ComplaintRecorded> eventType() {
        return ComplaintRecorded.class;
    }

    @Override
    public void apply(ComplaintRecorded fact, Provenance provenance) {
        ComplaintTerms terms = ComplaintTerms.of(fact);
        complaints.findByComplaintRef(fact.complaintId().value()).ifPresentOrElse(
                complaint -> complaint.record(terms, provenance),
                () -> complaints.save(Complaint.filed(fact.complaintId(), terms, provenance)));
    }
}
