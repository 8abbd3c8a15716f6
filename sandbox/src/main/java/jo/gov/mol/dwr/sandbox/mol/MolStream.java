package jo.gov.mol.dwr.sandbox.mol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import jo.gov.mol.dwr.mappings.mol.events.AbscondingReport;
import jo.gov.mol.dwr.mappings.mol.events.Complaint;
import jo.gov.mol.dwr.mappings.mol.events.ComplaintCategory;
import jo.gov.mol.dwr.mappings.mol.events.ComplaintStatus;
import jo.gov.mol.dwr.mappings.mol.events.Contract;
import jo.gov.mol.dwr.mappings.mol.events.Currency;
import jo.gov.mol.dwr.mappings.mol.events.Employer;
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
import jo.gov.mol.dwr.sandbox.Numbering;
import jo.gov.mol.dwr.sandbox.BilateralTerms;

/**
 * A seeded stream of everything MoL's Domestic Workers System sends the hub (interfaces.md 1a): first the
 * recruitment offices' licences, then for each worker a recruitment request and, for many, what follows it (a
 * work permit, a transfer to another employer, complaints and their status changes, an absconding report), in
 * the order of their dates. Some messages are sent twice under one message id (the hub answers {@code DUPLICATE});
 * some are first sent broken and then corrected under the same id (the hub refuses the first and accepts the
 * second). The same seed gives the same stream, message ids included.
 * <p>
 * The stream is cut into lanes, one per sender: one worker's messages all go in one lane, in order, so that a
 * permit never overtakes its request; offices are all sent before any worker.
 */
public final class MolStream {
    /** The answer a planned message should get. */
    public enum Expect { ACCEPTED, DUPLICATE, REFUSED }

    /** One message to send: the JAXB request, its id, the defect it was given (or null), and the expected answer. */
    public record Planned(Object request, String messageId, Defect defect, Expect expected) {
        public String type() {
            return request.getClass().getSimpleName();
        }
    }

    private static final ZoneOffset AMMAN = ZoneOffset.ofHours(3);
    private static final LocalDate OFFICES_LOADED = LocalDate.of(2024, 12, 1);
    private static final LocalDate FIRST_REQUEST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST_REQUEST = LocalDate.of(2026, 5, 31);
    /** No fact in the stream is dated after this day. */
    private static final LocalDate END = LocalDate.of(2026, 11, 20);

    private final List<List<Planned>> officeLanes;
    private final List<List<Planned>> workerLanes;
    private final int offices;
    private final List<Recruit> recruits;

    private MolStream(List<List<Planned>> officeLanes, List<List<Planned>> workerLanes, int offices, List<Recruit> recruits) {
        this.officeLanes = officeLanes;
        this.workerLanes = workerLanes;
        this.offices = offices;
        this.recruits = List.copyOf(recruits);
    }

    /**
     * @param lanes           how many lanes to cut the stream into (the number of concurrent senders)
     * @param duplicateShare  the share of accepted messages sent once more under the same id
     * @param invalidShare    the share of messages first sent broken
     */
    public static MolStream generate(long seed, int workers, int lanes, double duplicateShare, double invalidShare) {
        return new Generator(seed, workers, Math.max(1, lanes), duplicateShare, invalidShare).generate();
    }

    public List<List<Planned>> officeLanes() {
        return officeLanes;
    }

    public List<List<Planned>> workerLanes() {
        return workerLanes;
    }

    /** Every planned message: offices first, then the workers' lanes one after the other. */
    public List<Planned> all() {
        return Stream.concat(officeLanes.stream(), workerLanes.stream()).flatMap(List::stream).toList();
    }

    public int size() {
        return all().size();
    }

    public long expected(Expect answer) {
        return all().stream().filter(p -> p.expected() == answer).count();
    }

    public int offices() {
        return offices;
    }

    public int workers() {
        return recruits.size();
    }

    /** Every worker recruited, in the order of their requests. */
    public List<Recruit> recruits() {
        return recruits;
    }

    private record Office(String licenceNo, String governorate) {
    }

    private record EmployerRef(String nationalId, String name, String governorate) {
    }

    private static final class Generator {
        private final Random random;
        private final int workers;
        private final int lanes;
        private final double duplicateShare;
        private final double invalidShare;
        private final Numbering numbering;
        private final List<Office> offices = new ArrayList<>();
        private final List<EmployerRef> employers = new ArrayList<>();
        private final List<Recruit> recruits = new ArrayList<>();

        Generator(long seed, int workers, int lanes, double duplicateShare, double invalidShare) {
            this.random = new Random(seed);
            this.numbering = new Numbering(random);
            this.workers = workers;
            this.lanes = lanes;
            this.duplicateShare = duplicateShare;
            this.invalidShare = invalidShare;
        }

        MolStream generate() {
            List<List<Planned>> officeLanes = emptyLanes();
            int officeCount = Math.max(3, Math.min(MolNames.officeNames(), Math.round(workers / 6f)));
            for (int i = 0; i < officeCount; i++) {
                emit(officeLanes.get(i % lanes), office(i));
            }
            for (int i = 0; i < Math.max(3, workers * 3 / 4); i++) {
                employers.add(new EmployerRef(numbering.nationalId(), MolNames.employer(random), governorate()));
            }
            // MoL numbers requests in the order they come, so recruit in date order
            List<LocalDate> requested = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                requested.add(between(FIRST_REQUEST, LAST_REQUEST));
            }
            requested.sort(null);
            List<List<Planned>> workerLanes = emptyLanes();
            for (int i = 0; i < workers; i++) {
                worker(workerLanes.get(i % lanes), requested.get(i));
            }
            return new MolStream(officeLanes, workerLanes, officeCount, recruits);
        }

        private List<List<Planned>> emptyLanes() {
            List<List<Planned>> all = new ArrayList<>();
            for (int i = 0; i < lanes; i++) {
                all.add(new ArrayList<>());
            }
            return all;
        }

        /** The message, maybe first broken, maybe once more. */
        private void emit(List<Planned> lane, Object request) {
            String messageId = messageIdOf(request);
            if (random.nextDouble() < invalidShare) {
                lane.add(broken(request, messageId, random));
            }
            lane.add(new Planned(request, messageId, null, Expect.ACCEPTED));
            if (random.nextDouble() < duplicateShare) {
                lane.add(new Planned(request, messageId, null, Expect.DUPLICATE));
            }
        }

        private OfficeLicence office(int i) {
            MolNames.Name name = MolNames.office(i);
            LocalDate validFrom = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
            Office office = new Office(numbering.licenceNo(), governorate());
            offices.add(office);
            OfficeLicence licence = new OfficeLicence();
            licence.setMessageId(newMessageId());
            licence.setSentAt(MolXml.instant(OFFICES_LOADED.atTime(8, 0).atOffset(AMMAN).plusMinutes(7L * i).plusSeconds(random.nextInt(60))));
            licence.setLicenceNo(office.licenceNo());
            licence.setNameEn(name.en());
            licence.setNameAr(name.ar());
            licence.setGovernorate(office.governorate());
            int status = random.nextInt(100);
            licence.setStatus(status < 88 ? LicenceStatus.ACTIVE : status < 96 ? LicenceStatus.SUSPENDED : LicenceStatus.REVOKED);
            licence.setValidFrom(MolXml.date(validFrom));
            licence.setValidUntil(MolXml.date(validFrom.plusYears(3).minusDays(1)));
            licence.setAnnualQuota(BigInteger.valueOf(50 + 10L * random.nextInt(36)));
            return licence;
        }

        private void worker(List<Planned> lane, LocalDate requested) {
            String nationality = weighted(NATIONALITIES);
            Occupation occupation = Occupation.valueOf(weighted(OCCUPATIONS));
            boolean woman = occupation != Occupation.DRIVER && occupation != Occupation.GARDENER;
            String passportNo = passportNo(nationality);
            EmployerRef employer = MolNames.pick(random, employers);
            Office office = MolNames.pick(random, offices);

            OffsetDateTime requestedAt = workingHours(requested);
            RecruitmentRequest request = new RecruitmentRequest();
            request.setMessageId(newMessageId());
            request.setSentAt(MolXml.instant(sentSoonAfter(requestedAt)));
            String requestId = numbering.requestId(requested.getYear());
            request.setRequestId(requestId);
            request.setOfficeLicenceNo(office.licenceNo());
            request.setEmployer(employer(employer));
            Worker worker = new Worker();
            worker.setPassportNo(passportNo);
            worker.setNationality(nationality);
            MolNames.PersonName name = MolNames.person(random, nationality, woman);
            worker.setNameEn(name.full().en());
            worker.setNameAr(name.full().ar());
            LocalDate born = between(LocalDate.of(1975, 1, 1), LocalDate.of(2003, 12, 31));
            worker.setDateOfBirth(MolXml.date(born));
            worker.setSex(woman ? Sex.F : Sex.M);
            request.setWorker(worker);
            request.setOccupation(occupation);
            int months = weightedMonths();
            request.setContract(contract(nationality, months));
            Salary salary = request.getContract().getMonthlySalary();
            recruits.add(new Recruit(requestId, passportNo, nationality, name.surname().en(), name.given().en(), born,
                    woman ? "F" : "M", office.licenceNo(), employer.nationalId(), salary.getValue(),
                    salary.getCurrency().value()));
            request.setRequestedAt(MolXml.instant(requestedAt));
            emit(lane, request);

            LocalDate cursor = requested;
            if (random.nextInt(100) < 80) {
                LocalDate issued = requested.plusDays(30 + random.nextInt(61));
                WorkPermit permit = new WorkPermit();
                permit.setMessageId(newMessageId());
                permit.setSentAt(MolXml.instant(sentSoonAfter(workingHours(issued))));
                permit.setPermitNo(numbering.permitNo(issued.getYear()));
                permit.setRequestId(requestId);
                permit.setPassportNo(passportNo);
                permit.setNationality(nationality);
                permit.setEmployerNationalId(employer.nationalId());
                permit.setIssuedOn(MolXml.date(issued));
                permit.setExpiresOn(MolXml.date(issued.plusMonths(months).minusDays(1)));
                emit(lane, permit);
                cursor = issued;

                if (random.nextInt(100) < 8) {
                    LocalDate effective = cursor.plusDays(60 + random.nextInt(241));
                    if (!effective.isAfter(END)) {
                        EmployerRef to = otherThan(employer);
                        EmployerTransfer transfer = new EmployerTransfer();
                        transfer.setMessageId(newMessageId());
                        transfer.setSentAt(MolXml.instant(sentSoonAfter(workingHours(effective))));
                        transfer.setTransferId(numbering.transferId(effective.getYear()));
                        transfer.setPassportNo(passportNo);
                        transfer.setNationality(nationality);
                        transfer.setFromEmployerNationalId(employer.nationalId());
                        transfer.setToEmployerNationalId(to.nationalId());
                        if (random.nextBoolean()) {
                            transfer.setOfficeLicenceNo(MolNames.pick(random, offices).licenceNo());
                        }
                        transfer.setEffectiveOn(MolXml.date(effective));
                        emit(lane, transfer);
                        employer = to;
                        cursor = effective;
                    }
                }
            }
            if (random.nextInt(100) < 12) {
                cursor = complaint(lane, cursor, passportNo, nationality, office, employer);
            }
            if (random.nextInt(100) < 6) {
                LocalDate lastSeen = cursor.plusDays(20 + random.nextInt(300));
                LocalDate reported = lastSeen.plusDays(1 + random.nextInt(7));
                if (!reported.isAfter(END)) {
                    AbscondingReport report = new AbscondingReport();
                    report.setMessageId(newMessageId());
                    report.setSentAt(MolXml.instant(sentSoonAfter(workingHours(reported))));
                    report.setReportId(numbering.reportId(reported.getYear()));
                    report.setEmployerNationalId(employer.nationalId());
                    report.setPassportNo(passportNo);
                    report.setNationality(nationality);
                    report.setLastSeenOn(MolXml.date(lastSeen));
                    report.setReportedOn(MolXml.date(reported));
                    emit(lane, report);
                }
            }
        }

        /** A complaint and, for about half, its later change of status under a new message id. */
        private LocalDate complaint(List<Planned> lane, LocalDate after, String passportNo, String nationality,
                                    Office office, EmployerRef employer) {
            LocalDate filed = after.plusDays(10 + random.nextInt(190));
            if (filed.isAfter(END)) {
                return after;
            }
            Complaint complaint = new Complaint();
            complaint.setMessageId(newMessageId());
            OffsetDateTime sentAt = sentSoonAfter(workingHours(filed));
            complaint.setSentAt(MolXml.instant(sentAt));
            complaint.setComplaintId(numbering.complaintId(filed.getYear()));
            complaint.setFiledOn(MolXml.date(filed));
            complaint.setFiledBy(FiledBy.valueOf(weighted(FILED_BY)));
            complaint.setPassportNo(passportNo);
            complaint.setNationality(nationality);
            if (random.nextInt(100) < 70) {
                complaint.setOfficeLicenceNo(office.licenceNo());
            }
            if (random.nextInt(100) < 85) {
                complaint.setEmployerNationalId(employer.nationalId());
            }
            complaint.setCategory(ComplaintCategory.valueOf(weighted(CATEGORIES)));
            complaint.setStatus(ComplaintStatus.OPEN);
            emit(lane, complaint);

            LocalDate decided = filed.plusDays(10 + random.nextInt(51));
            if (random.nextBoolean() && !decided.isAfter(END)) {
                Complaint update = MolXml.copy(complaint);
                update.setMessageId(newMessageId());
                update.setSentAt(MolXml.instant(sentSoonAfter(workingHours(decided))));
                update.setStatus(random.nextInt(100) < 60 ? ComplaintStatus.SUBSTANTIATED : ComplaintStatus.UNSUBSTANTIATED);
                emit(lane, update);
                return decided;
            }
            return filed;
        }

        private Employer employer(EmployerRef ref) {
            Employer employer = new Employer();
            employer.setNationalId(ref.nationalId());
            employer.setName(ref.name());
            employer.setGovernorate(ref.governorate());
            return employer;
        }

        private Contract contract(String nationality, int months) {
            int minimum = BilateralTerms.of(nationality).minimumSalaryUsd();
            // a few contracts under the bilateral minimum, as in life
            int usd = random.nextInt(100) < 6 ? minimum - 25 * (1 + random.nextInt(3)) : minimum + 25 * random.nextInt(5);
            Salary salary = new Salary();
            if (random.nextInt(100) < 25) {
                salary.setCurrency(Currency.JOD);
                salary.setValue(BigDecimal.valueOf(usd).divide(BilateralTerms.USD_PER_JOD, 0, RoundingMode.HALF_UP));
            } else {
                salary.setCurrency(Currency.USD);
                salary.setValue(BigDecimal.valueOf(usd));
            }
            Contract contract = new Contract();
            contract.setMonthlySalary(salary);
            contract.setDurationMonths(months);
            return contract;
        }

        private int weightedMonths() {
            int r = random.nextInt(10);
            return r == 0 ? 12 : r == 1 ? 36 : 24;
        }

        private EmployerRef otherThan(EmployerRef employer) {
            EmployerRef other;
            do {
                other = MolNames.pick(random, employers);
            } while (other.equals(employer));
            return other;
        }

        private String passportNo(String nationality) {
            return numbering.passportNo(nationality);
        }

        private String governorate() {
            return weighted(GOVERNORATES);
        }

        private LocalDate between(LocalDate first, LocalDate last) {
            return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
        }

        private OffsetDateTime workingHours(LocalDate day) {
            return day.atTime(8 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).atOffset(AMMAN);
        }

        /** A few minutes after the fact; now and then with milliseconds, which the contract allows. */
        private OffsetDateTime sentSoonAfter(OffsetDateTime at) {
            OffsetDateTime sent = at.plusSeconds(30 + random.nextInt(1800));
            return random.nextInt(100) < 30 ? sent.plusNanos(1_000_000L * (1 + random.nextInt(999))) : sent;
        }

        private String newMessageId() {
            long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
            long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb).toString();
        }

        private <T> T weighted(Map<T, Integer> weights) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int r = random.nextInt(total);
            // iterate in a fixed order, so that the same seed picks the same values
            for (Map.Entry<T, Integer> e : weights.entrySet()) {
                r -= e.getValue();
                if (r < 0) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }

    /** A copy of the request with one of the defects that fit it, to be refused before the request goes right. */
    public static Planned broken(Object request, String messageId, Random random) {
        Object broken = MolXml.copy(request);
        Defect defect = MolNames.pick(random, Defect.fitting(request));
        defect.applyTo(broken);
        return new Planned(broken, messageId, defect, Expect.REFUSED);
    }

    private static String messageIdOf(Object request) {
        if (request instanceof RecruitmentRequest r) {
            return r.getMessageId();
        } else if (request instanceof WorkPermit r) {
            return r.getMessageId();
        } else if (request instanceof Complaint r) {
            return r.getMessageId();
        } else if (request instanceof AbscondingReport r) {
            return r.getMessageId();
        } else if (request instanceof EmployerTransfer r) {
            return r.getMessageId();
        } else if (request instanceof OfficeLicence r) {
            return r.getMessageId();
        }
        throw new IllegalArgumentException("not a MoL request: " + request.getClass().getName());
    }

    private static <T> Map<T, Integer> ordered(Object... pairs) {
        Map<T, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T key = (T) pairs[i];
            map.put(key, (Integer) pairs[i + 1]);
        }
        return map;
    }

    // Roughly the mix of domestic workers in Jordan; IDN and NPL deployment is suspended, so they are few
    private static final Map<String, Integer> NATIONALITIES = ordered("PHL", 28, "BGD", 18, "LKA", 12, "KEN", 10,
            "UGA", 10, "ETH", 8, "GHA", 8, "IDN", 3, "NPL", 3);
    private static final Map<String, Integer> OCCUPATIONS = ordered("HOUSEKEEPER", 60, "NANNY", 10, "CAREGIVER", 10,
            "COOK", 8, "DRIVER", 7, "GARDENER", 5);
    private static final Map<String, Integer> GOVERNORATES = ordered("AMMAN", 45, "IRBID", 15, "ZARQA", 12, "BALQA", 6,
            "MADABA", 4, "AQABA", 4, "MAFRAQ", 3, "JERASH", 3, "KARAK", 3, "AJLOUN", 2, "MAAN", 2, "TAFILAH", 1);
    private static final Map<String, Integer> FILED_BY = ordered("WORKER", 40, "EMBASSY", 20, "NGO", 15, "INSPECTOR", 15,
            "EMPLOYER", 10);
    private static final Map<String, Integer> CATEGORIES = ordered("UNPAID_WAGES", 30, "PASSPORT_CONFISCATION", 15,
            "EXCESSIVE_HOURS", 15, "CONFINEMENT", 8, "PHYSICAL_ABUSE", 7, "SEXUAL_ABUSE", 3, "DECEPTIVE_RECRUITMENT", 8,
            "RECRUITMENT_FEES", 9, "OTHER", 5);
}
