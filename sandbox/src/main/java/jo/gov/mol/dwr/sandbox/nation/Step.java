package jo.gov.mol.dwr.sandbox.nation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.sandbox.border.Passport;

/**
 * One thing that happens on a worker's journey, as the system that records it will send it: its business time, the
 * system, and the id the hub will know the message by. Embassy file records have no message id of their own
 * (interfaces.md 4b, 4c): their record id is the embassy's reference.
 */
public sealed interface Step {

    /** The business time of the fact (policy.md, Time): the instant the rules judge it by. */
    Instant at();

    SourceSystem system();

    /** The message id, or for an embassy file record its reference. */
    String recordId();

    /** The passport number the record names; null for MoI's decision, which names the request. */
    String passportNo();

    /** Whether the record links to (or creates) a person, rather than naming a request. */
    default boolean namesAPerson() {
        return true;
    }

    default LocalDate date() {
        return LocalDate.ofInstant(at(), CanonicalEvent.AMMAN);
    }

    /** MoL's recruitment request, the worker's name as its clerk typed it in both scripts. */
    record Requested(Instant at, String recordId, String requestId, String officeLicenceNo, Employer employer,
                     String passportNo, String nameEn, String nameAr, Occupation occupation, BigDecimal salary,
                     String currency, int durationMonths) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOL;
        }
    }

    /** MoI's decision on a request: an approval with its number and last day of entry, or a rejection. */
    record Decided(Instant at, String recordId, String requestId, String approvalNo, LocalDate validUntil,
                   RejectionReason reason) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOI;
        }

        @Override
        public boolean namesAPerson() {
            return false;
        }

        @Override
        public String passportNo() {
            return null;
        }

        public boolean approved() {
            return approvalNo != null;
        }
    }

    /** The worker's embassy attests (or refuses) the contract: the salary as the embassy read it. */
    record Attested(Instant at, SourceSystem system, String recordId, String reference, String passportNo, String officeLicenceNo,
                    String employerId, BigDecimal salary, String currency, AttestationStatus status) implements Step {
    }

    /**
     * A border crossing; the passport as its machine readable zone gives it.
     *
     * @param lost whether the real-time link loses it, so that only the nightly file brings it
     */
    record Crossed(Instant at, String recordId, CrossingPoint point, Direction direction, Passport passport,
                   String visaRef, boolean lost) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.BORDER;
        }

        @Override
        public String passportNo() {
            return passport.number();
        }
    }

    record PermitIssued(Instant at, String recordId, String permitNo, String requestId, String passportNo,
                        String employerId, LocalDate expiresOn) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOL;
        }
    }

    /** A transfer to another employer, through an office only where one arranged it ({@code officeLicenceNo}, or null). */
    record Transferred(Instant at, String recordId, String transferId, String passportNo, String fromEmployerId,
                       String toEmployerId, String officeLicenceNo) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOL;
        }
    }

    /** One version of a complaint: it is sent again, under a new message id, when its status changes. */
    record Complained(Instant at, String recordId, String complaintId, LocalDate filedOn, Complainant filedBy,
                      String passportNo, String officeLicenceNo, String employerId, ComplaintCategory category,
                      ComplaintStatus status) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOL;
        }
    }

    record Absconded(Instant at, String recordId, String reportId, String employerId, String passportNo,
                     LocalDate lastSeenOn) implements Step {
        @Override
        public SourceSystem system() {
            return SourceSystem.MOL;
        }
    }

    record WelfareCase(Instant at, SourceSystem system, String recordId, String reference, String passportNo, String officeLicenceNo,
                       String employerId, WelfareCategory category) implements Step {
    }
}
