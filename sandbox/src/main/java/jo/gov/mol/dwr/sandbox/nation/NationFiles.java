package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.sandbox.DropFolder;
import jo.gov.mol.dwr.sandbox.InboxState;
import jo.gov.mol.dwr.sandbox.border.BorderPosts;
import jo.gov.mol.dwr.sandbox.border.Crossing;
import jo.gov.mol.dwr.sandbox.border.CrossingsFile;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyChannels;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyFile;
import jo.gov.mol.dwr.sandbox.embassy.PlannedRecord;

/**
 * The nation's file drops: at the end of each business day, every crossing point's nightly file and each file
 * embassy's file of the day's records, as {@link DeliveryNoise} has them go: some dropped days late (after newer
 * files), some embassy files exported again days later (the same records under a new name), some rows written
 * broken (an embassy sends such a record right in its next day's file), some embassy CSV files first saved with an
 * older header and refused whole (sent right the next day). Once the hub has taken them, it judges the hub's reports
 * against what was written broken. Several senders may add to the day at once; one thread ends it.
 */
final class NationFiles {
    private static final String BORDER = "border files";
    private static final String EMBASSY = "embassy files";

    /** An embassy file on its way: the first sending of its records, a re-export, or one refused whole on purpose. */
    private record Dropping(EmbassyFile file, boolean reExport, boolean refusedWhole) {
    }

    private final BorderPosts border;
    private final EmbassyChannels embassies;
    private final DeliveryNoise noise;
    private final ReplayTally tally;
    private final List<Crossing> crossingsOfTheDay = Collections.synchronizedList(new ArrayList<>());
    private final Set<UUID> brokenRows = ConcurrentHashMap.newKeySet();
    private final List<PlannedRecord> recordsOfTheDay = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> brokenRecords = ConcurrentHashMap.newKeySet();
    private final List<PlannedRecord> corrections = new ArrayList<>();
    private final OnItsWay<CrossingsFile> nightlyDue = new OnItsWay<>();
    private final OnItsWay<Dropping> embassyDue = new OnItsWay<>();
    private final List<CrossingsFile> nightlyDropped = new ArrayList<>();
    private final List<Dropping> embassyDropped = new ArrayList<>();

    NationFiles(BorderPosts border, EmbassyChannels embassies, DeliveryNoise noise, ReplayTally tally) {
        this.border = border;
        this.embassies = embassies;
        this.noise = noise;
        this.tally = tally;
    }

    /** A crossing of the day, for its point's nightly file. */
    void add(Crossing crossing, DeliveryNoise.Twist twist) {
        if (twist.badRow()) {
            brokenRows.add(crossing.eventId());
        }
        crossingsOfTheDay.add(crossing);
    }

    /** An LKA or CSV embassy's record of the day, for its embassy's file. */
    void add(PlannedRecord record, DeliveryNoise.Twist twist) {
        if (twist.badRow()) {
            brokenRecords.add(record.reference());
        }
        recordsOfTheDay.add(record);
    }

    /** Writes the day's files, and drops those due today: the day's own, unless late, and the late ones now due. */
    void endOfDay(LocalDate day) {
        List<Crossing> crossings = drain(crossingsOfTheDay);
        if (!crossings.isEmpty()) {
            // in the order of the day, whichever thread sent them in real time
            crossings.sort(Comparator.comparing(Crossing::occurredAt));
            for (CrossingsFile file : border.nightly(crossings, c -> brokenRows.contains(c.eventId()))) {
                int late = noise.ofNightlyFile(file.point().name(), day).daysLate();
                tally.count(BORDER, "files days late", late > 0 ? 1 : 0);
                nightlyDue.arrivesOn(day.plusDays(late), file);
            }
            tally.count(BORDER, "rows", crossings.size());
        }
        List<PlannedRecord> records = drain(recordsOfTheDay);
        records.addAll(corrections);
        corrections.clear();
        if (!records.isEmpty()) {
            records.sort(Comparator.comparing(PlannedRecord::occurredAt));
            List<PlannedRecord> broken = records.stream().filter(r -> brokenRecords.remove(r.reference())).toList();
            for (EmbassyFile file : embassies.files(records, broken, at(day, 18, 0))) {
                DeliveryNoise.FileTwist twist = noise.ofEmbassyFile(file.embassy(), day);
                tally.count(EMBASSY, "files days late", twist.daysLate() > 0 ? 1 : 0);
                LocalDate dropped = day.plusDays(twist.daysLate());
                Dropping first = twist.refusedFirst()
                        ? new Dropping(EmbassyChannels.withAnOlderHeader(file), false, true)
                        : new Dropping(file, false, false);
                embassyDue.arrivesOn(dropped, first);
                if (twist.reExportedAfter() > 0) {
                    LocalDate again = dropped.plusDays(twist.reExportedAfter());
                    // named by its own time: a second after 19:00 for each day since the first export
                    OffsetDateTime generatedAt = at(again, 19, 0).plusSeconds(twist.daysLate() + twist.reExportedAfter());
                    embassies.files(file.records().stream().map(EmbassyFile.Entry::record).toList(),
                                    file.bad().stream().map(EmbassyFile.Entry::record).toList(), generatedAt)
                            .forEach(copy -> embassyDue.arrivesOn(again, new Dropping(copy, true, false)));
                }
            }
        }
        dropDue(day);
    }

    /** The span is over: whatever is still on its way is dropped now, the last corrections in a file of their own. */
    void finish(LocalDate lastDay) {
        dropDue(LocalDate.MAX);
        if (!corrections.isEmpty()) {
            List<PlannedRecord> last = new ArrayList<>(corrections);
            corrections.clear();
            embassies.files(last, List.of(), at(lastDay, 21, 0)).forEach(file -> drop(new Dropping(file, false, false)));
        }
    }

    private void dropDue(LocalDate day) {
        nightlyDue.dueBy(day).forEach(file -> {
            border.drop(file);
            nightlyDropped.add(file);
            tally.count(BORDER, "rows written broken", file.badLines().size());
        });
        embassyDue.dueBy(day).forEach(this::drop);
    }

    private void drop(Dropping dropping) {
        EmbassyFile file = dropping.file();
        embassies.drop(file);
        embassyDropped.add(dropping);
        if (dropping.refusedWhole()) {
            tally.count(EMBASSY, "files with an older header", 1);
            corrections.addAll(file.records().stream().map(EmbassyFile.Entry::record).toList());
            return;
        }
        tally.count(EMBASSY, dropping.reExport() ? "records again in re-exports" : file.embassy() + " records",
                file.records().size());
        tally.count(EMBASSY, "rows written broken", file.bad().size());
        if (!dropping.reExport()) {
            corrections.addAll(file.bad().stream().map(EmbassyFile.Entry::record).toList());
        }
    }

    private static <T> List<T> drain(List<T> synchronizedList) {
        synchronized (synchronizedList) {
            List<T> taken = new ArrayList<>(synchronizedList);
            synchronizedList.clear();
            return taken;
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(CanonicalEvent.AMMAN).toOffsetDateTime();
    }

    InboxState nightlyWhereabouts() {
        return border.whereabouts(nightlyDropped.stream().map(CrossingsFile::name).toList());
    }

    InboxState embassyWhereabouts() {
        return embassies.whereabouts(embassyDropped.stream().map(Dropping::file).toList());
    }

    /** The embassy files planned to be refused whole. */
    int embassyFilesToRefuse() {
        return (int) embassyDropped.stream().filter(Dropping::refusedWhole).count();
    }

    /**
     * Counts each file's report against what was written broken: a row reported at a line and field written broken
     * is a row rejected as planned, as is the one row of a file refused whole on purpose; anything else reported, and
     * anything broken but not reported, is unexpected.
     */
    void judgeReports() {
        for (CrossingsFile file : nightlyDropped) {
            Set<String> planned = new HashSet<>();
            file.badLines().forEach(line -> planned.add(line + " " + CrossingsFile.BAD_FIELD));
            judge(BORDER, border.report(file.name()), planned, false);
        }
        for (Dropping dropping : embassyDropped) {
            Set<String> planned = new HashSet<>();
            dropping.file().bad().forEach(entry -> planned.add(entry.line() + " " + entry.badField()));
            judge(EMBASSY, embassies.report(dropping.file()), planned, dropping.refusedWhole());
        }
    }

    private void judge(String channel, List<DropFolder.ReportRow> report, Set<String> planned, boolean refusedWhole) {
        if (refusedWhole) {
            boolean asPlanned = report.size() == 1 && report.get(0).line() == 0;
            tally.count(channel, asPlanned ? "files refused whole as planned" : "unexpected report of a file to refuse whole");
            return;
        }
        Set<String> unreported = new HashSet<>(planned);
        for (DropFolder.ReportRow row : report) {
            String at = row.line() + " " + row.field();
            if (unreported.remove(at)) {
                tally.count(channel, "rows rejected as planned");
            } else {
                tally.count(channel, "unexpected report: line " + at + " " + row.code());
            }
        }
        tally.count(channel, "unexpected: broken rows not reported", unreported.size());
    }
}
