package jo.gov.mol.dwr.sandbox.embassy;

import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.web.client.RestClient;

import jo.gov.mol.dwr.sandbox.DropFolder;
import jo.gov.mol.dwr.sandbox.InboxState;

/**
 * Every embassy's channel (interfaces.md 4) for a caller that decides itself what each embassy sends when: the
 * Philippine embassy's events over REST, Sri Lanka's XML export and the other embassies' CSV files, each file
 * holding the records of one sending.
 */
public final class EmbassyChannels {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    /** What one sending did: PHL's answers, and the files dropped (embassy and name). */
    public record Sent(PhlRun phl, List<EmbassyFile> files) {
    }

    private final PhlSender phl;
    private final Path inbox;

    public EmbassyChannels(RestClient http, URI hub, String phlToken, Path inbox) {
        this.phl = new PhlSender(http, hub.resolve(EmbassySimulator.EVENTS), phlToken);
        this.inbox = inbox;
    }

    public Sent send(List<PlannedRecord> records, OffsetDateTime generatedAt) {
        List<PlannedRecord> events = records.stream().filter(r -> EmbassySimulator.PHL.contains(r.embassy())).toList();
        PhlRun answered = events.isEmpty() ? PhlRun.none() : phl.deliver(events);
        List<EmbassyFile> files = new ArrayList<>();
        List<PlannedRecord> lka = records.stream().filter(r -> EmbassySimulator.LKA.contains(r.embassy())).toList();
        if (!lka.isEmpty()) {
            files.add(LkaExport.write("SLBFE_EXPORT_%s.xml".formatted(STAMP.format(generatedAt)), generatedAt, lka, List.of()));
        }
        for (String embassy : new TreeSet<>(EmbassySimulator.CSV)) {
            List<PlannedRecord> rows = records.stream().filter(r -> embassy.equals(r.embassy())).toList();
            if (!rows.isEmpty()) {
                files.add(EmbassyCsvFile.write(embassy, "%s_RECORDS_%s.csv".formatted(embassy, STAMP.format(generatedAt)),
                        rows, List.of()));
            }
        }
        files.forEach(file -> new DropFolder(inbox.resolve(file.embassy())).drop(file.name(), file.content()));
        return new Sent(answered, files);
    }

    /** Where the hub has put these files. */
    public InboxState whereabouts(List<EmbassyFile> files) {
        return whereabouts(inbox, files);
    }

    /** Where the hub has put these files of the embassies' inbox: each in its embassy's folder. */
    static InboxState whereabouts(Path inbox, List<EmbassyFile> files) {
        int loaded = 0;
        int rejected = 0;
        int waiting = 0;
        for (EmbassyFile file : files) {
            InboxState state = new DropFolder(inbox.resolve(file.embassy())).whereabouts(List.of(file.name()));
            loaded += state.loaded();
            rejected += state.rejected();
            waiting += state.waiting();
        }
        return new InboxState(loaded, rejected, waiting);
    }
}
