package jo.gov.mol.dwr.registry.complaint;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.NationalId;

/** The complaints MoL recorded, as they stand now. */
@Component
public class Complaints {
    private final ComplaintRepository complaints;

    Complaints(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    /** The complaints against an employer whose current status is this one, of these categories, oldest filed first. */
    @Transactional(readOnly = true)
    public List<ComplaintOnRecord> against(NationalId employer, ComplaintStatus status,
                                           Collection<ComplaintCategory> categories) {
        return categories.isEmpty() ? List.of()
                : complaints.findCurrent(employer.value(), status, categories).stream().map(Complaint::onRecord).toList();
    }
}
