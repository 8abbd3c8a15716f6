package jo.gov.mol.dwr.mappings.mol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import javax.xml.datatype.XMLGregorianCalendar;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.mappings.mol.events.AbscondingReport;
import jo.gov.mol.dwr.mappings.mol.events.Complaint;
import jo.gov.mol.dwr.mappings.mol.events.EmployerTransfer;
import jo.gov.mol.dwr.mappings.mol.events.OfficeLicence;
import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;
import jo.gov.mol.dwr.mappings.mol.events.WorkPermit;
import jo.gov.mol.dwr.mappings.mol.events.Worker;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.xml.XmlValues;

/**
 * MoL DWS request elements (interfaces.md 1a) to canonical facts, one hop. Reads every field even after a
 * problem, so that the sender hears of all of them; the issuing state of a MoL passport is the nationality.
 */
final class MolEventMapper {
    private final FieldErrors errors;

    MolEventMapper(FieldErrors errors) {
        this.errors = errors;
    }

    /** What every MoL request element starts with. */
    private record Head(String messageId, XMLGregorianCalendar sentAt) {
    }

    String messageId(Object request) {
        Head head = head(request);
        return head == null ? null : head.messageId();
    }

    /** Null without a problem for an element that is not a request: {@link #event} names that problem. */
    Instant sentAt(Object request) {
        Head head = head(request);
        return head == null ? null : errors.present("SentAt", XmlValues.instant(head.sentAt()));
    }

    private static Head head(Object request) {
        if (request instanceof RecruitmentRequest r) {
            return new Head(r.getMessageId(), r.getSentAt());
        } else if (request instanceof WorkPermit r) {
            return new Head(r.getMessageId(), r.getSentAt());
        } else if (request instanceof Complaint r) {
            return new Head(r.getMessageId(), r.getSentAt());
        } else if (request instanceof AbscondingReport r) {
            return new Head(r.getMessageId(), r.getSentAt());
        } else if (request instanceof EmployerTransfer r) {
            return new Head(r.getMessageId(), r.getSentAt());
        } else if (request instanceof OfficeLicence r) {
            return new Head(r.getMessageId(), r.getSentAt());
        }
        return null;
    }

    /** The fact, or null when a problem was recorded. */
    CanonicalEvent event(Object request) {
        if (request instanceof RecruitmentRequest r) {
            return recruitment(r);
        } else if (request instanceof WorkPermit r) {
            return permit(r);
        } else if (request instanceof Complaint r) {
            return complaint(r);
        } else if (request instanceof AbscondingReport r) {
            return absconding(r);
        } else if (request instanceof EmployerTransfer r) {
            return transfer(r);
        } else if (request instanceof OfficeLicence r) {
            return licence(r);
        }
        errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a MoL DWS request element");
        return null;
    }

    private RecruitmentRequested recruitment(RecruitmentRequest r) {
        RequestId requestId = errors.required("RequestId", r.getRequestId(), RequestId::of);
        LicenceNo office = errors.required("OfficeLicenceNo", r.getOfficeLicenceNo(), LicenceNo::of);
        Employer employer = null;
        if (errors.present("Employer", r.getEmployer()) != null) {
            NationalId id = errors.required("Employer/NationalId", r.getEmployer().getNationalId(), NationalId::of);
            String name = errors.required("Employer/Name", r.getEmployer().getName(), Function.identity());
            String governorate = errors.required("Employer/Governorate", r.getEmployer().getGovernorate(), Function.identity());
            employer = id == null ? null : new Employer(id, name, governorate);
        }
        WorkerIdentity worker = errors.present("Worker", r.getWorker()) == null ? null : worker(r.getWorker());
        Occupation occupation = errors.present("Occupation", r.getOccupation()) == null ? null
                : Occupation.valueOf(r.getOccupation().value());
        Money salary = null;
        Integer duration = null;
        if (errors.present("Contract", r.getContract()) != null) {
            var s = r.getContract().getMonthlySalary();
            if (errors.present("Contract/MonthlySalary", s) != null) {
                BigDecimal amount = errors.present("Contract/MonthlySalary", s.getValue());
                Currency currency = errors.present("Contract/MonthlySalary/@currency", s.getCurrency()) == null ? null
                        : Currency.valueOf(s.getCurrency().value());
                salary = amount == null || currency == null ? null : new Money(amount, currency);
            }
            duration = errors.present("Contract/DurationMonths", r.getContract().getDurationMonths());
        }
        Instant requestedAt = errors.present("RequestedAt", XmlValues.instant(r.getRequestedAt()));
        if (worker != null && worker.birthDate() != null && requestedAt != null
                && !worker.birthDate().isBefore(LocalDate.ofInstant(requestedAt, CanonicalEvent.AMMAN))) {
            errors.add("Worker/DateOfBirth", ErrorCode.INCONSISTENT_VALUES, "the date of birth is not before RequestedAt");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new RecruitmentRequested(requestId, office, employer, worker, occupation, salary, duration, requestedAt);
    }

    private WorkerIdentity worker(Worker w) {
        PassportNo passportNo = errors.required("Worker/PassportNo", w.getPassportNo(), PassportNo::of);
        CountryCode nationality = errors.required("Worker/Nationality", w.getNationality(), CountryCode::of);
        String nameEn = errors.required("Worker/NameEn", w.getNameEn(), String::strip);
        String nameAr = errors.required("Worker/NameAr", w.getNameAr(), String::strip);
        LocalDate birth = errors.present("Worker/DateOfBirth", XmlValues.date(w.getDateOfBirth()));
        Sex sex = errors.present("Worker/Sex", w.getSex()) == null ? null : Sex.valueOf(w.getSex().value());
        if (passportNo == null || nationality == null) {
            return null;
        }
        return new WorkerIdentity(new PassportRef(nationality, passportNo), nationality, nameEn, nameAr, birth, sex);
    }

    private WorkPermitIssued permit(WorkPermit r) {
        PermitNo permitNo = errors.required("PermitNo", r.getPermitNo(), PermitNo::of);
        RequestId requestId = errors.optional("RequestId", r.getRequestId(), RequestId::of);
        PassportRef passport = passport(r.getPassportNo(), r.getNationality());
        NationalId employer = errors.required("EmployerNationalId", r.getEmployerNationalId(), NationalId::of);
        LocalDate issuedOn = errors.present("IssuedOn", XmlValues.date(r.getIssuedOn()));
        LocalDate expiresOn = errors.present("ExpiresOn", XmlValues.date(r.getExpiresOn()));
        if (issuedOn != null && expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            errors.add("ExpiresOn", ErrorCode.INCONSISTENT_VALUES, "ExpiresOn " + expiresOn + " is not after IssuedOn " + issuedOn);
        }
        return errors.isEmpty() ? new WorkPermitIssued(permitNo, requestId, passport, employer, issuedOn, expiresOn) : null;
    }

    private ComplaintRecorded complaint(Complaint r) {
        Reference id = errors.required("ComplaintId", r.getComplaintId(), Reference::of);
        LocalDate filedOn = errors.present("FiledOn", XmlValues.date(r.getFiledOn()));
        Complainant filedBy = errors.present("FiledBy", r.getFiledBy()) == null ? null : Complainant.valueOf(r.getFiledBy().value());
        PassportRef passport = passport(r.getPassportNo(), r.getNationality());
        LicenceNo office = errors.optional("OfficeLicenceNo", r.getOfficeLicenceNo(), LicenceNo::of);
        NationalId employer = errors.optional("EmployerNationalId", r.getEmployerNationalId(), NationalId::of);
        ComplaintCategory category = errors.present("Category", r.getCategory()) == null ? null
                : ComplaintCategory.valueOf(r.getCategory().value());
        ComplaintStatus status = errors.present("Status", r.getStatus()) == null ? null : ComplaintStatus.valueOf(r.getStatus().value());
        return errors.isEmpty()
                ? new ComplaintRecorded(id, filedOn, filedBy, passport, office, employer, category, status) : null;
    }

    private AbscondingReported absconding(AbscondingReport r) {
        Reference id = errors.required("ReportId", r.getReportId(), Reference::of);
        NationalId employer = errors.required("EmployerNationalId", r.getEmployerNationalId(), NationalId::of);
        PassportRef passport = passport(r.getPassportNo(), r.getNationality());
        LocalDate lastSeen = errors.present("LastSeenOn", XmlValues.date(r.getLastSeenOn()));
        LocalDate reported = errors.present("ReportedOn", XmlValues.date(r.getReportedOn()));
        if (lastSeen != null && reported != null && lastSeen.isAfter(reported)) {
            errors.add("LastSeenOn", ErrorCode.INCONSISTENT_VALUES, "LastSeenOn " + lastSeen + " is after ReportedOn " + reported);
        }
        return errors.isEmpty() ? new AbscondingReported(id, employer, passport, lastSeen, reported) : null;
    }

    private WorkerTransferred transfer(EmployerTransfer r) {
        Reference id = errors.required("TransferId", r.getTransferId(), Reference::of);
        PassportRef passport = passport(r.getPassportNo(), r.getNationality());
        NationalId from = errors.required("FromEmployerNationalId", r.getFromEmployerNationalId(), NationalId::of);
        NationalId to = errors.required("ToEmployerNationalId", r.getToEmployerNationalId(), NationalId::of);
        LicenceNo office = errors.optional("OfficeLicenceNo", r.getOfficeLicenceNo(), LicenceNo::of);
        LocalDate effective = errors.present("EffectiveOn", XmlValues.date(r.getEffectiveOn()));
        if (from != null && from.equals(to)) {
            errors.add("ToEmployerNationalId", ErrorCode.INCONSISTENT_VALUES, "a transfer needs two different employers");
        }
        return errors.isEmpty() ? new WorkerTransferred(id, passport, from, to, office, effective) : null;
    }

    private OfficeLicenceRecorded licence(OfficeLicence r) {
        LicenceNo licenceNo = errors.required("LicenceNo", r.getLicenceNo(), LicenceNo::of);
        String nameEn = errors.required("NameEn", r.getNameEn(), String::strip);
        String nameAr = errors.required("NameAr", r.getNameAr(), String::strip);
        String governorate = errors.required("Governorate", r.getGovernorate(), String::strip);
        LicenceStatus status = errors.present("Status", r.getStatus()) == null ? null : LicenceStatus.valueOf(r.getStatus().value());
        LocalDate from = errors.present("ValidFrom", XmlValues.date(r.getValidFrom()));
        LocalDate until = errors.present("ValidUntil", XmlValues.date(r.getValidUntil()));
        Integer quota = null;
        if (errors.present("AnnualQuota", r.getAnnualQuota()) != null) {
            if (r.getAnnualQuota().bitLength() > 31) {
                errors.add("AnnualQuota", ErrorCode.OUT_OF_RANGE, "AnnualQuota " + r.getAnnualQuota() + " is too large");
            } else {
                quota = r.getAnnualQuota().intValueExact();
            }
        }
        if (from != null && until != null && until.isBefore(from)) {
            errors.add("ValidUntil", ErrorCode.INCONSISTENT_VALUES, "ValidUntil " + until + " is before ValidFrom " + from);
        }
        return errors.isEmpty()
                ? new OfficeLicenceRecorded(licenceNo, nameEn, nameAr, governorate, status, from, until, quota) : null;
    }

    /** A MoL record names a person by passport; the issuing state is taken to be the nationality (interfaces.md). */
    private PassportRef passport(String passportNo, String nationality) {
        PassportNo number = errors.required("PassportNo", passportNo, PassportNo::of);
        CountryCode state = errors.required("Nationality", nationality, CountryCode::of);
        return number == null || state == null ? null : new PassportRef(state, number);
    }
}
