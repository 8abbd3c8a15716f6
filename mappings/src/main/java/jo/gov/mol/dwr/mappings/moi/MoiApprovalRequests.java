package jo.gov.mol.dwr.mappings.moi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalRequest;
import jo.gov.mol.dwr.mappings.moi.approvals.ObjectFactory;
import jo.gov.mol.dwr.mappings.moi.approvals.Sex;
import jo.gov.mol.dwr.mappings.moi.approvals.Worker;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;

/** A recruitment request to MoI's {@code ApprovalRequest} (interfaces.md 2): one per RequestId, ever. */
public final class MoiApprovalRequests {
    private static final XmlWriter XML = new XmlWriter(ObjectFactory.class);

    private MoiApprovalRequests() {
    }

    /** The one message id of a request's ApprovalRequest: a retry, or a corrected request, re-sends this id. */
    public static String messageIdFor(RequestId requestId) {
        return UUID.nameUUIDFromBytes(("ApprovalRequest:" + requestId.value()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String toXml(RecruitmentRequested request, Instant sentAt) {
        ApprovalRequest out = new ApprovalRequest();
        out.setMessageId(messageIdFor(request.requestId()));
        out.setSentAt(XmlWriter.dateTime(sentAt));
        out.setRequestId(request.requestId().value());
        out.setOfficeLicenceNo(request.office().value());
        out.setEmployerNationalId(request.employer().nationalId().value());
        Worker worker = new Worker();
        worker.setPassportNo(request.worker().passport().number().value());
        worker.setNationality(request.worker().nationality().value());
        worker.setNameEn(request.worker().nameLatin());
        worker.setDateOfBirth(XmlWriter.date(request.worker().birthDate()));
        worker.setSex(Sex.fromValue(request.worker().sex().name()));
        out.setWorker(worker);
        return XML.write(out);
    }
}
