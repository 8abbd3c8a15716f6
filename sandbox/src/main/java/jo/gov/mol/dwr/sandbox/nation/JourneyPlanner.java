package jo.gov.mol.dwr.sandbox.nation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.BilateralTerms;
import jo.gov.mol.dwr.sandbox.border.Passport;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * Draws one worker's journey: MoL's request, MoI's decision a few days later, the embassy's attestation, the entry
 * before the approval runs out, the permit within weeks, and for some what follows (a transfer, a complaint and its
 * outcome, a welfare case, an absconding report), and the exit at the end of the contract. A clean journey breaks no
 * rule of policy.md but those the nation cannot avoid (a request of a suspended nationality, an approval left
 * unused); an {@link Anomaly} bends it on purpose. A worker given REPEAT_ABUSE_EMPLOYER comes with two earlier workers
 * of the same employer, whose abuse complaints against it are substantiated before the worker's request: the only
 * complaints of abuse that name an employer, so that no other request can make the rule fire. Nothing happens after
 * the span.
 */
final class JourneyPlanner {
    private static final List<String> NATIONALITIES = List.of("PHL", "BGD", "LKA", "KEN", "UGA", "ETH", "GHA", "IDN", "NPL");
    /** Roughly the mix of domestic workers in Jordan; IDN and NPL deployment is suspended, so they are few. */
    private static final int[] NATIONALITY_WEIGHTS = {28, 18, 12, 10, 10, 8, 8, 3, 3};
    /** Open nationalities whose embassy must attest a contract before the worker enters. */
    private static final List<String> ATTESTING = List.of("PHL", "LKA", "KEN");
    private static final List<ComplaintCategory> ABUSE = List.of(ComplaintCategory.PHYSICAL_ABUSE,
            ComplaintCategory.SEXUAL_ABUSE, ComplaintCategory.CONFINEMENT, ComplaintCategory.PASSPORT_CONFISCATION);
    private static final List<ComplaintCategory> OTHER_GRIEVANCES = List.of(ComplaintCategory.UNPAID_WAGES,
            ComplaintCategory.EXCESSIVE_HOURS, ComplaintCategory.RECRUITMENT_FEES, ComplaintCategory.DECEPTIVE_RECRUITMENT,
            ComplaintCategory.OTHER);
    /** Time-based rules are judged at the end; reports this close to it would sit on the rule's threshold. */
    private static final int REPORT_MARGIN_DAYS = 45;
    /** An overstayer's contract: short, so that the permit runs out, and 30 days more pass, within the span. */
    private static final int SHORT_CONTRACT_MONTHS = 3;
    private static final List<RejectionReason> REVOCATION_REASONS = List.of(RejectionReason.SECURITY,
            RejectionReason.PREVIOUS_VIOLATION);

    private final Random random;
    private final Numbering numbering;
    private final NationSettings settings;
    private final List<Office> offices;
    private final List<Employer> employers;
    private final OfficeDemand demand;
    private final Governorates governorates;
    private final Instant end;
    /** The employers whose workers' abuse complaints are substantiated: none of the shared ones. */
    private final List<Employer> abusive = new ArrayList<>();
    /** How many workers were given OFFICE_LICENCE_INVALID and APPROVAL_REVOKED so far: each next one is bent otherwise. */
    private int invalidLicences;
    private int revocations;
    private final NameNoise names;

    JourneyPlanner(Random random, Numbering numbering, NationSettings settings, List<Office> offices,
                   List<Employer> employers, Governorates governorates) {
        this.random = random;
        this.numbering = numbering;
        this.settings = settings;
        this.offices = offices;
        this.employers = employers;
        this.demand = new OfficeDemand(offices, random);
        this.governorates = governorates;
        this.end = settings.end().atStartOfDay(CanonicalEvent.AMMAN).toInstant();
        this.names = new NameNoise(settings);
    }

    /** The worker's journey; for REPEAT_ABUSE_EMPLOYER, preceded by the employer's two earlier workers' journeys. */
    List<Journey> plan(Anomaly anomaly) {
        if (anomaly != Anomaly.REPEAT_ABUSE_EMPLOYER) {
            return List.of(new Plan(anomaly, null, null).draw());
        }
        Employer abuser = new Employer(numbering.nationalId(), MolNames.employer(random), governorates.draw(random));
        abusive.add(abuser);
        LocalDate first = between(settings.start(), settings.start().plusDays(spanDays() / 10));
        List<Journey> abused = List.of(new Plan(null, abuser, first).draw(),
                new Plan(null, abuser, first.plusDays(random.nextInt(7))).draw());
        LocalDate substantiated = abused.stream().flatMap(j -> j.steps(Step.Complained.class).stream())
                .filter(c -> c.status() == ComplaintStatus.SUBSTANTIATED).map(Step::date)
                .max(Comparator.naturalOrder()).orElse(first);
        LocalDate requested = substantiated.plusDays(1 + random.nextInt(30));
        LocalDate lastRequest = settings.end().minusDays(14);
        List<Journey> all = new ArrayList<>(abused);
        all.add(new Plan(anomaly, abuser, requested.isAfter(lastRequest) ? lastRequest : requested).draw());
        return all;
    }

    /** The employers of the workers whose abuse complaints were substantiated, apart from the shared ones. */
    List<Employer> abusiveEmployers() {
        return List.copyOf(abusive);
    }

    private long spanDays() {
        return ChronoUnit.DAYS.between(settings.start(), settings.end());
    }

    /** Someone of the holder's nationality who enters on the holder's approval, in its last days. */
    Journey impostorOn(Journey holder) {
        Step.Decided approval = holder.first(Step.Decided.class).orElseThrow();
        Person impostor = person(holder.person().nationality(), LocalDate.ofInstant(approval.at(), CanonicalEvent.AMMAN));
        LocalDate day = approval.validUntil().minusDays(random.nextInt(7));
        Passport passport = passport(impostor, numbering.passportNo(impostor.nationality()), day);
        Step entry = new Step.Crossed(atHour(day, 0, 24), numbering.messageId(), CrossingPoint.AMM, Direction.ENTRY,
                passport, approval.approvalNo(), lost());
        return new Journey(impostor, holder.office(), entry.at().isBefore(end) ? List.of(entry) : List.of(),
                Anomaly.APPROVAL_HOLDER_MISMATCH);
    }

    /**
     * Someone of the holder's nationality, another name and birth date, who comes for a short visit on a passport
     * bearing the holder's number, some weeks after the holder's request.
     */
    Journey twinOf(Journey holder) {
        Step.Requested request = holder.first(Step.Requested.class).orElseThrow();
        Person twin = person(holder.person().nationality(), request.date());
        Passport passport = passport(twin, request.passportNo(), request.date());
        LocalDate entered = request.date().plusDays(20 + random.nextInt(100));
        List<Step> visit = List.of(
                new Step.Crossed(atHour(entered, 0, 24), numbering.messageId(), CrossingPoint.AMM, Direction.ENTRY, passport,
                        null, lost()),
                new Step.Crossed(atHour(entered.plusDays(3 + random.nextInt(8)), 0, 24), numbering.messageId(),
                        CrossingPoint.AMM, Direction.EXIT, passport, null, lost()));
        return new Journey(twin, holder.office(), visit.stream().filter(step -> step.at().isBefore(end)).toList(),
                Anomaly.DUPLICATE_IDENTITY);
    }

    private boolean lost() {
        return random.nextDouble() < settings.noise().lostShare();
    }

    private Person person(String nationality, LocalDate requested) {
        boolean woman = random.nextInt(100) < 92;
        MolNames.PersonName name = names.named(MolNames.person(random, nationality, woman), nationality, woman);
        int minimumAge = BilateralTerms.of(nationality).minimumAge();
        LocalDate born = requested.minusYears(minimumAge + 1).minusDays(random.nextInt(365 * (46 - minimumAge)));
        return new Person(numbering.personId(), nationality, woman ? "F" : "M", name, born);
    }

    private Passport passport(Person person, String number, LocalDate issuedAround) {
        return Passport.of(number, person.nationality(), person.surname(), person.givenNames(), person.birthDate(),
                person.sex(), issuedAround.plusYears(2).plusDays(random.nextInt(6 * 365)));
    }

    private LocalDate between(LocalDate first, LocalDate last) {
        long days = Math.max(0, ChronoUnit.DAYS.between(first, last));
        return first.plusDays(random.nextInt((int) days + 1));
    }

    /** An instant on that day between the two hours, Amman time. */
    private Instant atHour(LocalDate day, int from, int to) {
        return day.atStartOfDay(CanonicalEvent.AMMAN).plusSeconds(3600L * from + random.nextInt(3600 * (to - from)))
                .toInstant();
    }

    private Instant workingHours(LocalDate day) {
        return atHour(day, 8, 16);
    }

    private String nationality() {
        int r = random.nextInt(100);
        for (int i = 0; i < NATIONALITY_WEIGHTS.length; i++) {
            r -= NATIONALITY_WEIGHTS[i];
            if (r < 0) {
                return NATIONALITIES.get(i);
            }
        }
        return NATIONALITIES.get(0);
    }

    /** One journey being drawn: its person, where the story stands, and the steps so far. */
    private final class Plan {
        private final Anomaly anomaly;
        /** For one of an abusive employer's earlier workers: that employer; otherwise null. */
        private final Employer abuser;
        private final LocalDate requestedOn;
        /** Which of the workers given this anomaly it is (from 0), for those bent in turn; otherwise -1. */
        private final int turn;
        private final List<Step> steps = new ArrayList<>();
        private Person person;
        private Office office;
        private Employer employer;
        private String passportNo;
        private Passport passport;
        private LocalDate cursor;
        private boolean over;

        /**
         * @param abuser      the employer, already chosen: an abusive one, for its earlier workers and for the worker
         *                    given REPEAT_ABUSE_EMPLOYER; null to draw one of the shared employers
         * @param requestedOn the day of the request, already chosen; null to draw it
         */
        Plan(Anomaly anomaly, Employer abuser, LocalDate requestedOn) {
            this.anomaly = anomaly;
            this.abuser = anomaly == null ? abuser : null;
            this.requestedOn = requestedOn;
            this.employer = abuser;
            this.turn = anomaly == Anomaly.OFFICE_LICENCE_INVALID ? invalidLicences++
                    : anomaly == Anomaly.APPROVAL_REVOKED ? revocations++ : -1;
        }

        /** Neither an anomaly nor an abused worker: the journey may take any of life's usual turns. */
        private boolean clean() {
            return anomaly == null && abuser == null;
        }

        Journey draw() {
            String nationality = anomaly == Anomaly.ENTRY_WITHOUT_ATTESTATION ? MolNames.pick(random, ATTESTING) : nationality();
            LocalDate requested = requestedOn != null ? requestedOn : requestDay();
            person = shapedPerson(nationality, requested);
            // in turn, the request names the office not ACTIVE, or a later transfer does
            boolean invalidOffice = anomaly == Anomaly.OFFICE_LICENCE_INVALID && turn % 2 == 0;
            office = invalidOffice ? officeNotActiveOn(requested)
                    : anomaly == Anomaly.OFFICE_QUOTA_EXCEEDED
                    ? OfficeRoster.quotaBreaker(offices).filter(o -> o.isActiveOn(requested)).orElseGet(() -> officeActiveOn(requested))
                    : officeActiveOn(requested);
            if (employer == null) {
                employer = MolNames.pick(random, employers);
            }
            passportNo = numbering.passportNo(nationality);
            Step.Requested request = request(requested);
            Step.Decided decision = decision(request, invalidOffice);
            if (!over && (decision.approved() || anomaly == Anomaly.ENTRY_WITHOUT_APPROVAL)
                    && anomaly != Anomaly.ENTRY_WITHOUT_ATTESTATION) {
                attestation(request);
            }
            if (!over && (decision.approved() || anomaly == Anomaly.ENTRY_WITHOUT_APPROVAL)) {
                stay(request, decision);
            }
            List<Step> ordered = steps.stream().filter(step -> step.at().isBefore(end))
                    .sorted(Comparator.comparing(Step::at)).toList();
            return new Journey(person, office, ordered, anomaly);
        }

        /** Any day but the last fortnight; an anomaly needs room after the request for what it bends, OVERSTAY most. */
        private LocalDate requestDay() {
            long days = ChronoUnit.DAYS.between(settings.start(), settings.end().minusDays(14));
            long within = anomaly == null ? days : anomaly == Anomaly.OVERSTAY ? days / 5 : days * 2 / 5;
            return between(settings.start(), settings.start().plusDays(within));
        }

        private Person shapedPerson(String nationality, LocalDate requested) {
            Person drawn = person(nationality, requested);
            int minimumAge = BilateralTerms.of(nationality).minimumAge();
            int age;
            if (anomaly == Anomaly.UNDERAGE_WORKER) {
                age = 16 + random.nextInt(2);
            } else if (anomaly == Anomaly.BELOW_BILATERAL_MINIMUM_AGE) {
                age = 18 + random.nextInt(minimumAge - 18);
            } else {
                return drawn;
            }
            LocalDate born = requested.minusYears(age).minusDays(1 + random.nextInt(300));
            return new Person(drawn.personId(), nationality, drawn.sex(), drawn.name(), born);
        }

        /**
         * For the workers given OFFICE_LICENCE_INVALID, in turn: an office whose licence is not ACTIVE, one whose
         * licence ran out before that day, a licence number MoL never issued.
         */
        private Office officeNotActiveOn(LocalDate day) {
            List<Office> notActive = offices.stream().filter(o -> o.status() != LicenceStatus.ACTIVE).toList();
            List<Office> runOut = offices.stream().filter(o -> o.status() == LicenceStatus.ACTIVE && !o.isActiveOn(day)).toList();
            return switch (turn % 3) {
                case 1 -> MolNames.pick(random, runOut.isEmpty() ? notActive : runOut);
                case 2 -> Office.unlicensed(numbering.licenceNo(), MolNames.office(random.nextInt(MolNames.officeNames())),
                        governorates.draw(random));
                default -> MolNames.pick(random, notActive);
            };
        }

        private Office officeActiveOn(LocalDate day) {
            return demand.pick(random, offices, day);
        }

        private void add(Step step) {
            if (!step.at().isBefore(end)) {
                over = true;
                return;
            }
            steps.add(step);
            cursor = step.date();
        }

        private Step.Requested request(LocalDate day) {
            BilateralTerms terms = BilateralTerms.of(person.nationality());
            int usd = anomaly == Anomaly.SALARY_BELOW_MINIMUM ? terms.minimumSalaryUsd() - 25 * (1 + random.nextInt(3))
                    : terms.minimumSalaryUsd() + 25 * random.nextInt(5);
            boolean jod = random.nextInt(100) < 25;
            BigDecimal salary = jod ? BilateralTerms.jodFor(BigDecimal.valueOf(usd)) : BigDecimal.valueOf(usd);
            MolNames.Name typed = names.typedByMol(person.name());
            String nameEn = typed.en();
            if (random.nextDouble() < settings.noise().typoShare()) {
                nameEn = Typos.slip(random, nameEn);
            }
            Occupation occupation = person.sex().equals("M") ? (random.nextBoolean() ? Occupation.DRIVER : Occupation.GARDENER)
                    : List.of(Occupation.HOUSEKEEPER, Occupation.HOUSEKEEPER, Occupation.HOUSEKEEPER, Occupation.NANNY,
                    Occupation.CAREGIVER, Occupation.COOK).get(random.nextInt(6));
            int months = anomaly == Anomaly.OVERSTAY ? SHORT_CONTRACT_MONTHS : List.of(12, 24, 24, 24, 36).get(random.nextInt(5));
            Step.Requested request = new Step.Requested(workingHours(day), numbering.messageId(),
                    numbering.requestId(day.getYear()), office.licenceNo(), employer, passportNo, nameEn,
                    typed.ar(), occupation, salary, jod ? "JOD" : "USD", months);
            add(request);
            return request;
        }

        /** MoI's decision; a request naming an office not ACTIVE is refused as OFFICE_NOT_ELIGIBLE. */
        private Step.Decided decision(Step.Requested request, boolean invalidOffice) {
            LocalDate day = cursor.plusDays(3 + random.nextInt(12));
            boolean rejected = anomaly == Anomaly.ENTRY_WITHOUT_APPROVAL || invalidOffice
                    || clean() && random.nextInt(100) < (office.bad() ? 30 : 7);
            Step.Decided decision = rejected
                    ? new Step.Decided(workingHours(day), numbering.messageId(), request.requestId(), null, null,
                    invalidOffice ? RejectionReason.OFFICE_NOT_ELIGIBLE
                            : RejectionReason.values()[random.nextInt(RejectionReason.values().length)])
                    : new Step.Decided(workingHours(day), numbering.messageId(), request.requestId(),
                    numbering.approvalNo(day.getYear()), day.plusWeeks(8 + random.nextInt(5)), null);
            add(decision);
            return decision;
        }

        private void attestation(Step.Requested request) {
            LocalDate day = cursor.plusDays(2 + random.nextInt(9));
            boolean refused = clean() && random.nextInt(100) < (office.bad() ? 15 : 3);
            BigDecimal salary = anomaly == Anomaly.SALARY_MISMATCH
                    ? request.salary().multiply(new BigDecimal("1.2")).setScale(0, RoundingMode.UP) : request.salary();
            SourceSystem embassy = embassy();
            Instant at = workingHours(day);
            String reference = numbering.embassyReference(person.nationality(), true, day.getYear());
            add(new Step.Attested(at, embassy, embassyRecordId(embassy, reference), reference, passportNo, office.licenceNo(),
                    employer.nationalId(), salary, request.currency(),
                    refused ? AttestationStatus.REFUSED : AttestationStatus.ATTESTED));
            // a refused contract ends the journey; a few approved workers never come either
            over |= refused || clean() && random.nextInt(100) < 2 || anomaly == Anomaly.APPROVAL_HOLDER_MISMATCH;
        }

        /** Entry, permit, life in Jordan, exit. */
        private void stay(Step.Requested request, Step.Decided decision) {
            LocalDate latestEntry = decision.approved() ? decision.validUntil().minusDays(1) : cursor.plusDays(30);
            LocalDate entered = between(cursor.plusDays(3), cursor.plusDays(20));
            entered = entered.isAfter(latestEntry) ? latestEntry : entered;
            String visaRef = decision.approved() ? decision.approvalNo() : numbering.approvalNo(entered.getYear());
            boolean revoked = anomaly == Anomaly.APPROVAL_REVOKED;
            boolean revokedBeforeEntry = revoked && turn % 2 == 0;
            if (revokedBeforeEntry) {
                // MoI revokes it after the attestation; the border does not know and the worker enters on it all the same
                entered = entered.isAfter(cursor.plusDays(1)) ? entered : cursor.plusDays(2);
                revocation(request, between(cursor.plusDays(1), entered.minusDays(1)));
            }
            passport = passport(person, passportNo, entered.minusYears(1));
            add(new Step.Crossed(atHour(entered, 0, 24), numbering.messageId(), entryPoint(), Direction.ENTRY,
                    passport, visaRef, lost()));
            if (over || anomaly == Anomaly.NO_WORK_PERMIT) {
                return;
            }
            LocalDate issued = cursor.plusDays(5 + random.nextInt(21));
            LocalDate expires = issued.plusMonths(request.durationMonths()).minusDays(1);
            add(new Step.PermitIssued(workingHours(issued), numbering.messageId(), numbering.permitNo(issued.getYear()),
                    request.requestId(), passportNo, employer.nationalId(), expires));
            if (revoked && !revokedBeforeEntry) {
                revocation(request, cursor.plusDays(20 + random.nextInt(40)));
            }
            if (anomaly == Anomaly.OVERSTAY) {
                // no renewal, no exit: the worker is still here when the permit has been expired 30 days
                return;
            }
            LocalDate quietUntil = expires.minusDays(120);
            if (random.nextDouble() < settings.noise().renewalShare()) {
                // a new passport: every later record carries its number
                passportNo = numbering.passportNo(person.nationality());
                passport = passport(person, passportNo, cursor);
            }
            if (anomaly == Anomaly.FREQUENT_TRANSFERS) {
                for (int i = 0; i < 3; i++) {
                    transfer(cursor.plusDays(20 + random.nextInt(40)), null);
                }
            } else if (anomaly == Anomaly.OFFICE_LICENCE_INVALID) {
                // the request named a licensed office; the transfer names one that is not ACTIVE that day
                LocalDate day = cursor.plusDays(20 + random.nextInt(60));
                transfer(day, officeNotActiveOn(day).licenceNo());
            } else if (clean() && random.nextInt(100) < 6) {
                LocalDate day = cursor.plusDays(60 + random.nextInt(240));
                if (day.isBefore(quietUntil)) {
                    transfer(day, null);
                }
            }
            if (abuser != null) {
                complaint(cursor.plusDays(10 + random.nextInt(30)), ABUSE, true, ComplaintStatus.SUBSTANTIATED);
            }
            if (anomaly == Anomaly.WORKER_DECEASED) {
                welfareCase(cursor.plusDays(10 + random.nextInt(60)), WelfareCategory.DECEASED);
                return;
            }
            if (anomaly == Anomaly.RETALIATORY_ABSCONDING) {
                LocalDate filed = cursor.plusDays(10 + random.nextInt(60));
                complaint(filed, OTHER_GRIEVANCES, false, null);
                LocalDate reported = filed.plusDays(2 + random.nextInt(12));
                add(new Step.Absconded(workingHours(reported), numbering.messageId(), numbering.reportId(reported.getYear()),
                        employer.nationalId(), passportNo, reported.minusDays(1)));
                return;
            }
            if (anomaly == Anomaly.EXIT_WITH_OPEN_CASE) {
                LocalDate filed = cursor.plusDays(10 + random.nextInt(60));
                complaint(filed, OTHER_GRIEVANCES, false, null);
                exit(filed.plusDays(5 + random.nextInt(20)));
                return;
            }
            if (clean()) {
                life(quietUntil);
            }
            if (!over) {
                exit(expires.minusDays(1 + random.nextInt(20)));
            }
        }

        /** What may happen between the permit and the last months of the contract; an ending stops the journey. */
        private void life(LocalDate quietUntil) {
            if (random.nextInt(100) < (office.bad() ? 40 : 10)) {
                LocalDate filed = cursor.plusDays(10 + random.nextInt(180));
                if (filed.isBefore(quietUntil)) {
                    complaint(filed, office.bad() ? ABUSE : OTHER_GRIEVANCES, true, office.bad() ? ComplaintStatus.SUBSTANTIATED : null);
                }
            }
            if (!over && random.nextInt(100) < (office.bad() ? 25 : 8)) {
                LocalDate day = cursor.plusDays(20 + random.nextInt(200));
                if (day.isBefore(quietUntil)) {
                    WelfareCategory category = welfareCategory();
                    if (category == WelfareCategory.MISSING_WORKER && day.isAfter(settings.end().minusDays(REPORT_MARGIN_DAYS))) {
                        return;
                    }
                    welfareCase(day, category);
                    if (category == WelfareCategory.REPATRIATION_REQUEST) {
                        exit(cursor.plusDays(7 + random.nextInt(24)));
                    }
                    over |= category == WelfareCategory.MISSING_WORKER || category == WelfareCategory.REPATRIATION_REQUEST;
                }
            }
            if (!over && random.nextInt(100) < (office.bad() ? 15 : 4)) {
                // well after any complaint, so that the report cannot look retaliatory
                LocalDate reported = cursor.plusDays(30 + random.nextInt(200));
                if (reported.isBefore(quietUntil) && reported.isBefore(settings.end().minusDays(REPORT_MARGIN_DAYS))) {
                    add(new Step.Absconded(workingHours(reported), numbering.messageId(), numbering.reportId(reported.getYear()),
                            employer.nationalId(), passportNo, reported.minusDays(1 + random.nextInt(7))));
                    over = true;
                }
            }
        }

        /** A transfer to another of the shared employers, through the office given (or none). */
        private void transfer(LocalDate day, String officeLicenceNo) {
            Employer to;
            do {
                to = MolNames.pick(random, employers);
            } while (to.equals(employer));
            add(new Step.Transferred(workingHours(day), numbering.messageId(), numbering.transferId(day.getYear()),
                    passportNo, employer.nationalId(), to.nationalId(), officeLicenceNo));
            employer = to;
        }

        /** MoI's later decision on the request: the approval revoked, in force from then on (interfaces.md 2). */
        private void revocation(Step.Requested request, LocalDate day) {
            add(new Step.Decided(workingHours(day), numbering.messageId(), request.requestId(), null, null,
                    MolNames.pick(random, REVOCATION_REASONS)));
        }

        /**
         * A complaint filed that day, and its outcome weeks later when {@code decided}. Abuse complaints name the
         * employer only for an abusive employer's earlier workers: two substantiated ones from different workers make
         * the employer a repeat abuser (REPEAT_ABUSE_EMPLOYER), which the nation plans only on purpose.
         */
        private void complaint(LocalDate filed, List<ComplaintCategory> categories, boolean decided, ComplaintStatus outcome) {
            ComplaintCategory category = MolNames.pick(random, categories);
            String employerId = ABUSE.contains(category) && abuser == null ? null : employer.nationalId();
            String complaintId = numbering.complaintId(filed.getYear());
            Complainant by = List.of(Complainant.WORKER, Complainant.EMBASSY, Complainant.NGO, Complainant.INSPECTOR)
                    .get(random.nextInt(4));
            add(new Step.Complained(workingHours(filed), numbering.messageId(), complaintId, filed, by, passportNo,
                    office.licenceNo(), employerId, category, ComplaintStatus.OPEN));
            if (decided && !over) {
                ComplaintStatus status = outcome != null ? outcome
                        : random.nextBoolean() ? ComplaintStatus.SUBSTANTIATED : ComplaintStatus.UNSUBSTANTIATED;
                add(new Step.Complained(workingHours(cursor.plusDays(10 + random.nextInt(50))), numbering.messageId(),
                        complaintId, filed, by, passportNo, office.licenceNo(), employerId, category, status));
            }
        }

        private void welfareCase(LocalDate day, WelfareCategory category) {
            SourceSystem embassy = embassy();
            String reference = numbering.embassyReference(person.nationality(), false, day.getYear());
            add(new Step.WelfareCase(workingHours(day), embassy, embassyRecordId(embassy, reference), reference, passportNo,
                    random.nextInt(100) < 80 ? office.licenceNo() : null,
                    random.nextInt(100) < 80 ? employer.nationalId() : null, category));
        }

        private void exit(LocalDate day) {
            add(new Step.Crossed(atHour(day, 0, 24), numbering.messageId(), entryPoint(), Direction.EXIT, passport, null,
                    lost()));
        }

        private WelfareCategory welfareCategory() {
            int r = random.nextInt(100);
            return r < 35 ? WelfareCategory.SHELTER_ADMISSION : r < 60 ? WelfareCategory.REPATRIATION_REQUEST
                    : r < 82 ? WelfareCategory.COMPLAINT : WelfareCategory.MISSING_WORKER;
        }

        private SourceSystem embassy() {
            return SourceSystem.valueOf("EMBASSY_" + person.nationality());
        }

        /** PHL's events carry an id of their own; the file embassies' records are known by their reference. */
        private String embassyRecordId(SourceSystem embassy, String reference) {
            return embassy == SourceSystem.EMBASSY_PHL ? numbering.messageId() : reference;
        }

        private CrossingPoint entryPoint() {
            int r = random.nextInt(100);
            return r < 85 ? CrossingPoint.AMM : r < 90 ? CrossingPoint.AQJ : r < 95 ? CrossingPoint.KHB : CrossingPoint.WAR;
        }
    }
}
