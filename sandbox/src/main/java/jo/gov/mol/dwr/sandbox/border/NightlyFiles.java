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
 * real-time link lost included; each dropped as {@code .part} and renamed when complete ({@link DropFolder}). Afterwards it tells where the hub moved them: {@code done/} or {@code rejected/}.
 */
final class NightlyFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final DropFolder inbox;

    NightlyFiles(Path inbox) {
        this.inbox = new DropFolder(inbox);
    }

    /** @return the names of the files written */
    List<String> write(List<Crossing> crossings) {
        Map<String, List<Crossing>> byFile = new TreeMap<>();
        for (Crossing crossing : crossings) {
            byFile.computeIfAbsent(name(crossing.point(), LocalDate.ofInstant(crossing.occurredAt(), CanonicalEvent.AMMAN)),
                    name -> new ArrayList<>()).add(crossing);
        }
        byFile.forEach((name, rows) -> inbox.drop(name, content(rows)));
        return List.copyOf(byFile.keySet());
    }

    InboxState whereabouts(List<String> names) {
        return inbox.whereabouts(names);
    }

    private static byte[] content(List<Crossing> crossings) {
        StringBuilder out = new StringBuilder();
        try {
            CSVPrinter rows = CSV.print(out);
            rows.printRecord(CrossingRow.COLUMNS);
            for (Crossing crossing : crossings) {
                Mrz mrz = crossing.mrz();
                rows.printRecord(crossing.eventId(), crossing.point(), crossing.direction(),
                        LOCAL_TIME.format(crossing.occurredAt().atZone(CanonicalEvent.AMMAN)), mrz.line1(), mrz.line2(),
                        crossing.visaRef() == null ? "" : crossing.visaRef());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // written by hand: the printer would quote a value that starts with '#'
        out.append("#TOTAL,").append(crossings.size()).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String name(CrossingPoint point, LocalDate day) {
        return "CROSSINGS_" + point.name() + "_" + DAY.format(day) + ".csv";
    }
}
