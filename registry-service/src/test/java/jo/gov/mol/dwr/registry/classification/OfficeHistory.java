package jo.gov.mol.dwr.registry.classification;

import static jo.gov.mol.dwr.registry.CanonicalEvents.borderCrossed;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newCaseRef;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newLicenceNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryQueue;
import jo.gov.mol.dwr.registry.RegistryStatistics;

/**
 * An office's history written to the registry queue as MoL, MoI and the border would report it, each fact applied
 * before the next is sent. Facts happen "last month": always inside the default period.
 */
final class OfficeHistory {
    static final LocalDate TODAY = LocalDate.now(CanonicalEvent.AMMAN);
    /** 40 days ago: in the last complete month or the one before it. */
    static final LocalDate LAST_MONTH = TODAY.minusDays(40);

    private final RegistryQueue queue;
    private final RegistryStatistics statistics;

    OfficeHistory(RegistryQueue queue, RegistryStatistics statistics) {
        this.queue = queue;
        this.statistics = statistics;
    }

    /** A new office, licensed from two years ago to next year, with this status. */
    LicenceNo licensed(LicenceStatus status) {
        LicenceNo office = newLicenceNo();
        apply(fromMol(new OfficeLicenceRecorded(office, "AL-NOOR RECRUITMENT", "مكتب النور للاستقدام", "AMMAN",
                status, TODAY.minusYears(2), TODAY.plusYears(1), 120)));
        return office;
    }

    /** Workers the office placed last month: requested, approved by MoI, and entered on the approval. */
    List<PassportRef> placed(LicenceNo office, int count) {
        List<PassportRef> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PassportRef passport = newPassport();
            ApprovalNo approval = approved(requested(office, passport), LAST_MONTH.plusDays(90));
            apply(fromBorder(borderCrossed(passport, Direction.ENTRY, at(LAST_MONTH), approval)));
            workers.add(passport);
        }
        return workers;
    }

    /** The office asks to recruit the passport's holder, two months ago. */
    RequestId requested(LicenceNo office, PassportRef passport) {
        RequestId request = newRequestId();
        apply(fromMol(new RecruitmentRequested(request, office, new Employer(newNationalId(), "KHALED AL-MASRI", "AMMAN"),
                new WorkerIdentity(passport, passport.issuingState(), "MARIA CLARA SANTOS DELA CRUZ", null,
                        LocalDate.of(1994, 7, 15), Sex.F),
                Occupation.HOUSEKEEPER, new Money(new BigDecimal("400"), Currency.USD), 24, at(LAST_MONTH.minusDays(20)))));
        return request;
    }

    /** MoI approves the request a few days before last month's entries, valid until the date given. */
    ApprovalNo approved(RequestId request, LocalDate validUntil) {
        ApprovalNo approval = newApprovalNo();
        apply(fromMoi(new ApprovalDecided(newCaseRef(), request, Decision.APPROVED, approval, validUntil, null,
                at(LAST_MONTH.minusDays(10)))));
        return approval;
    }

    /** MoI rejects the request last month. */
    void rejected(RequestId request) {
        apply(fromMoi(new ApprovalDecided(newCaseRef(), request, Decision.REJECTED, null, null,
                RejectionReason.values()[0], at(LAST_MONTH))));
    }

    PassportRef newWorker() {
        return newPassport();
    }

    InboundEvent apply(InboundEvent event) {
        queue.publish(event);
        Applied.await(statistics, event);
        return event;
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(CanonicalEvent.AMMAN).toInstant();
    }
}
