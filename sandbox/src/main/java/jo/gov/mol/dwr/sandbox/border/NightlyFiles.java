package jo.gov.mol.dwr.sandbox.border;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jo.gov.mol.dwr.mappings.border.CrossingRow;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.sandbox.DropFolder;
import jo.gov.mol.dwr.sandbox.InboxState;

/**
 * The crossing points' nightly reconciliation files (interfaces.md 3b) in the hub's border inbox: one
 * {@code CROSSINGS_<POINT>_<yyyyMMdd>.csv} per point and Amman day with every crossing of that day, those the
 * real-time link lost included; each dropped as {@code .part} and renamed when complete ({@link DropFolder}), a row
 * here and there written broken where the caller asks. Afterwards it tells where the hub moved them ({@code done/}
 * or {@code rejected/}) and what it reported.
 */
final class NightlyFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final DropFolder inbox;

    NightlyFiles(Path inbox) {
        this.inbox = new DropFolder(inbox);
    }

    /** Writes and drops the files of these crossings, none broken. @return their names */
    List<String> write(List<Crossing> crossings) {
        List<CrossingsFile> files = compose(crossings, crossing -> false);
        files.forEach(this::drop);
        return files.stream().map(CrossingsFile::name).toList();
    }

    /** The files of these crossings, one per point and Amman day, the rows {@code broken} says written broken. */
    static List<CrossingsFile> compose(List<Crossing> crossings, Predicate<Crossing> broken) {
        Map<String, List<Crossing>> byFile = new TreeMap<>();
        for (Crossing crossing : crossings) {
            byFile.computeIfAbsent(name(crossing.point(), day(crossing)), name -> new ArrayList<>()).add(crossing);
        }
        List<CrossingsFile> files = new ArrayList<>();
        byFile.forEach((name, rows) -> files.add(content(name, rows, broken)));
        return files;
    }

    void drop(CrossingsFile file) {
        inbox.drop(file.name(), file.content());
    }

    InboxState whereabouts(List<String> names) {
        return inbox.whereabouts(names);
    }

    List<DropFolder.ReportRow> report(String name) {
        return inbox.report(name);
    }

    private static CrossingsFile content(String name, List<Crossing> crossings, Predicate<Crossing> broken) {
        StringBuilder out = new StringBuilder();
        List<Long> badLines = new ArrayList<>();
        try {
            CSVPrinter rows = CSV.print(out);
            rows.printRecord(CrossingRow.COLUMNS);
            long line = 1;
            for (Crossing crossing : crossings) {
                Mrz mrz = crossing.mrz();
                boolean bad = broken.test(crossing);
                rows.printRecord(crossing.eventId(), crossing.point(), crossing.direction(),
                        LOCAL_TIME.format(crossing.occurredAt().atZone(CanonicalEvent.AMMAN)), mrz.line1(),
                        bad ? misread(mrz.line2()) : mrz.line2(), crossing.visaRef() == null ? "" : crossing.visaRef());
                line++;
                if (bad) {
                    badLines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // written by hand: the printer would quote a value that starts with '#'
        out.append("#TOTAL,").append(crossings.size()).append('\n');
        Crossing first = crossings.get(0);
        return new CrossingsFile(first.point(), day(first), name, out.toString().getBytes(StandardCharsets.UTF_8), badLines);
    }

    /** Line 2 with its last character, the composite check digit, read one off. */
    private static String misread(String line2) {
        char check = line2.charAt(line2.length() - 1);
        return line2.substring(0, line2.length() - 1) + (char) ('0' + (check - '0' + 1) % 10);
    }

    private static LocalDate day(Crossing crossing) {
        return LocalDate.ofInstant(crossing.occurredAt(), CanonicalEvent.AMMAN);
    }

    static String name(CrossingPoint point, LocalDate day) {
        return "CROSSINGS_" + point.name() + "_" + DAY.format(day) + ".csv";
    }
}
