package jo.gov.mol.dwr.sandbox.embassy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.Share;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Kind;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;
import jo.gov.mol.dwr.sandbox.mol.MolNames;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * What the embassies will send, drawn from the seed: for every worker MoL recruited, their embassy's attestation of
 * the contract, in the days before the start (a share REFUSED with a reason; the salary as in MoL's request but for
 * a share the embassy wrote otherwise); for a share of them a welfare case in the weeks after (mostly shelter
 * admissions, repatriation requests and complaints, some missing workers, rarely a death). Then what each channel
 * does besides: PHL sends a share of its events twice and a share first broken; LKA's export carries one bad record
 * and its re-export one changed record; the CSV files carry one bad row. The same seed and workers give the same
 * plan, references and event ids included; only the times follow the start. It does not depend on MoI's decisions,
 * whose order follows the hub's deliveries: an embassy attests a contract whatever MoI makes of the request.
 */
public final class EmbassyRecordPlan {
    private static final ZoneOffset AMMAN = ZoneOffset.ofHours(3);
    private static final String PHL = "PHL";
    private static final String LKA = "LKA";
    private static final List<String> REFUSALS = List.of(
            "salary below the bilateral minimum, as the contract states it",
            "no weekly rest day in the contract",
            "recruitment fees charged to the worker, against the agreement",
            "employer not on the embassy's list of cleared employers");
    private static final Map<WelfareCategory, String> SUMMARIES = Map.of(
            WelfareCategory.SHELTER_ADMISSION, "Admitted to the embassy's shelter after leaving the employer's house",
            WelfareCategory.REPATRIATION_REQUEST, "Asks to go home before the end of the contract; ticket requested",
            WelfareCategory.MISSING_WORKER, "Family in the Philippines has not heard from her for three weeks",
            WelfareCategory.COMPLAINT, "Reports unpaid wages for two months and a confiscated passport",
            WelfareCategory.DECEASED, "Death reported by the employer; repatriation of remains arranged");

    private final long seed;
    private final Random random;
    private final SandboxProperties.Embassies settings;
    private final Instant start;
    private final Map<String, Integer> sequences = new HashMap<>();
    private int eventCount;

    private EmbassyRecordPlan(long seed, SandboxProperties.Embassies settings, Instant start) {
        this.seed = seed;
        this.random = new Random(seed ^ 0x656d62617373L);
        this.settings = settings;
        this.start = start;
    }

    /**
     * @param recruits the workers MoL recruited (the hub accepted their requests)
     * @param start    now: attestations are dated in the ten days before, welfare cases in the two months after
     * @return every record, earliest first
     */
    public static List<PlannedRecord> of(long seed, SandboxProperties.Embassies settings, List<Recruit> recruits,
                                         Instant start) {
        return new EmbassyRecordPlan(seed, settings, start).records(recruits);
    }

    private List<PlannedRecord> records(List<Recruit> recruits) {
        Map<Recruit, String> middleNames = new HashMap<>();
        recruits.stream().filter(r -> PHL.equals(r.nationality())).forEach(r -> middleNames.put(r, middleName(r)));
        Set<Recruit> refused = new HashSet<>(Share.of(recruits, settings.refusedShare(), random));
        Set<Recruit> salaryOff = new HashSet<>(Share.of(recruits, settings.salaryOffShare(), random));
        List<PlannedRecord> records = new ArrayList<>();
        for (Recruit worker : recruits) {
            records.add(attestation(worker, middleNames.get(worker), refused.contains(worker), salaryOff.contains(worker)));
        }
        for (Recruit worker : Share.of(recruits, settings.welfareShare(), random)) {
            records.add(welfareCase(worker, middleNames.get(worker)));
        }
        List<PlannedRecord> twisted = twist(records);
        return twisted.stream().sorted(Comparator.comparing(PlannedRecord::occurredAt).thenComparing(PlannedRecord::reference))
                .toList();
    }

    private PlannedRecord attestation(Recruit worker, String middleName, boolean refused, boolean salaryOff) {
        OffsetDateTime at = workingHours(LocalDate.ofInstant(start, CanonicalEvent.AMMAN).minusDays(1 + random.nextInt(10)));
        BigDecimal salary = salaryOff ? off(worker.salary()) : worker.salary();
        String reason = refused ? REFUSALS.get(random.nextInt(REFUSALS.size())) : null;
        return new PlannedRecord(Kind.ATTESTATION, worker.nationality(), reference(worker.nationality(), Kind.ATTESTATION, at),
                eventId(worker.nationality()), worker, middleName, at, worker.officeLicenceNo(), worker.employerId(),
                salary, worker.currency(), refused ? AttestationStatus.REFUSED : AttestationStatus.ATTESTED, reason,
                null, null, Twist.NONE);
    }

    private PlannedRecord welfareCase(Recruit worker, String middleName) {
        OffsetDateTime at = workingHours(LocalDate.ofInstant(start, CanonicalEvent.AMMAN).plusDays(3 + random.nextInt(58)));
        WelfareCategory category = category();
        boolean namesOffice = random.nextInt(100) < 80;
        boolean namesEmployer = random.nextInt(100) < 80;
        return new PlannedRecord(Kind.WELFARE_CASE, worker.nationality(), reference(worker.nationality(), Kind.WELFARE_CASE, at),
                eventId(worker.nationality()), worker, middleName, at, namesOffice ? worker.officeLicenceNo() : null,
                namesEmployer ? worker.employerId() : null, null, null, null, null, category,
                PHL.equals(worker.nationality()) ? SUMMARIES.get(category) : null, Twist.NONE);
    }

    /** Gives each channel its twists: PHL's repeats and broken events, LKA's bad and changed records, one bad CSV row. */
    private List<PlannedRecord> twist(List<PlannedRecord> records) {
        Map<PlannedRecord, Twist> twists = new HashMap<>();
        List<PlannedRecord> phl = of(records, r -> PHL.equals(r.embassy()));
        List<PlannedRecord> sentTwice = Share.of(phl, atLeastOne(phl.size(), settings.duplicateShare()), random);
        sentTwice.forEach(r -> twists.put(r, Twist.SENT_TWICE));
        List<PlannedRecord> rest = of(phl, r -> !twists.containsKey(r));
        Share.of(rest, atLeastOne(phl.size(), settings.invalidShare()), random).forEach(r -> twists.put(r, Twist.BROKEN_FIRST));

        Share.of(of(records, r -> LKA.equals(r.embassy()) && r.isAttestation()), 1, random)
                .forEach(r -> twists.put(r, Twist.CHANGED_LATER));
        Share.of(of(records, r -> LKA.equals(r.embassy()) && !twists.containsKey(r)), 1, random)
                .forEach(r -> twists.put(r, Twist.BROKEN_FIRST));
        // an attestation, so that the row goes in its embassy's first file and its correction in the second
        Share.of(of(records, r -> EmbassyCsvRecords.EMBASSIES.contains(r.embassy()) && r.isAttestation()), 1, random)
                .forEach(r -> twists.put(r, Twist.BROKEN_FIRST));
        return records.stream().map(r -> twists.containsKey(r) ? withTwist(r, twists.get(r)) : r).toList();
    }

    private static PlannedRecord withTwist(PlannedRecord r, Twist twist) {
        return new PlannedRecord(r.kind(), r.embassy(), r.reference(), r.eventId(), r.worker(), r.middleName(),
                r.occurredAt(), r.officeLicenceNo(), r.employerId(), r.salary(), r.currency(), r.status(), r.reason(),
                r.category(), r.summary(), twist);
    }

    private static List<PlannedRecord> of(List<PlannedRecord> records, Predicate<PlannedRecord> which) {
        return records.stream().filter(which).toList();
    }

    /** The share of {@code size}, rounded, but at least one when the share is above 0. */
    private static int atLeastOne(int size, double share) {
        return share <= 0 ? 0 : Math.max(1, (int) Math.round(size * Math.min(1, share)));
    }

    /** The mother's maiden name, which most Filipinos carry between their given names and surname. */
    private String middleName(Recruit worker) {
        if (random.nextInt(100) >= 70) {
            return null;
        }
        String middle = MolNames.person(random, PHL, true).surname().en();
        return middle.equals(worker.surname()) ? null : middle;
    }

    /** The salary as the embassy wrote it, 25 or 50 more or less than MoL's request. */
    private BigDecimal off(BigDecimal salary) {
        BigDecimal by = BigDecimal.valueOf(25L * (1 + random.nextInt(2)));
        return random.nextBoolean() || salary.compareTo(by) <= 0 ? salary.add(by) : salary.subtract(by);
    }

    private WelfareCategory category() {
        int r = random.nextInt(100);
        if (r < 35) {
            return WelfareCategory.SHELTER_ADMISSION;
        } else if (r < 60) {
            return WelfareCategory.REPATRIATION_REQUEST;
        } else if (r < 82) {
            return WelfareCategory.COMPLAINT;
        } else if (r < 97) {
            return WelfareCategory.MISSING_WORKER;
        }
        return WelfareCategory.DECEASED;
    }

    /** PHL's and LKA's reference forms as interfaces.md shows them; the other embassies number alike under their code. */
    private String reference(String embassy, Kind kind, OffsetDateTime at) {
        int n = sequences.merge(embassy + kind + at.getYear(), 1, Integer::sum);
        return reference(embassy, kind == Kind.ATTESTATION, at.getYear(), n);
    }

    /** The n-th reference of the year in the embassy's own form: an attestation's, or else a welfare case's. */
    public static String reference(String embassy, boolean attestation, int year, int n) {
        return switch (embassy) {
            case PHL -> "PH-%s-%d-%06d".formatted(attestation ? "VER" : "CASE", year, n);
            case LKA -> "LK-%s-%d-%05d".formatted(attestation ? "ATT" : "CASE", year, n);
            default -> "%s-%s-%d-%05d".formatted(embassy, attestation ? "ATT" : "WC", year, n);
        };
    }

    /** Only PHL's events carry an id of their own. */
    private UUID eventId(String embassy) {
        if (!PHL.equals(embassy)) {
            return null;
        }
        return UUID.nameUUIDFromBytes(("Embassy event:" + seed + ":" + ++eventCount).getBytes(StandardCharsets.UTF_8));
    }

    private OffsetDateTime workingHours(LocalDate day) {
        return day.atTime(8 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).atOffset(AMMAN);
    }
}
