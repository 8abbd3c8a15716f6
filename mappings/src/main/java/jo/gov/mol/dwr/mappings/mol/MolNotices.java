package jo.gov.mol.dwr.mappings.mol;

import java.time.Instant;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;
import jo.gov.mol.dwr.mappings.mol.notices.ApprovalDecisionNotice;
import jo.gov.mol.dwr.mappings.mol.notices.Decision;
import jo.gov.mol.dwr.mappings.mol.notices.ObjectFactory;
import jo.gov.mol.dwr.mappings.mol.notices.ReasonCode;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;

/** Notices due to MoL, as the elements of its notices service (interfaces.md 1b). */
public final class MolNotices {
    public static final String NAMESPACE = "urn:jo:gov:mol:dws:notify:1";
    public static final String WSDL = "mol/dws-notify.wsdl";

    private static final XmlWriter XML = new XmlWriter(ObjectFactory.class);

    private MolNotices() {
    }

    /** The notice's element name, which is also its operation. */
    public static String operation(NoticeDue notice) {
        if (notice instanceof ApprovalDecisionNoticeDue) {
            return "ApprovalDecisionNotice";
        }
        throw new IllegalArgumentException("not a notice for MoL: " + notice.getClass().getSimpleName());
    }

    public static String toXml(NoticeDue notice, Instant sentAt) {
        if (notice instanceof ApprovalDecisionNoticeDue due) {
            ApprovalDecisionNotice out = new ApprovalDecisionNotice();
            out.setMessageId(due.noticeId().toString());
            out.setSentAt(XmlWriter.dateTime(sentAt));
            out.setRequestId(due.requestId().value());
            out.setDecision(Decision.fromValue(due.decision().name()));
            out.setApprovalNo(due.approvalNo() == null ? null : due.approvalNo().value());
            out.setReasonCode(due.reason() == null ? null : ReasonCode.fromValue(due.reason().name()));
            out.setValidUntil(XmlWriter.date(due.validUntil()));
            return XML.write(out);
        }
        throw new IllegalArgumentException("not a notice for MoL: " + notice.getClass().getSimpleName());
    }
}
