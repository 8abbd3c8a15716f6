package jo.gov.mol.dwr.sandbox.embassy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.sandbox.DropFolder;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.StreamsRun;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord.Twist;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * Plays the sending countries' embassies (interfaces.md 4) once MoI has decided: plans the attestations of the
 * recruited workers' contracts and
 * their welfare cases ({@link EmbassyRecordPlan}) and sends each through its embassy's channel. In a first round Sri
 * Lanka drops its export (one record broken) and the CSV embassies their attestations (one row broken) into their
 * folders of the hub's inbox, while the Philippine embassy posts its events ({@link PhlSender}); once the hub has
 * taken the first round, Sri Lanka drops a re-export of the same records (one changed, the broken one corrected)
 * and the CSV embassies their welfare cases, with the broken row corrected. The sandbox's
 * {@code SandboxSimulation} runs it.
 */
@Component
@StreamsRun
public class EmbassySimulator {
    static final String EVENTS = "/api/embassies/PHL/events";
    static final Set<String> PHL = Set.of("PHL");
    static final Set<String> LKA = Set.of("LKA");
    static final Set<String> CSV = Set.copyOf(EmbassyCsvRecords.EMBASSIES);
    private static final Logger LOG = LoggerFactory.getLogger(EmbassySimulator.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final Duration POLL = Duration.ofMillis(200);

    /** A row of a report the hub wrote for one of the embassies' files. */
    public record Reported(String embassy, String file, DropFolder.ReportRow row) {
    }

    private final SandboxProperties properties;
    private final RestClient http;
    private final Path inbox;

    EmbassySimulator(SandboxProperties properties, RestClient.Builder http, @Value("${hub.embassies.inbox}") Path inbox) {
        this.properties = properties;
        this.http = http.build();
        this.inbox = inbox;
    }

    /**
     * @param hub      the hub's address, {@code http://localhost:<port>}
     * @param recruits the workers MoL recruited (the hub accepted their requests)
     */
    public EmbassyRun run(URI hub, List<Recruit> recruits) throws InterruptedException {
        long started = System.nanoTime();
        SandboxProperties.Embassies settings = properties.embassies();
        if (settings.phlToken() == null || settings.phlToken().isBlank()) {
            throw new IllegalStateException("sandbox.embassies.phl-token is not set: the Philippine embassy cannot sign in");
        }
        Instant start = Instant.now();
        List<PlannedRecord> records = EmbassyRecordPlan.of(properties.seed(), settings, recruits, start);
        OffsetDateTime generatedAt = start.atZone(CanonicalEvent.AMMAN).toOffsetDateTime();
        List<EmbassyFile> first = firstRound(records, generatedAt);
        List<EmbassyFile> second = secondRound(records, generatedAt.plusHours(1));
        List<PlannedRecord> events = records.stream().filter(r -> PHL.contains(r.embassy())).toList();
        AcceptedVersions versions = new AcceptedVersions();
        versions.addEvents(events);
        first.forEach(versions::addFile);
        second.forEach(versions::addFile);

        LOG.info("Embassy simulator: {} records of {} embassies; PHL posts {} events to {}, LKA and the CSV embassies drop"
                        + " {} files into {}", records.size(), records.stream().map(PlannedRecord::embassy).distinct().count(),
                events.size(), hub.resolve(EVENTS), first.size() + second.size(), inbox);
        first.forEach(this::drop);
        PhlRun phl = events.isEmpty() ? PhlRun.none()
                : new PhlSender(http, hub.resolve(EVENTS), settings.phlToken()).send(events);
        awaitTaken(first, settings.settleTimeout());
        second.forEach(this::drop);
        List<EmbassyFile> files = new ArrayList<>(first);
        files.addAll(second);
        LOG.info("Embassy simulator: PHL made {} calls; dropped {} files, the second round once the hub had taken the first",
                phl.calls(), files.size());
        return new EmbassyRun(records, phl, files, versions.list(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Where the hub has put the run's files. */
    public InboxState inbox(EmbassyRun run) {
        return EmbassyChannels.whereabouts(inbox, run.files());
    }

    /** Every row of the reports the hub wrote for the run's files so far. */
    public List<Reported> reports(EmbassyRun run) {
        List<Reported> reported = new ArrayList<>();
        for (EmbassyFile file : run.files()) {
            folder(file).report(file.name()).forEach(row -> reported.add(new Reported(file.embassy(), file.name(), row)));
        }
        return reported;
    }

    /** Sri Lanka's export, with its broken record; each CSV embassy's attestations, one row broken. */
    private static List<EmbassyFile> firstRound(List<PlannedRecord> records, OffsetDateTime generatedAt) {
        List<EmbassyFile> files = new ArrayList<>();
        List<PlannedRecord> lka = records.stream().filter(r -> LKA.contains(r.embassy())).toList();
        if (!lka.isEmpty()) {
            files.add(LkaExport.write(exportName(generatedAt, 1), generatedAt, lka, broken(lka)));
        }
        for (String embassy : new TreeSet<>(CSV)) {
            List<PlannedRecord> attestations = records.stream()
                    .filter(r -> embassy.equals(r.embassy()) && r.isAttestation()).toList();
            if (!attestations.isEmpty()) {
                files.add(EmbassyCsvFile.write(embassy, csvName(embassy, generatedAt, 1), attestations, broken(attestations)));
            }
        }
        return files;
    }

    /**
     * Sri Lanka's re-export of every record, one changed and the broken one corrected; each CSV embassy's welfare
     * cases and the rows it corrected.
     */
    private static List<EmbassyFile> secondRound(List<PlannedRecord> records, OffsetDateTime generatedAt) {
        List<EmbassyFile> files = new ArrayList<>();
        List<PlannedRecord> lka = records.stream().filter(r -> LKA.contains(r.embassy()))
                .map(r -> r.twist() == Twist.CHANGED_LATER ? r.changed() : r).toList();
        if (!lka.isEmpty()) {
            files.add(LkaExport.write(exportName(generatedAt, 2), generatedAt, lka, List.of()));
        }
        for (String embassy : new TreeSet<>(CSV)) {
            List<PlannedRecord> rows = records.stream().filter(r -> embassy.equals(r.embassy())
                    && (!r.isAttestation() || r.twist() == Twist.BROKEN_FIRST)).toList();
            if (!rows.isEmpty()) {
                files.add(EmbassyCsvFile.write(embassy, csvName(embassy, generatedAt, 2), rows, List.of()));
            }
        }
        return files;
    }

    private static List<PlannedRecord> broken(List<PlannedRecord> records) {
        return records.stream().filter(r -> r.twist() == Twist.BROKEN_FIRST).toList();
    }

    private static String exportName(OffsetDateTime generatedAt, int round) {
        return "SLBFE_EXPORT_%s_%d.xml".formatted(STAMP.format(generatedAt), round);
    }

    private static String csvName(String embassy, OffsetDateTime generatedAt, int round) {
        return "%s_RECORDS_%s_%d.csv".formatted(embassy, STAMP.format(generatedAt), round);
    }

    private void drop(EmbassyFile file) {
        folder(file).drop(file.name(), file.content());
    }

    private DropFolder folder(EmbassyFile file) {
        return new DropFolder(inbox.resolve(file.embassy()));
    }

    /** The second round must not overtake the first: an LKA record's current version is the latest to arrive. */
    private void awaitTaken(List<EmbassyFile> files, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!files.stream().allMatch(file -> folder(file).isTaken(file.name()))) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Embassy simulator: after {} the hub has not taken every file of the first round; dropping the second anyway",
                        timeout);
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
