package jo.gov.mol.dwr.sandbox.moi;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import jakarta.jws.WebService;

import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalReceipt;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalRequest;
import jo.gov.mol.dwr.mappings.moi.approvals.MoiApprovalsPortType;

/**
 * MoI's {@code ApprovalRequest} service, as the hub sees it (the published {@code moi/approvals.wsdl}, SOAP 1.1,
 * requests validated against the schema). A refused request gets a {@code Client} fault whose detail is a
 * {@code ValidationError}, as the contract declares.
 */
@WebService(endpointInterface = "jo.gov.mol.dwr.mappings.moi.approvals.MoiApprovalsPortType",
        targetNamespace = MoiApprovalEndpoint.NAMESPACE, serviceName = "MoiApprovalsService", portName = "MoiApprovalsPort",
        wsdlLocation = "moi/approvals.wsdl")
class MoiApprovalEndpoint implements MoiApprovalsPortType {
    static final String NAMESPACE = "urn:jo:gov:moi:approvals:1";

    private final MoiSimulator moi;

    MoiApprovalEndpoint(MoiSimulator moi) {
        this.moi = moi;
    }

    @Override
    public ApprovalReceipt approvalRequest(ApprovalRequest request) {
        String reason = moi.refusalFor(request.getRequestId()).orElse(null);
        if (reason != null) {
            throw clientFault("RequestId", reason, "request_not_acceptable");
        }
        return moi.receive(request);
    }

    /** A SOAP 1.1 {@code Client} fault whose detail is the contract's {@code ValidationError}. */
    private static SoapFault clientFault(String field, String reason, String code) {
        SoapFault fault = new SoapFault(field + ": " + reason, Soap11.getInstance().getSender());
        Element detail = fault.getOrCreateDetail();
        Document document = detail.getOwnerDocument();
        Element error = document.createElementNS(NAMESPACE, "moi:ValidationError");
        for (String[] child : new String[][] {{"Field", field}, {"Reason", reason}, {"Code", code}}) {
            Element element = document.createElementNS(NAMESPACE, "moi:" + child[0]);
            element.setTextContent(child[1]);
            error.appendChild(element);
        }
        detail.appendChild(error);
        return fault;
    }
}
