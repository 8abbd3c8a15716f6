package jo.gov.mol.dwr.sandbox.nation;

import java.math.BigInteger;
import java.time.Instant;

import jo.gov.mol.dwr.mappings.mol.events.AbscondingReport;
import jo.gov.mol.dwr.mappings.mol.events.Complaint;
import jo.gov.mol.dwr.mappings.mol.events.ComplaintCategory;
import jo.gov.mol.dwr.mappings.mol.events.ComplaintStatus;
import jo.gov.mol.dwr.mappings.mol.events.Contract;
import jo.gov.mol.dwr.mappings.mol.events.Currency;
import jo.gov.mol.dwr.mappings.mol.events.EmployerTransfer;
import jo.gov.mol.dwr.mappings.mol.events.FiledBy;
import jo.gov.mol.dwr.mappings.mol.events.LicenceStatus;
import jo.gov.mol.dwr.mappings.mol.events.Occupation;
import jo.gov.mol.dwr.mappings.mol.events.OfficeLicence;
import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;
import jo.gov.mol.dwr.mappings.mol.events.Salary;
import jo.gov.mol.dwr.mappings.mol.events.Sex;
import jo.gov.mol.dwr.mappings.mol.events.Worker;
import jo.gov.mol.dwr.mappings.mol.events.WorkPermit;
import jo.gov.mol.dwr.mappings.xml.XmlWriter;

/**
 * The nation's MoL facts as the requests of MoL's events channel (interfaces.md 1a), ready for the JAX-WS client.
 * {@code SentAt} is a few minutes after the business time, as a clerk's system sends it.
 */
final class MolMessages {
    private static final long SENT_AFTER_SECONDS = 90;

    private MolMessages() {
    }

    static OfficeLicence licence(Office office, String messageId, Instant sentAt) {
        OfficeLicence licence = new OfficeLicence();
        licence.setMessageId(messageId);
        licence.setSentAt(XmlWriter.dateTime(sentAt));
        licence.setLicenceNo(office.licenceNo());
        licence.setNameEn(office.name().en());
        licence.setNameAr(office.name().ar());
        licence.setGovernorate(office.governorate());
        licence.setStatus(LicenceStatus.fromValue(office.status().name()));
        licence.setValidFrom(XmlWriter.date(office.validFrom()));
        licence.setValidUntil(XmlWriter.date(office.validUntil()));
        licence.setAnnualQuota(BigInteger.valueOf(office.annualQuota()));
        return licence;
    }

    static RecruitmentRequest request(Journey journey, Step.Requested step) {
        RecruitmentRequest request = new RecruitmentRequest();
        request.setMessageId(step.recordId());
        request.setSentAt(sentAt(step));
        request.setRequestId(step.requestId());
        request.setOfficeLicenceNo(step.officeLicenceNo());
        jo.gov.mol.dwr.mappings.mol.events.Employer employer = new jo.gov.mol.dwr.mappings.mol.events.Employer();
        employer.setNationalId(step.employer().nationalId());
        employer.setName(step.employer().name());
        employer.setGovernorate(step.employer().governorate());
        request.setEmployer(employer);
        Worker worker = new Worker();
        Person person = journey.person();
        worker.setPassportNo(step.passportNo());
        worker.setNationality(person.nationality());
        worker.setNameEn(step.nameEn());
        worker.setNameAr(step.nameAr());
        worker.setDateOfBirth(XmlWriter.date(person.birthDate()));
        worker.setSex(Sex.fromValue(person.sex()));
        request.setWorker(worker);
        request.setOccupation(Occupation.fromValue(step.occupation().name()));
        Salary salary = new Salary();
        salary.setCurrency(Currency.fromValue(step.currency()));
        salary.setValue(step.salary());
        Contract contract = new Contract();
        contract.setMonthlySalary(salary);
        contract.setDurationMonths(step.durationMonths());
        request.setContract(contract);
        request.setRequestedAt(XmlWriter.dateTime(step.at()));
        return request;
    }

    static WorkPermit permit(Journey journey, Step.PermitIssued step) {
        WorkPermit permit = new WorkPermit();
        permit.setMessageId(step.recordId());
        permit.setSentAt(sentAt(step));
        permit.setPermitNo(step.permitNo());
        permit.setRequestId(step.requestId());
        permit.setPassportNo(step.passportNo());
        permit.setNationality(journey.person().nationality());
        permit.setEmployerNationalId(step.employerId());
        permit.setIssuedOn(XmlWriter.date(step.date()));
        permit.setExpiresOn(XmlWriter.date(step.expiresOn()));
        return permit;
    }

    static EmployerTransfer transfer(Journey journey, Step.Transferred step) {
        EmployerTransfer transfer = new EmployerTransfer();
        transfer.setMessageId(step.recordId());
        transfer.setSentAt(sentAt(step));
        transfer.setTransferId(step.transferId());
        transfer.setPassportNo(step.passportNo());
        transfer.setNationality(journey.person().nationality());
        transfer.setFromEmployerNationalId(step.fromEmployerId());
        transfer.setToEmployerNationalId(step.toEmployerId());
        transfer.setOfficeLicenceNo(step.officeLicenceNo());
        transfer.setEffectiveOn(XmlWriter.date(step.date()));
        return transfer;
    }

    static Complaint complaint(Journey journey, Step.Complained step) {
        Complaint complaint = new Complaint();
        complaint.setMessageId(step.recordId());
        complaint.setSentAt(sentAt(step));
        complaint.setComplaintId(step.complaintId());
        complaint.setFiledOn(XmlWriter.date(step.filedOn()));
        complaint.setFiledBy(FiledBy.fromValue(step.filedBy().name()));
        complaint.setPassportNo(step.passportNo());
        complaint.setNationality(journey.person().nationality());
        complaint.setOfficeLicenceNo(step.officeLicenceNo());
        complaint.setEmployerNationalId(step.employerId());
        complaint.setCategory(ComplaintCategory.fromValue(step.category().name()));
        complaint.setStatus(ComplaintStatus.fromValue(step.status().name()));
        return complaint;
    }

    static AbscondingReport absconding(Journey journey, Step.Absconded step) {
        AbscondingReport report = new AbscondingReport();
        report.setMessageId(step.recordId());
        report.setSentAt(sentAt(step));
        report.setReportId(step.reportId());
        report.setEmployerNationalId(step.employerId());
        report.setPassportNo(step.passportNo());
        report.setNationality(journey.person().nationality());
        report.setLastSeenOn(XmlWriter.date(step.lastSeenOn()));
        report.setReportedOn(XmlWriter.date(step.date()));
        return report;
    }

    private static javax.xml.datatype.XMLGregorianCalendar sentAt(Step step) {
        return XmlWriter.dateTime(step.at().plusSeconds(SENT_AFTER_SECONDS));
    }
}
