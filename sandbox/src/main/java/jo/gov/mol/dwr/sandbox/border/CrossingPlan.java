package jo.gov.mol.dwr.sandbox.border;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.Share;
import jo.gov.mol.dwr.sandbox.mol.MolNames;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * The crossings the border will see, drawn from the seed: an entry, on the MoI approval in force, for a share of the
 * approved workers, mostly at Queen Alia airport, in the two days after the approvals; an exit, two to fourteen days
 * later, for a share of those; and other travellers of the same nationalities, who have no recruitment request, each
 * crossing once anywhere. A share of all crossings is marked lost on the real-time link. The same seed, workers and
 * approvals give the same plan, event ids included; only the times follow the start.
 */
public final class CrossingPlan {
    /** Where a worker enters or leaves when not at Queen Alia airport. */
    private static final List<CrossingPoint> OVERLAND = List.of(CrossingPoint.AQJ, CrossingPoint.KHB, CrossingPoint.WAR);

    private final long seed;
    private final Random random;
    private final SandboxProperties.Border settings;
    private final Instant start;
    private final Set<String> passportNos = new HashSet<>();
    private int crossingCount;

    private CrossingPlan(long seed, SandboxProperties.Border settings, Instant start) {
        this.seed = seed;
        this.random = new Random(seed ^ 0x626f72646572L);
        this.settings = settings;
        this.start = start.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * @param recruits  the workers MoL recruited
     * @param approvals the approval number in force by RequestId, for the requests MoI approved (and did not revoke)
     * @param start     when the approvals were made: no crossing is earlier
     * @return every crossing, earliest first
     */
    public static List<Crossing> of(long seed, SandboxProperties.Border settings, List<Recruit> recruits,
                                    Map<String, String> approvals, Instant start) {
        return new CrossingPlan(seed, settings, start).crossings(recruits, approvals);
    }

    private List<Crossing> crossings(List<Recruit> recruits, Map<String, String> approvals) {
        recruits.forEach(recruit -> passportNos.add(recruit.passportNo()));
        List<Recruit> approved = recruits.stream().filter(recruit -> approvals.containsKey(recruit.requestId())).toList();
        List<Crossing> crossings = new ArrayList<>();
        List<Crossing> entries = new ArrayList<>();
        for (Recruit recruit : share(approved, settings.crossingsShare())) {
            Traveller worker = new Traveller(passport(recruit), recruit.requestId());
            Instant at = start.plusSeconds(3600 + random.nextInt(47 * 3600));
            entries.add(new Crossing(eventId(), workerPoint(15), Direction.ENTRY, at, worker,
                    approvals.get(recruit.requestId()), false));
        }
        crossings.addAll(entries);
        for (Crossing entry : share(entries, settings.exitShare())) {
            Instant at = entry.occurredAt().plus(Duration.ofDays(2 + random.nextInt(13))).plusSeconds(random.nextInt(86_400));
            crossings.add(new Crossing(eventId(), workerPoint(10), Direction.EXIT, at, entry.traveller(), null, false));
        }
        List<String> nationalities = MolNames.nationalities();
        CrossingPoint[] points = CrossingPoint.values();
        for (int i = 0; i < settings.otherTravellers(); i++) {
            Traveller other = new Traveller(otherPassport(nationalities.get(random.nextInt(nationalities.size()))), null);
            Instant at = start.plusSeconds(random.nextInt(72 * 3600));
            Direction direction = random.nextBoolean() ? Direction.ENTRY : Direction.EXIT;
            crossings.add(new Crossing(eventId(), points[random.nextInt(points.length)], direction, at, other, null, false));
        }
        Set<Crossing> lost = new HashSet<>(share(crossings, settings.lostShare()));
        return crossings.stream()
                .map(c -> lost.contains(c) ? new Crossing(c.eventId(), c.point(), c.direction(), c.occurredAt(), c.traveller(), c.visaRef(), true) : c)
                .sorted(Comparator.comparing(Crossing::occurredAt).thenComparing(Crossing::eventId))
                .toList();
    }

    private Passport passport(Recruit recruit) {
        return Passport.of(recruit.passportNo(), recruit.nationality(), recruit.surname(), recruit.givenNames(),
                recruit.birthDate(), recruit.sex(), expiry());
    }

    /** Someone MoL never recruited: a name and passport number of their nationality that no worker has. */
    private Passport otherPassport(String nationality) {
        boolean woman = random.nextBoolean();
        MolNames.PersonName name = MolNames.person(random, nationality, woman);
        String number;
        do {
            number = MolNames.passportNo(random, nationality);
        } while (!passportNos.add(number));
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
        return Passport.of(number, nationality, name.surname().en(), name.given().en(), born, woman ? "F" : "M", expiry());
    }

    /** A passport valid one to nine years beyond the crossings. */
    private LocalDate expiry() {
        return LocalDate.ofInstant(start, CanonicalEvent.AMMAN).plusDays(365 + random.nextInt(365 * 8));
    }

    private <T> List<T> share(List<T> values, double share) {
        return Share.of(values, share, random);
    }

    private UUID eventId() {
        return UUID.nameUUIDFromBytes(("Border crossing:" + seed + ":" + ++crossingCount).getBytes(StandardCharsets.UTF_8));
    }

    /** Queen Alia airport, but for {@code overlandPercent} of the workers, who come or go over land or by Aqaba. */
    private CrossingPoint workerPoint(int overlandPercent) {
        return random.nextInt(100) < overlandPercent ? OVERLAND.get(random.nextInt(OVERLAND.size())) : CrossingPoint.AMM;
    }
}
