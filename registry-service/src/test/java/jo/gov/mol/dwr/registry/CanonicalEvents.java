package jo.gov.mol.dwr.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
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
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.SourceMessage;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.mappings.embassy.EmbassyFileRecord;

/**
 * Canonical events for tests, with fresh random business ids, so that tests also run against a database that
 * keeps the rows of earlier runs. Times are "now", so that a test's versions are the latest of their record.
 */
public final class CanonicalEvents {
    private static final LocalDate TODAY = LocalDate.now(CanonicalEvent.AMMAN);

    private CanonicalEvents() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A MoL message carrying the event, sent at {@code sentAt}, with a new message id. */
    public static InboundEvent fromMol(CanonicalEvent event, Instant sentAt) {
        byte[] raw = ("<dws:Message xmlns:dws=\"urn:jo:gov:mol:dws:1\">" + event.reference() + "</dws:Message>")
                .getBytes(StandardCharsets.UTF_8);
        SourceMessage source = new SourceMessage(SourceSystem.MOL, UUID.randomUUID().toString(), event.reference(),
                random().nextLong(1, Long.MAX_VALUE), "mol-dws", sentAt.plusMillis(250), sentAt, raw,
                EventCodec.sha256(raw));
        return InboundEvent.of(source, event);
    }

    public static InboundEvent fromMol(CanonicalEvent event) {
        return fromMol(event, now());
    }

    /** A MoI message carrying the event, sent at {@code sentAt} and received a quarter second later. */
    public static InboundEvent fromMoi(CanonicalEvent event, Instant sentAt) {
        byte[] raw = ("<apr:ApprovalDecision xmlns:apr=\"urn:jo:gov:moi:approvals:1\">" + event.reference()
                + "</apr:ApprovalDecision>").getBytes(StandardCharsets.UTF_8);
        SourceMessage source = new SourceMessage(SourceSystem.MOI, UUID.randomUUID().toString(), event.reference(),
                random().nextLong(1, Long.MAX_VALUE), "moi", sentAt.plusMillis(250), sentAt, raw,
                EventCodec.sha256(raw));
        return InboundEvent.of(source, event);
    }

    public static InboundEvent fromMoi(CanonicalEvent event) {
        return fromMoi(event, now());
    }

    /**
     * The border's real-time message reporting the crossing, received at {@code receivedAt}: its message id is the
     * crossing's event id, as is the nightly-file row's ({@link #fromBorderFile}), so both carry one event id.
     */
    public static InboundEvent fromBorder(BorderCrossed crossing, Instant receivedAt) {
        return fromBorder(crossing, receivedAt, "<Crossing xmlns=\"urn:jo:gov:psd:border:1\"><EventId>"
                + crossing.eventId() + "</EventId></Crossing>");
    }

    public static InboundEvent fromBorder(BorderCrossed crossing) {
        return fromBorder(crossing, now());
    }

    /** The nightly file's row of the crossing, read hours after its real-time twin. */
    public static InboundEvent fromBorderFile(BorderCrossed crossing, Instant receivedAt) {
        return fromBorder(crossing, receivedAt, crossing.eventId() + "," + crossing.crossingPoint() + ","
                + crossing.direction() + ",...," + crossing.mrzLine1() + "," + crossing.mrzLine2() + ",");
    }

    private static InboundEvent fromBorder(BorderCrossed crossing, Instant receivedAt, String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        SourceMessage source = new SourceMessage(SourceSystem.BORDER, crossing.eventId().toString(),
                crossing.reference(), random().nextLong(1, Long.MAX_VALUE), "border", receivedAt, null, raw,
                EventCodec.sha256(raw));
        return InboundEvent.of(source, crossing);
    }

    /**
     * The PHL embassy's event carrying the record, received at {@code receivedAt}, with a new event id: the hub gives
     * the record's {@code occurredAt} as the message's sent time.
     */
    public static InboundEvent fromPhl(CanonicalEvent record, Instant receivedAt) {
        String eventId = UUID.randomUUID().toString();
        byte[] raw = ("{\"eventId\":\"" + eventId + "\",\"reference\":\"" + record.reference() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return fromEmbassy(SourceSystem.EMBASSY_PHL, eventId, record, record.businessTime(), receivedAt, raw);
    }

    /**
     * A record of an embassy's file (LKA XML, or CSV), read at {@code receivedAt}: its message id is its reference
     * with its content's fingerprint, and its arrival stands for its sent time, as the hub gives it.
     */
    public static InboundEvent fromEmbassyFile(CountryCode embassy, CanonicalEvent record, Instant receivedAt) {
        String text = "<Record ref=\"" + record.reference() + "\"/>";
        EmbassyFileRecord read = new EmbassyFileRecord(2, record.reference(), text, record, List.of());
        return fromEmbassy(SourceSystem.valueOf("EMBASSY_" + embassy.value()), read.messageId(), record, receivedAt,
                receivedAt, text.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundEvent fromEmbassy(SourceSystem system, String messageId, CanonicalEvent record,
                                            Instant sentAt, Instant receivedAt, byte[] raw) {
        SourceMessage source = new SourceMessage(system, messageId, record.reference(),
                random().nextLong(1, Long.MAX_VALUE), system.name().toLowerCase(Locale.ROOT), receivedAt,
                sentAt, raw, EventCodec.sha256(raw));
        return InboundEvent.of(source, record);
    }

    /**
     * The passport's embassy checked its holder's contract (USD 400, employer named) on {@code time}; a refusal
     * gives its reason. The embassy writes the name surname first.
     */
    public static ContractAttested contractAttested(Reference attestationRef, PassportRef passport,
                                                    EmbassyRecordTime time, AttestationStatus status) {
        return contractAttested(attestationRef, passport, time, status, newLicenceNo());
    }

    public static ContractAttested contractAttested(Reference attestationRef, PassportRef passport,
                                                    EmbassyRecordTime time, AttestationStatus status,
                                                    LicenceNo office) {
        return new ContractAttested(passport.issuingState(), attestationRef, time, embassyWorker(passport), office,
                newNationalId(), new Money(new BigDecimal("400"), Currency.USD), status,
                status == AttestationStatus.REFUSED ? "salary below the bilateral minimum" : null);
    }

    /** The passport's embassy reports a welfare case about its holder on {@code time}, naming no office. */
    public static WelfareCaseRecorded welfareCaseRecorded(Reference caseRef, PassportRef passport,
                                                          EmbassyRecordTime time, WelfareCategory category) {
        return new WelfareCaseRecorded(passport.issuingState(), caseRef, time, embassyWorker(passport), null, null,
                category, "admitted to the embassy's shelter");
    }

    private static WorkerIdentity embassyWorker(PassportRef passport) {
        return new WorkerIdentity(passport, passport.issuingState(), "DELA CRUZ MARIA CLARA SANTOS", null,
                LocalDate.of(1994, 7, 15), Sex.F);
    }

    /**
     * The traveller holding the passport enters Jordan at Queen Alia airport, an hour ago, on the approval
     * {@code visaRef} (null for none): MARIA CLARA SANTOS DELA CRUZ, born 1994-07-15, with both lines of the zone
     * and their check digits right.
     */
    public static BorderCrossed borderCrossed(PassportRef passport, ApprovalNo visaRef) {
        return borderCrossed(passport, Direction.ENTRY, now().minusSeconds(3600), visaRef);
    }

    public static BorderCrossed borderCrossed(PassportRef passport, Direction direction, Instant occurredAt,
                                              ApprovalNo visaRef) {
        TravellerIdentity traveller = new TravellerIdentity(passport, passport.issuingState(), "DELA CRUZ",
                "MARIA CLARA SANTOS", LocalDate.of(1994, 7, 15), Sex.F, LocalDate.of(2031, 7, 14));
        return borderCrossed(traveller, direction, occurredAt, visaRef);
    }

    /** The traveller crosses, both lines of the zone composed from what it says, check digits right. */
    public static BorderCrossed borderCrossed(TravellerIdentity traveller, Direction direction, Instant occurredAt,
                                              ApprovalNo visaRef) {
        String state = traveller.passport().issuingState().value();
        String number = traveller.passport().number().value();
        String names = traveller.surname().replace(' ', '<') + "<<"
                + (traveller.givenNames() == null ? "" : traveller.givenNames().replace(' ', '<'));
        String line1 = pad("P<" + state + names);
        String numberField = (number + "<<<<<<<<<").substring(0, 9);
        String birth = traveller.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        String expiry = traveller.passportExpiresOn().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        String personal = "<<<<<<<<<<<<<<";
        String upper = numberField + Td3Mrz.checkDigit(numberField);
        String middle = birth + Td3Mrz.checkDigit(birth);
        String lower = expiry + Td3Mrz.checkDigit(expiry) + personal + Td3Mrz.checkDigit(personal);
        String sex = traveller.sex() == null ? "<" : traveller.sex().name();
        String line2 = upper + traveller.nationality().value() + middle + sex + lower
                + Td3Mrz.checkDigit(upper + middle + lower);
        return new BorderCrossed(UUID.randomUUID(), CrossingPoint.AMM, direction, occurredAt, line1, line2, traveller,
                visaRef);
    }

    private static String pad(String line) {
        return (line + "<".repeat(Td3Mrz.LINE_LENGTH)).substring(0, Td3Mrz.LINE_LENGTH);
    }

    /**
     * A person no other test knows, holding the passport: names of random letters and a random birth date, so that
     * linkage never joins them to anyone else's records in the database the tests share.
     */
    public static TravellerIdentity someone(PassportRef passport) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(random().nextInt(365 * 30));
        return new TravellerIdentity(passport, passport.issuingState(), letters(9), letters(7) + " " + letters(6),
                born, Sex.F, LocalDate.now().plusYears(5));
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + random().nextInt(26)));
        }
        return letters.toString();
    }

    /** A fresh passport of nine letters and digits, as a passport's machine readable zone holds it. */
    public static PassportRef newPassport() {
        return passport("PHL", "P" + digits(8));
    }

    public static PassportRef passport(String issuingState, String number) {
        return new PassportRef(CountryCode.of(issuingState), PassportNo.of(number));
    }

    public static LicenceNo newLicenceNo() {
        return LicenceNo.of("RO-" + digits(4));
    }

    public static NationalId newNationalId() {
        return NationalId.of("98" + digits(8));
    }

    public static RequestId newRequestId() {
        return RequestId.of("MOL-REQ-" + digits(4) + "-" + digits(6));
    }

    public static PermitNo newPermitNo() {
        return PermitNo.of("WP-" + digits(4) + "-" + digits(7));
    }

    public static ApprovalNo newApprovalNo() {
        return ApprovalNo.of("MOI-APR-" + digits(4) + "-" + digits(6));
    }

    public static Reference newCaseRef() {
        return Reference.of("MOI-CASE-" + digits(10));
    }

    public static Reference newReference(String prefix) {
        return Reference.of(prefix + "-" + UUID.randomUUID());
    }

    public static RecruitmentRequested recruitmentRequested(RequestId requestId, PassportRef passport) {
        return recruitmentRequested(requestId, passport, "MARIA CLARA SANTOS DELA CRUZ");
    }

    public static RecruitmentRequested recruitmentRequested(RequestId requestId, PassportRef passport, String name) {
        return recruitmentRequested(requestId, new WorkerIdentity(passport, passport.issuingState(), name,
                "ماريا كلارا سانتوس ديلا كروز", LocalDate.of(1994, 7, 15), Sex.F));
    }

    /** A request recruiting the traveller as their passport's zone names them: given names, then surname. */
    public static RecruitmentRequested recruitmentRequested(RequestId requestId, TravellerIdentity traveller) {
        return recruitmentRequested(requestId, new WorkerIdentity(traveller.passport(), traveller.nationality(),
                traveller.givenNames() + " " + traveller.surname(), null, traveller.birthDate(), traveller.sex()));
    }

    private static RecruitmentRequested recruitmentRequested(RequestId requestId, WorkerIdentity worker) {
        return new RecruitmentRequested(requestId, newLicenceNo(),
                new Employer(newNationalId(), "KHALED AL-MASRI", "AMMAN"), worker, Occupation.HOUSEKEEPER,
                new Money(new BigDecimal("400"), Currency.USD), 24, now().minusSeconds(60));
    }

    /** MoI approves the request, decided at {@code decidedAt}, valid for 90 days. */
    public static ApprovalDecided approved(RequestId requestId, ApprovalNo approvalNo, Instant decidedAt) {
        return new ApprovalDecided(newCaseRef(), requestId, Decision.APPROVED, approvalNo,
                TODAY.plusDays(90), null, decidedAt);
    }

    /** MoI rejects the request (or revokes its approval), decided at {@code decidedAt}. */
    public static ApprovalDecided rejected(RequestId requestId, RejectionReason reason, Instant decidedAt) {
        return new ApprovalDecided(newCaseRef(), requestId, Decision.REJECTED, null, null, reason,
                decidedAt);
    }

    public static WorkPermitIssued workPermitIssued(PermitNo permitNo, PassportRef passport) {
        return new WorkPermitIssued(permitNo, newRequestId(), passport, newNationalId(), TODAY, TODAY.plusYears(2));
    }

    public static ComplaintRecorded complaintRecorded(Reference complaintId, PassportRef passport,
                                                      ComplaintStatus status) {
        return new ComplaintRecorded(complaintId, TODAY.minusDays(3), Complainant.WORKER, passport, newLicenceNo(),
                null, ComplaintCategory.UNPAID_WAGES, status);
    }

    public static AbscondingReported abscondingReported(Reference reportId, PassportRef passport) {
        return new AbscondingReported(reportId, newNationalId(), passport, TODAY.minusDays(2), TODAY);
    }

    public static WorkerTransferred workerTransferred(Reference transferId, PassportRef passport) {
        return new WorkerTransferred(transferId, passport, newNationalId(), newNationalId(), null, TODAY);
    }

    public static OfficeLicenceRecorded officeLicenceRecorded(LicenceNo licenceNo, LicenceStatus status) {
        return new OfficeLicenceRecorded(licenceNo, "AL-NOOR RECRUITMENT", "مكتب النور للاستقدام", "AMMAN", status,
                TODAY.minusYears(1), TODAY.plusYears(1), 120);
    }

    public static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random().nextInt(10));
        }
        return digits.toString();
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }
}
