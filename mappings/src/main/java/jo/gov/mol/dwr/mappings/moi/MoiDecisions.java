package jo.gov.mol.dwr.mappings.moi;

import java.time.Instant;
import java.time.LocalDate;

import org.w3c.dom.Element;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalDecision;
import jo.gov.mol.dwr.mappings.moi.approvals.ObjectFactory;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.xml.XmlContract;
import jo.gov.mol.dwr.mappings.xml.XmlValues;

/**
 * The MoI decisions contract (interfaces.md 2): reads one {@code ApprovalDecision} into the canonical decision,
 * or throws every problem found. An approval carries its number and validity and no reason; a rejection a reason
 * and no approval number.
 */
public final class MoiDecisions {
    public static final String NAMESPACE = "urn:jo:gov:moi:approvals:1";
    public static final String XSD = "moi/approvals.xsd";
    public static final String WSDL = "moi/decisions.wsdl";

    private static final XmlContract CONTRACT = new XmlContract(XSD, ObjectFactory.class);

    private MoiDecisions() {
    }

    /**
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with one error per problem
     */
    public static MoiMessage read(Element request) {
        FieldErrors errors = new FieldErrors();
        if (!NAMESPACE.equals(request.getNamespaceURI()) || !"ApprovalDecision".equals(request.getLocalName())) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a MoI ApprovalDecision: {" + request.getNamespaceURI() + "}" + request.getLocalName());
            errors.throwIfAny();
        }
        XmlContract.Reading reading = CONTRACT.read(request);
        errors.addAll(reading.errors());
        if (!(reading.message() instanceof ApprovalDecision)) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a MoI ApprovalDecision");
            errors.throwIfAny();
        }
        ApprovalDecision d = (ApprovalDecision) reading.message();
        Instant sentAt = errors.present("SentAt", XmlValues.instant(d.getSentAt()));
        Reference caseRef = errors.required("CaseRef", d.getCaseRef(), Reference::of);
        RequestId requestId = errors.required("RequestId", d.getRequestId(), RequestId::of);
        Decision decision = errors.present("Decision", d.getDecision()) == null ? null : Decision.valueOf(d.getDecision().value());
        ApprovalNo approvalNo = errors.optional("ApprovalNo", d.getApprovalNo(), ApprovalNo::of);
        LocalDate validUntil = XmlValues.date(d.getValidUntil());
        RejectionReason reason = d.getReasonCode() == null ? null : RejectionReason.valueOf(d.getReasonCode().value());
        Instant decidedAt = errors.present("DecidedAt", XmlValues.instant(d.getDecidedAt()));
        if (decision == Decision.APPROVED) {
            requireFor(errors, "ApprovalNo", d.getApprovalNo(), "an approval");
            requireFor(errors, "ValidUntil", d.getValidUntil(), "an approval");
            forbidFor(errors, "ReasonCode", d.getReasonCode(), "an approval");
        } else if (decision == Decision.REJECTED) {
            requireFor(errors, "ReasonCode", d.getReasonCode(), "a rejection");
            forbidFor(errors, "ApprovalNo", d.getApprovalNo(), "a rejection");
        }
        errors.throwIfAny();
        return new MoiMessage(d.getMessageId(), sentAt,
                new ApprovalDecided(caseRef, requestId, decision, approvalNo, validUntil, reason, decidedAt));
    }

    private static void requireFor(FieldErrors errors, String field, Object value, String what) {
        if (value == null) {
            errors.add(field, ErrorCode.REQUIRED, field + " is required for " + what);
        }
    }

    private static void forbidFor(FieldErrors errors, String field, Object value, String what) {
        if (value != null) {
            errors.add(field, ErrorCode.INCONSISTENT_VALUES, field + " must be absent for " + what);
        }
    }
}
