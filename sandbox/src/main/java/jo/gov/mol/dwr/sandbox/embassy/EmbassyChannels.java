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
 * holding the records of one sending, dropped when the caller says.
 */
public final class EmbassyChannels {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final PhlSender phl;
    private final Path inbox;

    public EmbassyChannels(RestClient http, URI hub, String phlToken, Path inbox) {
        this.phl = new PhlSender(http, hub.resolve(EmbassySimulator.EVENTS), phlToken);
        this.inbox = inbox;
    }

    /** Posts the Philippine embassy's events among these records; the others are the files' to carry. */
    public PhlRun post(List<PlannedRecord> records) {
        List<PlannedRecord> events = records.stream().filter(r -> EmbassySimulator.PHL.contains(r.embassy())).toList();
        return events.isEmpty() ? PhlRun.none() : phl.deliver(events);
    }

    /**
     * The files of one sending, not yet dropped: Sri Lanka's export and one CSV file per other embassy, named by the
     * time they were generated (PHL's records aside).
     *
     * @param broken the records to write broken (among {@code records})
     */
    public List<EmbassyFile> files(List<PlannedRecord> records, List<PlannedRecord> broken, OffsetDateTime generatedAt) {
        List<EmbassyFile> files = new ArrayList<>();
        List<PlannedRecord> lka = records.stream().filter(r -> EmbassySimulator.LKA.contains(r.embassy())).toList();
        if (!lka.isEmpty()) {
            files.add(LkaExport.write("SLBFE_EXPORT_%s.xml".formatted(STAMP.format(generatedAt)), generatedAt, lka, broken));
        }
        for (String embassy : new TreeSet<>(EmbassySimulator.CSV)) {
            List<PlannedRecord> rows = records.stream().filter(r -> embassy.equals(r.embassy())).toList();
            if (!rows.isEmpty()) {
                files.add(EmbassyCsvFile.write(embassy, "%s_RECORDS_%s.csv".formatted(embassy, STAMP.format(generatedAt)),
                        rows, broken));
            }
        }
        return files;
    }

    /**
     * The CSV file as an embassy's spreadsheet saves it now and then: the header in the column names of an older
     * layout, so that the hub refuses the file whole.
     */
    public static EmbassyFile withAnOlderHeader(EmbassyFile csv) {
        return EmbassyCsvFile.withAnOlderHeader(csv);
    }

    public void drop(EmbassyFile file) {
        folder(file).drop(file.name(), file.content());
    }

    /** The hub's report of a file it has taken, row by row (empty before). */
    public List<DropFolder.ReportRow> report(EmbassyFile file) {
        return folder(file).report(file.name());
    }

    private DropFolder folder(EmbassyFile file) {
        return new DropFolder(inbox.resolve(file.embassy()));
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
