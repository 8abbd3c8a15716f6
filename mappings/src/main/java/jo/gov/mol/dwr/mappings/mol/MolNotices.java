package jo.gov.mol.dwr.mappings.mol;

import java.time.Instant;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.AttestationNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.OfficeClassificationNoticeDue;
import jo.gov.mol.dwr.mappings.mol.notices.ApprovalDecisionNotice;
import jo.gov.mol.dwr.mappings.mol.notices.AttestationNotice;
import jo.gov.mol.dwr.mappings.mol.notices.AttestationStatus;
import jo.gov.mol.dwr.mappings.mol.notices.Crossing;
import jo.gov.mol.dwr.mappings.mol.notices.CrossingPoint;
import jo.gov.mol.dwr.mappings.mol.notices.Decision;
import jo.gov.mol.dwr.mappings.mol.notices.ObjectFactory;
import jo.gov.mol.dwr.mappings.mol.notices.OfficeClass;
import jo.gov.mol.dwr.mappings.mol.notices.OfficeClassificationNotice;
import jo.gov.mol.dwr.mappings.mol.notices.ReasonCode;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;

/** Notices due to MoL, as the elements of its notices service (interfaces.md 1b). */
public final class MolNotices {
    public static final String NAMESPACE = "urn:jo:gov:mol:dws:notify:1";
    public static final String WSDL = "mol/dws-notify.wsdl";

    private static final XmlWriter XML = new XmlWriter(ObjectFactory.class);
    private static final ObjectFactory ELEMENTS = new ObjectFactory();

    private MolNotices() {
    }

    /** Whether the notice is one for MoL (a crossing notice may be for an embassy instead). */
    public static boolean isFor(NoticeDue notice) {
        return notice instanceof ApprovalDecisionNoticeDue || notice instanceof AttestationNoticeDue
                || notice instanceof OfficeClassificationNoticeDue || notice instanceof CrossingNoticeDue crossing && crossing.receiver() == NoticeReceiver.MOL;
    }

    /** The notice's element name, which is also its operation. */
    public static String operation(NoticeDue notice) {
        requireFor(notice);
        if (notice instanceof CrossingNoticeDue crossing) {
            return crossing.direction() == Direction.ENTRY ? "ArrivalNotice" : "DepartureNotice";
        }
        if (notice instanceof OfficeClassificationNoticeDue) {
            return "OfficeClassificationNotice";
        }
        return notice instanceof AttestationNoticeDue ? "AttestationNotice" : "ApprovalDecisionNotice";
    }

    public static String toXml(NoticeDue notice, Instant sentAt) {
        requireFor(notice);
        if (notice instanceof CrossingNoticeDue due) {
            Crossing crossing = crossing(due, sentAt);
            return XML.write(due.direction() == Direction.ENTRY ? ELEMENTS.createArrivalNotice(crossing)
                    : ELEMENTS.createDepartureNotice(crossing));
        }
        if (notice instanceof AttestationNoticeDue due) {
            return XML.write(attestation(due, sentAt));
        }
        if (notice instanceof OfficeClassificationNoticeDue due) {
            return XML.write(classification(due, sentAt));
        }
        return XML.write(approval((ApprovalDecisionNoticeDue) notice, sentAt));
    }

    private static AttestationNotice attestation(AttestationNoticeDue due, Instant sentAt) {
        AttestationNotice out = new AttestationNotice();
        out.setMessageId(due.noticeId().toString());
        out.setSentAt(XmlWriter.dateTime(sentAt));
        out.setPassportNo(due.passportNo().value());
        out.setNationality(due.nationality().value());
        out.setEmbassy(due.embassy().value());
        out.setStatus(AttestationStatus.fromValue(due.status().name()));
        out.setReference(due.attestationRef().value());
        return out;
    }

    private static OfficeClassificationNotice classification(OfficeClassificationNoticeDue due, Instant sentAt) {
        OfficeClassificationNotice out = new OfficeClassificationNotice();
        out.setMessageId(due.noticeId().toString());
        out.setSentAt(XmlWriter.dateTime(sentAt));
        out.setLicenceNo(due.licenceNo().value());
        out.setClazz(OfficeClass.fromValue(due.officeClass().name()));
        out.setPeriod(due.period());
        out.setEffectiveOn(XmlWriter.date(due.effectiveOn()));
        return out;
    }

    private static ApprovalDecisionNotice approval(ApprovalDecisionNoticeDue due, Instant sentAt) {
        ApprovalDecisionNotice out = new ApprovalDecisionNotice();
        out.setMessageId(due.noticeId().toString());
        out.setSentAt(XmlWriter.dateTime(sentAt));
        out.setRequestId(due.requestId().value());
        out.setDecision(Decision.fromValue(due.decision().name()));
        out.setApprovalNo(due.approvalNo() == null ? null : due.approvalNo().value());
        out.setReasonCode(due.reason() == null ? null : ReasonCode.fromValue(due.reason().name()));
        out.setValidUntil(XmlWriter.date(due.validUntil()));
        return out;
    }

    private static Crossing crossing(CrossingNoticeDue due, Instant sentAt) {
        Crossing out = new Crossing();
        out.setMessageId(due.noticeId().toString());
        out.setSentAt(XmlWriter.dateTime(sentAt));
        out.setPassportNo(due.passportNo().value());
        out.setNationality(due.nationality().value());
        out.setCrossingPoint(CrossingPoint.fromValue(due.crossingPoint().name()));
        out.setOccurredAt(XmlWriter.dateTime(due.occurredAt()));
        out.setRequestId(due.requestId() == null ? null : due.requestId().value());
        return out;
    }

    private static void requireFor(NoticeDue notice) {
        if (!isFor(notice)) {
            throw new IllegalArgumentException("not a notice for MoL: " + notice.getClass().getSimpleName() + " "
                    + notice.noticeId());
        }
    }
}
