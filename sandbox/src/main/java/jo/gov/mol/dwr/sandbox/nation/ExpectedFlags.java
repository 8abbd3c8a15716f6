package jo.gov.mol.dwr.sandbox.nation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.sandbox.BilateralTerms;

/**
 * The flags policy.md makes the nation raise, every rule of its catalogue, read off the journeys as they truly are (not
 * as the systems wrote them) with the clock stopped at the end of the span: the truth a replay's flags are judged
 * against, one per situation (rule, subject, episode), each on the subject policy.md names (a person, an office, an
 * employer) and naming the worker it concerns (DUPLICATE_IDENTITY on the passport's second user).
 *
 * <p>Two readings where policy.md leaves a choice: an approval's "decision in force" is the latest MoI sent by
 * {@code DecidedAt} (interfaces.md 2), whenever it came, so a revocation after the entry still makes the entry one
 * without approval, and an entry on a number MoI issued is "on an approval" for the other entry rules even once
 * revoked; a complaint counts as substantiated against a request when its latest version says so, even one sent after
 * the request (the window of 24 months bounds when the complaints were filed; a later finding shows what the employer
 * had done by then).
 */
final class ExpectedFlags {
    private static final int ADULT = 18;
    private static final int PERMIT_WITHIN_DAYS = 30;
    private static final int MISSING_AFTER_DAYS = 30;
    private static final int OPEN_WELFARE_DAYS = 90;
    private static final int TRANSFERS = 3;
    private static final int TRANSFER_WINDOW_MONTHS = 12;
    private static final int RETALIATION_DAYS = 14;
    private static final int OVERSTAY_DAYS = 30;
    private static final int ABUSE_WITHIN_MONTHS = 24;
    private static final int ABUSE_COMPLAINTS = 2;
    private static final Set<ComplaintCategory> ABUSE = Set.of(ComplaintCategory.PHYSICAL_ABUSE,
            ComplaintCategory.SEXUAL_ABUSE, ComplaintCategory.CONFINEMENT, ComplaintCategory.PASSPORT_CONFISCATION);

    /** An approval, and whose journey it was granted on. */
    private record Granted(Step.Decided decision, Journey holder) {
    }

    /** A version of a complaint, and whose journey it is. */
    private record ComplaintVersion(Step.Complained complaint, Journey worker) {
    }

    private final LocalDate end;
    private final Map<String, Granted> approvals = new HashMap<>();
    /** The decision in force on each request: MoI's latest by DecidedAt. */
    private final Map<String, Step.Decided> inForce = new HashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    /** Every complaint's versions, in the order they were sent. */
    private final Map<String, List<ComplaintVersion>> complaints = new HashMap<>();
    private final List<ExpectedFlag> flags = new ArrayList<>();
    /** Who first used each passport (nationality and number) on a record with a name and a birth date, and who else. */
    private final Map<String, List<Journey>> passportUsers = new HashMap<>();

    private ExpectedFlags(Nation nation) {
        this.end = nation.settings().end();
        for (Journey journey : nation.journeys()) {
            journey.steps(Step.Decided.class).stream().filter(Step.Decided::approved)
                    .forEach(d -> approvals.put(d.approvalNo(), new Granted(d, journey)));
            journey.steps(Step.Decided.class).forEach(d -> inForce.merge(d.requestId(), d,
                    (one, other) -> other.at().isAfter(one.at()) ? other : one));
            journey.steps(Step.Complained.class).forEach(c -> complaints.computeIfAbsent(c.complaintId(),
                    id -> new ArrayList<>()).add(new ComplaintVersion(c, journey)));
        }
        complaints.values().forEach(versions -> versions.sort(Comparator.comparing(v -> v.complaint().at())));
        nation.offices().forEach(office -> offices.put(office.licenceNo(), office));
        List<Map.Entry<Step, Journey>> named = new ArrayList<>();
        nation.journeys().forEach(j -> j.steps().stream().filter(ExpectedFlags::namesAndDates)
                .forEach(step -> named.add(Map.entry(step, j))));
        named.sort(Map.Entry.comparingByKey(Comparator.comparing(Step::at)));
        for (Map.Entry<Step, Journey> use : named) {
            List<Journey> users = passportUsers.computeIfAbsent(passportKey(use.getValue(), use.getKey().passportNo()),
                    key -> new ArrayList<>());
            if (!users.contains(use.getValue())) {
                users.add(use.getValue());
            }
        }
    }

    static List<ExpectedFlag> of(Nation nation) {
        ExpectedFlags truth = new ExpectedFlags(nation);
        nation.journeys().forEach(truth::judge);
        truth.quotas(nation);
        return truth.flags.stream().distinct().toList();
    }

    private void judge(Journey j) {
        BilateralTerms terms = BilateralTerms.of(j.person().nationality());
        LocalDate born = j.person().birthDate();
        j.steps().stream().filter(s -> age(born, s.date()) < ADULT).findFirst()
                .ifPresent(s -> raise("UNDERAGE_WORKER", j, passportOf(s, j), "person"));
        for (Step.Requested r : j.steps(Step.Requested.class)) {
            String episode = "request:" + r.requestId();
            if (age(born, r.date()) < terms.minimumAge()) {
                raise("BELOW_BILATERAL_MINIMUM_AGE", j, r.passportNo(), episode);
            }
            if (terms.suspended()) {
                raise("DEPLOYMENT_SUSPENDED", j, r.passportNo(), episode);
            }
            if (belowMinimum(r.salary(), r.currency(), terms)) {
                raise("SALARY_BELOW_MINIMUM", j, r.passportNo(), episode);
            }
            j.steps(Step.Attested.class).stream().filter(a -> differs(a.salary(), r.salary())).findFirst()
                    .ifPresent(a -> raise("SALARY_MISMATCH", j, r.passportNo(), episode));
            if (!activeOn(r.officeLicenceNo(), r.date())) {
                raiseOn("OFFICE_LICENCE_INVALID", ExpectedFlag.OFFICE, r.officeLicenceNo(), j, r.passportNo(), episode);
            }
            repeatAbuse(j, r);
        }
        j.steps(Step.Transferred.class).stream().filter(t -> t.officeLicenceNo() != null)
                .filter(t -> !activeOn(t.officeLicenceNo(), t.date()))
                .forEach(t -> raiseOn("OFFICE_LICENCE_INVALID", ExpectedFlag.OFFICE, t.officeLicenceNo(), j, t.passportNo(),
                        "transfer:" + t.transferId()));
        j.steps(Step.PermitIssued.class).forEach(permit -> overstay(j, permit));
        j.steps(Step.Attested.class).stream().filter(a -> belowMinimum(a.salary(), a.currency(), terms))
                .forEach(a -> raise("SALARY_BELOW_MINIMUM", j, a.passportNo(), "attestation:" + a.reference()));
        j.steps(Step.Crossed.class).stream().filter(c -> c.direction() == Direction.ENTRY).forEach(entry -> entry(j, entry, terms));
        j.steps(Step.Crossed.class).stream().filter(c -> c.direction() == Direction.EXIT).forEach(exit -> exit(j, exit));
        j.steps(Step.Decided.class).stream().filter(Step.Decided::approved).forEach(d -> approvalUse(j, d));
        frequentTransfers(j);
        duplicateIdentity(j);
        j.steps(Step.Absconded.class).forEach(report -> retaliation(j, report));
        missing(j);
        j.steps(Step.WelfareCase.class).stream().filter(w -> w.category() == WelfareCategory.DECEASED).findFirst()
                .ifPresent(w -> raise("WORKER_DECEASED", j, w.passportNo(), "person"));
    }

    private void entry(Journey j, Step.Crossed entry, BilateralTerms terms) {
        String episode = "entry:" + entry.recordId();
        String passportNo = entry.passport().number();
        if (entry.visaRef() == null) {
            // a traveller without a request may come as any visitor; a recruited worker needs a valid permit
            if (j.isRecruited() && !permittedOn(j, entry.date())) {
                raise("ENTRY_WITHOUT_APPROVAL", j, passportNo, episode);
            }
            return;
        }
        Granted granted = approvals.get(entry.visaRef());
        if (granted == null) {
            raise("ENTRY_WITHOUT_APPROVAL", j, passportNo, episode);
            return;
        }
        // an approval MoI issued: the entry is on it, even where a later decision revoked it
        if (!standing(granted.decision()) || granted.decision().validUntil().isBefore(entry.date())) {
            raise("ENTRY_WITHOUT_APPROVAL", j, passportNo, episode);
        }
        if (granted.holder() != j) {
            raise("APPROVAL_HOLDER_MISMATCH", j, passportNo, episode);
        }
        if (terms.suspended()) {
            raise("DEPLOYMENT_SUSPENDED", j, passportNo, episode);
        }
        String office = granted.holder().office().licenceNo();
        boolean attested = j.steps(Step.Attested.class).stream()
                .anyMatch(a -> a.status() == AttestationStatus.ATTESTED && office.equals(a.officeLicenceNo()));
        if (terms.attestationRequired() && !attested) {
            raise("ENTRY_WITHOUT_ATTESTATION", j, passportNo, episode);
        }
        LocalDate deadline = entry.date().plusDays(PERMIT_WITHIN_DAYS);
        boolean permitted = j.steps(Step.PermitIssued.class).stream().anyMatch(p -> !p.date().isAfter(deadline));
        if (!permitted && !deadline.plusDays(1).isAfter(end)) {
            raise("NO_WORK_PERMIT", j, passportNo, episode);
        }
    }

    private static boolean permittedOn(Journey j, LocalDate day) {
        return j.steps(Step.PermitIssued.class).stream().anyMatch(p -> !p.date().isAfter(day) && !p.expiresOn().isBefore(day));
    }

    private void exit(Journey j, Step.Crossed exit) {
        Map<String, Step.Complained> latest = new HashMap<>();
        j.steps(Step.Complained.class).stream().filter(c -> !c.at().isAfter(exit.at()))
                .forEach(c -> latest.put(c.complaintId(), c));
        boolean complaintOpen = latest.values().stream().anyMatch(c -> c.status() == ComplaintStatus.OPEN);
        boolean caseOpen = j.steps(Step.WelfareCase.class).stream()
                .filter(w -> List.of(WelfareCategory.SHELTER_ADMISSION, WelfareCategory.MISSING_WORKER,
                        WelfareCategory.COMPLAINT).contains(w.category()))
                .anyMatch(w -> !w.date().isAfter(exit.date()) && exit.date().isBefore(w.date().plusDays(OPEN_WELFARE_DAYS)));
        if (complaintOpen || caseOpen) {
            raise("EXIT_WITH_OPEN_CASE", j, exit.passport().number(), "exit:" + exit.recordId());
        }
    }

    /** Whether the approval is still the decision in force on its request (no revocation replaced it). */
    private boolean standing(Step.Decided approval) {
        return inForce.get(approval.requestId()) == approval;
    }

    private void approvalUse(Journey j, Step.Decided approval) {
        if (!standing(approval)) {
            return;
        }
        boolean entered = j.steps(Step.Crossed.class).stream()
                .anyMatch(c -> c.direction() == Direction.ENTRY && !c.date().isAfter(approval.validUntil()));
        if (!entered && approval.validUntil().isBefore(end)) {
            raise("APPROVAL_UNUSED", j, j.first(Step.Requested.class).map(Step.Requested::passportNo).orElse(null),
                    "approval:" + approval.requestId());
        }
    }

    /** policy.md: 3 or more within 12 months from a first transfer; the next window starts after the last counted. */
    private void frequentTransfers(Journey j) {
        List<Step.Transferred> transfers = j.steps(Step.Transferred.class).stream()
                .sorted(Comparator.comparing(Step::at)).toList();
        int first = 0;
        while (first < transfers.size()) {
            LocalDate until = transfers.get(first).date().plusMonths(TRANSFER_WINDOW_MONTHS);
            int last = first;
            while (last + 1 < transfers.size() && !transfers.get(last + 1).date().isAfter(until)) {
                last++;
            }
            if (last - first + 1 >= TRANSFERS) {
                raise("FREQUENT_TRANSFERS", j, transfers.get(first).passportNo(),
                        "transfers-from:" + transfers.get(first).transferId());
                first = last + 1;
            } else {
                first++;
            }
        }
    }

    /**
     * A passport two people used: one flag, on the person whose use made it a duplicate (policy.md: raised when the
     * second person first used it).
     */
    private void duplicateIdentity(Journey j) {
        j.steps().stream().filter(ExpectedFlags::namesAndDates).map(Step::passportNo).distinct().forEach(passportNo -> {
            String key = passportKey(j, passportNo);
            List<Journey> users = passportUsers.get(key);
            if (users.size() > 1 && users.get(1) == j) {
                raise("DUPLICATE_IDENTITY", j, passportNo, "passport:" + key);
            }
        });
    }

    /** The records linkage puts on persons: those that carry a name and a birth date. */
    private static boolean namesAndDates(Step step) {
        return step instanceof Step.Requested || step instanceof Step.Crossed || step instanceof Step.Attested
                || step instanceof Step.WelfareCase;
    }

    private static String passportKey(Journey j, String passportNo) {
        return j.person().nationality() + passportNo;
    }

    /**
     * An absconding report within 14 days after a complaint by or for the worker against the reporting employer: a
     * MoL complaint naming the employer (not filed by an employer), or an embassy welfare case of category COMPLAINT
     * naming it.
     */
    private void retaliation(Journey j, Step.Absconded report) {
        LocalDate reported = report.date();
        boolean complained = j.steps(Step.Complained.class).stream()
                .filter(c -> report.employerId().equals(c.employerId()) && c.filedBy() != Complainant.EMPLOYER)
                .anyMatch(c -> within(c.filedOn(), reported))
                || j.steps(Step.WelfareCase.class).stream()
                .filter(w -> w.category() == WelfareCategory.COMPLAINT && report.employerId().equals(w.employerId()))
                .anyMatch(w -> within(w.date(), reported));
        if (complained) {
            raiseOn("RETALIATORY_ABSCONDING", ExpectedFlag.EMPLOYER, report.employerId(), j, report.passportNo(),
                    "report:" + report.reportId());
        }
    }

    /** Whether the roster holds the office and its licence makes it ACTIVE that day (an unknown one never is). */
    private boolean activeOn(String licenceNo, LocalDate day) {
        Office office = offices.get(licenceNo);
        return office != null && office.isActiveOn(day);
    }

    /**
     * A request naming an employer against whom two or more workers' abuse complaints, filed in the 24 months before
     * the request, are substantiated (their latest version).
     */
    private void repeatAbuse(Journey j, Step.Requested request) {
        String employer = request.employer().nationalId();
        LocalDate since = request.date().minusMonths(ABUSE_WITHIN_MONTHS);
        long workers = complaints.values().stream()
                .map(versions -> versions.get(versions.size() - 1))
                .filter(v -> v.complaint().status() == ComplaintStatus.SUBSTANTIATED)
                .filter(v -> ABUSE.contains(v.complaint().category()) && employer.equals(v.complaint().employerId()))
                .filter(v -> !v.complaint().filedOn().isBefore(since) && v.complaint().filedOn().isBefore(request.date()))
                .map(v -> v.worker().person().personId()).distinct().count();
        if (workers >= ABUSE_COMPLAINTS) {
            raiseOn("REPEAT_ABUSE_EMPLOYER", ExpectedFlag.EMPLOYER, employer, j, request.passportNo(),
                    "request:" + request.requestId());
        }
    }

    /**
     * A permit expired 30 days by the end (raised at 00:00 the day after), with no later permit issued by then and no
     * exit after it was issued.
     */
    private void overstay(Journey j, Step.PermitIssued permit) {
        LocalDate lastDay = permit.expiresOn().plusDays(OVERSTAY_DAYS);
        boolean renewed = j.steps(Step.PermitIssued.class).stream()
                .anyMatch(other -> other.expiresOn().isAfter(permit.expiresOn()) && !other.date().isAfter(lastDay));
        boolean left = j.steps(Step.Crossed.class).stream().filter(c -> c.direction() == Direction.EXIT)
                .anyMatch(exit -> !exit.date().isBefore(permit.date()) && !exit.date().isAfter(lastDay));
        if (!renewed && !left && !lastDay.plusDays(1).isAfter(end)) {
            raise("OVERSTAY", j, permit.passportNo(), "permit:" + permit.permitNo());
        }
    }

    /**
     * Each office's requests (distinct RequestIds) per licence year, a year from each anniversary of its ValidFrom:
     * more than its AnnualQuota is one flag on the office for that year.
     */
    private void quotas(Nation nation) {
        Map<String, Map<LocalDate, Set<String>>> requests = new TreeMap<>();
        for (Journey journey : nation.journeys()) {
            for (Step.Requested r : journey.steps(Step.Requested.class)) {
                Office office = offices.get(r.officeLicenceNo());
                if (office != null && !r.date().isBefore(office.validFrom())) {
                    LocalDate year = licenceYearOf(office.validFrom(), r.date());
                    requests.computeIfAbsent(office.licenceNo(), o -> new TreeMap<>())
                            .computeIfAbsent(year, y -> new HashSet<>()).add(r.requestId());
                }
            }
        }
        requests.forEach((licenceNo, years) -> years.forEach((year, ids) -> {
            if (ids.size() > offices.get(licenceNo).annualQuota()) {
                flags.add(new ExpectedFlag("OFFICE_QUOTA_EXCEEDED", ExpectedFlag.OFFICE, licenceNo, null, null, null,
                        "licence-year:" + year));
            }
        }));
    }

    private static boolean within(LocalDate complained, LocalDate reported) {
        return !reported.isBefore(complained) && !reported.isAfter(complained.plusDays(RETALIATION_DAYS));
    }

    /** A report of a worker missing (absconding, or the embassy's) that nothing of theirs follows for 30 days. */
    private void missing(Journey j) {
        for (Step step : j.steps()) {
            String reference = step instanceof Step.Absconded a ? a.reportId()
                    : step instanceof Step.WelfareCase w && w.category() == WelfareCategory.MISSING_WORKER ? w.reference() : null;
            boolean followed = j.steps().stream().anyMatch(later -> later.at().isAfter(step.at()));
            if (reference != null && !followed && !step.date().plusDays(MISSING_AFTER_DAYS + 1).isAfter(end)) {
                raise("MISSING_WORKER", j, passportOf(step, j), "report:" + reference);
            }
        }
    }

    /** The first day of the licence year holding the day: the last anniversary of ValidFrom (plus whole years) by then. */
    private static LocalDate licenceYearOf(LocalDate validFrom, LocalDate day) {
        int years = 0;
        while (!validFrom.plusYears(years + 1L).isAfter(day)) {
            years++;
        }
        return validFrom.plusYears(years);
    }

    private void raise(String rule, Journey j, String passportNo, String episode) {
        raiseOn(rule, ExpectedFlag.PERSON, j.person().personId(), j, passportNo, episode);
    }

    private void raiseOn(String rule, String subjectType, String subjectId, Journey j, String passportNo, String episode) {
        flags.add(new ExpectedFlag(rule, subjectType, subjectId, j.person().personId(), j.person().nationality(),
                passportNo, episode));
    }

    private static int age(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears();
    }

    private static boolean belowMinimum(BigDecimal salary, String currency, BilateralTerms terms) {
        return BilateralTerms.usdOf(salary, currency).compareTo(BigDecimal.valueOf(terms.minimumSalaryUsd())) < 0;
    }

    /** More than 10 % of MoL's salary apart, both in the contract's currency. */
    private static boolean differs(BigDecimal attested, BigDecimal mol) {
        return attested.subtract(mol).abs().compareTo(mol.multiply(new BigDecimal("0.10"))) > 0;
    }

    private static String passportOf(Step step, Journey j) {
        return step.passportNo() != null ? step.passportNo()
                : j.first(Step.Requested.class).map(Step.Requested::passportNo).orElse(null);
    }
}
