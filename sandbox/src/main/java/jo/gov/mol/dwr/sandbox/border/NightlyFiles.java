package jo.gov.mol.dwr.sandbox.border;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * The crossing points' nightly reconciliation files (interfaces.md 3b) in the hub's border inbox: one
 * {@code CROSSINGS_<POINT>_<yyyyMMdd>.csv} per point and Amman day with every crossing of that day, those the
 * real-time link lost included; each written as {@code .part} and renamed when complete, so that the hub never reads
 * half a file. Afterwards it tells where the hub moved them: {@code done/} or {@code rejected/}.
 */
final class NightlyFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path inbox;

    NightlyFiles(Path inbox) {
        this.inbox = inbox;
    }

    /** @return the names of the files written */
    List<String> write(List<Crossing> crossings) {
        Map<String, List<Crossing>> byFile = new TreeMap<>();
        for (Crossing crossing : crossings) {
            byFile.computeIfAbsent(name(crossing.point(), LocalDate.ofInstant(crossing.occurredAt(), CanonicalEvent.AMMAN)),
                    name -> new ArrayList<>()).add(crossing);
        }
        try {
            Files.createDirectories(inbox);
            for (Map.Entry<String, List<Crossing>> file : byFile.entrySet()) {
                write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the nightly files into " + inbox, e);
        }
        return List.copyOf(byFile.keySet());
    }

    InboxState whereabouts(List<String> names) {
        int loaded = 0;
        int rejected = 0;
        int waiting = 0;
        for (String name : names) {
            if (Files.exists(inbox.resolve("done").resolve(name))) {
                loaded++;
            } else if (Files.exists(inbox.resolve("rejected").resolve(name))) {
                rejected++;
            } else {
                waiting++;
            }
        }
        return new InboxState(loaded, rejected, waiting);
    }

    private void write(String name, List<Crossing> crossings) throws IOException {
        Path part = inbox.resolve(name + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            CSVPrinter rows = CSV.print(out);
            rows.printRecord(CrossingRow.COLUMNS);
            for (Crossing crossing : crossings) {
                Mrz mrz = crossing.mrz();
                rows.printRecord(crossing.eventId(), crossing.point(), crossing.direction(),
                        LOCAL_TIME.format(crossing.occurredAt().atZone(CanonicalEvent.AMMAN)), mrz.line1(), mrz.line2(),
                        crossing.visaRef() == null ? "" : crossing.visaRef());
            }
            rows.flush();
            // written by hand: the printer would quote a value that starts with '#'
            out.write("#TOTAL," + crossings.size() + "\n");
        }
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static String name(CrossingPoint point, LocalDate day) {
        return "CROSSINGS_" + point.name() + "_" + DAY.format(day) + ".csv";
    }
}
